"""A span of years ("1998-99", "2019-2020", "1999-2000", "the 2023/24 season") is one date whose
value runs from the first year to the last ("first..last"), so an event it dates is placed in
those years, not on the publication day."""

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
    ("The two states fought a border war in 1998-99.", "1998-99", "1998..1999"),
    ("Output fell during 2019-2020 as the mines closed.", "2019-2020", "2019..2020"),
    ("The census of 1999-00 counted the displaced.", "1999-00", "1999..2000"),
    ("Aid rose in the 2023/24 budget year.", "2023/24", "2023..2024"),
    ("The 2011–2013 talks never reached the border question.", "2011–2013", "2011..2013"),
])
def test_a_span_of_years_is_one_date_from_its_first_to_its_last_year(text: str, expr: str,
                                                                     value: str) -> None:
    assert _values(text)[expr] == value
    lo, hi = date_range(value)
    assert lo == dt.date(int(value[:4]), 1, 1) and hi == dt.date(int(value[-4:]), 12, 31)


@pytest.mark.parametrize("text", [
    "Between 2000-3000 people fled the shelling.",  # a count, not years
    "The file dated 2005-08-15 was leaked.",  # an ISO day
    "The 2020-19 ordering is a typo.",  # the second year is not later
])
def test_numbers_that_are_no_later_year_are_no_span(text: str) -> None:
    assert not any(".." in (v or "") for v in _values(text).values())


def test_an_old_war_dated_by_a_span_of_years_is_not_dated_by_the_publication_day() -> None:
    text = ("Northland and Southmark fought a border war in 1998-99 that killed thousands. "
            "On Tuesday their foreign ministers met in Geneva.")
    ex = run_texts({"t": text}, published="2024-11-22")["t"]
    [war] = of_type(ex, "ASSAULT")
    assert war.date["value"] == "1998..1999"
    lo, hi = date_range(war.date["value"])
    assert hi < dt.date(2000, 1, 1)
