"""The date an event is moved to is still ahead, whatever the tense of the move: "the vote was
postponed to Thursday" names the coming Thursday; the day it was moved from, and a past report
of a past act, keep the backward reading. A plan standing alone ("Talks set for Friday") looks
ahead too."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import extract_times

THURSDAY = dt.date(2025, 3, 13)
DECEMBER = dt.date(2025, 12, 10)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _value(nlp, text: str, expr: str, anchor: dt.date = THURSDAY) -> str | None:
    (t,) = [t for t in extract_times(text, anchor, nlp(text)) if t.text == expr]
    return t.value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The vote was postponed to Tuesday.", "Tuesday", "2025-03-18"),
    ("The vote has been postponed until Monday, officials said.", "Monday", "2025-03-17"),
    ("The rally was delayed until Saturday.", "Saturday", "2025-03-15"),
    ("The talks were rescheduled for Wednesday.", "Wednesday", "2025-03-19"),
    ("The match was pushed back to Sunday.", "Sunday", "2025-03-16"),
    ("The hearing was put off until Tuesday.", "Tuesday", "2025-03-18"),
    ("The court adjourned the trial until Monday.", "Monday", "2025-03-17"),
    ("The government extended the deadline to Friday.", "Friday", "2025-03-14"),
    ("The election was moved to Sunday.", "Sunday", "2025-03-16"),
    ("Vote postponed to Thursday", "Thursday", "2025-03-13"),
])
def test_the_day_an_event_is_moved_to_is_the_coming_one(nlp, text: str, expr: str,
                                                         value: str) -> None:
    assert _value(nlp, text, expr) == value


def test_a_month_an_event_is_moved_to_is_the_coming_one(nlp) -> None:
    assert _value(nlp, "The summit was postponed to March.", "March", DECEMBER) == "2026-03"
    assert _value(nlp, "The summit was held in March.", "March", DECEMBER) == "2025-03"


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The vote was held on Tuesday.", "Tuesday", "2025-03-11"),
    ("The ministers met on Monday.", "Monday", "2025-03-10"),
    ("The talks, postponed from Monday, were held in Geneva.", "Monday", "2025-03-10"),
    ("The truce, extended to Friday, held on Wednesday.", "Friday", "2025-03-07"),
    ("The rally moved through the city on Saturday.", "Saturday", "2025-03-08"),
])
def test_a_past_act_and_the_day_moved_from_keep_the_backward_reading(
        nlp, text: str, expr: str, value: str) -> None:
    assert _value(nlp, text, expr) == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Talks set for Friday", "Friday", "2025-03-14"),
    ("Vote scheduled for Sunday", "Sunday", "2025-03-16"),
    ("The summit, set for Monday, will go ahead.", "Monday", "2025-03-17"),
])
def test_a_plan_standing_alone_looks_ahead(nlp, text: str, expr: str, value: str) -> None:
    assert _value(nlp, text, expr) == value


def test_a_record_set_on_a_day_is_past(nlp) -> None:
    assert _value(nlp, "Shares hit a record set on Tuesday.", "Tuesday") == "2025-03-11"
