"""A weekend's date value bounds an event by that weekend's Saturday and Sunday, not its whole week."""

from __future__ import annotations

import datetime as dt

from eventwire.annotate.times import normalize
from eventwire.fuse.dates import date_range, range_overlap


def test_a_weekend_is_its_saturday_and_sunday() -> None:
    assert date_range("2025-W20-WE") == (dt.date(2025, 5, 17), dt.date(2025, 5, 18))
    assert date_range("2025-W20") == (dt.date(2025, 5, 12), dt.date(2025, 5, 18))


def test_the_weekend_before_a_monday_report_holds_saturday_not_the_thursday_before() -> None:
    typ, value = normalize("over the weekend", dt.date(2025, 5, 19))
    assert typ == "DATE"
    lo, hi = date_range(value)
    assert (lo.isoformat(), hi.isoformat()) == ("2025-05-17", "2025-05-18")
    assert range_overlap([lo.isoformat(), hi.isoformat()], ["2025-05-17", "2025-05-17"])
    assert not range_overlap([lo.isoformat(), hi.isoformat()], ["2025-05-15", "2025-05-15"])
