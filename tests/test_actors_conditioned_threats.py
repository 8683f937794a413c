"""A threat verb with its own condition ('would retaliate if X imposed tariffs') addresses
the subject of the condition, as 'threatened to strike unless X withdrew' does."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "threatener", "threatened"), [
    ("China said it would retaliate if the United States imposed new tariffs.", "retaliate",
     "CHN", "USA"),
    ("North Korea said it would respond unless Seoul halted the drills.", "respond", "PRK",
     "KOR"),
])
def test_the_subject_of_the_threat_s_condition_is_its_target(pipeline, text, trigger,
                                                              threatener, threatened):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {threatener}
    assert side_countries(ev, "target") == {threatened}


def test_a_condition_without_a_named_subject_adds_no_target(pipeline):
    ev = event_of(pipeline, "China said it would retaliate if it were attacked.", "retaliate")
    assert all(p.text != "it" for p in ev.target)
