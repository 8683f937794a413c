"""A response in the passive answers the earlier act its subject names, as the object of
the active does."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(ev, side: str) -> set[str]:
    return {p.actor.country for p in getattr(ev, side) if p.actor is not None}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Russia launched a massive drone attack on Kyiv overnight. The attack was condemned by "
     "the European Union.", "condemned", "RUS"),
    ("The EU imposed new sanctions on Belarus on Monday. The measures were denounced by "
     "Minsk as illegal.", "denounced", "IGO"),
])
def test_the_passive_subject_names_the_answered_act(pipeline, text, trigger, target):
    """'The attack was condemned by X': X condemns whoever made the attack."""
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "target") == {target}


def test_a_passive_response_to_an_own_act_answers_nobody(pipeline):
    """'The EU imposed sanctions … The measures were defended by Brussels': no target."""
    ev = _event(_events(pipeline, "The EU imposed new sanctions on Belarus on Monday. The "
                                  "measures were praised by the EU's foreign ministers."),
                "praised")
    assert "IGO" not in _countries(ev, "target")
