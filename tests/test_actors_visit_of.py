"""The visitor of 'the visit of X'."""

from __future__ import annotations

import pytest
from pipeline_runs import countries as _countries
from pipeline_runs import event_in as _event

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "visitor"), [
    ("Chile welcomed the visit of Peruvian President Ollanta Humala on Monday.", "PER"),
    ("Officials in Lima prepared for the visit of the Chilean foreign minister.", "CHL"),
    ("The visit of the Argentine president to Brazil was postponed.", "ARG"),
])
def test_visit_of_names_the_visitor(pipeline, text, visitor):
    ev = _event(pipeline, text, "CONSULT", "visit")
    assert _countries(ev, "source") == {visitor}


def test_visit_of_keeps_its_destination_as_target(pipeline):
    ev = _event(pipeline, "The visit of the Argentine president to Brazil was postponed.",
                "CONSULT", "visit")
    assert _countries(ev, "target") == {"BRA"}


def test_release_of_still_names_the_freed(pipeline):
    ev = _event(pipeline, "Bolivia praised the release of Chilean prisoners by Peru.",
                "RETREAT", "release")
    assert _countries(ev, "source") == {"PER"}
    assert _countries(ev, "target") == {"CHL"}
