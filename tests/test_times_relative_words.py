"""Adverbs counted from the reference time: "the week before", "the day before", "a week
after" with no complement count from the last date the text named, else from publication,
and stay apart from "the day before the vote", which counts from an event."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import extract_times

FRIDAY = dt.date(2025, 6, 6)  # a Friday


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _values(text: str, anchor: dt.date, nlp) -> dict[str, str | None]:
    return {t.text: t.value for t in extract_times(text, anchor, nlp(text))}


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Envoys met in the capital on April 17. The week before, militias blocked the road.",
     "The week before", "2025-W15"),
    ("Envoys met in the capital on April 17. Militias had blocked the road the day before "
     "and then pulled back.", "the day before", "2025-04-16"),
    ("The dam failed in August 2023. The month before, engineers warned of cracks.",
     "The month before", "2023-07"),
    ("Envoys met in the capital on April 17. A week after, militias blocked the road.",
     "A week after", "P1W"),
    ("The week before, militias blocked the road into the valley.", "The week before",
     "2025-W22"),
])
def test_an_adverb_before_or_after_counts_from_the_reference(nlp, text: str, expr: str,
                                                            value: str) -> None:
    assert _values(text, FRIDAY, nlp)[expr] == value


def test_a_week_after_reaches_its_date(nlp) -> None:
    text = "Envoys met in the capital on April 17. A week after, militias blocked the road."
    found = [t for t in extract_times(text, FRIDAY, nlp(text)) if t.text == "A week after"]
    assert found[0].type == "DURATION" and found[0].point == "2025-W17"


def test_an_interval_before_an_event_is_no_reference_date(nlp) -> None:
    text = "Militias blocked the road the day before the vote."
    assert "the day before" not in _values(text, FRIDAY, nlp)
