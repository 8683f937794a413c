"""Going along with a deal, a plan, a proposal or a decision is approving it (SUPPORT; PLOVER's
"approve policy, action, or actor"); refusing to go along with one is a REJECT; going along
with people to a place is no event."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

SUPPORTED = {
    "inclined": "Norland's leader told reporters he might well go along with the Redland "
                "proposal.",
    "went": "Britain went along with the American plan.",
    "decision": "Japan has gone along with the decision of the alliance.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SUPPORTED,
                      "refused": "Germany will not go along with the proposal, the chancellor "
                                 "said.",
                      "friends": "She went along with her friends to the market."})


@pytest.mark.parametrize("key", sorted(SUPPORTED))
def test_going_along_is_support(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "SUPPORT"), [(e.type, e.trigger.text)
                                              for e in results[key].events]


def test_refusing_to_go_along_is_a_rejection(results: dict[str, Extraction]) -> None:
    assert of_type(results["refused"], "REJECT")


def test_going_along_with_people_is_no_event(results: dict[str, Extraction]) -> None:
    assert not results["friends"].events
