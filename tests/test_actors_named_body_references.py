"""'The court', 'the council', 'the alliance' after a named body stand for that body."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _source(pipeline, text, trigger):
    ev = event_of(pipeline, text, trigger)
    (src,) = ev.source
    return (src.actor.country, src.actor.evidence or "") if src.actor is not None else (None, "")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The International Court of Justice opened a hearing on Monday in a case brought by "
     "Chile. The court ordered Bolivia to halt work on the dam.", "ordered"),
    ("The United Nations Security Council met on Tuesday. The council condemned Norway for "
     "the raid.", "condemned"),
    ("NATO held a summit in Oslo on Monday. The alliance condemned Belarus for the border "
     "incident.", "condemned"),
    ("The International Atomic Energy Agency visited the plant last week. The agency "
     "criticised Iran for blocking access.", "criticised"),
])
def test_a_definite_noun_from_a_named_body_stands_for_it(pipeline, text, trigger):
    country, evidence = _source(pipeline, text, trigger)
    assert country == "IGO"
    assert evidence.startswith("refers to:")


def test_a_noun_no_earlier_name_contains_stays_a_generic_agent(pipeline):
    """Nothing named before holds the word: the court is placed by its context."""
    text = "Chile recalled its ambassador on Monday. The court ordered Peru to release the men."
    ev = event_of(pipeline, text, "ordered")
    assert not any((p.actor.evidence or "").startswith("refers to:") for p in ev.source
                   if p.actor is not None)


def test_a_body_named_too_far_back_is_not_referred_to(pipeline):
    text = ("The International Court of Justice opened a hearing on Monday. Chile sent its "
            "lawyers. Bolivia sent a delegation. Peru stayed away. The court ordered Bolivia "
            "to halt work on the dam.")
    ev = event_of(pipeline, text, "ordered")
    assert not any((p.actor.evidence or "").startswith("refers to:") for p in ev.source
                   if p.actor is not None)


@pytest.mark.parametrize(("text", "trigger", "group"), [
    ("The Tarvan Liberation Army ambushed a Peruvian patrol on Monday. The army denied "
     "any losses.", "denied", "Tarvan"),
    ("Islamic State fighters attacked a checkpoint in Iraq on Monday. The state rejected "
     "the claim.", "rejected", "Islamic State"),
])
def test_the_army_or_the_state_is_not_an_armed_group_holding_the_word(pipeline, text, trigger,
                                                                      group):
    """'The Tarvan Liberation Army ... the army': the state's army, not the group."""
    ev = event_of(pipeline, text, trigger)
    assert not any(p.actor.kind in ("group", "armed_group") and group in p.actor.name
                   for p in ev.source if p.actor is not None)
