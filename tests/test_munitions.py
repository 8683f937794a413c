"""Attacks told by the munitions dropped: bombs, explosives, grenades."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _types(pipeline, text) -> set[tuple[str, str]]:
    return {(e.type, e.trigger.text.split()[0].lower()) for e in _events(pipeline, text)}


@pytest.mark.parametrize("text,word", [
    ("Russian drones dropped grenades on the positions overnight.", "dropped"),
    ("A drone dropped explosives on an army outpost on Monday.", "dropped"),
    ("Helicopters dropped bombs on the rebel-held town.", "dropped"),
])
def test_munitions_dropped_are_an_attack(pipeline, text, word):
    assert ("ASSAULT", word) in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Planes dropped food and medicine over the besieged town.",
    "The plan to drop the charges fell through.",
    "The prosecutors dropped the case against him.",
])
def test_other_drops_are_no_attack(pipeline, text):
    assert not any(t == "ASSAULT" for t, _ in _types(pipeline, text))
