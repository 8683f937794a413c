"""A span of days inside one month ("19-20 November", "Nov. 19-20, 2024", "March 3–4") is one
date whose value runs from the first day to the last ("first..last")."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.annotate.times import extract_times
from eventwire.fuse.dates import date_range

ANCHOR = dt.date(2024, 11, 22)


def _values(text: str) -> dict[str, str | None]:
    """Expression text -> value."""
    return {t.text: t.value for t in extract_times(text, ANCHOR)}


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The envoy held talks in the capital on 19-20 November.", "19-20 November",
     "2024-11-19..2024-11-20"),
    ("Nov. 19-20, 2023: the envoy met the premier twice.", "Nov. 19-20, 2023",
     "2023-11-19..2023-11-20"),
    ("The ministers met in Northgate on November 3–4.", "November 3–4", "2024-11-03..2024-11-04"),
    ("The summit of 2 - 4 October ended without a statement.", "2 - 4 October",
     "2024-10-02..2024-10-04"),
])
def test_a_span_of_days_is_one_date_from_its_first_to_its_last_day(text: str, expr: str,
                                                                   value: str) -> None:
    assert _values(text)[expr] == value
    lo, hi = date_range(value)
    assert lo < hi and lo.month == hi.month


def test_days_out_of_order_are_no_span() -> None:
    assert not any(".." in (v or "") for v in _values("Scores of 20-19 November games.").values())


def test_a_chronology_row_dated_by_a_span_of_days_is_read() -> None:
    text = ("Key dates.\n\n| Date | Event |\n|---|---|\n"
            "| 19-20 Nov | Ruritania's envoy holds two rounds of talks with Freedonia's premier |\n"
            "| 23 Nov | Ruritanian troops shell the Freedonian town of Osterfeld |\n")
    ex = run_texts({"t": text}, published="2024-11-25")["t"]
    [talks] = of_type(ex, "CONSULT")
    assert talks.date["value"] == "2024-11-19..2024-11-20" and talks.date.get("via") == "table row"


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Posted Dec. 18 - 11:14 pm ET.", "Dec. 18", "2024-12-18"),  # a day and a clock time
    ("after the 30-7 Oct. 19 loss at home", "Oct. 19", "2024-10-19"),  # a score before a day
])
def test_a_score_or_a_clock_time_beside_a_day_is_no_span(text: str, expr: str,
                                                         value: str) -> None:
    values = _values(text)
    assert values[expr] == value and not any(".." in (v or "") for v in values.values())
