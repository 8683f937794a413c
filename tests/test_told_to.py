"""'X told Y to act' is an order, a REQUEST from X to Y (PLOVER: "all requests, demands, and
orders"), when Y is a party; the act told stays folded into the request, as for 'urged Y to
act', not an event of its own. Told to the press or to nobody named, or told a story, is none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TOLD = {
    "deal": "The Ruritanian president told Lorania to make a deal.",
    "halt": "Washington told Israel to halt the offensive.",
    "withdraw": "Ruritania told Lorania to withdraw its troops from the border.",
}
NOT_TOLD = {
    "reporters": "He told reporters that the talks would resume.",
    "story": "He told the story to his children.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**TOLD, **NOT_TOLD})


def _types(ex: Extraction) -> list[tuple[str, str, str]]:
    return [(e.type, e.modality, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("key", sorted(TOLD))
def test_told_to_act_is_a_request(results: dict[str, Extraction], key: str) -> None:
    requests = [e for e in of_type(results[key], "REQUEST") if e.modality == "asserted"]
    assert requests and requests[0].target, _types(results[key])


def test_the_act_told_is_folded(results: dict[str, Extraction]) -> None:
    assert not of_type(results["deal"], "AGREE"), _types(results["deal"])


@pytest.mark.parametrize("key", sorted(NOT_TOLD))
def test_no_order_without_an_infinitive(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "REQUEST"), _types(results[key])
