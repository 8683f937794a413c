"""'The rebels', 'the militants', 'the insurgents' stand for the armed group named just before."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("text, trigger, country", [
    ("Boko Haram fighters raided a village near Maiduguri on Tuesday. The insurgents then "
     "attacked a military base, the army said.", "attacked", "NGA"),
    ("Al-Shabaab claimed the bombing of a busy market. On Friday the militants attacked a police "
     "station in the capital, killing four officers.", "attacked", "SOM"),
    ("Hezbollah fired dozens of rockets across the border on Sunday. The militants also "
     "attacked an army post, the Israeli military said.", "attacked", "LBN"),
])
def test_a_definite_group_of_armed_men_is_the_group_named_before(pipeline, text, trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    (src,) = ev.source
    assert src.actor is not None and src.actor.kind == "armed_group"
    assert src.actor.country == country and src.actor.evidence.startswith("refers to: ")


@pytest.mark.parametrize("text", [
    # two groups named: which one is meant is not said
    "Hezbollah and Hamas both praised the raid on Sunday. The militants later attacked an "
    "army post near the border.",
    # the group's own adjective narrows the noun to another group
    "Boko Haram fighters raided a village near Maiduguri. The Tuareg rebels then attacked a "
    "military base in the north.",
    # named too far back
    "Boko Haram fighters raided a village on Tuesday. The governor visited the village. He "
    "promised new schools. Farmers returned to their fields. The insurgents attacked a base.",
])
def test_no_group_taken_when_the_reference_is_not_clear(pipeline, text):
    ev = _event(_events(pipeline, text), "attacked")
    assert not any((p.actor.evidence or "").startswith("refers to: ") for p in ev.source
                   if p.actor is not None)
