"""A registry person whom the text titles with another state's office is that state's."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(parts) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in parts}


@pytest.mark.parametrize("text", [
    "Colombian Defense Minister Pedro Sanchez accused rebels of attacking a police station.",
    "Colombia's defense minister, Pedro Sanchez, accused rebels of attacking a police station.",
])
def test_the_title_in_the_text_beats_a_namesake_in_the_registry(pipeline, text):
    """The registry's Pedro Sanchez is Spain's prime minister; the text's is Colombia's
    defence minister, and the rebels he accuses are placed in Colombia, not Spain."""
    ev = _event(_events(pipeline, text), "accused")
    assert _countries(ev.source) == {"COL"}
    assert _countries(ev.target) == {"COL"}


def test_later_mentions_follow_the_title(pipeline):
    text = ("Colombian Defense Minister Pedro Sanchez visited the base on Monday. "
            "Sanchez accused rebels of attacking a police station.")
    ev = _event(_events(pipeline, text), "accused")
    assert _countries(ev.source) == {"COL"}


@pytest.mark.parametrize(("text", "country"), [
    ("Spanish Prime Minister Pedro Sanchez met French President Emmanuel Macron in Paris.",
     "ESP"),
    ("Pedro Sanchez met French President Emmanuel Macron in Paris.", "ESP"),
])
def test_the_registry_stands_when_the_title_agrees_or_is_absent(pipeline, text, country):
    ev = _event(_events(pipeline, text), "met")
    assert _countries(ev.source) == {country}
