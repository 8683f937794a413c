"""Agreements that a text only refers to are no AGREE events; the acts of agreeing stay."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _agree_triggers(pipeline, text: str) -> list[str]:
    """The triggers of the AGREE events read from the text itself; an AGREE derived as the
    intent of a planned act ('would go along with the deal': a promise of support) is the
    act's, not the agreement noun's."""
    return [ev.trigger.text for ev in _events(pipeline, text)
            if ev.type == "AGREE" and "intent_of" not in ev.attributes]


@pytest.mark.parametrize(("text", "noun"), [
    ("That agreement ended a war that lasted three years.", "agreement"),
    ("The treaty between Chile and Peru covers the disputed waters.", "treaty"),
    ("Officials in Lisbon said they would go along with the deal between Spain and "
     "Morocco.", "deal"),
])
def test_an_agreement_only_referred_to_is_no_event(pipeline, text, noun):
    assert noun not in " ".join(_agree_triggers(pipeline, text))


@pytest.mark.parametrize(("text", "noun"), [
    ("Britain and Mauritius signed a deal on Monday.", "deal"),
    ("Chile and Peru reached an agreement on the disputed waters.", "agreement"),
    ("Both leaders reaffirmed their commitment to the ceasefire.", "commitment"),
])
def test_an_act_of_agreeing_stays_an_event(pipeline, text, noun):
    assert noun in " ".join(_agree_triggers(pipeline, text))
