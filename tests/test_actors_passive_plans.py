"""'The decision to close the border was announced by X': X does what the plan says."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The decision to close the border with Somalia was announced by Kenya on Monday.",
     "close", "KEN"),
    ("The plan to deploy troops to Haiti was approved by Kenya's parliament.", "deploy", "KEN"),
])
def test_the_by_agent_of_an_announced_plan_acts(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _sides(ev, "source") == {source}


def test_a_plan_announced_by_nobody_named_has_no_doer_from_it(pipeline):
    ev = _event(_events(pipeline, "The decision to close the border was announced on Monday."),
                "close")
    assert not ev.source
