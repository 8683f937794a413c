"""TIMEX3 date values as day ranges: parsing, overlap, precision."""

from __future__ import annotations

import calendar
import datetime as dt
import re

DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})")
YEAR_RE = re.compile(r"^(\d{4})$")
DURATION_RE = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
PRECISE_DAYS = 7  # a range at most this wide counts as a precise date


def date_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 date value can denote (None if not a date)."""
    if not value or not isinstance(value, str):
        return None
    try:
        if m := DAY_RE.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := WEEK_RE.match(value):
            first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return first, first + dt.timedelta(days=6)
        if m := MONTH_RE.match(value):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if m := YEAR_RE.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except (ValueError, OverflowError):  # not a calendar date, or past the calendar's end
        return None
    return None


def is_precise(value: str | None) -> bool:
    """Whether a date value pins an event to at most a week."""
    r = date_range(value)
    return r is not None and (r[1] - r[0]).days < PRECISE_DAYS


def overlap(a: str | None, b: str | None) -> bool | None:
    """Whether two date values can denote the same day (None when either is unknown)."""
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return None
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def years(value: str | None) -> set[int]:
    """The calendar years a date value touches."""
    r = date_range(value)
    return set(range(r[0].year, r[1].year + 1)) if r else set()


def duration_days(value: str | None) -> int | None:
    """The length in days of a TIMEX3 duration such as P30D or P2W (None if unparsable)."""
    if not value or not isinstance(value, str):
        return None
    m = DURATION_RE.match(value)
    if not m or not any(m.groups()):
        return None
    y, mo, w, d = (int(g) if g else 0 for g in m.groups())
    return y * 365 + mo * 30 + w * 7 + d


def narrowest(values: list[str]) -> str | None:
    """The most precise of several date values (ties: the first)."""
    ranged = [(date_range(v), v) for v in values]
    ranged = [(r, v) for r, v in ranged if r is not None]
    if not ranged:
        return None
    return min(ranged, key=lambda rv: (rv[0][1] - rv[0][0]).days)[1]


def iso(d: dt.date | None) -> str | None:
    """ISO string of a date (None stays None)."""
    return d.isoformat() if d else None
