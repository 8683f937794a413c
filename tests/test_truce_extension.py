"""A truce said to remain in effect until a later end is its extension, an agreement (AGREE),
not the halt taking effect; a truce taking or staying in effect without a new end stays the
halt (RETREAT)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "extended": "On Sunday the Chilean government said the ceasefire arrangement would remain "
                "in effect until 18 February.",
    "took_effect": "The truce between Chile and Peru took effect on Monday.",
    "since": "The ceasefire has remained in effect since June.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def test_remaining_in_effect_until_a_date_is_an_extension(results: dict[str, Extraction]) -> None:
    assert of_type(results["extended"], "AGREE"), TEXTS["extended"]
    assert not of_type(results["extended"], "RETREAT")


@pytest.mark.parametrize("key", ["took_effect", "since"])
def test_a_truce_in_effect_is_the_halt(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "RETREAT"), TEXTS[key]
    assert not of_type(results[key], "AGREE")
