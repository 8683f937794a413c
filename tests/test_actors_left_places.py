"""The place a withdrawal leaves, named by a from-phrase the parser hangs on the withdrawal
noun's of-object ('the retreat of its forces from X'), is its target, as for the verb."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "left"), [
    ("Russia announced the retreat of its forces from Kherson.", "retreat", "UKR"),
    ("The evacuation of French troops from Mali began.", "evacuation", "MLI"),
    ("The pullout of American troops from Afghanistan ended in August.", "pullout", "AFG"),
])
def test_the_from_phrase_on_the_of_object_is_the_place_left(pipeline, text, trigger, left):
    ev = event_of(pipeline, text, trigger)
    assert left in side_countries(ev, "target")


def test_the_withdrawing_forces_stay_the_source(pipeline):
    ev = event_of(pipeline, "Russia announced the retreat of its forces from Kherson.", "retreat")
    assert side_countries(ev, "source") == {"RUS"}
