"""Where an event happened: the place phrase on the trigger or its clause, a lower-level
place ('X province', 'along the border near X'), the attacked town, a clause on the event
noun; never the place of a reporting frame."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _where(pipeline, text: str, trigger: str) -> str | None:
    ev = _event(_events(pipeline, text), trigger)
    return (ev.location or {}).get("text")


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Government troops shelled villages in Koroma province on Thursday.", "shelled",
     "Koroma"),
    ("Rebel forces fired rockets along the border near Bakari district.", "fired", "Bakari"),
    ("Fighting broke out across the border area near Surin.", "Fighting", "Surin"),
    ("The army struck 20 targets in Tyre's southern suburbs on Monday.", "struck", "Tyre"),
    ("Rebels fired two mortar shells at an army post on Mount Kenya on Monday.", "fired",
     "Mount Kenya"),
])
def test_a_lower_level_place_phrase_is_where(pipeline, text, trigger, place):
    assert _where(pipeline, text, trigger) == place


def test_an_attacked_town_is_where_the_attack_happened(pipeline):
    ev = _event(_events(pipeline, "Israel struck Tyre on Monday, killing five people."),
                "struck")
    assert ev.location is not None and ev.location["text"] == "Tyre"
    assert ev.location.get("from") == "target"


def test_an_attacked_state_is_who_not_where(pipeline):
    ev = _event(_events(pipeline, "Russia attacked Ukraine on Monday."), "attacked")
    assert ev.location is None


def test_a_reporting_frames_place_is_not_where(pipeline):
    text = "The army said in Bangkok that rebel troops attacked an outpost."
    assert _where(pipeline, text, "attacked") is None


def test_a_clause_on_the_event_noun_gives_its_place(pipeline):
    text = "Rebels launched an attack, which took place in Kandahar on Monday."
    assert _where(pipeline, text, "attack") == "Kandahar"


def test_a_reporting_clause_on_the_event_noun_gives_no_place(pipeline):
    text = "Rebels launched an attack, reported in Kabul on Monday."
    assert _where(pipeline, text, "attack") is None


def test_a_group_owning_the_place_is_not_where(pipeline):
    text = "Rebels attacked positions in Hezbollah's stronghold on Monday."
    assert _where(pipeline, text, "attacked") is None


def test_an_attack_noun_subject_on_a_town_gives_the_place(pipeline):
    ev = _event(_events(pipeline, "A drone strike on Tyre killed two people."), "killed")
    assert ev.location is not None and ev.location["text"] == "Tyre"


def test_an_attack_noun_subject_on_a_group_gives_no_place(pipeline):
    ev = _event(_events(pipeline, "An air strike on Hezbollah killed three fighters."),
                "killed")
    assert ev.location is None


@pytest.mark.parametrize(("text", "trigger"), [
    ("European peacekeepers patrolled the streets of Pristina in Kosovo.", "patrolled"),
    ("Additional European peacekeepers arrived in Bosnia on Wednesday.", "arrived"),
])
def test_a_region_word_does_not_take_the_events_place(pipeline, text, trigger):
    # 'European' names many countries: residence coding does not make it the place's
    ev = _event(_events(pipeline, text), trigger)
    assert all(p.actor is None or p.actor.country is None for p in ev.source)


def test_unlinked_perpetrators_still_take_the_events_place(pipeline):
    ev = _event(_events(pipeline, "Prisoners rioted at a jail in Dili on Sunday."), "rioted")
    assert {p.actor.country for p in ev.source if p.actor} == {"TLS"}


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("The envoy then flew to Ankara, where he held talks with the premier on Friday.",
     "held", "Ankara"),
    ("The envoy returned to Doha, where he met the Qatari prime minister on Sunday.",
     "met", "Doha"),
    ("Both delegations went to Geneva, where they signed the agreement on Friday.",
     "signed", "Geneva"),
    ("The envoy flew on to Ashgabat, where he held talks with the foreign minister.",
     "held", "Ashgabat"),
])
def test_the_place_a_where_clause_hangs_on_is_where(pipeline, text, trigger, place):
    assert _where(pipeline, text, trigger) == place


def test_a_call_and_a_meeting_on_one_day_get_their_own_modes(pipeline):
    text = ("The Norland minister spoke by telephone with the Redland premier on Thursday "
            "morning. The minister then flew to Ankara, where she held talks with the premier "
            "on Thursday evening.")
    events = [e for e in _events(pipeline, text) if e.type == "CONSULT"]
    call = next(e for e in events if e.trigger.text.startswith("spoke"))
    talks = next(e for e in events if e.trigger.text.startswith("held"))
    assert call.mode == "CONSULT/phone" and talks.mode != "CONSULT/phone"
    assert talks.location is not None and talks.location["text"] == "Ankara"
