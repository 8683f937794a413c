"""'X insisted on its demand that Y's government free the prisoners': Y is asked."""

from __future__ import annotations

import pytest
from pipeline_runs import countries, event_in

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "The rebels insisted on their demand that Kenya's government free the prisoners.",
    "The opposition insisted on its demands that Kenya's government hold early elections.",
])
def test_the_subject_of_the_demand_clause_is_the_target(pipeline, text):
    ev = event_in(pipeline, text, "REQUEST", "insisted")
    assert countries(ev, "target") == {"KEN"}


def test_a_demand_clause_without_an_actor_names_no_target(pipeline):
    ev = event_in(pipeline, "The opposition insisted on its demands that elections be held "
                  "early.", "REQUEST", "insisted")
    assert ev.target == []
