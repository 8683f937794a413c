"""Who is pressed to act does the act; the agent of 'X was hit with sanctions by Y' acts."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(parts) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in parts}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Ruritanian government was hit with fresh sanctions by Washington on Friday.",
     {"USA"}, {None}),
    ("Iran was slapped with new sanctions by Canada on Monday.", {"CAN"}, {"IRN"}),
])
def test_the_agent_hung_on_the_with_noun_of_a_passive_is_the_doer(pipeline, text, source,
                                                                   target):
    """The parser hangs 'by Y' on the noun of 'hit with sanctions'; Y still imposes them."""
    ev = _event(_events(pipeline, text), "sanctions")
    assert _countries(ev.source) == source
    if target != {None}:
        assert _countries(ev.target) == target


def test_a_passive_without_agent_keeps_no_source(pipeline):
    ev = _event(_events(pipeline, "Iran was hit with new sanctions on Monday."), "sanctions")
    assert not ev.source


@pytest.mark.parametrize("text", [
    "Hungary has been under pressure from Canada to lift its veto.",
    "Hungary faces pressure from Canada to lift its veto.",
    "Canada increased pressure on Hungary to lift its veto.",
])
def test_who_is_pressed_to_act_does_the_act(pipeline, text):
    """'X faces pressure from Y to lift its veto': X would lift it, never Y."""
    ev = _event(_events(pipeline, text), "lift")
    assert _countries(ev.source) == {"HUN"}


def test_pressure_with_no_pressed_party_names_no_doer(pipeline):
    text = "Pressure from Canada to end the war has grown."
    evs = [ev for ev in _events(pipeline, text) if "end" in ev.trigger.text]
    assert all("CAN" not in _countries(ev.source) for ev in evs)


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The decision by Ankara was met with sharp criticism from Athens.", "criticism",
     {"GRC"}, {"TUR"}),
    ("Greece's plan was met with condemnation from Turkey.", "condemnation", {"TUR"}, {"GRC"}),
    ("The Serbian president was greeted with protests in Novi Sad.", "protests", None, {"SRB"}),
])
def test_who_is_met_with_criticism_undergoes_it(pipeline, text, trigger, source, target):
    """'X was met with criticism from Y', as 'X drew criticism from Y': Y criticises X (the
    owner of a decision or plan)."""
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev.target) == target
    if source is not None:
        assert _countries(ev.source) == source
    assert all("Novi Sad" not in p.text for p in ev.target)  # the place is no target
