"""The by-agent of a participle concluding an event between parties is a party to it."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(ev, side: str) -> set[str]:
    return {p.actor.country for p in getattr(ev, side) if p.actor is not None}


@pytest.mark.parametrize(("text", "trigger", "parties"), [
    ("The deal reached by Armenia and Azerbaijan ends decades of conflict.", "deal",
     {"ARM", "AZE"}),
    ("The deal reached by Armenia ends decades of conflict.", "deal", {"ARM"}),
    ("The truce agreed by Russia and Ukraine collapsed within hours.", "truce",
     {"RUS", "UKR"}),
])
def test_the_parties_concluding_a_deal_are_its_source(pipeline, text, trigger, parties):
    """'the deal reached by X and Y', 'the truce agreed by X and Y': X and Y."""
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == parties


@pytest.mark.parametrize(("text", "trigger", "third"), [
    ("The truce proposed by Qatar was rejected.", "truce", "QAT"),
    ("The ceasefire brokered by Egypt between Israel and Hamas held overnight.", "ceasefire",
     "EGY"),
])
def test_a_third_party_proposing_or_brokering_is_no_party(pipeline, text, trigger, third):
    """'proposed / brokered by X': X is no party to the truce."""
    ev = _event(_events(pipeline, text), trigger)
    assert third not in _countries(ev, "source")
