"""CAMEO 080 YIELD verbs that only inherited their block's code ('cede', 'succumb to') read
as CONCEDE; positions ceded stay a withdrawal, and succumbing to wounds is no event."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "ceded_control": "The Velland government ceded control of the port to Norland rebels on Monday.",
    "ceded_islands": "After weeks of pressure, Norland ceded the disputed islands to Velland.",
    "ceded_posts": "Norland ceded two border posts to Velland under the deal signed in Varo.",
    "succumbed_pressure": "The Varo council succumbed to Norland's pressure on Friday.",
    "succumbed_demands": "Velland's cabinet succumbed to the strikers' demands after a week.",
    "succumbed_wounds": "A Velland soldier succumbed to his wounds in hospital on Tuesday.",
    "succumbed_injuries": "Two Norland villagers later succumbed to their injuries.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _types(results: dict[str, Extraction], key: str) -> set[str]:
    return {e.type for e in results[key].events}


@pytest.mark.parametrize("key", ["ceded_control", "ceded_islands",
                                 "succumbed_pressure", "succumbed_demands"])
def test_yielding_is_a_concession(results, key) -> None:
    assert "CONCEDE" in _types(results, key)


def test_ceding_positions_stays_a_withdrawal(results) -> None:
    assert "RETREAT" in _types(results, "ceded_posts")
    assert "CONCEDE" not in _types(results, "ceded_posts")


@pytest.mark.parametrize("key", ["succumbed_wounds", "succumbed_injuries"])
def test_dying_of_wounds_is_no_concession(results, key) -> None:
    assert "CONCEDE" not in _types(results, key)
