"""Numbers that are parts of dates: the day in '28 May' / 'May 28', a bare year, the
hour and minute of a clock time ('18:40', '0200 GMT', '1700 hrs').

Counts read from text (casualties, aircraft, troops) skip them, so "killed on
28 May" states no toll of 28 and "18:40 GMT" no figures 18 and 40.
"""

from __future__ import annotations

import re

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_NAMES = [m.capitalize() for m in MONTHS] + [m.upper() for m in MONTHS]
_MONTH = r"(?:" + "|".join(_NAMES) + r")"  # capitalised: '30 may have died' is no date
MONTH_BEFORE = re.compile(r"\b" + _MONTH + r"\.?\s+$")  # 'May 28', 'Oct. 7'
MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:of\s+)?" + _MONTH + r"\b")  # '28th of May'
MAX_DAY = 31
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")  # a bare 1800-2099 is read as a year
COUNTED_NOUN = re.compile(r"^\s+(?:people|civilians|soldiers|troops|persons|fighters)\b",
                          re.IGNORECASE)
LOOK = 12  # characters looked at on each side of the number
CLOCK_ZONE = r"(?:[ap]\.?m\b|GMT|UTC|[ECMP][DS]T|hrs?\b|hours\b|h\b|local\s+time)"
CLOCK_RE = re.compile(  # '18:40', '6.30 pm', '0200 GMT', '1700 hrs' (not '7.25 percent')
    r"(?<![\d.,:])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?![\d]|[.,:]\d)|"
    rf"(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s?{CLOCK_ZONE})|"
    rf"(?:[01]\d|2[0-3])[0-5]\d(?=\s?{CLOCK_ZONE}))")


def is_day_of_month(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a day beside a month name ('on 28 May', 'May 28')."""
    raw = text[start:end]
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_DAY:
        return False
    if MONTH_BEFORE.search(text[max(0, start - LOOK):start]):
        return True
    return bool(MONTH_AFTER.match(text[end:end + LOOK]))


def is_date_number(text: str, start: int, end: int) -> bool:
    """True for a day of a month or a bare year ('the 2019 attack'), not '1900 soldiers'."""
    if is_day_of_month(text, start, end):
        return True
    return bool(YEAR_RE.fullmatch(text[start:end])) and not COUNTED_NOUN.match(text[end:])


def clock_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of clock times in ``text`` ('18:40', '0200 GMT': the digits)."""
    return [m.span() for m in CLOCK_RE.finditer(text)]
