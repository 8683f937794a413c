"""A rejection another state reports, of an object 'its': the reporter's offer or proposal,
so the reporter is whom the rejection answers."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "rejecter", "answered"), [
    ("Seoul says Pyongyang rejected its offer of talks.", "rejected", "PRK", "KOR"),
    ("Israel said Hamas rejected its latest proposal.", "rejected", "PSE", "ISR"),
    ("Thailand said Cambodia ignored its request for talks.", "ignored", "KHM", "THA"),
])
def test_its_object_is_the_reporter_s(pipeline, text, trigger, rejecter, answered):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {rejecter}
    assert side_countries(ev, "target") == {answered}


@pytest.mark.parametrize("text", [
    "Hamas said it rejected their proposal.",  # the reporter rejects: not its own target
    "Israel said Hamas rejected their proposal.",  # 'their' may be the mediators'
])
def test_no_reporter_target_otherwise(pipeline, text):
    ev = event_of(pipeline, text, "rejected")
    assert "ISR" not in side_countries(ev, "target")
    assert "PSE" not in side_countries(ev, "target")


def test_a_named_owner_still_decides(pipeline):
    ev = event_of(pipeline, "Israel said Hamas rejected the Egyptian proposal.", "rejected")
    assert side_countries(ev, "target") == {"EGY"}
