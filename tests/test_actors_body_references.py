"""'The government', 'the ministry', 'the army' that their own sentence leaves unplaced refer
back to the state or the body named before them; a singular 'the group' never refers to a
plural 'aid groups'."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _source(pipeline, text, trigger):
    """(country, evidence) of the one source participant of the event at ``trigger``."""
    ev = event_of(pipeline, text, trigger)
    (src,) = ev.source
    return (src.actor.country, src.actor.evidence or "") if src.actor is not None else (None, "")


@pytest.mark.parametrize(("text", "country"), [
    # the sentence names only the counterpart: the state named two sentences before acts
    ("Pakistan closed its main border crossing with Afghanistan on Sunday after a deadly "
     "clash. Traders said hundreds of trucks were stranded. The government accused Afghan "
     "forces of firing first.", "PAK"),
    ("Chile recalled its ambassador from Peru on Monday. Officials gave no reason. The ministry "
     "accused Peru of spying.", "CHL"),
])
def test_an_unplaced_body_is_the_state_named_before(pipeline, text, country):
    code, evidence = _source(pipeline, text, "accused")
    assert code == country and evidence.startswith("refers to: ")


@pytest.mark.parametrize("text", [
    # a new paragraph: the state of the paragraph before is not reached
    "Pakistan closed its main border crossing with Afghanistan on Sunday.\n\nTraders said "
    "hundreds of trucks were stranded. The government accused Afghan forces of firing first.",
    # the sentence before names two states, neither as its subject
    "Talks between Kenya and Somalia broke down on Monday. Traders said prices rose. The "
    "government accused Ethiopian forces of crossing the border.",
])
def test_no_state_taken_when_the_reference_is_not_clear(pipeline, text):
    code, evidence = _source(pipeline, text, "accused")
    assert not evidence.startswith("refers to: ")
    assert code not in ("PAK", "KEN", "SOM")


@pytest.mark.parametrize("text", [
    "Thailand's army said Cambodian troops fired rockets at a village on Thursday. Cambodia "
    "denied the charge. The army accused Cambodia of lying.",
    "The Thai army said Cambodian troops fired rockets at a village on Thursday. Cambodia "
    "denied the charge. The army accused Cambodia of lying.",
])
def test_a_body_named_before_wins_over_the_state_named_last(pipeline, text):
    code, evidence = _source(pipeline, text, "accused")
    assert code == "THA" and evidence.startswith("refers to: ")


def test_the_group_is_no_plural_description(pipeline):
    text = ("Al-Shabaab attacked a convoy near Mogadishu on Monday. Aid groups suspended their "
            "work. The group also abducted three drivers.")
    code, evidence = _source(pipeline, text, "abducted")
    assert code == "SOM" and evidence == "refers to: Al-Shabaab"


def test_the_group_is_a_named_armed_group_the_parser_took_for_a_person(pipeline):
    text = ("Boko Haram fighters raided a village near Maiduguri on Tuesday. The group also "
            "abducted 20 women.")
    code, evidence = _source(pipeline, text, "abducted")
    assert code == "NGA" and evidence == "refers to: Boko Haram"
