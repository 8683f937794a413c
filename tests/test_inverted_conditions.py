"""A condition opened by an inverted auxiliary ('Should X attack, ...') is no obligation and
makes its consequent no promise: no REQUEST or AGREE is derived from either clause."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "obligation": "Iran should withdraw its forces from Syria, the Israeli prime minister said.",
    "inverted_condition": "Should Iran withdraw its forces from Syria, Israel would halt its "
                          "strikes, the Israeli prime minister said.",
    "promise": "Norland will send humanitarian aid to Velland, the health minister said.",
    "conditioned_promise": "Should the floods worsen, Norland will send humanitarian aid to "
                           "Velland, the health minister said.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _derived(ex: Extraction, etype: str) -> list:
    return [e for e in ex.events if e.type == etype and e.attributes.get("intent_of")]


def test_stated_obligation_is_a_request(results) -> None:
    found = _derived(results["obligation"], "REQUEST")
    assert len(found) == 1 and {p.actor.country for p in found[0].target if p.actor} == {"IRN"}


def test_inverted_condition_is_no_request(results) -> None:
    ex = results["inverted_condition"]
    assert not [e for e in ex.events if e.type == "REQUEST"], ex.events
    withdrawals = [e for e in ex.events if e.type == "RETREAT"]
    assert withdrawals and withdrawals[0].modality == "hypothetical"


@pytest.mark.parametrize("key,found", [("promise", True), ("conditioned_promise", False)])
def test_consequent_of_inverted_condition_is_no_promise(results, key: str, found: bool) -> None:
    assert bool(_derived(results[key], "AGREE")) is found, (TEXTS[key], results[key].events)
