"""Troops whose act their own military reports are that military's."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(parts) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in parts}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("A spokesman for the Israeli military said troops had killed three militants in Jenin.",
     "killed", "ISR"),
    ("Russia's army said soldiers had captured a village in Donetsk.", "captured", "RUS"),
    ("The Israeli military said soldiers opened fire on suspects in Gaza.", "opened fire",
     "ISR"),
])
def test_troops_reported_by_their_military_are_its_own(pipeline, text, trigger, country):
    """The place the reported clause names (Jenin, Donetsk) is where they act, not whose
    they are."""
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev.source) == {country}


def test_troops_reported_by_a_civilian_body_are_not_placed_by_it(pipeline):
    """A health ministry reporting that troops killed people speaks of another side's troops:
    the rule leaves them to the sentence's place."""
    text = "The Palestinian health ministry said troops had killed three people in Jenin."
    ev = _event(_events(pipeline, text), "killed")
    assert not any((p.actor.evidence or "").startswith("sentence: The Palestinian health")
                   for p in ev.source if p.actor is not None)
    assert "ISR" not in _countries(ev.source)
