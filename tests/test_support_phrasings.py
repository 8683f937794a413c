"""Support told by siding with, rallying behind or around, giving one's blessing to, or
crediting a party; the literal and protest senses of the same verbs stay apart."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

SUPPORTED = {
    "sided": "Britain sided with Ukraine over the grain deal.",
    "sided_dispute": "Russia sided with Iran in the dispute.",
    "rallied_behind": "The ruling party of Freedonia rallied behind the prime minister.",
    "rallied_around": "Arab states rallied around Egypt after the attack.",
    "blessing": "The Egyptian parliament gave its blessing to the deal.",
    "endorsement": "The Ruritanian president lent his endorsement to the candidate.",
    "credited_with": "The minister credited Egypt with brokering the truce.",
    "credited_for": "Norland's foreign minister credited Britain and France for their role in "
                    "the talks.",
}
OTHER = {
    "protest_rally": "Protesters rallied in the capital on Sunday.",
    "bank_credit": "The bank credited the money to his account.",
    "sided_street": "The houses on one side of the street were damaged.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SUPPORTED, **OTHER})


@pytest.mark.parametrize("key", sorted(SUPPORTED))
def test_support_phrasings(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "SUPPORT"), [(e.type, e.trigger.text)
                                              for e in results[key].events]


@pytest.mark.parametrize("key", sorted(OTHER))
def test_other_senses_are_no_support(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "SUPPORT")


def test_rally_in_a_place_stays_a_protest(results: dict[str, Extraction]) -> None:
    assert of_type(results["protest_rally"], "PROTEST")


def test_siding_names_both_sides(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["sided"], "SUPPORT")
    assert [p.text for p in ev.source] == ["Britain"]
    assert [p.text for p in ev.target] == ["Ukraine"]
