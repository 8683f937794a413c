"""Reporting periods: halves and quarters of a year, the period in view named by its year
or as the latest, and the same period a year back."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.times import extract_times

ANCHOR = dt.date(2024, 10, 24)  # a Thursday, early in the fourth quarter


def _values(text: str) -> dict[str, str | None]:
    """Expression text -> value."""
    return {t.text: t.value for t in extract_times(text, ANCHOR)}


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Margins will be thinner in the last half of 2025.", "the last half of 2025", "2025-H2"),
    ("Prices should recover through the first two quarters of 2025.",
     "the first two quarters of 2025", "2025-H1"),
    ("Orders slowed in the last two quarters of 2023.", "the last two quarters of 2023",
     "2023-H2"),
    ("The mill lost money in 2023's last half.", "2023's last half", "2023-H2"),
    ("The group had a loss in the fiscal-first quarter.", "the fiscal-first quarter", "2024-Q1"),
])
def test_halves_and_quarters_of_a_year(text: str, expr: str, value: str) -> None:
    assert _values(text)[expr] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The brewer earned $4 million in the third quarter, against $6 million for the "
     "corresponding period last year.", "the corresponding period last year", "2023-Q3"),
    ("The brewer earned $4 million in the third quarter. Exports for last year's quarter "
     "were $1 million.", "last year's quarter", "2023-Q3"),
    ("The brewer earned $4 million in the third quarter, up from the same quarter last year.",
     "the same quarter last year", "2023-Q3"),
])
def test_the_same_period_last_year_is_the_period_in_view_a_year_back(text: str, expr: str,
                                                                     value: str) -> None:
    assert _values(text)[expr] == value


def test_the_latest_period_is_the_quarter_in_view() -> None:
    text = "The retailer posted fourth-quarter results. Sales in the latest period rose 5%."
    assert _values(text)["the latest period"] == "2024-Q4"
    assert _values("Sales in the latest period rose 5%.")["the latest period"] == "2024-Q3"


def test_a_period_named_by_its_year_is_the_period_in_view() -> None:
    text = ("The bank earned $2 million in the third quarter. In the 2023 period it lost "
            "$1 million.")
    assert _values(text)["the 2023 period"] == "2023-Q3"
    # a longer period in view ("the first nine months") leaves the year
    text = "In the first nine months, net fell. In the 2023 period, it rose."
    assert _values(text)["the 2023 period"] == "2023"


def test_a_quarter_named_by_its_year_keeps_the_quarter_after_last_year() -> None:
    text = ("The dairy expects weaker third-quarter profit than the 40 pence per share it "
            "booked last year. It made $3 million in the 2023 quarter.")
    values = _values(text)
    assert values["last year"] == "2023"
    assert values["the 2023 quarter"] == "2023-Q3"
    assert _values("It earned $3 million in the 2023 quarter.")["the 2023 quarter"] == "2023-QX"


def test_a_period_of_something_is_no_reporting_period() -> None:
    text = "Aid slowed in the latest period of unrest, as in the 2019 period of protests."
    values = _values(text)
    assert "the latest period" not in values and "the 2019 period" not in values
