"""Who is made, asked or let to act does the act: 'X forced Y to resign' (Y resigns)."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(parts) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in parts}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Ugandan troops forced the Kenyan rebels to withdraw from the town on Monday.",
     "withdraw", {"KEN"}),
    ("Tanzania persuaded Burundi to join the talks in Arusha.", "talks", {"BDI"}),
    ("The Chilean court ordered the Peruvian police to release the detained fishermen.",
     "release", {"PER"}),
])
def test_the_object_of_a_verb_of_making_or_asking_does_the_infinitive(pipeline, text,
                                                                     trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev.source) == source


def test_a_tool_used_to_act_leaves_the_user_the_doer(pipeline):
    """'X used drones to attack Y': the user attacks, not the drones."""
    ev = _event(_events(pipeline, "Russia used drones to attack Kyiv on Monday."), "attack")
    assert _countries(ev.source) == {"RUS"}


def test_an_infinitive_without_an_object_keeps_the_subject(pipeline):
    ev = _event(_events(pipeline, "Ugandan troops were forced to withdraw from the town."),
                "withdraw")
    assert _countries(ev.source) == {"UGA"}
