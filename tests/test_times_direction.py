"""A month or day without a year told by a past verb lies before the publication date."""

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
