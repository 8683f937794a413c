"""A cooperative future action is an AGREE (a promise) as the narrator or a statement gives it,
or as a readiness; not as the content of a belief, a forecast or a plan, nor as a wish, nor as
what a draft or proposal lays down."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

PROMISES = {
    "narrator": "Norland will send humanitarian aid to Velland next month.",
    "statement": "The health minister said Norland will send humanitarian aid to Velland.",
    "trailing": "Norland will send humanitarian aid to Velland, the health minister said on Monday.",
    "readiness": "The Ombrian junta is willing to withdraw its troops from Tarsia.",
    "own_plan": "Norland will send humanitarian aid under a new plan, the minister said.",
}
NOT_PROMISES = {
    "belief": "The Velland health minister believes Norland will send humanitarian aid to the region.",
    "plan_noun": ("The foreign ministry in Oslo announced plans that the Norland minister "
                  "will visit Velland."),
    "wish": "Norland would like to support the Ombrian reform programme.",
    "forecast": "Analysts in Velland expect that Norland will send humanitarian aid to the region.",
    "draft": "Under the draft, the Ombrian army would withdraw from Tarsia within 30 days.",
    "proposal": ("The Velland proposal provides for a two-month period in which Ombrian troops "
                 "would withdraw from Tarsia."),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**PROMISES, **NOT_PROMISES})


def _derived_agree(ex: Extraction) -> list:
    return [e for e in ex.events if e.type == "AGREE" and e.attributes.get("intent_of")]


@pytest.mark.parametrize("key", sorted(PROMISES))
def test_promise_is_agree(results: dict[str, Extraction], key: str) -> None:
    assert _derived_agree(results[key]), (PROMISES[key], results[key].events)


@pytest.mark.parametrize("key", sorted(NOT_PROMISES))
def test_belief_plan_or_wish_is_no_agree(results: dict[str, Extraction], key: str) -> None:
    assert not _derived_agree(results[key]), (NOT_PROMISES[key], results[key].events)
