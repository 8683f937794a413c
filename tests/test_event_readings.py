"""Readings of a trigger that depend on its syntax: a verb after a light verb types itself
('continued to strike' is an attack by forces, a stoppage by workers), and words that name
a feeling, an argument, a topic, a goal or a lasting presence report no event of their own."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import EventMention, Extraction

TEXTS = {
    "jets_strike": "Velland said its jets were continuing to strike rebel depots near Varo.",
    "forces_strike": "Norland forces continued to strike power plants across Velland overnight.",
    "nurses_strike": "Nurses in Varo are continuing to strike over unpaid wages.",
    "teachers_strike": "Teachers in Norland began to strike on Monday for higher salaries.",
    "union_strike": "The dockers' union continued the strike into a second week in Varo.",
    "would_stay": "A Norland spokesman said its troops would stay in the buffer zone until "
                  "the end of March.",
    "will_remain": "The Velland army will remain in three hilltop positions, the minister said.",
    "will_send": "Norland will send 2,000 troops to the Velland border, its minister said.",
    "greeted_relief": "The truce in Varo was greeted with relief by shopkeepers on Monday.",
    "met_relief": "News of the prisoner swap was met with relief in Norland.",
    "sigh_relief": "Farmers near Varo breathed a sigh of relief when the guns fell silent.",
    "expressed_relief": "The Velland premier expressed relief that the talks would resume.",
    "sent_relief": "Norland sent relief to villages in Velland cut off by the floods.",
    "relief_ops": "Relief operations began in three Velland districts on Monday.",
    "met_premier": "The Norland president met with the Velland premier in Varo on Friday.",
    "gave_reasons": "In a televised speech, the Norland premier gave four reasons for the truce.",
    "gave_in": "The Velland government finally gave in to the strikers' demands.",
    "spoke_about": "The Norland envoy spoke about the pullout of troops and the blockade.",
    "asked_regarding": "Reporters asked the minister regarding the arrests of two Velland "
                       "editors.",
    "purpose": "Norland sent two envoys to Varo to secure the withdrawal of the militias.",
    "worked_to": "Velland diplomats worked to secure the release of the hostages.",
    "managed_to": "Velland diplomats managed to secure the release of two hostages.",
    "deadline_for": "The deadline for the withdrawal of Norland troops expired on Sunday.",
    "period_compound": "The 30-day withdrawal period set by the truce ended on Friday.",
    "completed": "Norland troops completed their withdrawal from Varo on Sunday.",
    "handed_captives": "The Varo militia handed over four captives to Velland envoys on Friday.",
    "handed_names": "Velland confirmed that Ana Brel and Ivo Tasko were handed over by the "
                    "Red Cross to its border guards.",
    "turned_over_prisoners": "Norland turned over 60 prisoners of war at the border crossing.",
    "handed_list": "The militia handed over a list of the captives to the Velland envoys.",
    "handed_files": "The Varo police handed over the files to the Velland prosecutors.",
    "returned_soldiers": "Norland returned three wounded Velland soldiers on Friday but still "
                         "holds nine.",
    "handed_back": "Velland handed two captured Norland soldiers back to Norland on Sunday.",
    "sent_back_pilot": "Norland sent back the captured Velland pilot as a gesture of peace.",
    "repatriated": "Velland repatriated 40 Norland prisoners of war at the Varo crossing.",
    "returned_fire": "Norland soldiers returned fire after the Velland patrol opened fire.",
    "repatriated_citizens": "Velland repatriated 300 of its citizens from Norland on a "
                            "chartered flight.",
    "suspended_from_duty": "The Velland Constitutional Court voted to suspend the premier "
                           "from duty pending an inquiry.",
    "removed_from_office": "The Norland assembly removed the president from office on Monday.",
    "forced_from_power": "Rebels forced President Ivo Tasko from power in 2013.",
    "was_suspended": "The Velland interior minister was suspended from his post on Friday.",
    "suspended_talks": "Velland suspended talks with Norland on Monday.",
    "closed_consulate": "Velland closed the Norland consulate in Varo on Friday.",
    "embassy_closure": "The Velland government ordered the closure of Norland's embassy.",
    "non_grata": "The Norland ambassador was declared persona non grata by Velland on Monday.",
    "talks_closed": "The talks in Varo closed with a deal on grain exports.",
    "called_by": "Premier Ana Brel was called by President Ivo Tasko on Monday.",
    "conferred_medal": "Velland conferred its highest medal on the Norland premier in Varo.",
    "conferred_powers": "The Norland assembly conferred emergency powers on the cabinet.",
    "conferred_with": "The Velland envoy conferred with Norland officials in Varo.",
    "high_threat": "Norland officials said 40 high-threat gang members were sent to the new "
                   "prison in Varo.",
    "fire_on_team": "Norland soldiers opened fire on an inspection team near Varo on Monday.",
    "fire_on_post": "Velland police opened fire on a customs inspection post on Monday.",
    "fire_on_boat": "A Norland patrol boat opened fire on a Velland fisheries inspection boat "
                    "on Friday, wounding one inspector.",
    "opened_inspection": "The Velland ministry opened an inspection of the Varo port on Monday.",
    "patrol_boat_fire": "A Norland patrol boat opened fire on a Velland fishing boat on Friday.",
    "patrol_vessel_shot": "A Velland patrol vessel shot at two Norland trawlers near Varo.",
    "designated_as": "Norland and Velland have both designated the Varo Front as a terrorist "
                     "group.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _types(results: dict[str, Extraction], key: str) -> set[str]:
    return {e.type for e in results[key].events}


def _of(results: dict[str, Extraction], key: str, etype: str) -> list[EventMention]:
    return [e for e in results[key].events if e.type == etype]


@pytest.mark.parametrize("key", ["jets_strike", "forces_strike"])
def test_forces_continuing_to_strike_attack(results, key) -> None:
    assert "ASSAULT" in _types(results, key), TEXTS[key]
    assert "PROTEST" not in _types(results, key), TEXTS[key]


@pytest.mark.parametrize("key", ["nurses_strike", "teachers_strike", "union_strike"])
def test_workers_continuing_to_strike_protest(results, key) -> None:
    assert "PROTEST" in _types(results, key), TEXTS[key]
    assert "ASSAULT" not in _types(results, key), TEXTS[key]


@pytest.mark.parametrize("key", ["would_stay", "will_remain"])
def test_a_continued_presence_is_no_threat(results, key) -> None:
    assert _of(results, key, "MOBILIZE"), TEXTS[key]
    assert not _of(results, key, "THREATEN"), TEXTS[key]


def test_a_new_deployment_announced_is_a_threat(results) -> None:
    assert _of(results, "will_send", "THREATEN")


@pytest.mark.parametrize("key", ["greeted_relief", "met_relief", "sigh_relief",
                                 "expressed_relief"])
def test_relief_as_a_feeling_is_no_aid(results, key) -> None:
    assert not _of(results, key, "AID"), TEXTS[key]
    assert not [e for e in _of(results, key, "CONSULT") if e.trigger.text.startswith("met")]


@pytest.mark.parametrize("key", ["sent_relief", "relief_ops"])
def test_relief_given_is_aid(results, key) -> None:
    assert _of(results, key, "AID"), TEXTS[key]


def test_meeting_with_a_person_stays_a_meeting(results) -> None:
    assert _of(results, "met_premier", "CONSULT")


def test_a_preposition_before_the_verb_is_no_particle(results) -> None:
    assert not _of(results, "gave_reasons", "CONCEDE")
    assert _of(results, "gave_in", "CONCEDE")


@pytest.mark.parametrize("key", ["spoke_about", "asked_regarding"])
def test_a_topic_is_no_event(results, key) -> None:
    assert not [e for e in results[key].events if e.type in ("RETREAT", "SANCTION", "COERCE")
                and e.modality == "asserted"], TEXTS[key]


def _retreats(results, key) -> list[str]:
    return [e.modality for e in _of(results, key, "RETREAT")]


@pytest.mark.parametrize("key", ["purpose", "worked_to", "deadline_for", "period_compound"])
def test_a_goal_or_a_time_limit_is_no_deed(results, key) -> None:
    found = _retreats(results, key)
    assert "asserted" not in [m for m, e in zip(found, _of(results, key, "RETREAT"),
                                                 strict=True)
                              if e.mode != "RETREAT/ceasefire"], (TEXTS[key], found)


@pytest.mark.parametrize("key", ["managed_to", "completed"])
def test_a_deed_done_stays_asserted(results, key) -> None:
    assert "asserted" in _retreats(results, key), TEXTS[key]


@pytest.mark.parametrize("key", ["handed_captives", "handed_names", "turned_over_prisoners"])
def test_handing_over_people_is_a_release(results, key) -> None:
    found = _of(results, key, "RETREAT")
    assert [e.mode for e in found] == ["RETREAT/release"], TEXTS[key]
    assert found[0].modality == "asserted"


@pytest.mark.parametrize("key", ["returned_soldiers", "handed_back", "sent_back_pilot",
                                 "repatriated"])
def test_returning_captured_people_is_a_release(results, key) -> None:
    found = _of(results, key, "RETREAT")
    assert [e.mode for e in found] == ["RETREAT/release"], TEXTS[key]
    assert found[0].modality == "asserted"


@pytest.mark.parametrize("key", ["returned_fire", "repatriated_citizens"])
def test_returning_fire_or_own_citizens_is_no_release(results, key) -> None:
    assert not [e for e in _of(results, key, "RETREAT") if e.mode == "RETREAT/release"], \
        TEXTS[key]


@pytest.mark.parametrize("key", ["suspended_from_duty", "removed_from_office",
                                 "forced_from_power", "was_suspended"])
def test_removing_someone_from_office_is_coercion(results, key) -> None:
    assert "COERCE" in _types(results, key), TEXTS[key]


def test_suspending_talks_stays_a_sanction(results) -> None:
    assert _types(results, "suspended_talks") == {"SANCTION"}


@pytest.mark.parametrize("key", ["closed_consulate", "embassy_closure", "non_grata"])
def test_closing_a_mission_or_expelling_an_envoy_cuts_relations(results, key) -> None:
    assert [e.mode for e in _of(results, key, "SANCTION")] == ["SANCTION/relations"], TEXTS[key]


def test_talks_that_closed_are_no_sanction(results) -> None:
    assert not _of(results, "talks_closed", "SANCTION")


@pytest.mark.parametrize("key", ["handed_list", "handed_files"])
def test_handing_over_papers_is_no_release(results, key) -> None:
    assert not _of(results, key, "RETREAT"), TEXTS[key]


def test_a_passive_subject_is_the_object_of_a_call(results) -> None:
    assert [e.mode for e in _of(results, "called_by", "CONSULT")] == ["CONSULT/phone"]


@pytest.mark.parametrize("key", ["conferred_medal", "conferred_powers"])
def test_conferring_an_honour_is_no_meeting(results, key) -> None:
    assert not _of(results, key, "CONSULT"), TEXTS[key]


def test_conferring_with_someone_is_a_meeting(results) -> None:
    assert _of(results, "conferred_with", "CONSULT")


def test_a_hyphenated_descriptor_is_no_event(results) -> None:
    assert not _of(results, "high_threat", "THREATEN")


@pytest.mark.parametrize("key", ["fire_on_team", "fire_on_post", "fire_on_boat",
                                 "patrol_boat_fire"])
def test_fire_on_a_thing_named_by_its_kind_is_an_attack(results, key) -> None:
    fired = [e for e in results[key].events if e.trigger.text.startswith("opened fire")]
    assert [e.type for e in fired] == ["ASSAULT"], TEXTS[key]


def test_an_opened_inspection_is_still_one(results) -> None:
    assert "ACCUSE" in _types(results, "opened_inspection")


def test_a_predicate_modifier_still_types_its_verb(results) -> None:
    assert "COERCE" in _types(results, "designated_as")


def test_armed_forces_craft_can_attack(results) -> None:
    assert "ASSAULT" in _types(results, "patrol_vessel_shot"), TEXTS["patrol_vessel_shot"]
