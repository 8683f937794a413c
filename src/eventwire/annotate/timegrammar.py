"""A rule grammar for English time expressions, normalised to TIMEX3 values.

Each rule is a compiled regex with a resolver ``fn(match, anchor, tense) ->
(type, value)``. Relative expressions resolve against ``anchor`` (the
publication date) and keep ``value=None`` when there is no anchor: never an
invented date. ``tense`` ("past", "future" or None) picks the direction of
bare weekdays and months.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from eventwire.annotate.regexscan import first_char_guard

Value = tuple[str, str | None]
Resolver = Callable[[re.Match[str], dt.date | None, str | None], Value | None]

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                 "fri": 4, "sat": 5, "sun": 6})
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
           "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
           "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5}
VAGUE_NUMBERS = {"several", "a few", "few", "some", "many", "numerous", "multiple"}
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
         "weekend": "WE", "fortnight": "W2", "month": "M", "year": "Y", "decade": "DE",
         "century": "CE", "quarter": "Q"}
TIME_UNITS = {"second", "minute", "hour"}
LEXICON = json.loads(resources.files("eventwire.data").joinpath("times_lexicon.json")
                     .read_text(encoding="utf-8"))
SEASONS: dict[str, str] = LEXICON["seasons"]
PARTS_OF_DAY: dict[str, str] = LEXICON["parts_of_day"]
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season
SET_ADVERBS: dict[str, str] = LEXICON["set_adverbs"]
REFERENCES: dict[str, str] = {" ".join(p.lower().split()): value
                              for value, phrases in LEXICON["references"].items()
                              for p in phrases}
MAX_COUNT = 1000  # larger numbers before a unit are years ('the 1988 quarter'), not counts
FAR_DAYS = 60  # beyond this, the verb tense overrides the nearest reading
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}

NUM_WORD = (r"(?:a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|half\s+an?|"
            r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
            r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|"
            r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            r"nineteen|hundred|several|a\s+few|few|many|an?|\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+)")
UNIT = (r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|year|decade|century|"
        r"quarter)")
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
         r"Nov\.?|Dec\.?)")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MOD = (r"(?:(?:about|around|nearly|almost|roughly|approximately|some|more\s+than|less\s+than|"
       r"fewer\s+than|over|under|up\s+to|at\s+least|at\s+most|only|just|barely|the\s+next|"
       r"the\s+past|the\s+last|the\s+first|the\s+coming|the\s+previous|another|an\s+extra|"
       r"an\s+additional)\s+)")
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_YEAR = (rf"(?:(?:eighteen|nineteen|twenty)[\s-](?:{TENS}(?:[\s-]{ONES})?|{TEENS}|"
                rf"o[\s-]{ONES}|hundred)|two\s+thousand(?:\s+(?:and\s+)?(?:{TEENS}|{ONES}))?)")
YEAR_ANY = rf"(?:{YEAR}|{SPELLED_YEAR})"
CLOCK = (r"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)|"
         r"(?P<word>noon|midnight))")
CLOCK_ZONE = (r"(?:,?\s+(?:local\s+time|[ECMP][DS]T|GMT|UTC))?"  # "8:30 a.m. local time on
              r"(?:\s*\((?:[01]?\d|2[0-3]):?[0-5]\d\s*(?:GMT|UTC)\))?")  # Sunday", "(0200 GMT)"
COUNTED_KIND = r"(?:trading|business|working|straight|consecutive|successive)"  # "eight
# trading days", "14 straight years": the days counted are of one kind, the unit stays a day
HALF_UNITS = {"year": "P{n}Y6M", "day": "P{n}DT12H", "hour": "PT{n}H30M",
              "minute": "PT{n}M30S"}  # "N and a half": the unit and half of it in the next one
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


@dataclass(frozen=True)
class Rule:
    """One grammar rule: a name, a compiled pattern, its resolver and trigger words.

    The rule runs only on texts whose lower-cased form contains one of
    ``needs`` (a cheap prefilter; empty means always run).
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    needs: tuple[str, ...] = ()

    def applies(self, lowered: str) -> bool:
        """Whether the lower-cased text can contain a match."""
        return not self.needs or any(w in lowered for w in self.needs)


# ----- value helpers --------------------------------------------------------------------
def number(text: str) -> float | str | None:
    """A spelled or digit number; 'X' for vague quantities like 'several'."""
    t = re.sub(r"\s+", " ", text.lower().replace("-", " ")).strip()
    if t in VAGUE_NUMBERS:
        return "X"
    if t in NUMBERS:
        return NUMBERS[t]
    parts = t.split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    try:
        return float(t.replace(",", ""))
    except ValueError:
        return None


def parse_year(text: str) -> int | None:
    """A digit or spelled-out year ('1996', 'nineteen ninety-six', 'two thousand')."""
    t = text.lower().replace("-", " ").split()
    if not t:
        return None
    if t[0].isdigit():
        return int(t[0])
    if t[:2] == ["two", "thousand"]:
        rest = [w for w in t[2:] if w != "and"]
        return 2000 + int(number(" ".join(rest)) or 0) if rest else 2000
    if t[0] not in NUMBERS:
        return None
    if t[1:] == ["hundred"]:
        return int(NUMBERS[t[0]]) * 100
    if t[1:2] == ["o"]:
        return int(NUMBERS[t[0]]) * 100 + int(NUMBERS.get(t[2], 0))
    rest = number(" ".join(t[1:]))
    return int(NUMBERS[t[0]]) * 100 + int(rest) if isinstance(rest, float | int) else None


def clock_hm(m: re.Match[str]) -> tuple[int, int] | None:
    """(hour, minute) of a CLOCK match."""
    if m["word"]:
        return (12, 0) if m["word"].lower() == "noon" else (0, 0)
    hh, mm = int(m["h"]), int(m["min"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hh < 12:
        hh += 12
    if ampm == "am" and hh == 12:
        hh = 0
    return (hh, mm) if hh <= 23 and mm <= 59 else None


def unit_of(text: str) -> str:
    """The singular unit word of a unit token ('weeks' -> 'week', 'centuries' -> 'century')."""
    t = text.lower()
    if t.startswith("centur"):
        return "century"
    return t[:-1] if t.endswith("s") else t


def duration(n: float | str, unit: str) -> str | None:
    """A TIMEX3 duration like P30D, PT75M, P2W, PXY."""
    code = UNITS.get(unit)
    if code is None:
        return None
    if code == "W2":
        n, code = (n * 2 if isinstance(n, float | int) else n), "W"
    if code == "CE":
        n, code = (n * 100 if isinstance(n, float | int) else n), "Y"
    if code == "WE":
        return f"P{_fmt(n)}WE"
    if n == 0.5 and unit in TIME_UNITS | {"day"}:
        return {"hour": "PT30M", "minute": "PT30S", "day": "PT12H"}.get(unit)
    if n == 0.5:
        return {"year": "P6M", "week": "P3D", "month": "P2W", "D": None}.get(unit, None) or \
            {"DE": "P5Y", "Y": "P50Y"}.get(code)
    prefix = "PT" if unit in TIME_UNITS else "P"
    return f"{prefix}{_fmt(n)}{code}"


def _fmt(n: float | str) -> str:
    """A number as TIMEX text (integers without decimals)."""
    if isinstance(n, str):
        return n
    return str(int(n)) if float(n).is_integer() else str(n)


def week_of(d: dt.date) -> str:
    """The ISO week of a date, e.g. 2025-W21."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` shifted by ``n`` months (day clamped to 1)."""
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def month_year(month: int, anchor: dt.date, tense: str | None, day: int = 15) -> int:
    """The year of a month (and day) without a year: the nearest occurrence to the anchor,
    moved to the previous (next) year when the verb is past (future) and it is far off."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, min(day, 28 if month == 2 else day)))
        except ValueError:
            continue
    best = min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))
    gap = (best - anchor).days
    if tense == "past" and gap > FAR_DAYS:
        return best.year - 1
    if tense == "future" and gap < -FAR_DAYS:
        return best.year + 1
    return best.year


def weekday_date(wd: int, anchor: dt.date, tense: str | None, shift: str = "") -> dt.date:
    """The date of a weekday name relative to the anchor ('last', 'next', 'this' or tense):
    a future or present verb takes the coming one ("the truce begins on Sunday")."""
    delta = wd - anchor.weekday()
    shift = {"coming": "next", "past": "last"}.get(shift, shift)
    if shift == "last":
        return anchor + dt.timedelta(days=(delta - 7) if delta >= 0 else delta)
    if shift == "next":
        return anchor + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if tense in ("future", "present") or (shift == "this" and tense != "past"):
        return anchor + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    return anchor + dt.timedelta(days=delta if delta <= 0 else delta - 7)


def shifted(anchor: dt.date, n: int, unit: str) -> str | None:
    """The anchor moved by ``n`` units, at that unit's granularity."""
    if unit in ("day", "night"):
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit in ("week", "fortnight"):
        return week_of(anchor + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        return week_of(anchor + dt.timedelta(weeks=n)) + "-WE"
    if unit == "month":
        return add_months(anchor, n).strftime("%Y-%m")
    if unit == "quarter":
        q = (anchor.year * 4 + (anchor.month - 1) // 3) + n
        return f"{q // 4}-Q{q % 4 + 1}"
    if unit == "year":
        return str(anchor.year + n)
    if unit == "decade":
        return str(anchor.year // 10 + n)
    if unit == "century":
        return str(anchor.year // 100 + n)
    return None


def direction(word: str) -> int:
    """-1 for last/past/previous, +1 for next/coming/following, 0 for this/current."""
    w = word.lower()
    if w in ("last", "past", "previous", "preceding", "prior", "latest"):
        return -1
    if w in ("next", "coming", "following", "upcoming"):
        return 1
    return 0


# ----- resolvers ------------------------------------------------------------------------
def r_iso(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """2025-05-19."""
    try:
        return "DATE", dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def r_compact(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """19980108 (wire header dates)."""
    return r_iso(m, anchor, tense)


def r_numeric(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """05/19/2025 or 08-15-90 (US order), optionally with a 24h clock time like 1337EDT."""
    y = int(m["y"])
    y = y + (1900 if y >= 50 else 2000) if y < 100 else y
    try:
        d = dt.date(y, int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return "TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}"
    return "DATE", d.isoformat()


def r_month_day_year(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """May 19, 2025 / 19 May 2025 / May 19 (year from the anchor)."""
    month = MONTHS[m["mon"].lower().rstrip(".")]
    day = int(re.sub(r"\D", "", m["day"]))
    if m["year"]:
        year = int(m["year"])
    elif anchor is None:
        return "DATE", None
    else:
        year = month_year(month, anchor, tense, day)
    try:
        return "DATE", dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def r_day_range(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """19-20 November / Nov 19-20, 2024: the days from the first to the last ("first..last",
    the range value ``fuse.dates.date_range`` reads; year from the anchor as for one day)."""
    month = MONTHS[m["mon"].lower().rstrip(".")]
    first, last = (int(re.sub(r"\D", "", m[k])) for k in ("d1", "d2"))
    if first >= last:
        return None
    if m["year"]:
        year = int(m["year"])
    elif anchor is None:
        return "DATE", None
    else:
        year = month_year(month, anchor, tense, first)
    try:
        return "DATE", f"{dt.date(year, month, first).isoformat()}..{dt.date(year, month, last).isoformat()}"
    except ValueError:
        return None


YEAR_SPAN_MAX = 20  # "1998-99", "2019-2020": a span of years at most this long


def r_year_range(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """1998-99 / 2019-2020 / 1999-2000 / 2023/24: the years from the first to the last
    ("first..last"); a second number that is no later year within ``YEAR_SPAN_MAX`` (an ISO
    day, a count such as "2000-3000 people") is no span."""
    first, tail = int(m["y1"]), m["y2"]
    if len(tail) == 2:
        last = first - first % 100 + int(tail)
        if last <= first:  # "1999-00": the next century's year
            last += 100
    else:
        last = int(tail)
    if not first < last <= first + YEAR_SPAN_MAX:
        return None
    return "DATE", f"{first}..{last}"


def r_week_of_month(m: re.Match[str], anchor: dt.date | None, tense: str | None
                    ) -> Value | None:
    """The first / second / last week of October (2024): the ISO week holding most of those
    seven days (the week of the fourth of them)."""
    month = MONTHS[m["mon"].lower().rstrip(".")]
    if m["year"]:
        year = int(m["year"])
    elif anchor is None:
        return "DATE", None
    else:
        year = month_year(month, anchor, tense)
    days = calendar.monthrange(year, month)[1]
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m["ord"].lower())
    middle = (n - 1) * 7 + 4 if n else days - 3
    return "DATE", week_of(dt.date(year, month, middle))


def r_month_rel_year(m: re.Match[str], anchor: dt.date | None, tense: str | None
                     ) -> Value | None:
    """March last year / 3 March next year / January this year: the month (and day) in the
    year named relative to the anchor, one expression as TimeML marks it."""
    if anchor is None:
        return "DATE", None
    year = anchor.year + direction(m["rel"])
    month = MONTHS[(m["mon"] or m["mon2"] or m["mon3"]).lower().rstrip(".")]
    day = m["day"] or m["day2"]
    if not day:
        return "DATE", f"{year:04d}-{month:02d}"
    try:
        return "DATE", dt.date(year, month, int(re.sub(r"\D", "", day))).isoformat()
    except ValueError:
        return None


def r_month_year(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """June 2023 / June of 2023 / January nineteen ninety-seven."""
    year = parse_year(m["year"])
    if year is None:
        return None
    return "DATE", f"{year:04d}-{MONTHS[m['mon'].lower().rstrip('.')]:02d}"


def r_spelled_year(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Nineteen ninety-six / the year two thousand."""
    year = parse_year(m["year"])
    return ("DATE", str(year)) if year else None


def r_century(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """The 20th century -> 19."""
    return "DATE", f"{int(m['n']) - 1:02d}"


def r_decade_word(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """The nineties -> 199 (the century of the anchor, else the 1900s)."""
    century = 19 if anchor is None or anchor.year < 2030 else anchor.year // 100
    return "DATE", f"{century}{DECADE_WORDS[m['word'].lower()]}"


def r_this_unit(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """The year / the current quarter / the end of the month / year-end, at the anchor.
    A year closed by a date ("the year ended Sept. 30") is a twelve-month period; a bare
    definite year ("earnings for the year", "a high for the year") is the anchor's year."""
    text = m[0].lower()
    unit = unit_of(m["unit"]) if m["unit"] else "year"
    if unit == "year" and not re.search(r"current|end|start|beginning|close|date", text) and (
            m.groupdict().get("period") or not text.startswith("the")):
        return "DURATION", "P1Y"
    if anchor is None:
        return "DATE", None
    if unit == "quarter" and m.groupdict().get("emon"):
        return "DATE", closed_quarter(m["emon"], m["eday"], anchor,
                                      "past" if "ended" in m["period"].lower() else None)
    n = -1 if unit == "quarter" and "current" not in text and "end" not in text else 0
    return "DATE", shifted(anchor, n, unit)


def closed_quarter(month_text: str, day_text: str, anchor: dt.date, tense: str | None) -> str:
    """The calendar quarter of a quarter closed by a date ("the quarter ended July 31"):
    the one holding the middle month of the three that end on that date (May to July:
    2nd), in the year of the closing date ("ended": a past date)."""
    month = MONTHS[month_text.lower().rstrip(".")]
    day = int(re.sub(r"\D", "", day_text))
    year = month_year(month, anchor, tense, day)
    last = month if day >= 15 else month - 1  # the last whole month of the period
    middle = (year * 12 + last - 1) - 1  # months since year 0, zero-based
    return f"{middle // 12}-Q{middle % 12 // 3 + 1}"


def r_year_ago(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Year-ago / year-earlier: the year before the anchor; "the year-ago quarter" is the
    last quarter before the anchor, a year back (a caller with a reporting quarter in view
    moves it to that quarter)."""
    if anchor is None:
        return "DATE", None
    if "quarter" in m[0].lower():
        return "DATE", shifted(anchor, -5, "quarter")
    return "DATE", str(anchor.year - 1)


def r_latest_period(m: re.Match[str], anchor: dt.date | None, tense: str | None
                    ) -> Value | None:
    """The latest / most recent period: the last quarter before the anchor (a caller with a
    reporting quarter in view takes that quarter)."""
    return "DATE", (shifted(anchor, -1, "quarter") if anchor else None)


def r_year_period(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """The 1988 quarter / the 1989 period: the reporting period in view, in the year named
    (a caller with a quarter in view fills it in); alone, a quarter of that year not known
    (1988-QX) and a period the year."""
    year = m["year"]
    return "DATE", (f"{year}-QX" if m["unit"].lower() == "quarter" else year)


def r_clock_date(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """5 p.m. EST Nov. 9."""
    hm = clock_hm(m)
    day = r_month_day_year(m, anchor, tense)
    if hm is None or day is None:
        return None
    return "TIME", (f"{day[1]}T{hm[0]:02d}:{hm[1]:02d}" if day[1] else None)


def r_recent_units(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """In recent weeks / recent years: the recent past (TimeML: PAST_REF)."""
    return "DATE", "PAST_REF"


def r_clock_day(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """10 p.m. Wednesday / noon Thursday / Wednesday at 3 p.m."""
    hm = clock_hm(m)
    if hm is None:
        return None
    if anchor is None:
        return "TIME", None
    d = weekday_date(WEEKDAYS[m["wd"].lower()], anchor, tense)
    return "TIME", f"{d.isoformat()}T{hm[0]:02d}:{hm[1]:02d}"


def r_month(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """A bare month ('in October', 'last March', 'next June')."""
    month = MONTHS[m["mon"].lower().rstrip(".")]
    if anchor is None:
        return "DATE", None
    shift = direction(m["rel"] or "") if m["rel"] else None
    if shift == -1:
        year = anchor.year - 1 if month >= anchor.month else anchor.year
    elif shift == 1:
        year = anchor.year + 1 if month <= anchor.month else anchor.year
    elif shift == 0:
        year = anchor.year
    else:
        year = month_year(month, anchor, tense)
    return "DATE", f"{year:04d}-{month:02d}"


def r_year(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """A four-digit year."""
    return "DATE", m["year"]


def r_decade(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """The 1990s / the '90s / the nineties."""
    if m["full"]:
        return "DATE", m["full"][:3]
    yy = int(m["short"])
    century = 19 if yy >= 30 or anchor is None or anchor.year < 2000 else 20
    return "DATE", f"{century}{yy // 10}"


def r_season(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """This summer / last winter / summer 2025 / the spring of 2024."""
    code = SEASONS[m["season"].lower()]
    if m["season"].lower() == "fall" and not (m["rel"] or m["year"] or m[0].lower() != "fall"):
        return None  # 'prices fall': the verb
    if m["year"]:
        return "DATE", f"{parse_year(m['year'])}-{code}"
    if anchor is None:
        return "DATE", None
    shift = direction(m["rel"]) if m["rel"] else None
    year = anchor.year
    started = anchor.month >= SEASON_MONTH[code]
    if shift == -1:
        year = year if started and anchor.month >= SEASON_MONTH[code] + 3 else year - 1
    elif shift == 1:
        year = year + 1 if started else year
    elif shift is None and tense == "past" and not started:
        year -= 1
    elif shift in (None, 0) and tense == "future" and anchor.month >= SEASON_MONTH[code] + 3:
        year += 1  # "will open in the spring" said in November: next year's spring
    return "DATE", f"{year}-{code}"


def r_quarter(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """The third quarter (of 2024) / Q3 2024 / last quarter."""
    if m["ord"]:
        q = ORDINALS[m["ord"].lower()]
    else:
        q = int(m["qn"])
    year_text = m["year"] or m["year0"]
    if year_text:
        return "DATE", f"{year_text}-Q{q}"
    if anchor is None:
        return "DATE", None
    year = anchor.year
    if tense == "past" and q > (anchor.month - 1) // 3 + 1:
        year -= 1
    return "DATE", f"{year}-Q{q}"


def r_year_part(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Next year's first quarter / 1990's second half / the first half (the third quarter)
    of next year; "the last half" is the second (H2), "the first two quarters of 1990" the
    first half (H1) and "the last two quarters" the second."""
    ordinal = (m["ord"] or m["ordh"] or m["ord2"] or m["ordq"] or m["two"]).lower()
    part = (m["part"] or ("quarter" if m["ordq"] else "half")).lower()
    if part == "half" and ordinal == "last":
        ordinal = "second"
    elif m["two"]:
        ordinal = "first" if ordinal == "first" else "second"
    code = f"Q{ORDINALS[ordinal]}" if part == "quarter" else f"H{ORDINALS[ordinal]}"
    year_text, rel = m["year"] or m["year2"], m["rel"] or m["rel2"]
    if year_text:
        return "DATE", f"{year_text}-{code}"
    if anchor is None:
        return "DATE", None
    return "DATE", f"{anchor.year + direction(rel)}-{code}"


def r_relative_unit(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """This week / last month / next year / the preceding weekend / earlier this week."""
    unit = unit_of(m["unit"])
    if anchor is None:
        return ("DURATION" if unit in TIME_UNITS else "DATE"), None
    rel = (m["rel"] or "this").lower()
    n = direction(rel)
    if unit in TIME_UNITS:
        return None
    if unit == "weekend" and n == 0 and tense != "future" and anchor.weekday() < 5:
        n = -1
    return "DATE", shifted(anchor, n, unit)


def r_ago(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Two weeks ago / a year ago / three days later (from the anchor)."""
    n = number(m["num"])
    unit = unit_of(m["unit"])
    if n == "X" and m["dir"].lower() == "later":
        return "DURATION", duration("X", unit)  # 'a few days later': an unmeasured interval
    if anchor is None or n == "X" or n is None or unit in TIME_UNITS:
        return "DATE", "PAST_REF" if n == "X" else None
    sign = -1 if m["dir"].lower() in ("ago", "earlier", "before") else 1
    return "DATE", shifted(anchor, sign * int(n), unit)


def r_ref_day(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """The next day / the day before / the same day / that month / later in the day:
    relative to ``anchor``, which the caller sets to the text's reference time (the last
    date it mentioned)."""
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower()
    part = PARTS_OF_DAY.get(unit) if unit not in ("day", "week", "month", "year") else None
    if anchor is None:
        return ("TIME" if part else "DATE"), None
    rel = (m["rel"] or m["rel2"] or "").lower()
    n = 0 if m["that"] or m["inthe"] or rel == "same" else 1 if rel in ("next", "following", "after") else -1
    if part or unit == "day":
        d = anchor + dt.timedelta(days=n)
        return ("TIME", f"{d.isoformat()}T{part}") if part else ("DATE", d.isoformat())
    return "DATE", shifted(anchor, n, unit)


def r_duration(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """75-minute / for 30 days / a two-week timeframe / the past three months / weeks."""
    n = number(m["num"]) if m["num"] else "X"
    unit = unit_of(m["unit"])
    if n is None or (isinstance(n, float) and n >= MAX_COUNT):
        return None
    if unit == "quarter" and m["unit"].lower().endswith("s") and "-" in m[0]:
        return None  # 'three-quarters': a fraction
    if unit == "second" and m["num"].lower() in ("a", "an") and m[0].lower() == m["num"].lower() \
            + " second":
        return None  # 'a second dialogue': the ordinal, not a duration
    if n == "X" and re.match(r"(?:the\s+)?(?:past|last)\s", m[0], re.IGNORECASE):
        return "DATE", "PAST_REF"  # 'the last few months': the recent past
    if (m["half"] or m["half2"]) and isinstance(n, float | int):
        return "DURATION", half_more(n, unit)
    value = duration(n, unit)
    return ("DURATION", value) if value else None


def half_more(n: float, unit: str) -> str | None:
    """"N and a half" units, the half in the next smaller unit as TimeML writes it ("a
    minute and a half": PT1M30S, "two and a half years": P2Y6M); other units keep the
    fraction ("a month and a half": P1.5M, "a decade and a half": P1.5DE)."""
    if unit in HALF_UNITS and float(n).is_integer():
        return HALF_UNITS[unit].format(n=int(n))
    return duration(n + 0.5, unit)


def r_bare_plural(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Weeks / months / years (unspecified amount); 'the coming months' is the future."""
    text = m[0].lower()
    if "coming" in text:
        return "DATE", "FUTURE_REF"
    if re.search(r"\b(?:past|last)\b", text) and not text.startswith("for"):
        return "DATE", "PAST_REF"  # 'the past years': the recent past, as TimeML annotates it
    return "DURATION", duration("X", unit_of(m["unit"]))


def r_day_word(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Today / yesterday / tomorrow / the day before yesterday, optionally with a part of
    day."""
    word = m["word"].lower()
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[word]
    if m["beyond"]:
        offset *= 2  # the day before yesterday, the day after tomorrow
    part = PARTS_OF_DAY.get((m["part"] or "").lower()) or ("NI" if word == "tonight" else None)
    if anchor is None:
        return ("TIME" if part else "DATE"), None
    d = (anchor + dt.timedelta(days=offset)).isoformat()
    return ("TIME", f"{d}T{part}") if part else ("DATE", d)


def r_part_of_day(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """This morning / last night / this evening."""
    part = PARTS_OF_DAY[m["part"].lower()]
    if anchor is None:
        return "TIME", None
    d = anchor - dt.timedelta(days=1) if m["rel"].lower() == "last" else anchor
    return "TIME", f"{d.isoformat()}T{part}"


def r_part_mod(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Mid-afternoon / late morning (yesterday / on Friday): that part of the day named, else
    of the publication day, as TimeML anchors a bare part of day on the document's date."""
    if anchor is None:
        return "TIME", None
    if m["word"]:
        d = anchor + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[
            m["word"].lower()])
    elif m["wd"]:
        d = weekday_date(WEEKDAYS[m["wd"].lower()], anchor, tense)
    else:
        d = anchor
    return "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[m['part'].lower()]}"


WEEK_SHIFTS = {"last": -1, "previous": -1, "past": -1, "preceding": -1, "this": 0, "next": 1,
               "coming": 1, "following": 1}


def r_weekday(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """(on) (a|last|next|this) Wednesday (morning) (of last / this / next week)."""
    if anchor is None:
        return ("TIME" if m["part"] else "DATE"), None
    shift = (m["rel"] or "").lower()
    if m["week"]:  # 'Monday of last week': that weekday in the week named
        monday = anchor - dt.timedelta(days=anchor.weekday())
        d = monday + dt.timedelta(weeks=WEEK_SHIFTS[m["week"].lower()],
                                  days=WEEKDAYS[m["wd"].lower()])
    else:
        d = weekday_date(WEEKDAYS[m["wd"].lower()], anchor, tense, shift)
    part = PARTS_OF_DAY.get((m["part"] or "").lower())
    return ("TIME", f"{d.isoformat()}T{part}") if part else ("DATE", d.isoformat())


def r_clock(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """3 p.m. / 10:30 a.m. / 15:45 / noon / midnight."""
    hm = clock_hm(m)
    if hm is None:
        return None
    if anchor is None:
        return "TIME", None
    return "TIME", f"{anchor.isoformat()}T{hm[0]:02d}:{hm[1]:02d}"


def r_clock_hours(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Military / South Asian clock times: '15:35 hours', '1700 hrs' (a TIME, not a duration)."""
    hh, mm = int(m["hh"]), int(m["mm"])
    if hh > 23 or mm > 59:
        return None
    if anchor is None:
        return "TIME", None
    return "TIME", f"{anchor.isoformat()}T{hh:02d}:{mm:02d}"


def r_set_weekday(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Every Thursday / each Monday night / Tuesdays: a weekly set."""
    wd = WEEKDAYS[(m["wd"] or m["wd2"]).lower()] + 1
    part = PARTS_OF_DAY.get((m["part"] or m["part2"] or "").lower())
    return "SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else "")


def r_ref(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Now / currently / recently / the future: PRESENT_REF, PAST_REF, FUTURE_REF."""
    return "DATE", REFERENCES[" ".join(m[0].lower().split())]


def r_set(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Value | None:
    """Every week / each year / every two weeks / daily / annually."""
    word = m[0].lower()
    if word in SET_ADVERBS:
        return "SET", SET_ADVERBS[word]
    n = number(m["num"]) if m["num"] else 1
    if n is None or n == "X":
        return None
    value = duration(n, unit_of(m["unit"]))
    return ("SET", value) if value else None


# ----- the grammar ----------------------------------------------------------------------
def alternation(phrases: list[str] | dict[str, str]) -> str:
    """A regex alternation of phrases, longest first, any whitespace between words."""
    words = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in words) + ")"


SEASON = alternation(SEASONS)
PART = alternation([p for p in PARTS_OF_DAY if p != "tonight"])


def _rule(name: str, pattern: str, fn: Resolver, flags: int = re.IGNORECASE) -> Rule:
    """Compile one rule (word-bounded) with its trigger words."""
    return Rule(name, first_char_guard(re.compile(rf"(?<![\w-]){pattern}(?![\w])", flags)), fn,
                TRIGGERS.get(name, ()))


UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year",
              "decade", "centur", "quarter")
MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
               "dec")
TRIGGERS: dict[str, tuple[str, ...]] = {
    "month_day_year": MONTH_WORDS, "day_month_year": MONTH_WORDS, "day_range": MONTH_WORDS,
    "month_day_range": MONTH_WORDS, "month_year": MONTH_WORDS,
    "month": MONTH_WORDS, "may": ("may",), "week_of_month": ("week of",),
    "month_rel_year": ("year",), "clock_date": MONTH_WORDS,
    "spelled_year": ("eighteen", "nineteen", "twenty", "thousand"), "century": ("century",),
    "decade_word": ("ties",), "mid_year": ("early-", "mid-", "late-"),
    "recent_units": ("recent",), "clock_day": ("day",),
    "the_year": ("year", "quarter", "month"), "end_of": ("end", "close", "start", "beginning"),
    "year_end": ("year",), "year_ago": ("year",), "latest_period": ("period",),
    "year_period": ("quarter", "period"), "decade": ("0s",),
    "season": tuple(SEASONS), "quarter": ("quarter", "q"), "year_part": ("quarter", "half"),
    "relative_unit": UNIT_WORDS, "earlier_in_the": ("earlier in", "later in"),
    "over_the_weekend": ("weekend",),
    "ago": ("ago", "earlier", "later", "from now", "hence", "before", "after"),
    "ref_day": ("day", "that ", "morning", "evening", "night", "before", "after"),
    "set": ("every", "each", "once", "twice", "per "), "set_adverb": ("ly",),
    "set_weekday": ("day",),
    "duration": UNIT_WORDS, "bare_plural": UNIT_WORDS,
    "day_word": ("today", "yesterday", "tomorrow", "tonight"),
    "part_of_day": tuple(PARTS_OF_DAY), "weekday": ("day",),
    "part_mod": ("morning", "afternoon", "evening"),
    "clock": ("a.m", "p.m", "am", "pm", "noon", "midnight"),
    "ref": tuple(p.split()[-1] for p in REFERENCES),
    "timex_week": ("-w",), "timex_quarter": ("-q",), "clock_hours": ("hours", "hrs", "hr"),
}


NO_COMPLEMENT = (r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|but|or|then|when|while|as|in|at|on|near|"
                 r"from|with|had|was|were)\b)")  # "the day before, ..." / "a week after and":
# an adverb counted from the reference time; "the day before the vote" counts from an event
REL = r"(?P<rel>this|last|next|past|previous|preceding|prior|coming|following|current|upcoming)"
RULES: tuple[Rule, ...] = (
    _rule("iso", r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)", r_iso),
    _rule("compact", r"(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)", r_compact),
    _rule("numeric", r"(?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)[/-](?P<y>\d{4}|\d\d)"
          r"(?:\s+(?P<hh>[0-2]\d)(?P<mm>[0-5]\d)\s?(?:[ECMP][DS]T|GMT|UTC)?)?", r_numeric),
    _rule("day_range", rf"(?P<d1>{DAY})\s?[-–]\s?(?P<d2>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
          rf"(?:,?\s+(?P<year>{YEAR}))?", r_day_range, 0),
    _rule("month_day_range", rf"(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s?[-–]\s?(?P<d2>{DAY})"
          rf"(?:,?\s+(?P<year>{YEAR}))?", r_day_range, 0),
    _rule("month_day_year", rf"(?:(?:{WEEKDAY}),?\s+)?(?:(?P<mon>{MONTH})\s+(?P<day>{DAY})"
          rf"(?:,?\s+(?P<year>{YEAR}))?)", r_month_day_year, 0),
    _rule("day_month_year", rf"(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
          rf"(?:,?\s+(?P<year>{YEAR}))?", r_month_day_year, 0),
    _rule("week_of_month", rf"the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+"
          rf"(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?", r_week_of_month),
    _rule("month_rel_year", rf"(?:(?P<mon>{MONTH})\s+(?P<day>{DAY})|(?:the\s+)?(?P<day2>{DAY})\s+"
          rf"(?:of\s+)?(?P<mon2>{MONTH})|(?:(?:early|late|mid)[\s-])?(?P<mon3>{MONTH}))\s+"
          r"(?P<rel>last|next|this)\s+year\b", r_month_rel_year, 0),
    _rule("month_year", rf"(?:(?:early|late|mid|mid-)\s*)?(?P<mon>{MONTH}),?\s+(?:of\s+)?"
          rf"(?P<year>{YEAR_ANY})", r_month_year, 0),
    _rule("spelled_year", rf"(?:the\s+year\s+)?(?P<year>{SPELLED_YEAR})(?!\s+(?:{UNIT}|"
          r"people|dollars|troops|soldiers|men|women|more|of|or|to))", r_spelled_year),
    _rule("the_year", r"(?P<rel>)(?:the\s+(?:current\s+|full\s+|whole\s+|entire\s+|"
          r"latest\s+|most\s+recent\s+|just[\s-]ended\s+)?"
          r"(?:fiscal\s+|calendar\s+)?|(?:fiscal|calendar)\s+)(?P<unit>year|quarter|month)"
          r"(?:\s+(?:to\s+date|end))?(?=\s|[,.;:])"
          r"(?=(?P<period>\s+(?:ended|ending|that\s+ended|that\s+ends|since)\b"
          rf"(?:\s+(?P<emon>{MONTH})\s+(?P<eday>{DAY})\b)?)|)", r_this_unit),
    _rule("end_of", r"(?:around\s+|by\s+|at\s+)?(?:the\s+)?(?:end|close|start|beginning)\s+of"
          r"\s+(?:the\s+|this\s+)(?P<unit>year|month|week|quarter)(?P<rel>)", r_this_unit),
    _rule("year_end", r"(?:around\s+)?year(?:[\s-]|['’]s\s+)end(?P<rel>)(?P<unit>)", r_this_unit),
    _rule("year_ago", r"(?:the\s+)?year[\s-](?:ago|earlier)(?:\s+(?:quarter|period|month|"
          r"level|figure|results?))?|(?:the\s+)?(?:same\s+|comparable\s+|corresponding\s+)?"
          r"(?:quarter|period)\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+"
          r"year(?!['’]))|last\s+year['’]s\s+(?:quarter|period)(?!s)", r_year_ago),
    _rule("latest_period", r"the\s+(?:latest|most\s+recent)\s+(?:fiscal\s+)?period(?!s)"
          r"(?!\s+of\b)",
          r_latest_period),
    _rule("year_period", rf"the\s+(?P<year>{YEAR})\s+(?P<unit>quarter|period)(?!s)(?![\s-]end)"
          r"(?!\s+of\b)",
          r_year_period),
    _rule("clock_date", rf"{CLOCK}{CLOCK_ZONE},?\s+(?:on\s+)?(?P<mon>{MONTH})\s+"
          rf"(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?", r_clock_date),
    _rule("century", r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]century", r_century),
    _rule("decade_word", r"the\s+(?:early\s+|late\s+|mid-)?(?P<word>twenties|thirties|forties|"
          r"fifties|sixties|seventies|eighties|nineties)", r_decade_word),
    _rule("mid_year", rf"(?:early|mid|late)-(?P<year>{YEAR})", r_year),
    _rule("recent_units", r"(?:in\s+)?recent\s+(?P<unit>days|weeks|months|years|decades)",
          r_recent_units),
    _rule("clock_day", rf"{CLOCK}{CLOCK_ZONE},?\s+(?:on\s+)?(?P<wd>{WEEKDAY})",
          r_clock_day),
    _rule("month", r"(?:(?P<rel>this|last|next|past|previous|coming)\s+)?(?:(?:early|late|"
          r"mid)[\s-])?(?P<mon>January|February|March|April|June|July|August|September|"
          r"October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)", r_month, 0),
    _rule("may", r"(?:(?P<rel>this|last|next|past|previous|coming)\s+|(?<=[Ii]n\s)|(?<=of\s)|"
          r"(?<=[Ss]ince\s)|(?<=[Uu]ntil\s)|(?<=[Bb]y\s)|(?<=[Ee]arly\s)|(?<=[Ll]ate\s)|"
          r"(?<=mid-))"
          r"(?P<mon>May)(?!\s+(?:be|have|not|also|well|still|even|never|need|want|seek|"
          r"take|make|lead|come|go|face|help|become|continue|prove|affect|result|not)\b)",
          r_month, 0),
    _rule("decade", r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<full>(?:1[89]|20)\d0)s|"
          r"'(?P<short>\d0)s)", r_decade),
    _rule("season", rf"(?:{REL}\s+|the\s+|early\s+|late\s+)?(?P<season>{SEASON})"
          rf"(?:\s+(?:of\s+)?(?P<year>{YEAR_ANY}))?", r_season),
    _rule("year_part", rf"(?:(?P<rel>this|last|next)\s+year|(?P<year>{YEAR}))['’]s\s+"
          r"(?:(?P<ord>first|second|third|fourth)[\s-](?P<part>quarter)|(?P<ordh>first|second|"
          r"last)[\s-]half)|"
          r"(?:the\s+)?(?:(?P<ord2>first|second|last)\s+half|(?P<ordq>first|second|third|fourth)"
          r"\s+quarter|(?P<two>first|last)\s+two\s+quarters)\s+of\s+(?:(?P<rel2>this|last|"
          r"next)\s+year|"
          rf"(?P<year2>{YEAR}))", r_year_part),
    _rule("quarter", rf"(?:the\s+)?(?:(?P<year0>{YEAR})\s+)?(?:fiscal[\s-])?(?:(?P<ord>first|second|third|"
          r"fourth)[\s-]quarter|"
          rf"Q(?P<qn>[1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>{YEAR}))?", r_quarter),
    _rule("relative_unit", rf"(?:(?:earlier|later)\s+(?:in\s+)?)?(?:the\s+)?{REL}\s+"
          r"(?:(?:fiscal|calendar)\s+(?=year|quarter))?"
          r"(?P<unit>week|weekend|month|year|quarter|decade|century)"
          r"(?!s)(?!\s+(?:or|and)\s+(?:two|so))", r_relative_unit),
    _rule("earlier_in_the", r"(?:earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)"
          r"(?P<rel>)", r_relative_unit),
    _rule("over_the_weekend", r"(?:over\s+)?the\s+(?P<unit>weekend)(?P<rel>)", r_relative_unit),
    _rule("ago", rf"{MOD}?(?P<num>{NUM_WORD})\s+(?P<unit>{UNIT}s?)\s+(?P<dir>ago|earlier|"
          rf"later|from\s+now|hence|(?:before|after){NO_COMPLEMENT})", r_ago),
    _rule("ref_day", r"(?:(?:on\s+)?the\s+(?P<rel>next|following|previous|preceding|prior|same)\s+"
          r"(?P<unit>day|morning|evening|night)|the\s+(?P<unit2>day|night|week|month|year)\s+"
          rf"(?P<rel2>before|after){NO_COMPLEMENT}|"
          r"(?P<that>that)\s+(?P<unit3>day|week|month|year|morning|afternoon|evening|night)|"
          r"(?:earlier|later)\s+in\s+(?P<inthe>the)\s+(?P<unit4>day))",
          r_ref_day),
    _rule("set", rf"(?:every|each|once\s+a|twice\s+a|per)\s+(?:(?P<num>{NUM_WORD})\s+)?"
          rf"(?P<unit>{UNIT})s?", r_set),
    _rule("set_weekday", rf"(?:every|each)\s+(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?|"
          rf"(?P<wd2>{WEEKDAY})(?:s|\s+(?P<part2>{PART})s)", r_set_weekday),
    _rule("set_adverb", rf"{alternation(SET_ADVERBS)}(?P<num>)(?P<unit>)", r_set, 0),
    _rule("duration", rf"(?:for\s+)?{MOD}?(?P<num>{NUM_WORD})(?P<half>\s+and\s+a\s+half)?[\s-]"
          rf"(?:{COUNTED_KIND}\s+)?(?P<unit>{UNIT}s?)(?P<half2>\s+and\s+a\s+half)?"
          r"(?:[\s-]long)?(?:\s+(?:timeframe|period|span|window|term|deadline|delay|pause|"
          r"truce|ceasefire|moratorium|halt|break|stint))?", r_duration),
    _rule("bare_plural", r"(?:for\s+)?(?:(?:the\s+)?(?:past|last|next|coming)\s+)?"
          r"(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s|centuries)"
          r"(?!\s+(?:ago|of\s+the|later|earlier))", r_bare_plural),
    _rule("day_word", r"(?:the\s+day\s+(?P<beyond>before(?=\s+yesterday)|after(?=\s+tomorrow))"
          rf"\s+)?(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>{PART}))?",
          r_day_word),
    _rule("part_of_day", rf"(?P<rel>this|last)\s+(?P<part>{PART})", r_part_of_day),
    _rule("part_mod", rf"(?:early|late|mid)[\s-]?(?P<part>morning|afternoon|evening)"
          rf"(?:,?\s+(?:(?P<word>yesterday|today|tomorrow)|(?:on\s+)?(?P<wd>{WEEKDAY})))?",
          r_part_mod),
    _rule("weekday", rf"(?:(?:on\s+)?(?:a\s+|(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?)?"
          rf"(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?(?:,?\s+of\s+(?:the\s+)?"
          r"(?P<week>last|previous|past|preceding|this|next|coming|following)\s+week(?!s))?",
          r_weekday, 0),
    _rule("clock", CLOCK, r_clock),
    _rule("ref", alternation(list(REFERENCES)), r_ref),
    _rule("year_range", rf"(?P<y1>{YEAR})\s?[-–/]\s?(?P<y2>{YEAR}|\d\d)(?![\d%/–-])",
          r_year_range),
    _rule("year", rf"(?:(?<=in\s)|(?<=since\s)|(?<=by\s)|(?<=until\s)|(?<=of\s)|(?<=during\s)|"
          rf"(?<=from\s)|(?<=before\s)|(?<=after\s)|(?<=through\s)|(?<=year\s)|(?<=early\s)|"
          rf"(?<=late\s)|(?<=mid-)|(?<=to\s)|(?<=and\s)|(?<=fiscal\s)|(?<=both\s)|"
          r"(?<=\d{4}\sor\s)|(?<=\d{4}\sthrough\s)|"
          rf"(?={YEAR}\s+(?:and|or|to|through)\s+{YEAR}(?![\d%-])))(?P<year>{YEAR})"
          r"(?![\d%-])", r_year),
)
RULES = (
    _rule("clock_hours", r"(?P<hh>[01]\d|2[0-3]):?(?P<mm>[0-5]\d)\s*(?:hours|hrs|hr|h)\b",
          r_clock_hours),
    _rule("timex_week", rf"(?P<year>{YEAR})-W(?P<w>[0-5]\d)", lambda m, a, t: ("DATE", m[0])),
    _rule("timex_quarter", rf"(?P<year>{YEAR})-Q[1-4]", lambda m, a, t: ("DATE", m[0])),
    *RULES,
)
RULE_ORDER = {r.name: i for i, r in enumerate(RULES)}
