"""A by-gerund clause tells the means of the verb it hangs on ("responded on Thursday by
deploying troops"): the act and its means are one occurrence, so the clause's event has the
verb's time; a by-gerund with its own time and other clauses keep theirs."""

from __future__ import annotations

from typing import Any

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.fuse.dates import mention_range
from eventwire.model import EventMention, Extraction

PUBLISHED = "2025-06-05"  # a Thursday
TEXTS = {
    "weekday": "Redland responded on Monday by deploying 300 troops to the border.",
    "offset": "Blueland troops shelled a border post on May 20. Redland retaliated three "
              "days later by expelling the Blueland ambassador.",
    "after": "The minister reacted by expelling two diplomats on Tuesday, officials said.",
    "own_time": "Redland responded on Monday by announcing that it would deploy troops "
                "to the border in July.",
    "plain": "Redland deployed 300 troops to the border.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, PUBLISHED)


def _range(ev: EventMention) -> list[str]:
    """The mention's day range as fusion derives it."""
    return mention_range(ev.to_dict(), PUBLISHED)["range"]


def test_by_gerund_takes_the_weekday_of_its_verb(results: dict[str, Any]) -> None:
    ev = by_trigger(results["weekday"], "deploying")
    assert ev.date.get("via") == "means clause" and ev.date["span"]["text"] == "Monday"
    assert _range(ev) == ["2025-06-02", "2025-06-02"]


def test_by_gerund_takes_the_offset_date_of_its_verb(results: dict[str, Any]) -> None:
    """'three days later' counts from the date of the sentence before (May 20)."""
    ev = by_trigger(results["offset"], "expelling")
    assert ev.date.get("via") == "means clause"
    assert _range(ev) == ["2025-05-23", "2025-05-23"]


def test_a_date_on_the_gerund_itself_wins(results: dict[str, Any]) -> None:
    ev = by_trigger(results["after"], "expelling")
    assert ev.date.get("via") == "attached" and ev.date["span"]["text"] == "Tuesday"


def test_a_later_plan_inside_the_clause_keeps_its_own_time(results: dict[str, Any]) -> None:
    ev = by_trigger(results["own_time"], "deploy")
    assert ev.date.get("via") != "means clause"


def test_a_clause_without_by_is_not_a_means_clause(results: dict[str, Any]) -> None:
    ev = by_trigger(results["plain"], "deployed")
    assert ev.date.get("via") != "means clause"
