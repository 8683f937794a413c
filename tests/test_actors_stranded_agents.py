"""A passive's by-agent that the parser hangs on the last noun of the verb's complement
('X was barred from the ceremony by Y') is still the verb's agent."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The Kenyan delegation was denied entry to the summit by Ethiopia.", "denied", "ETH"),
    ("Two Russian diplomats were barred from the ceremony by Poland.", "barred", "POL"),
    ("The town was captured from rebels by Malian troops.", "captured", "MLI"),
    ("The general was removed from his post by President Ruto.", "removed", "KEN"),
])
def test_a_by_phrase_on_the_complement_noun_is_the_agent(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _sides(ev, "source") == {source}


def test_a_by_phrase_after_a_time_is_left_alone(pipeline):
    """'expelled from parliament on Tuesday by a vote of lawmakers': the by-phrase does not
    follow the complement's noun; nothing is guessed."""
    ev = _event(_events(pipeline, "The opposition leader was expelled from parliament on "
                                  "Tuesday by a vote of lawmakers."), "expelled")
    assert not any(p.actor is not None and p.actor.country for p in ev.source)
