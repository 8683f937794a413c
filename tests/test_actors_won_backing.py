"""Who backs whom in 'X won the support of Y'."""

from __future__ import annotations

import pytest
from pipeline_runs import event_in as _event

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _texts(ev, side: str) -> set[str]:
    return {p.text for p in getattr(ev, side)}


@pytest.mark.parametrize(("text", "trigger", "backer", "backed"), [
    ("The rebels won the support of Libya for their campaign.", "support", "Libya", "rebels"),
    ("The opposition gained the backing of the United States.", "backing",
     "the United States", "opposition"),
    ("Kosovo received the support of Washington for its independence.", "support",
     "Washington", "Kosovo"),
])
def test_the_backer_of_won_support_is_its_of_object(pipeline, text, trigger, backer, backed):
    # before, the winner was read as the backer and the backer as the backed
    ev = _event(pipeline, text, "SUPPORT", trigger)
    assert backer in _texts(ev, "source")
    assert any(backed in t for t in _texts(ev, "target"))


def test_support_for_a_cause_is_still_the_subjects(pipeline):
    ev = _event(pipeline, "Germany voiced support for Ukraine on Monday.", "SUPPORT", "support")
    assert "Germany" in _texts(ev, "source")
