"""A noun by which a party names something it judges ('called the sanctions "aggression"',
'described the blockade as warfare') is the party's charge, not an event of the noun's type."""

from __future__ import annotations

import pytest
from pipeline_runs import article_events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("text", [
    'Chile called the sanctions "imperialist aggression" on Tuesday.',
    "Chile called the naval exercise an act of aggression on Tuesday.",
    "The Chilean minister branded the blockade an invasion on Tuesday.",
    "Chile described the naval exercise as an invasion on Tuesday.",
])
def test_a_naming_noun_is_no_attack(pipeline, text):
    assert "ASSAULT" not in {ev.type for ev in article_events(pipeline, text)}


def test_an_attack_named_outright_stays(pipeline):
    events = article_events(pipeline, "Chile said the invasion of its islands by Peruvian "
                            "troops began on Tuesday.")
    assert "ASSAULT" in {ev.type for ev in events}


def test_an_occurrence_named_by_what_stays(pipeline):
    events = article_events(pipeline, "Peruvian troops shelled the town in what Chile called an "
                            "act of aggression.")
    assert "ASSAULT" in {ev.type for ev in events}
