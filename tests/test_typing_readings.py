"""Typing of acts whose PLOVER type follows the CAMEO reading of the verb phrase: a crowd
dispersed by force (ASSAULT, crowd-control), war declared on a party (THREATEN), captives
handed over with their number (RETREAT, release), access blocked by the state (COERCE, not a
protest's obstruction), a 'sit-in' (PROTEST) and advice to a group to act (REQUEST, not the
advised act as done)."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "dispersed_protesters": "Police dispersed protesters in the capital of Velland on Monday.",
    "dispersed_crowd": "Riot police in Varo dispersed the crowd with tear gas.",
    "broke_up_rally": "Police broke up a rally of opposition supporters in Varo.",
    "crowd_dispersed": "Protesters marched through the streets of Varo and the crowd later "
                       "dispersed peacefully.",
    "declared_war": "Norland declared war on Velland on Sunday.",
    "declared_war_against": "The rebels declared war against the Velland government.",
    "war_on_corruption": "Norland declared war on corruption.",
    "handed_over_count": "The Velland government handed over 90 prisoners to Norland on "
                         "Tuesday.",
    "turned_over_count": "The rebels turned over 12 hostages to the Red Cross.",
    "over_count": "The army detained over 90 protesters in Varo on Monday.",
    "state_blocked_access": "The Velland government blocked access to YouTube on Friday.",
    "farmers_blocked_access": "Farmers blocked access to the port of Varo with tractors.",
    "staged_sit_in": "Students in Varo staged a sit-in outside the ministry.",
    "held_sit_in": "Hundreds of workers held a sit-in at the Velland factory on Monday.",
    "sat_in": "The delegates sat in the front row at the Velland summit.",
    "advised_militia": "Ostrava advised the militia to withdraw from the border town.",
    "encouraged_rebels": "Norland encouraged the rebels to release the hostages.",
    "advised_caution": "The ministry advised caution on the roads of Varo.",
    "test_fired": "Blueland test-fired two ballistic missiles into the sea on Sunday.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _types(ex: Extraction) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("key", ["dispersed_protesters", "dispersed_crowd", "broke_up_rally"])
def test_dispersed_crowd_is_crowd_control(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert [e.mode for e in of_type(ex, "ASSAULT")] == ["ASSAULT/crowd-control"], _types(ex)
    assert not of_type(ex, "PROTEST"), _types(ex)  # the police hold no rally


def test_crowd_dispersing_itself_is_no_assault(extracted: dict[str, Extraction]) -> None:
    ex = extracted["crowd_dispersed"]
    assert not of_type(ex, "ASSAULT"), _types(ex)
    assert of_type(ex, "PROTEST"), _types(ex)


@pytest.mark.parametrize("key", ["declared_war", "declared_war_against"])
def test_war_declared_on_a_party_is_threaten(extracted: dict[str, Extraction], key: str
                                             ) -> None:
    ex = extracted[key]
    assert [e.mode for e in of_type(ex, "THREATEN")] == ["THREATEN/violence"], _types(ex)
    assert by_trigger(ex, "declared war").target


def test_war_on_a_thing_is_no_event(extracted: dict[str, Extraction]) -> None:
    assert not extracted["war_on_corruption"].events


@pytest.mark.parametrize("key", ["handed_over_count", "turned_over_count"])
def test_counted_captives_handed_over_are_released(extracted: dict[str, Extraction], key: str
                                                  ) -> None:
    ex = extracted[key]
    assert [e.mode for e in of_type(ex, "RETREAT")] == ["RETREAT/release"], _types(ex)
    assert "over" in of_type(ex, "RETREAT")[0].trigger.text


def test_over_as_a_quantity_is_no_particle(extracted: dict[str, Extraction]) -> None:
    ex = extracted["over_count"]
    assert not of_type(ex, "RETREAT"), _types(ex)
    assert of_type(ex, "COERCE"), _types(ex)


def test_access_blocked_by_the_state_is_coerce(extracted: dict[str, Extraction]) -> None:
    ex = extracted["state_blocked_access"]
    assert [e.mode for e in of_type(ex, "COERCE")] == ["COERCE/restrict"], _types(ex)
    assert not of_type(ex, "PROTEST"), _types(ex)


def test_access_blocked_by_farmers_stays_protest(extracted: dict[str, Extraction]) -> None:
    ex = extracted["farmers_blocked_access"]
    assert of_type(ex, "PROTEST") and not of_type(ex, "COERCE"), _types(ex)


@pytest.mark.parametrize("key", ["staged_sit_in", "held_sit_in"])
def test_sit_in_is_protest(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert [e.trigger.text for e in of_type(ex, "PROTEST")] == ["sit-in"], _types(ex)


def test_sitting_in_a_row_is_no_protest(extracted: dict[str, Extraction]) -> None:
    assert not of_type(extracted["sat_in"], "PROTEST")


@pytest.mark.parametrize("key", ["advised_militia", "encouraged_rebels"])
def test_advice_to_a_group_is_request(extracted: dict[str, Extraction], key: str) -> None:
    ex = extracted[key]
    assert of_type(ex, "REQUEST"), _types(ex)
    assert not [e for e in ex.events if e.type == "RETREAT" and e.modality == "asserted"], \
        _types(ex)


def test_advised_caution_is_no_request(extracted: dict[str, Extraction]) -> None:
    assert not of_type(extracted["advised_caution"], "REQUEST")


def test_hyphen_compound_trigger_covers_its_prefix(extracted: dict[str, Extraction]) -> None:
    ex = extracted["test_fired"]
    assert of_type(ex, "MOBILIZE")[0].trigger.text.startswith("test-fired")


FAILED = {
    "failed_reach": "Norland and Velland failed to reach agreement on the border dispute.",
    "failed_agree": "Norland and Velland failed to agree on a ceasefire.",
    "failed_deal": "The two sides failed to reach a deal after three days of talks in Varo.",
    "failed_capital": "Norland failed to reach the capital before nightfall.",
    "did_not_reach": "Norland and Velland did not reach an agreement on Monday.",
    "failed_then_refused": "Velland refused to sign the accord after the negotiators failed "
                           "to agree on its text.",
    "failed_and_rejected": "The ministers failed to agree on a joint statement and rejected "
                           "calls for new talks.",
    "failed_twice": "Norland and Velland failed to agree on a truce and failed to reach a deal "
                    "on prisoners.",
    "rejected_and_refused": "Norland rejected the plan and refused to attend the talks.",
}


@pytest.fixture(scope="module")
def failed() -> dict[str, Extraction]:
    return run_texts(FAILED)


@pytest.mark.parametrize("key", ["failed_reach", "failed_agree", "failed_deal"])
def test_failed_agreement_is_reject(failed: dict[str, Extraction], key: str) -> None:
    ex = failed[key]
    assert [e.modality for e in of_type(ex, "REJECT")] == ["asserted"], _types(ex)
    assert not of_type(ex, "AGREE"), _types(ex)


@pytest.mark.parametrize("key", ["failed_then_refused", "failed_and_rejected"])
def test_failed_agreement_stays_apart_from_a_refusal(failed: dict[str, Extraction],
                                                     key: str) -> None:
    """A failure to agree and a refusal told by a verb of its own are two REJECTs."""
    ex = failed[key]
    rejects = of_type(ex, "REJECT")
    assert len(rejects) == 2, _types(ex)
    assert any(e.trigger.text == "agree" for e in rejects), _types(ex)


@pytest.mark.parametrize("key", ["failed_twice", "rejected_and_refused"])
def test_one_kind_of_rejection_told_twice_merges(failed: dict[str, Extraction],
                                                 key: str) -> None:
    ex = failed[key]
    assert len(of_type(ex, "REJECT")) == 1, _types(ex)


def test_failing_to_reach_a_place_is_no_event(failed: dict[str, Extraction]) -> None:
    assert not failed["failed_capital"].events


def test_agreement_not_reached_stays_negated_agree(failed: dict[str, Extraction]) -> None:
    ex = failed["did_not_reach"]
    assert [e.modality for e in of_type(ex, "AGREE")] == ["negated"], _types(ex)
    assert not of_type(ex, "REJECT")


COERCIONS = {
    "cyber_attack": "Norland hackers launched a cyber attack on Velland's banks on Monday.",
    "ransomware": "A ransomware attack shut down hospitals across Velland last week.",
    "hacked": "Hackers linked to Norland hacked the Velland foreign ministry's email servers.",
    "cyberattack": "Norland launched a cyberattack on Velland's power grid on Monday.",
    "cyber_hyphen": "A cyber-attack by Norland hackers shut down Velland's railways.",
    "drone_attack": "Norland launched a drone attack on Velland's ports on Monday.",
    "human_shields": "The Velland army has been holding hundreds of villagers as human "
                     "shields near Varo.",
    "used_shields": "The militants used civilians as human shields in the old city of Varo.",
    "used_as_base": "Norland troops used the school as a base for their operations.",
}


@pytest.fixture(scope="module")
def coercions() -> dict[str, Extraction]:
    return run_texts(COERCIONS)


@pytest.mark.parametrize("key", ["cyber_attack", "ransomware", "hacked", "cyberattack",
                                 "cyber_hyphen"])
def test_cyber_attack_is_coerce(coercions: dict[str, Extraction], key: str) -> None:
    ex = coercions[key]
    assert [e.mode for e in of_type(ex, "COERCE")] == ["COERCE/cyber"], _types(ex)
    assert not of_type(ex, "ASSAULT"), _types(ex)


def test_drone_attack_stays_assault(coercions: dict[str, Extraction]) -> None:
    ex = coercions["drone_attack"]
    assert [e.mode for e in of_type(ex, "ASSAULT")] == ["ASSAULT/drone"], _types(ex)


@pytest.mark.parametrize("key", ["human_shields", "used_shields"])
def test_human_shields_are_coerce(coercions: dict[str, Extraction], key: str) -> None:
    ex = coercions[key]
    assert [e.mode for e in of_type(ex, "COERCE")] == ["COERCE/arrest"], _types(ex)


def test_used_as_a_base_is_no_coercion(coercions: dict[str, Extraction]) -> None:
    assert not of_type(coercions["used_as_base"], "COERCE")


AREAS = {
    "battle_zones": "The army has been holding thousands of villagers in the battle zones of "
                    "the Varo peninsula.",
    "entered_battle_zones": "Reporters entered the battle zones near Varo on Monday.",
    "combat_areas": "Journalists were barred from combat areas in eastern Velland.",
    "attack_on_area": "Norland launched an attack on the border area on Monday.",
}


@pytest.fixture(scope="module")
def areas() -> dict[str, Extraction]:
    return run_texts(AREAS)


@pytest.mark.parametrize("key", ["battle_zones", "entered_battle_zones", "combat_areas"])
def test_attack_noun_naming_an_area_is_no_assault(areas: dict[str, Extraction], key: str
                                                 ) -> None:
    assert not of_type(areas[key], "ASSAULT"), _types(areas[key])


def test_attack_on_an_area_stays_assault(areas: dict[str, Extraction]) -> None:
    assert of_type(areas["attack_on_area"], "ASSAULT")


WARNINGS = {
    "famine": "Aid agencies warned of famine in northern Velland.",
    "catastrophe": "The UN warned of a humanitarian catastrophe in Varo on Monday.",
    "recession": "Economists warned about a recession in Norland next year.",
    "consequences": "Norland warned Velland of serious consequences if its troops crossed the "
                    "border.",
    "retaliation": "The Norland army warned of retaliation after the attack on Varo.",
}


@pytest.fixture(scope="module")
def warnings_() -> dict[str, Extraction]:
    return run_texts(WARNINGS)


@pytest.mark.parametrize("key", ["famine", "catastrophe", "recession"])
def test_warning_of_a_hazard_is_no_threat(warnings_: dict[str, Extraction], key: str) -> None:
    assert not of_type(warnings_[key], "THREATEN"), _types(warnings_[key])


@pytest.mark.parametrize("key", ["consequences", "retaliation"])
def test_warning_of_harm_stays_threat(warnings_: dict[str, Extraction], key: str) -> None:
    assert of_type(warnings_[key], "THREATEN"), _types(warnings_[key])
