"""The named subject of a relative clause that makes or puts forward a noun is its author:
whom a rejection answers, and who made the demand or the charge."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "target"), [
    ("Iran rejected the demands, which the United States presented last week.", "USA"),
    ("Kyiv dismissed the peace plan that China put forward in February.", "CHN"),
])
def test_a_rejection_answers_the_relative_clauses_author(pipeline, text, target):
    ev = _event(_events(pipeline, text), "rejected" if "rejected" in text else "dismissed")
    assert ev.type == "REJECT"
    assert target in _countries(ev, "target")


def test_an_event_noun_is_made_by_the_relative_clauses_subject(pipeline):
    evs = _events(pipeline, "Iran rejected the demands, which the United States presented "
                            "last week.")
    assert _countries(_event(evs, "demands"), "source") == {"USA"}


def test_a_judging_relative_clause_names_no_author(pipeline):
    # 'which Israel called credible': Israel judges the charges, it did not make them
    ev = _event(_events(pipeline, "Iran rejected the charges, which Israel called credible."),
                "rejected")
    assert "ISR" not in _countries(ev, "target")
