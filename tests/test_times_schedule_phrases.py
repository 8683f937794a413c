"""A weekday under an infinitive of a word of schedule that describes a noun ("with the truce
due to start on Wednesday") and a weekday under a present told with 'do' ("if they do not leave
by Tuesday") look ahead of the publication date, whatever the tense of the clause around them;
a schedule that is a past clause's predicate ("had been due to expire on Friday") and a past
with 'did' look back."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import extract_times

ANCHOR = dt.date(2025, 6, 5)  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _value(nlp, text: str, expr: str) -> str | None:
    return {t.text: t.value for t in extract_times(text, ANCHOR, nlp(text))}.get(expr)


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Egypt brokered a truce on Tuesday, with the ceasefire due to start on Saturday.",
     "Saturday", "2025-06-07"),
    ("The mediators met on Tuesday, with talks scheduled to resume on Monday.",
     "Monday", "2025-06-09"),
    ("If the militia does not leave the port by Monday, the navy may act.", "Monday",
     "2025-06-09"),
    ("If the troops do not withdraw by Saturday, the talks will end.", "Saturday",
     "2025-06-07"),
])
def test_schedule_and_condition_look_ahead(nlp, text: str, expr: str, value: str) -> None:
    assert _value(nlp, text, expr) == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The truce had been due to expire on Monday.", "Monday", "2025-06-02"),
    ("The militia did not leave the port by Monday.", "Monday", "2025-06-02"),
])
def test_past_schedule_and_past_do_look_back(nlp, text: str, expr: str, value: str) -> None:
    assert _value(nlp, text, expr) == value
