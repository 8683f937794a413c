"""A month or day without a year told by a past verb lies before the publication date, and
a comparison "a year earlier" takes the granularity of the reporting period in view."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import extract_times

ANCHOR = dt.date(2024, 10, 24)  # late October


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _values(text: str, doc=None, anchor: dt.date = ANCHOR) -> dict[str, str | None]:
    """Expression text -> value."""
    return {t.text: t.value for t in extract_times(text, anchor, doc)}


@pytest.mark.parametrize(("text", "expr", "value"), [
    # the date locates a past event: before the anchor, so last year's
    ("The brewer moved its headquarters to Leeds in December.", "December", "2023-12"),
    ("The ferry operator sold two vessels on Nov. 12.", "Nov. 12", "2023-11-12"),
    ("In the quarter ended Oct. 31, the retailer lost $4 million.", "Oct. 31", "2023-10-31"),
    # a goal, a deadline, a schedule or a plan keeps the nearest reading
    ("The council extended the consultation to Nov. 12.", "Nov. 12", "2024-11-12"),
    ("The union gave managers until mid-December to answer.", "mid-December", "2024-12"),
    ("The board declared a dividend payable Dec. 3.", "Dec. 3", "2024-12-03"),
    ("The board has set Nov. 8 as the closing date.", "Nov. 8", "2024-11-08"),
    ("The vote was scheduled for December.", "December", "2024-12"),
    ("The two mayors agreed to meet in December.", "December", "2024-12"),
    ("The depot will reopen in December.", "December", "2024-12"),
    # a month already begun, or before the anchor, is this year's
    ("The strike started in October.", "October", "2024-10"),
    ("Exports fell in June.", "June", "2024-06"),
])
def test_past_verb_puts_a_yearless_date_before_the_anchor(nlp, text: str, expr: str,
                                                          value: str) -> None:
    assert _values(text, nlp(text))[expr] == value


def test_without_a_parse_the_nearest_reading_stays() -> None:
    assert _values("The brewer moved to Leeds in December.")["December"] == "2024-12"


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a quarter in view: the same quarter a year before
    ("Third-quarter profit rose to $5 million from $4 million a year earlier.",
     "a year earlier", "2023-Q3"),
    # a longer period in view: the year before
    ("For the nine months, sales rose 4% from a year earlier.", "a year earlier", "2023"),
    ("Third-quarter profit rose. For the nine months, sales rose 4% from a year earlier.",
     "a year earlier", "2023"),
    ("Third-quarter profit rose. Last year storm losses were small. The year-earlier "
     "results were restated.", "The year-earlier results", "2023"),
    ("Third-quarter profit rose. In the first half of this year, sales fell, compared with a "
     "gain a year earlier.", "a year earlier", "2023"),
])
def test_a_year_earlier_takes_the_period_in_view(text: str, expr: str, value: str) -> None:
    assert _values(text)[expr] == value


def test_year_ago_quarter_names_its_quarter() -> None:
    values = _values("Profit rose from the year-ago quarter.")
    assert values["the year-ago quarter"] == "2023-Q3"
    values = _values("Fourth-quarter sales fell. In the year-ago quarter they rose. The "
                     "year-ago results were restated.")
    assert values["the year-ago quarter"] == "2023-Q4"
    assert values["The year-ago results"] == "2023-Q4"


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Third-quarter profit rose. For the quarter a year ago, it earned $3 million.",
     "the quarter a year ago", "2023-Q3"),
    ("Sales in the third quarter rose 4% from the same period a year earlier.",
     "the same period a year earlier", "2023-Q3"),
])
def test_a_period_a_year_back_is_one_expression(text: str, expr: str, value: str) -> None:
    assert _values(text)[expr] == value


@pytest.mark.parametrize(("text", "value"), [
    ("In the quarter ended July 31, the chain lost $2 million.", "2024-Q2"),
    ("For the quarter ended Sept. 30, margins widened.", "2024-Q3"),
    ("For the quarter ended Jan. 31, margins widened.", "2023-Q4"),
    ("For the quarter ending Dec. 31, margins should widen.", "2024-Q4"),
    ("For the quarter, margins widened.", "2024-Q3"),
])
def test_a_quarter_closed_by_a_date_is_the_calendar_quarter_it_mostly_covers(
        nlp, text: str, value: str) -> None:
    values = _values(text, nlp(text))
    assert values["the quarter"] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The mill shut in March last year.", "March last year", "2023-03"),
    ("Envoys met on March 3 last year.", "March 3 last year", "2023-03-03"),
    ("On 7 October last year, gunmen crossed.", "7 October last year", "2023-10-07"),
    ("Polls open in May next year.", "May next year", "2025-05"),
    ("Sales dipped in January this year.", "January this year", "2024-01"),
    ("It began in late March last year.", "late March last year", "2023-03"),
])
def test_a_month_in_a_relative_year_is_one_expression(nlp, text: str, expr: str,
                                                      value: str) -> None:
    assert _values(text, nlp(text))[expr] == value


def test_a_month_and_a_separate_relative_year_stay_apart() -> None:
    values = _values("They may next year expand. In March, last year was bad.")
    assert values["next year"] == "2025"
    assert values["last year"] == "2023"
    assert "March" in values


def test_a_day_just_after_publication_stays_in_its_year(nlp) -> None:
    text = "The ferry operator sold two vessels on Oct. 25."
    assert _values(text, nlp(text))["Oct. 25"] == "2024-10-25"


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("It was the bloodiest week since Nov. 2.", "Nov. 2", "2023-11-02"),
    ("Since December, fares have doubled.", "December", "2023-12"),
    ("Fares have doubled since Aug. 2.", "Aug. 2", "2024-08-02"),
])
def test_since_starts_before_the_anchor(nlp, text: str, expr: str, value: str) -> None:
    assert _values(text, nlp(text))[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    # an infinitive under a past verb has no tense of its own: the nearest month
    ("The lender agreed to buy the regional bank in January.", "January", "2025-01"),
    ("The lease had been due to expire in September.", "September", "2024-09"),
    # and the weekday before the anchor
    ("The offer had been due to expire Friday.", "Friday", "2024-10-18"),
])
def test_an_infinitive_under_a_past_verb_takes_the_nearest_reading(nlp, text: str, expr: str,
                                                                    value: str) -> None:
    assert _values(text, nlp(text))[expr] == value


START_ANCHOR = dt.date(2031, 3, 4)  # a Tuesday


@pytest.mark.parametrize(("text", "expr", "value"), [
    # when what was agreed, ordered or announced is to start or end: ahead of the act
    ("Redland and Blueland agreed on Sunday to a truce from midnight on Friday.",
     "midnight on Friday", "2031-03-07T00:00"),
    ("The Redland army ordered a curfew starting Friday.", "Friday", "2031-03-07"),
    ("The Blueland government announced a truce beginning on Thursday.", "Thursday",
     "2031-03-06"),
    ("The Redland ministry announced new port fees effective Thursday.", "Thursday",
     "2031-03-06"),
    ("The two sides agreed a ceasefire to take effect on Friday.", "Friday", "2031-03-07"),
    ("The Maralo council imposed a curfew with effect from Saturday.", "Saturday",
     "2031-03-08"),
    ("The Maralo council ordered the markets closed until Saturday.", "Saturday",
     "2031-03-08"),
    ("The two leaders agreed on Sunday to withdraw their troops by Friday.", "Friday",
     "2031-03-07"),
    # a start or an end told by the event itself keeps its verb's tense
    ("The fighting that started on Friday killed ten people in Maralo.", "Friday",
     "2031-02-28"),
    ("The Redland minister said the troops had left by Friday.", "Friday", "2031-02-28"),
    ("The curfew in Maralo lasted until Saturday.", "Saturday", "2031-03-01"),
    ("The truce took effect at midnight on Friday.", "midnight on Friday", "2031-02-28T00:00"),
])
def test_a_start_set_by_an_agreement_lies_ahead_of_it(nlp, text: str, expr: str,
                                                      value: str) -> None:
    assert _values(text, nlp(text), START_ANCHOR)[expr] == value


@pytest.mark.parametrize(("text", "anchor", "expr", "value"), [
    # the act dated before the report: its start counts from the act's day, not the report's
    ("Redland and Blueland agreed on Tuesday to a ceasefire from midnight on Wednesday.",
     dt.date(2026, 3, 5), "midnight on Wednesday", "2026-03-04T00:00"),
    ("Redland and Blueland agreed on Tuesday to a ceasefire from Wednesday.",
     dt.date(2026, 3, 5), "Wednesday", "2026-03-04"),
    ("The Maralo council on Monday ordered a curfew starting Wednesday.",
     dt.date(2026, 3, 6), "Wednesday", "2026-03-04"),
    # no day for the act: counted from the report's day
    ("Redland agreed to withdraw its troops starting Thursday.",
     dt.date(2026, 3, 4), "Thursday", "2026-03-05"),
])
def test_a_start_counts_from_the_day_of_the_act(nlp, text: str, anchor: dt.date, expr: str,
                                                 value: str) -> None:
    assert _values(text, nlp(text), anchor)[expr] == value
