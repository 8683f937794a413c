"""A refusal told as a reduced passive of what it refuses is the by-agent's REJECT."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _rejects(pipeline, text):
    return [ev for ev in _events(pipeline, text) if ev.type == "REJECT"]


def _countries(parts) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in parts}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ukraine's proposal, rejected by Moscow last week, calls for a ceasefire.", "RUS", "UKR"),
    ("The Iranian offer, rejected by Washington on Monday, would ease sanctions.", "USA", "IRN"),
])
def test_a_reduced_passive_refusal_is_the_by_agent_s_reject(pipeline, text, source, target):
    (ev,) = _rejects(pipeline, text)
    assert ev.trigger.text == "rejected"
    assert _countries(ev.source) == {source}
    assert _countries(ev.target) == {target}


def test_the_finite_passive_reads_the_same(pipeline):
    (ev,) = _rejects(pipeline, "Ukraine's proposal was rejected by Moscow last week.")
    assert _countries(ev.source) == {"RUS"} and _countries(ev.target) == {"UKR"}


def test_a_rejected_proposal_with_no_agent_is_no_refusal_event(pipeline):
    assert not _rejects(pipeline, "Ukraine's rejected proposal calls for a ceasefire.")
