"""TIMEX3 date values as day ranges: parsing, overlap, precision."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

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
    if ".." in value:  # an explicit range "first..last"
        lo, hi = (date_range(v) for v in value.split("..", 1))
        return (lo[0], hi[1]) if lo and hi and lo[0] <= hi[1] else None
    try:
        if m := DAY_RE.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := WEEK_RE.match(value):
            first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if value.endswith("-WE"):  # the week's weekend: its Saturday and Sunday
                return first + dt.timedelta(days=5), first + dt.timedelta(days=6)
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


PAST_DAYS = 7  # a past-tense report without its own date happened up to this many days before
CAUSE_DAYS = 31  # what a dated act is done over ("suspended on Tuesday over a call") came up
# to a month before it: a cause older than that is told with its own date or as background
ENTRY_FROM = "tense:entry-day"  # a live entry's undated act: a tense bound, the entry's day
PLANNED_DAYS = 14  # a planned event without its own date is expected within this many days
WEEKDAY_RE = re.compile(r"^(?:on |last |this |next )?(monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday)$", re.I)
FUTURE_MODALITIES = frozenset({"planned", "hypothetical"})
AFTER_STATEMENT = "after-statement"  # the extractor's date of the warning an act comes after
ORDER_CUE_RE = re.compile(r"\b(after|following|before|ahead of)\b", re.I)
EARLIER_CUES = frozenset({"after", "following"})  # DATE ... after EVENT: the event was earlier
OFFSET_UNITS = {"day": 1, "week": 7}  # "a day after", "two weeks after": a stated interval
OFFSET_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
STATE_END_RE = re.compile(r"\b(?:until|till|through|up to)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
STATE_END_CHARS = 25  # how far before a date its "until" is looked for
SINCE_RE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.I)
SINCE_STARTED_RE = re.compile(  # "since the clashes began on Monday", "since fighting erupted in May"
    r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?:began|started|erupted|broke\s+out|"
    r"flared(?:\s+up)?)\s+(?:(?:on|in|at|early|late)\s+)?(?:the\s+)?$", re.I)
DATE_NOUN_GAP_RE = re.compile(  # "Sunday's [deadly] skirmish", "the 2019 [border] crisis"
    r"(?:['’]s)?\s+(?:(?!(?:have|has|had|was|were|is|are|been|be)\b)[a-z][\w-]*\s+){0,2}")
SINCE_STARTED_CHARS = 70  # how far before a date the "since ... began" clause is looked for
LAST_WEEKDAY_RE = re.compile(r"^last (monday|tuesday|wednesday|thursday|friday|saturday|"
                             r"sunday)$", re.I)
MIDNIGHT_RE = re.compile(r"\bmidnight\b|\b24[:.]00\b", re.I)  # the boundary of two days
BOUNDARY_RE = re.compile(r"\b(?:after|before|until|till)\b", re.I)  # an event on one side
BEFORE_SPAN_CHARS = 15  # words this close before a time expression qualify it
NIGHT_CUES = (  # a night named relative to the publication day, near the trigger: (pattern,
    # first and last day relative to that day)
    (re.compile(r"\b(?:overnight|last night|before dawn|in the early hours)\b", re.I), -1, 0),
    (re.compile(r"\btonight\b", re.I), 0, 1),
)
NIGHT_CUE_CHARS = 60  # how far from the trigger a night cue is read as its time
NIGHT_CLAUSE_CHARS = 120  # how far after the trigger a cue in its own clause still is
NIGHT_VALUE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}TNI$")  # "Saturday night", "that night"
EDGE_CUES = (  # a day's edge next to midnight, right before its date: (pattern, edge);
    # "late on Friday" runs into Saturday, "early on Saturday", "before dawn on Saturday" and
    # "in the early hours of Saturday" start on Friday night
    (re.compile(r"\blate\s+(?:on\s+)?$", re.I), "late"),
    (re.compile(r"\b(?:early\s+(?:on\s+)?|(?:before\s+dawn|pre-?dawn|overnight)\s+(?:on\s+)?|"
                r"in\s+the\s+(?:early|small|wee)\s+hours\s+(?:of|on)\s+)$", re.I), "early"),
)
EDGE_REACH = {"+late": (0, 1), "+early": (-1, 0)}  # days a day's edge reaches across midnight
EDGE_CUE_CHARS = 30  # how far before a date its edge cue is looked for
REPORT_BEFORE_RE = re.compile(  # a statement's own date right after its reporting verb ("said
    # on Monday", "told reporters Wednesday", "in a statement on Sunday")
    r"(?:\b(?:said|says|told|tells|announced|stated|added|confirmed|declared|wrote|tweeted|"
    r"posted)\b(?:\s+(?:the\s+|a\s+)?(?:[A-Z][\w.'’-]*|reporters|journalists|lawmakers|"
    r"(?:news|press)\s+conference))?|\bin\s+an?\s+(?:statement|interview|briefing|speech|"
    r"post)\b)\s+(?:(?:late|early|earlier)\s+)?(?:on\s+)?$")
POSSESSIVE_RE = re.compile(r"['’]s\b")  # "Monday's": a day that owns the noun after it
REPORT_BEFORE_CHARS = 40  # how far before a date its reporting verb is looked for
APPROX_OFFSET = (r"(?P<approx>just\s+(?:under|over)|nearly|almost|about|around|some|roughly|"
                 r"approximately|over|under)")  # an interval told as near a count, not at it
APPROX_SIDES = {"nearly": (-1, 0), "almost": (-1, 0), "under": (-1, 0), "just under": (-1, 0),
                "over": (0, 1), "just over": (0, 1)}  # sides of the count an approximator
# reaches to ("nearly a week": up to a week; "just over a week": a week or more); the
# rest ("about", "around", "some", "roughly", "approximately") reach both ways
APPROX_SHARE = 4  # an approximate interval reaches a quarter of its count (a day at least)
AFTER_CLAUSE_RE = re.compile(r"\b(?:(?P<bound>less|fewer|more)\s+than\s+|" + APPROX_OFFSET +
                             r"\s+|(?:just|only|barely|mere)\s+)?(?:(?P<n>a|an|one|two|three|four|"
                             r"five|six|seven|eight|nine|ten|\d{1,2})[\s-]+(?P<unit>day|week)s?|"
                             r"(?:(?P<hn>a\s+few|few|several|a|an|one|two|three|four|five|six|"
                             r"seven|eight|nine|ten|twelve|\d{1,3})[\s-]+)?(?P<hunit>hour|minute)s?)"
                             r"\s+after\b", re.I)
HOURS_BEFORE_CUE_RE = re.compile(  # "on Tuesday, hours after X": X that day or the day before
    r"\b(?:(?:just|only|mere|some|about|barely)\s+)?(?:(?:a\s+few|few|several|a|an|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twelve|\d{1,3})[\s-]+)?(?:hour|minute)s?\s+$",
    re.I)
HOUR_COUNTS = {"twelve": 12}  # hour counts beyond OFFSET_COUNTS
AFTER_CLAUSE_CHARS = 100  # how far after its "two days after" a trigger is still in the clause
PART_RE = re.compile(r"\b(early|mid|late)\b", re.I)  # a part of a month or year
MONTH_PARTS = {"early": (1, 15), "mid": (8, 23), "late": (16, 31)}  # days of the month; the
# parts overlap, as writers' "early" and "mid" do
YEAR_PARTS = {"early": (1, 6), "mid": (4, 9), "late": (7, 12)}  # months of the year
OFFSET_RE = re.compile(r"\b(?:" + APPROX_OFFSET + r"\s+)?(a|an|one|two|three|four|five|six|"
                       r"seven|eight|nine|ten|\d{1,3})[\s-]+(day|week)s?\s+$", re.I)


def parse_day(value: str | None) -> dt.date | None:
    """The day of an ISO date or datetime string (None if absent or unparsable)."""
    r = date_range((value or "")[:10])
    return r[0] if r and r[0] == r[1] else None


def weekday_fix(rng: tuple[dt.date, dt.date], span_text: str, modality: str,
                published: dt.date | None, said: list[dt.date] | None = None,
                nominal: bool = False) -> tuple[tuple[dt.date, dt.date], bool]:
    """A bare weekday of a planned event resolved to the past, moved a week ahead; not when
    a day the mention's sentence names falls in the week before it (``said``: "said on
    Monday the envoy would travel on Friday" counts Friday from that Monday), nor for a
    hypothetical noun (``nominal``): a noun has no tense, and one is hypothetical for a
    hedge or an accusation about the past as often as for the future ("accused its
    neighbour of attacks on Saturday", "possible violations on Sunday"), so the past day
    the sentence's tense gave it stands."""
    if published is None or rng[0] != rng[1] or not WEEKDAY_RE.match(span_text.strip()):
        return rng, False
    if nominal and modality == "hypothetical":
        return rng, False
    day = rng[0]
    if any(0 < (day - d).days < 7 for d in said or ()):
        return rng, False
    if modality in FUTURE_MODALITIES and day < published and (published - day).days < 7:
        return (day + dt.timedelta(days=7),) * 2, True
    return rng, False


def nominal(data: dict) -> bool:
    """Whether a mention's trigger is a noun (its stored ``trigger_info`` tag)."""
    info = (data.get("attributes") or {}).get("trigger_info") or {}
    return str(info.get("tag") or "").startswith("NN")


def claimed_days(data: dict) -> list[dt.date]:
    """The single days of the date claims about a mention."""
    ranges = (date_range(c.get("value")) for c in data.get("claims") or []
              if c.get("kind") == "date")
    return [r[0] for r in ranges if r and r[0] == r[1]]


def last_weekday_fix(rng: tuple[dt.date, dt.date], span_text: str, published: dt.date | None
                     ) -> tuple[tuple[dt.date, dt.date], bool]:
    """"Last Wednesday" resolved to the publication day itself (or later), moved a week back."""
    if published is None or rng[0] != rng[1] or not LAST_WEEKDAY_RE.match(span_text.strip()):
        return rng, False
    if rng[0] >= published:
        back = ((rng[0] - published).days // 7 + 1) * 7
        return (rng[0] - dt.timedelta(days=back),) * 2, True
    return rng, False


def part_of(rng: tuple[dt.date, dt.date], text: str) -> tuple[tuple[dt.date, dt.date], bool]:
    """"Early", "mid" or "late" before a month or a year narrows its range to that part
    ("late November": 16-30 November; "early 2024": January to June)."""
    m = PART_RE.search(text)
    if m is None:
        return rng, False
    part = m[1].lower()
    lo, hi = rng
    if lo.day == 1 and hi.month == lo.month and hi.year == lo.year and hi.day >= 28:
        first, last = MONTH_PARTS[part]
        return (lo.replace(day=first), lo.replace(day=min(last, hi.day))), True
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        first, last = YEAR_PARTS[part]
        end = dt.date(lo.year, last, calendar.monthrange(lo.year, last)[1])
        return (dt.date(lo.year, first, 1), end), True
    return rng, False


def midnight_spread(rng: tuple[dt.date, dt.date], span_text: str
                    ) -> tuple[tuple[dt.date, dt.date], bool]:
    """A one-day date given as "midnight" (or 24:00): it ends one day and starts the next,
    and outlets date it to either, so its range holds both neighbours; not when the event
    lies on one side of it ("kept attacking after the midnight deadline")."""
    if rng[0] != rng[1] or not MIDNIGHT_RE.search(span_text) or BOUNDARY_RE.search(span_text):
        return rng, False
    return (rng[0] - dt.timedelta(days=1), rng[1] + dt.timedelta(days=1)), True


def count_of(word: str) -> int:
    """The number a count word or numeral of an interval names ("a", "two", "10"), 0 when none."""
    word = word.lower()
    return OFFSET_COUNTS.get(word) or (int(word) if word.isdigit() else 0)


APPROX_DAYS_RE = re.compile(  # "nearly ten days ago", "some three days later": a day counted
    # from another by an approximate interval
    r"^" + APPROX_OFFSET + r"\s+(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,3})[\s-]+days?\s+(?P<dir>ago|earlier|before|later|after|from\s+now|hence)$", re.I)
BACK_DIRS = ("ago", "earlier", "before")


def approx_spread(rng: tuple[dt.date, dt.date], span_text: str
                  ) -> tuple[tuple[dt.date, dt.date], bool]:
    """A day told as an approximate number of days from another ("nearly ten days ago",
    "about three days later"): the days the interval's reach (``approx_interval``) gives,
    not the one day of its exact count."""
    m = APPROX_DAYS_RE.match(" ".join(span_text.split()))
    if rng[0] != rng[1] or m is None:
        return rng, False
    n = count_of(m["n"])
    if not n:
        return rng, False
    near, far = approx_interval(n, m["approx"])
    if m["dir"].lower() in BACK_DIRS:  # the count back from the anchor: fewer days, later
        lo, hi = rng[0] - dt.timedelta(days=far - n), rng[1] + dt.timedelta(days=n - near)
    else:
        lo, hi = rng[0] - dt.timedelta(days=n - near), rng[1] + dt.timedelta(days=far - n)
    return (lo, hi), (lo, hi) != rng


def before_span(data: dict, span: dict | None, chars: int = BEFORE_SPAN_CHARS) -> str:
    """The few words (``chars``) of the mention's sentence right before a time expression
    ("at 24:00 on" 28 July; "in the early hours of" Saturday)."""
    sent = data.get("sentence") or {}
    text, base = sent.get("text") or "", sent.get("start")
    if not span or base is None or span.get("start") is None:
        return ""
    at = span["start"] - base
    return text[max(0, at - chars):at] if 0 <= at <= len(text) else ""


def night_cue(data: dict) -> tuple[int, int, str] | None:
    """A night named relative to the publication day near the trigger ("struck targets
    overnight", "said tonight"), or later in the trigger's own clause ("struck what the
    army called dozens of rocket sites across the south overnight"): the first and last
    day offsets and the cue, or None."""
    sent, trig = data.get("sentence") or {}, data.get("trigger") or {}
    text, base = sent.get("text") or "", sent.get("start")
    if base is None or trig.get("start") is None:
        return None
    at, end = trig["start"] - base, trig.get("end", trig["start"]) - base
    if not 0 <= at <= len(text):
        return None
    for pattern, lo, hi in NIGHT_CUES:
        for m in pattern.finditer(text):
            near = m.start() - NIGHT_CUE_CHARS <= end and at <= m.end() + NIGHT_CUE_CHARS
            clause = end <= m.start() <= end + NIGHT_CLAUSE_CHARS and \
                not re.search(r"[,;:]", text[end:m.start()])
            if near or clause:
                return lo, hi, m.group(0).lower()
    return None


def cue_between(data: dict, span: dict | None) -> str | None:
    """The ordering cue that puts a mention before or after a date written earlier in its
    sentence ("extended to 9 May after shelling killed 14": the killing precedes the 9th): a cue word between the date and the trigger with no comma or semicolon between
    the cue and the trigger. None when the date is the mention's own."""
    sent, trig = data.get("sentence") or {}, data.get("trigger") or {}
    text, base = sent.get("text") or "", sent.get("start")
    if not span or base is None or span.get("end") is None or trig.get("start") is None:
        return None
    lo, hi = span["end"] - base, trig["start"] - base
    if not 0 <= lo <= hi <= len(text):
        return None
    between = text[lo:hi]
    found = None
    for m in ORDER_CUE_RE.finditer(between):
        found = m
    if found is None or re.search(r"[,;]", between[found.end():]):
        return None
    return found.group(1).lower()


def _sentence_before(data: dict, span: dict | None) -> tuple[str, int, int] | None:
    """The mention's sentence text, its start offset and the position of an attached date's
    span in it; None when either is unknown or the span lies outside the sentence."""
    sent = data.get("sentence") or {}
    text, base = sent.get("text") or "", sent.get("start")
    if not span or base is None or span.get("start") is None:
        return None
    at = span["start"] - base
    return (text, base, at) if 0 <= at <= len(text) else None


def _cue_before(data: dict, span: dict | None, cue: re.Pattern[str]) -> bool:
    """Whether ``cue`` ends within ``STATE_END_CHARS`` before an attached date's span in the
    mention's sentence."""
    found = _sentence_before(data, span)
    if found is None:
        return False
    text, _, at = found
    return bool(cue.search(text[max(0, at - STATE_END_CHARS):at]))


def state_end(data: dict, span: dict | None) -> bool:
    """Whether an attached date ends a state rather than dating the event ("said the truce would stay in force until 3 March": the statement was not made on the 3rd). The date then is not the event's own."""
    return _cue_before(data, span, STATE_END_RE)


def since_date(data: dict, span: dict | None) -> bool:
    """Whether an attached date follows "since" ("hundreds have been killed since 2009", "the
    first talks since the 2019 crisis"): it opens a period reaching up to the report and
    bounds the mention from below; it is not the mention's day."""
    return (_cue_before(data, span, SINCE_RE) and not names_trigger(data, span)) or \
        since_started(data, span)


def names_trigger(data: dict, span: dict | None) -> bool:
    """Whether an attached date modifies the mention's own trigger noun ("since Sunday's
    skirmish", "since last month's coup", "since the March 3 truce"): the
    "since" opens the period of another act, and the noun's occurrence is on that date."""
    found = _sentence_before(data, span)
    trig = (data.get("trigger") or {}).get("start")
    if found is None or trig is None or not span or span.get("end") is None:
        return False
    text, base, _ = found
    between = text[span["end"] - base:int(trig) - base]
    return bool(DATE_NOUN_GAP_RE.fullmatch(between))


def since_started(data: dict, span: dict | None) -> bool:
    """Whether an attached date dates the start a "since" clause names ("22 soldiers have
    been killed since the clashes began on Monday", "since fighting erupted in May"), the
    mention's trigger outside that clause: the date opens the period the mention spans, up
    to the report, as "since Monday" does."""
    found = _sentence_before(data, span)
    if found is None:
        return False
    text, base, at = found
    lo = max(0, at - SINCE_STARTED_CHARS)
    m = SINCE_STARTED_RE.search(text[lo:at])
    if m is None:
        return False
    trig = int((data.get("trigger") or {}).get("start") or -1) - base
    return not lo + m.start() <= trig < at


def between_date_and_cue(data: dict, span: dict | None, cue: str) -> str | None:
    """The words of the mention's sentence between an attached date and the ordering cue
    after it ("on Tuesday[, hours ]after"); None when the span or the cue is not there."""
    sent = data.get("sentence") or {}
    text, base = sent.get("text") or "", sent.get("start")
    if not span or base is None or span.get("end") is None:
        return None
    head = text[span["end"] - base:]
    at = re.search(rf"\b{re.escape(cue)}\b", head, re.I)
    return head[:at.start()] if at else None


def approx_interval(days: int, approx: str | None) -> tuple[int, int]:
    """The fewest and most days an interval of ``days`` told with an approximator spans:
    the count itself without one ("a week after": 7, 7); a quarter of the count (a day at
    least) to the side the approximator reaches ("nearly a week": 5, 7; "about two weeks":
    10, 18; "just over a week": 7, 9)."""
    if not approx:
        return days, days
    slack = max(1, round(days / APPROX_SHARE))
    lo, hi = APPROX_SIDES.get(" ".join(approx.lower().split()), (-1, 1))
    return max(0, days + lo * slack), days + hi * slack


def cue_offset(data: dict, span: dict | None, cue: str) -> tuple[int, int] | None:
    """Days stated right before an ordering cue ("a day after", "two weeks before"): the
    fewest and most days between the date and the mention ("nearly a week after": 5 to 7;
    None when no interval is written)."""
    between = between_date_and_cue(data, span, cue)
    m = OFFSET_RE.search(between) if between is not None else None
    if m is None:
        return None
    n = count_of(m[2])
    return approx_interval(n * OFFSET_UNITS[m[3].lower()], m["approx"]) if n else None


def hours_before_cue(data: dict, span: dict | None, cue: str) -> bool:
    """Whether hours or minutes are stated right before the ordering cue after an attached
    date ("on Tuesday, hours after the truce took effect")."""
    between = between_date_and_cue(data, span, cue)
    return between is not None and HOURS_BEFORE_CUE_RE.search(between) is not None


def own_date_claim(data: dict) -> dict | None:
    """A date claim the extractor attached to this very mention: the first that dates it
    rather than bounding it through an ordering cue ("extended to Feb. 18 after fire killed
    22 people last month": "last month" dates the killing, "Feb. 18" only bounds it), else
    the first; a date that ends a state ("until 3 March") never. Of the claims that date it,
    one that is not the day of the statement telling it comes first ("officials said on Sunday
    that the truce would begin at 8 a.m. on Tuesday": Tuesday, the truce's own day, not the
    day it was announced)."""
    claims = [c for c in data.get("claims") or []
              if c.get("kind") == "date" and date_range(c.get("value"))
              and not state_end(data, c.get("span"))]
    dating = [c for c in claims if cue_between(data, c.get("span")) is None
              and not past_clause_end(data, c.get("span"))]
    return next((c for c in dating if not statement_date(data, c.get("span"))),
                dating[0] if dating else claims[0] if claims else None)


def past_clause_end(data: dict, span: dict | None) -> bool:
    """Whether a date follows the trigger beyond a comma or semicolon ("a blast wounded five
    soldiers, and the capital responded on Thursday": Thursday dates the response)."""
    sent, trig = data.get("sentence") or {}, data.get("trigger") or {}
    text, base = sent.get("text") or "", sent.get("start")
    if not span or base is None or span.get("start") is None or trig.get("end") is None:
        return False
    lo, hi = trig["end"] - base, span["start"] - base
    return 0 <= lo <= hi <= len(text) and bool(re.search(r"[,;]", text[lo:hi]))


def night_spread(rng: tuple[dt.date, dt.date], value: str | None
                 ) -> tuple[tuple[dt.date, dt.date], bool]:
    """A night of a named day ("Saturday night", "that night"): it runs into the next
    day, which outlets writing the next morning give as the event's day."""
    if rng[0] != rng[1] or not NIGHT_VALUE_RE.match(value or ""):
        return rng, False
    return (rng[0], rng[1] + dt.timedelta(days=1)), True


def day_edge(rng: tuple[dt.date, dt.date], before: str) -> str:
    """"late" or "early" for a day named at its edge next to midnight ("late on Friday",
    "before dawn on Saturday"), else ""."""
    if rng[0] != rng[1]:
        return ""
    return next((edge for pattern, edge in EDGE_CUES if pattern.search(before)), "")


def reach(rng: list[str] | None, how: str) -> list[str] | None:
    """The days outlets may give for a mention's range: a day named at its edge next to
    midnight (derivation ending "+late" or "+early") also reaches the day across it, which
    outlets writing on the other side of midnight name."""
    if not rng:
        return rng
    lo, hi = next(((a, b) for edge, (a, b) in EDGE_REACH.items() if how.endswith(edge)), (0, 0))
    if not (lo or hi):
        return rng
    first, last = parse_day(rng[0]), parse_day(rng[1])
    if first is None or last is None:
        return rng
    return [iso(first + dt.timedelta(days=lo)), iso(last + dt.timedelta(days=hi))]


def statement_date(data: dict, span: dict | None) -> bool:
    """Whether a date right after a reporting verb dates the statement, not the mention:
    the mention is in what was said ("said on Sunday that the truce would start soon") or
    in a clause before the report, past a comma ("rebels shelled the town, officials said
    on Monday"); not when the trigger is the reported thing itself ("the truce was
    announced late on Tuesday", "announced new sanctions on Monday")."""
    sent, trig = data.get("sentence") or {}, data.get("trigger") or {}
    text, base = sent.get("text") or "", sent.get("start")
    if not span or base is None or span.get("start") is None or trig.get("start") is None:
        return False
    at, where = span["start"] - base, trig["start"] - base
    if not 0 <= at <= len(text):
        return False
    if POSSESSIVE_RE.match(text, span.get("end", span["start"]) - base):
        return False  # "said Monday's bombing was ...": the day owns a noun, not the saying
    lo = max(0, at - REPORT_BEFORE_CHARS)
    m = REPORT_BEFORE_RE.search(text[lo:at])
    if m is None:
        return False
    if where >= at:
        return True
    return where < lo + m.start() and "," in text[where:lo + m.start()]


def reported_range(data: dict, day: tuple[dt.date, dt.date], modality: str, span: dict | None
                   ) -> dict:
    """The range of a mention whose only date is its report's ("X attacked Y, officials
    said on Monday"): a night named near the trigger is the night before the statement, an
    asserted event happened on or before it, a planned one on or after it."""
    cue = night_cue(data)
    if cue and cue[0] < 0 and modality not in FUTURE_MODALITIES:
        lo, hi = (day[1] + dt.timedelta(days=d) for d in cue[:2])
        how = "cue:" + cue[2]
    elif modality in FUTURE_MODALITIES:
        lo, hi, how = day[0], day[0] + dt.timedelta(days=PLANNED_DAYS), "tense:after-statement"
    else:
        lo, hi, how = day[1] - dt.timedelta(days=PAST_DAYS), day[1], "tense:before-statement"
    return {"range": [iso(lo), iso(hi)], "from": how, "span": span}


def mention_range(data: dict, published: str | None) -> dict | None:
    """The day range of one event mention from its own evidence, with how it was derived.

    Order: the time expression attached to the mention ("last Wednesday" resolved to the
    publication day moved a week back; "midnight" holding the days it divides); a date
    claim about the mention; a night
    named near the trigger relative to the publication day d ("overnight": [d - 1, d]);
    else bounds from tense against d (a past report in [d - PAST_DAYS, d], a planned one
    in [d, d + PLANNED_DAYS]). The result is
    {"range": [first, last], "from": derivation, "span": evidence span or None}.
    A date that ends a state ("would stay in force until 3 March") is never the
    mention's own date.
    """
    pub = parse_day(published)
    modality = data.get("modality") or "asserted"
    date = data.get("date") or {}
    value, span, how = date.get("value"), date.get("span"), "time_expression"
    if not (isinstance(value, str) and date.get("from") != "article" and date_range(value)) \
            or state_end(data, span):
        claim = own_date_claim(data)
        value, span, how = (claim["value"], claim.get("span"), "date_claim") if claim \
            else (None, None, "")
    if value and ((statement_date(data, span) and date.get("via") != "statement") or
                  date.get("via") == AFTER_STATEMENT):
        # a promise, threat or refusal dated by its statement was made on that day
        return reported_range(data, date_range(value), modality, span)
    if value and pub is not None and date_range(value) and (since_date(data, span) or
                                                            date.get("via") == "since-then") and \
            date.get("via") != "when-clause":  # 'since the June war, when jets struck': June
        lo = date_range(value)[0]
        hi = pub + dt.timedelta(days=PLANNED_DAYS if modality in FUTURE_MODALITIES else 0)
        if lo <= hi:
            return {"range": [iso(lo), iso(hi)], "from": "tense:since-date", "span": span}
    if value:
        rng = date_range(value)
        cue = cue_between(data, span)
        shift = cue_offset(data, span, cue) if cue else None
        if shift is not None:  # "on Monday, a week after EVENT": the interval dates it
            near, far = shift
            if cue in EARLIER_CUES:
                lo, hi = rng[0] - dt.timedelta(days=far), rng[1] - dt.timedelta(days=near)
            else:
                lo, hi = rng[0] + dt.timedelta(days=near), rng[1] + dt.timedelta(days=far)
            return {"range": [iso(lo), iso(hi)], "from": "offset:" + cue +
                    ("+approx" if near != far else ""), "span": span}
        if date.get("via") == "cause" and modality not in FUTURE_MODALITIES:
            # what the clause acts over came before the clause's date, which may be a
            # period ("sacked last week over a recorded conversation")
            lo, hi = rng[0] - dt.timedelta(days=CAUSE_DAYS), rng[1]
            return {"range": [iso(lo), iso(hi)], "from": "tense:before-date", "span": span}
        if cue in EARLIER_CUES and hours_before_cue(data, span, cue):
            # "on Tuesday, hours after EVENT": that day or the night before
            lo, hi = rng[0] - dt.timedelta(days=1), rng[1]
            return {"range": [iso(lo), iso(hi)], "from": "offset:hours-" + cue, "span": span}
        if cue:  # "early", "mid" or "late" narrows the month or year the cue orders against
            rng, _ = part_of(rng, before_span(data, span)[-6:] + " " + ((span or {}).get("text")
                                                                       or ""))
        if cue in EARLIER_CUES:  # the date bounds the event from above, it is not its date
            lo, hi = cue_bounds(rng, "before", modality, pub)
            return {"range": [iso(lo), iso(hi)], "from": "tense:before-date", "span": span}
        if cue:  # DATE ... before EVENT: the event came later
            lo, hi = cue_bounds(rng, "after", modality, pub)
            return {"range": [iso(lo), iso(hi)], "from": "tense:after-date", "span": span}
        text = (span or {}).get("text") or ""
        rng, moved = weekday_fix(rng, text, modality, pub, claimed_days(data), nominal(data))
        rng, back = last_weekday_fix(rng, text, pub)
        rng, approx = approx_spread(rng, text)
        rng, midnight = midnight_spread(rng, before_span(data, span) + text)
        rng, night = night_spread(rng, value)
        edge = "" if midnight or night else day_edge(rng, before_span(data, span, EDGE_CUE_CHARS))
        rng, part = part_of(rng, before_span(data, span)[-6:] + " " + text)
        how += "+weekday" if moved or back else ""
        how += "+approx" if approx else ""
        how += "+midnight" if midnight else ""
        how += "+night" if night else ""
        how += "+part" if part else ""
        return {"range": [iso(rng[0]), iso(rng[1])], "from": how + ("+" + edge if edge else ""),
                "span": span}
    if pub is None:
        return None
    own = data.get("date") or {}
    reach_days = stretch_reach(own.get("value"), (own.get("span") or {}).get("text") or "") \
        if modality not in FUTURE_MODALITIES else None
    if reach_days and reach_days > PAST_DAYS:  # "in recent weeks", "the past few months": the stated span up to the report
        return {"range": [iso(pub - dt.timedelta(days=reach_days)), iso(pub)],
                "from": STRETCH_FROM, "span": own.get("span")}
    cue = night_cue(data)
    if cue:
        lo, hi = (pub + dt.timedelta(days=d) for d in cue[:2])
        return {"range": [iso(lo), iso(hi)], "from": "cue:" + cue[2], "span": None}
    if modality in FUTURE_MODALITIES:
        lo, hi, how = pub, pub + dt.timedelta(days=PLANNED_DAYS), "tense:planned"
    else:
        lo, hi, how = pub - dt.timedelta(days=PAST_DAYS), pub, "tense:past"
    earlier = offset_clause(data)
    if earlier is not None:  # "the strike came two days after the envoy met X": the meeting
        # lies that interval before the main clause's event, not on the publication day
        near, far = earlier
        lo, hi = lo - dt.timedelta(days=far), hi - dt.timedelta(days=near)
        how += "+offset-clause"
    return {"range": [iso(lo), iso(hi)], "from": how, "span": None}


STRETCH_FROM = "tense:stretch"  # a span reaching back from the report ("in recent weeks")
VAGUE_REACH = {"day": 7, "week": 42, "month": 183, "year": 1826, "decade": 7305}  # days an
# unmeasured plural span reaches back ("in recent weeks": up to six weeks; "recent months":
# half a year; "recent years": five years)
STRETCH_UNIT_RE = re.compile(r"\b(day|week|month|year|decade)s\b", re.I)
STRETCH_BACK_RE = re.compile(r"\b(?:past|last|recent)\b", re.I)  # "the past three months"
STRETCH_FOR_RE = re.compile(r"\bfor\s+$", re.I)  # "has held him for months"
STRETCH_MAX_DAYS = 7305  # a span reaching further back dates nothing


def stretch_reach(value: str | None, text: str, before: str = "", perfect: bool = False
                  ) -> int | None:
    """How many days before the report a span that reaches up to it covers, or None: the
    recent past with a plural unit ("in recent weeks", "the past few months": PAST_REF,
    ``VAGUE_REACH`` by unit), a measured or unmeasured duration told back from now ("over
    the past three months", "the last two weeks"), or one after "for" on a verb in the
    present perfect (``perfect``: "has held him for two years"; a simple past "held him for
    two years" may lie anywhere before). A bare "recently" names no span and gives None."""
    text = text.strip()
    unit = STRETCH_UNIT_RE.search(text)
    if value == "PAST_REF":
        return VAGUE_REACH[unit[1].lower()] if unit else None
    if not isinstance(value, str) or not value.startswith("P"):
        return None
    if not (STRETCH_BACK_RE.search(text) or (perfect and STRETCH_FOR_RE.search(before))):
        return None
    days = duration_days(value)
    if days is None and "X" in value and unit:
        days = VAGUE_REACH[unit[1].lower()]
    return days if days and days <= STRETCH_MAX_DAYS else None


def cue_bounds(rng: tuple[dt.date, dt.date], side: str, modality: str,
               published: dt.date | None) -> tuple[dt.date, dt.date]:
    """The days an event ordered against a date by a cue word lies in, keeping the date's
    grain: "before" it (DATE ... after EVENT) from ``PAST_DAYS`` before its first day to its
    last ("in February, after the talks failed": late January to the end of February);
    "after" it (DATE ... before EVENT) from its first day to ``PLANNED_DAYS`` past its last
    ("arrived in February, some staying for weeks before being deported": February to mid
    March). A month stays a month: the bound is never cut to its first days. An asserted
    event told after the date still lies on or before the report's day."""
    if side == "before":
        return rng[0] - dt.timedelta(days=PAST_DAYS), rng[1]
    lo, hi = rng[0], rng[1] + dt.timedelta(days=PLANNED_DAYS)
    if modality not in FUTURE_MODALITIES and published is not None and lo <= published < hi:
        hi = published
    return lo, hi


def offset_clause(data: dict) -> tuple[int, int] | None:
    """The interval of an "after" clause the trigger is in ("the strike came two days after
    the envoy met X": met, 2 days before the strike; "less than a week after": at most 7;
    "nearly a week after": 5 to 7): (fewest, most days), or None when the trigger is not in such a clause
    (no comma or semicolon may come between the cue and the trigger)."""
    sent, trig = data.get("sentence") or {}, data.get("trigger") or {}
    text, base = sent.get("text") or "", sent.get("start")
    if base is None or trig.get("start") is None:
        return None
    at = trig["start"] - base
    if not 0 <= at <= len(text):
        return None
    found = None
    for m in AFTER_CLAUSE_RE.finditer(text[:at]):
        found = m
    if found is None or re.search(r"[,;:]", text[found.end():at]) or \
            at - found.end() > AFTER_CLAUSE_CHARS:
        return None
    return after_interval(found)


def after_interval(m: re.Match) -> tuple[int, int] | None:
    """The interval an ``AFTER_CLAUSE_RE`` match states: (fewest, most days). An upper
    bound ("less than a week after") reaches down to none; a lower one ("more than a week
    after") and an approximator ("nearly a week after") reach as ``approx_interval`` does.
    Hours or minutes ("hours after", "two hours after") put the earlier event on the same
    day or the one before (a day at most; more for over 24 hours); None when the count
    cannot be read."""
    bound = (m["bound"] or "").lower()
    if m["hunit"]:
        word = (m["hn"] or "").lower()
        n = OFFSET_COUNTS.get(word) or HOUR_COUNTS.get(word) or \
            (int(word) if word.isdigit() else 0)
        hours = n if m["hunit"].lower() == "hour" else 0
        return 0, max(1, -(-hours // 24))
    n = count_of(m["n"])
    if not n:
        return None
    days = n * OFFSET_UNITS[m["unit"].lower()]
    if bound in ("less", "fewer"):
        return 0, days
    return approx_interval(days, "over" if bound == "more" else m["approx"])


def range_overlap(a: list[str] | None, b: list[str] | None) -> bool | None:
    """Whether two [first, last] day ranges share a day (None when either is unknown)."""
    if not a or not b:
        return None
    return a[0] <= b[1] and b[0] <= a[1]


def range_gap(a: list[str], b: list[str]) -> int:
    """Days between two disjoint ranges (0 when they overlap)."""
    if range_overlap(a, b):
        return 0
    lo, hi = (a, b) if a[1] < b[0] else (b, a)
    return _width(lo[1], hi[0])


def range_width(a: list[str]) -> int:
    """Days a range spans (0 for one day)."""
    return _width(a[0], a[1])


@lru_cache(maxsize=65536)
def _width(first: str, last: str) -> int:
    """Days from ``first`` to ``last`` (remembered: ranges recur across comparisons)."""
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
