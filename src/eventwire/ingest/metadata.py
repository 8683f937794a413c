"""Article metadata from the text itself: title, publication date, language.

Dates are only taken where the text states them: a labelled date ("Post on
May 19, 2025", "Published: 19 May 2025", "Updated ..."), a line holding only a
date near the top, or a wire dateline ("MOSCOW, June 4 (Reuters) -") when its
year is present or stated by the article URL. Nothing is invented.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventwire.model import Block, Flag, Span

STOPWORDS_RESOURCE = "ingest_stopwords.json"
HEAD_CHARS = 3000
TAIL_CHARS = 1500
DATE_LINE_HEAD_LINES = 12
LANGUAGE_SAMPLE_TOKENS = 3000
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 200
MIN_YEAR, MAX_YEAR = 1900, 2100
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
         r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|rsday|sday)?\.?,?\s+)?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20|21)\d\d)"
DATE_PATTERNS = (
    re.compile(WEEKDAY + MONTH + r"\s+" + DAY + r",?\s+" + YEAR + r"\b", re.IGNORECASE),
    re.compile(WEEKDAY + DAY + r"\s+(?:of\s+)?" + MONTH + r",?\s+" + YEAR + r"\b", re.IGNORECASE),
    re.compile(YEAR + r"-(?P<mnum>[01]\d)-" + DAY + r"\b"),
)
LABELS = {"published": 0, "posted": 0, "post": 0, "first published": 0, "date": 1, "dated": 1,
          "last updated": 2, "updated": 2, "last modified": 2, "modified": 2}
LABEL = re.compile(
    r"\b(?P<label>first published|last updated|last modified|published|posted|post|updated|"
    r"modified|dated|date)\b(?:\s+(?:on|at))?\s*:?\s*",
    re.IGNORECASE,
)
TIME_TAIL = re.compile(r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?\s*",
                       re.IGNORECASE)
DATELINE_BODY = (
    r"[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?,\s+(?i:" + MONTH + r")\s+" + DAY
    + r"(?:,?\s+" + YEAR + r")?\s*(?:\([A-Za-z .]{2,30}\))?\s*[-–—]"
)
DATELINE = re.compile(r"(?m)^\s*" + DATELINE_BODY)
DATELINE_START = re.compile(
    r"[A-Z][A-Z .'’-]{1,40}(?:,[^\n()]{1,40})?\s*\([A-Za-z .]{2,30}\)\s*[-–—]|" + DATELINE_BODY
)
URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<mnum>[01]?\d)(?:/(?P<day>[0-3]?\d))?/")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A publication date found in a text: ISO value and where it was found."""

    value: str
    span: Span
    how: str  # "label" | "date_line" | "dateline"


def _iso(year: int, month: int, day: int) -> str | None:
    """ISO date string, or None when the date does not exist or is out of range."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(match: re.Match[str]) -> int:
    """The month number of a date match (name or number group)."""
    groups = match.groupdict()
    if groups.get("mnum"):
        return int(groups["mnum"])
    return MONTHS[groups["mon"].lower()[:3]]


def _date_at(text: str, pos: int) -> re.Match[str] | None:
    """A full date (with year) starting exactly at ``pos``."""
    for pattern in DATE_PATTERNS:
        m = pattern.match(text, pos)
        if m:
            return m
    return None


def _value(m: re.Match[str]) -> str | None:
    """The ISO value of a full-date match."""
    return _iso(int(m.group("year")), _month(m), int(m.group("day")))


CLOCK_IN_STAMP_RE = re.compile(r"\d[T ]\d\d:\d\d")  # a date-time, not a bare date


def parse_datetime(value: str) -> str | None:
    """The ISO date-time of a given timestamp that has a time of day, to the minute and with
    its UTC offset when it states one ("2024-11-26T22:15:00Z" -> "2024-11-26T22:15+00:00");
    None for a bare date or an unreadable value. The day and clock are those written."""
    s = value.strip()
    if not CLOCK_IN_STAMP_RE.search(s):
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).isoformat(timespec="minutes")
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """Normalise a given date ("2025-06-04T10:00Z", "June 4, 2025", "4 June 2025") to ISO."""
    s = value.strip()
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for pattern in DATE_PATTERNS:
        m = pattern.search(s)
        if m:
            return _value(m)
    return None


def _labelled_dates(text: str, lo: int, hi: int) -> list[tuple[int, int, FoundDate]]:
    """Dates right after a label ("Published", "Post on", "Updated:") in ``text[lo:hi]``."""
    found = []
    for lm in LABEL.finditer(text, lo, hi):
        m = _date_at(text, lm.end())
        value = _value(m) if m else None
        if m and value:
            span = Span.of(text, lm.start(), m.end())
            found.append((LABELS[lm.group("label").lower()], lm.start(),
                          FoundDate(value, span, "label")))
    return found


BYLINE_SEP = re.compile(r"\s[|·•]\s")
BYLINE_MAX_FIELDS = 4


def _date_field(line: str, lo: int, hi: int) -> re.Match[str] | None:
    """A full date (and maybe ", 09:10" or "at 9:10 am") filling ``line[lo:hi]``."""
    lead = lo + len(line[lo:hi]) - len(line[lo:hi].lstrip())
    m = _date_at(line, lead)
    if m and m.end() <= hi and _value(m):
        tail = line[m.end():hi].lstrip(",")
        if TIME_TAIL.fullmatch(tail):
            return m
    return None


def _byline_date(lines: list[str], i: int) -> re.Match[str] | None:
    """The date field of a byline whose fields are set apart by " | " or " · "
    ("By A. Writer | Outlet | June 4, 2025, 09:10"); not a row of a pipe table
    (a line next to it holding a pipe too)."""
    line = lines[i]
    seps = list(BYLINE_SEP.finditer(line))
    if not seps or len(seps) >= BYLINE_MAX_FIELDS or line.lstrip().startswith("|"):
        return None
    if any("|" in lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)):
        return None
    bounds = [0] + [x for sep in seps for x in (sep.start(), sep.end())] + [len(line)]
    for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
        m = _date_field(line, lo, hi)
        if m:
            return m
    return None


def _date_line(text: str) -> FoundDate | None:
    """A line near the top that holds nothing but a date (and maybe a time), or a byline
    with a date field."""
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i >= DATE_LINE_HEAD_LINES:
            break
        lead = len(line) - len(line.lstrip())
        m = _date_at(line, lead)
        if m and TIME_TAIL.fullmatch(line, m.end()) and _value(m):
            return FoundDate(_value(m), Span.of(text, pos + lead, pos + m.end()), "date_line")
        m = _byline_date(lines, i)
        if m:
            return FoundDate(_value(m), Span.of(text, pos + m.start(), pos + m.end()), "date_line")
        pos += len(line) + 1
    return None


def year_from_url(url: str | None, month: int | None = None) -> int | None:
    """The year of a dated URL path such as /2025/06/04/ (None if absent or another month)."""
    m = URL_DATE.search(url or "")
    if m is None or (month is not None and int(m.group("mnum")) != month):
        return None
    return int(m.group("year"))


def _dateline(text: str, url: str | None) -> FoundDate | None:
    """A wire dateline date, when its year is written or given by the URL."""
    m = DATELINE.search(text, 0, HEAD_CHARS)
    if not m:
        return None
    year = int(m.group("year")) if m.group("year") else year_from_url(url, _month(m))
    value = _iso(year, _month(m), int(m.group("day"))) if year else None
    return FoundDate(value, Span.of(text, m.start(), m.end()), "dateline") if value else None


def find_published(raw: str, url: str | None = None) -> FoundDate | None:
    """The publication date stated in the raw text (offsets index ``raw``), else None."""
    tail = max(HEAD_CHARS, len(raw) - TAIL_CHARS)
    labelled = _labelled_dates(raw, 0, min(len(raw), HEAD_CHARS)) + _labelled_dates(raw, tail, len(raw))
    if labelled:
        return min(labelled, key=lambda t: (t[0], t[1]))[2]
    return _date_line(raw) or _dateline(raw, url)


def _looks_like_title(text: str) -> bool:
    """True for a short line without terminal sentence punctuation."""
    s = text.strip()
    words = s.split()
    return (0 < len(words) <= TITLE_MAX_WORDS and len(s) <= TITLE_MAX_CHARS
            and not s.endswith((".", ",", ";", ":")) and s[:1].isupper())


def _headline_before_dateline(text: str, blocks: list[Block]) -> bool:
    """True when the first block is one short sentence set apart above a wire dateline."""
    if len(blocks) < 2 or blocks[0].kind != "paragraph":
        return False
    first, second = blocks[0], blocks[1]
    body = text[first.start:first.end]
    single = "\n" not in body and not re.search(r"[.!?]\s+[A-Z]", body)
    short = len(body.split()) <= TITLE_MAX_WORDS
    separated = "\n\n" in text[first.end:second.start]
    return single and short and separated and bool(DATELINE_START.match(text, second.start))


def _is_date_line(line: str) -> bool:
    """True for a line holding nothing but a full date (and maybe a time of day)."""
    lead = len(line) - len(line.lstrip())
    m = _date_at(line, lead)
    return bool(m and TIME_TAIL.fullmatch(line, m.end()) and _value(m))


def _without_date_lines(body: str) -> str:
    """A headline block without the date lines under it ("Ports reopen\nMarch 3, 2025, 14:20
    GMT", where a byline between them was dropped as boilerplate)."""
    lines = body.split("\n")
    while len(lines) > 1 and _is_date_line(lines[-1]):
        lines.pop()
    return "\n".join(lines).strip()


def guess_title(text: str, blocks: list[Block]) -> str | None:
    """The first block when it is a heading, a title-like line or a headline above a dateline."""
    if not blocks:
        return None
    first = blocks[0]
    body = _without_date_lines(text[first.start:first.end].strip())
    if first.kind == "heading" or (first.kind == "paragraph" and _looks_like_title(body)):
        return body.rstrip(":").strip() or None
    if _headline_before_dateline(text, blocks):
        return body
    return None


@lru_cache(maxsize=1)
def _stopwords() -> tuple[float, int, dict[str, frozenset[str]]]:
    """Minimum English ratio, minimum tokens and the stopword sets per language."""
    raw = resources.files("eventwire.data").joinpath(STOPWORDS_RESOURCE).read_text("utf-8")
    data = json.loads(raw)
    langs = {k: frozenset(v) for k, v in data["languages"].items()}
    return float(data["min_ratio"]), int(data["min_tokens"]), langs


@lru_cache(maxsize=1)
def _languages_of() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """The languages of ``_stopwords`` in their order, and each stopword's languages (their
    places in that order)."""
    codes = tuple(_stopwords()[2])
    index: dict[str, tuple[int, ...]] = {}
    for i, code in enumerate(codes):
        for w in _stopwords()[2][code]:
            index[w] = (*index.get(w, ()), i)
    return codes, index


def detect_language(text: str) -> tuple[str | None, float]:
    """A cheap language guess from function-word ratios: (code or "und", ratio); None if too
    short. Each distinct token is looked up once, in an index of every language's stopwords
    (``_languages_of``), instead of every token in each language's set: the same counts."""
    min_ratio, min_tokens, _ = _stopwords()
    tokens = re.findall(r"[^\W\d_]+", text.casefold())[:LANGUAGE_SAMPLE_TOKENS]
    if len(tokens) < min_tokens:
        return None, 0.0
    codes, languages_of = _languages_of()
    hits = [0] * len(codes)
    for token, n in Counter(tokens).items():
        for i in languages_of.get(token, ()):
            hits[i] += n
    ratios = {code: hits[i] / len(tokens) for i, code in enumerate(codes)}
    if ratios.get("en", 0.0) >= min_ratio:
        return "en", ratios["en"]
    best = max(ratios, key=ratios.__getitem__)
    return (best if ratios[best] >= min_ratio else "und"), ratios[best]


def language_flag(language: str | None, ratio: float) -> Flag | None:
    """A "language" flag for text that does not look English, else None."""
    if language in (None, "en"):
        return None
    name = "an unknown language" if language == "und" else f"language '{language}'"
    return Flag(kind="language",
                message=f"text does not look like English ({name}); extraction expects English",
                data={"language": language, "ratio": round(ratio, 3)})


# --- outlet -------------------------------------------------------------------------------

OUTLET_HEAD_LINES = 12
OUTLET_NAME = r"[A-Za-z][A-Za-z0-9 .&'’-]{0,38}[A-Za-z0-9.]"
DATELINE_OUTLET = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,[^\n()]{1,40})?[ \t]*\((?P<outlet>" + OUTLET_NAME
    + r")\)[ \t]*[-–—]")
BYLINE = re.compile(r"^[ \t]*by[ \t]+(?P<rest>\S.*)$", re.IGNORECASE)
BYLINE_MAX_WORDS = 14
BYLINE_FIELD_SEP = re.compile(r"\s[|·•]\s|,\s+|\s+for\s+")
NAME_WORD = re.compile(r"[A-Z][A-Za-z'’.-]*")
TITLE_LINKS = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "la", "al"})
DAY_OR_MONTH = re.compile(
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|rsday|sday)?\.?|"
    + MONTH + r"(?:\s+" + DAY + r")?", re.IGNORECASE)
# the words a byline field ends with when it is the writer's job, not an outlet
ROLE_WORDS = frozenset({
    "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor",
    "editors", "columnist", "contributor", "staff", "producer", "analyst", "chief", "journalist",
    "photographer", "photographers", "stringer", "intern", "fellow", "jr", "jr.", "sr", "sr.",
})
# the words a dateline's parenthesis holds when it marks the copy, not its outlet
COPY_MARKS = frozenset({
    "update", "updated", "updates", "correction", "corrected", "correct", "repeat", "repeats",
    "file", "photo", "photos", "video", "live", "breaking", "analysis", "opinion", "exclusive",
    "local", "time", "gmt", "utc", "est", "edt", "am", "pm", "a.m.", "p.m.",
})


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Lower-cased names of countries, their capitals and known places and subdivisions (a
    dateline's or byline's place is no outlet)."""
    import pycountry

    names: set[str] = set()
    for c in pycountry.countries:
        names.update(n for n in (c.name, getattr(c, "common_name", None),
                                 getattr(c, "official_name", None)) if n)
    data = resources.files("eventwire.data")
    names.update(json.loads(data.joinpath("plover_places.json").read_text("utf-8"))["places"])
    names.update(json.loads(data.joinpath("places_subdivisions.json").read_text("utf-8"))["places"])
    for info in json.loads(data.joinpath("actors_countries.json").read_text("utf-8"))["countries"].values():
        for key in ("capitals", "places"):
            names.update(info.get(key) or [])
    return frozenset(n.lower() for n in names)


def _no_outlet(field: str) -> bool:
    """A dateline parenthesis or byline field that is not an outlet: empty, a date or time, a
    day or month name, a place, a writer's job or a mark of the copy ("Updated")."""
    words = field.split()
    if not words or not field[:1].isalpha():
        return True
    low = field.lower().strip(" .")
    if low in _place_names() or low.removeprefix("the ") in _place_names():
        return True
    if _date_at(field, 0) or re.search(r"\d{1,2}[:.]\d{2}", field) or LABEL.match(field):
        return True
    if DAY_OR_MONTH.fullmatch(field.strip()):
        return True
    lowered = {w.lower().strip(",.") for w in words}
    return words[-1].lower().strip(",") in ROLE_WORDS or \
        (bool(lowered & COPY_MARKS) and lowered <= COPY_MARKS | {"the", "of", "a", "on"})


def _dateline_outlet(text: str) -> tuple[str, int] | None:
    """The outlet a wire dateline names in parentheses ("GEORGETOWN, May 2 (Reuters) -",
    "MANILA, Philippines (Outlet Name) —"), with its offset."""
    m = DATELINE_OUTLET.search(text, 0, HEAD_CHARS)
    if m is None or _no_outlet(m.group("outlet")):
        return None
    return " ".join(m.group("outlet").split()), m.start("outlet")


def _name_shaped(field: str) -> bool:
    """Whether a byline field reads as people's names: capitalised words (and initials), maybe
    joined by "and"."""
    words = [w for w in re.split(r"\s+|&", field.strip()) if w and w.lower() != "and"]
    return 0 < len(words) <= 8 and all(NAME_WORD.fullmatch(w) for w in words)


def _title_cased(name: str) -> bool:
    """Whether a name is written as a name: its words capitalised (or all capitals), but for
    linking words ("of", "the", "and")."""
    words = name.split()
    return words[0][:1].isupper() and all(w[:1].isupper() or w.isdigit() or w.lower() in TITLE_LINKS
                                          for w in words)


def _byline_outlet(text: str) -> tuple[str, int] | None:
    """The outlet a byline names after the writer ("By Jane Roe, Outlet Name", "By Jane Roe |
    Outlet | June 4, 2025", "By Jane Roe for Outlet"), with its offset: the first field after
    the writers that is not a person list, a job, a place or a date."""
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if i >= OUTLET_HEAD_LINES:
            break
        m = BYLINE.match(line)
        if m and len(line.split()) <= BYLINE_MAX_WORDS:
            found = _byline_fields(line, m.start("rest"))
            if found:
                return found[0], pos + found[1]
        pos += len(line) + 1
    return None


def _byline_fields(line: str, start: int) -> tuple[str, int] | None:
    """``_byline_outlet`` of one line whose writers begin at ``start``."""
    bounds = [start]
    for sep in BYLINE_FIELD_SEP.finditer(line, start):
        bounds += [sep.start(), sep.end()]
    bounds.append(len(line))
    fields = [(line[lo:hi].strip(), lo) for lo, hi in zip(bounds[::2], bounds[1::2], strict=True)]
    if len(fields) < 2 or not _name_shaped(fields[0][0]) or _no_outlet(fields[0][0]):
        return None
    for field, lo in fields[1:]:
        if re.search(r"\band\b", field) and _name_shaped(field):
            return None  # "By A B, C D and E F": a list of writers
        if _no_outlet(field):
            continue
        field = field.rstrip(" .;:")
        if re.fullmatch(OUTLET_NAME, field) and _title_cased(field):
            return " ".join(field.split()), lo + line[lo:].index(field[:1])
        return None
    return None


def find_outlet(raw: str) -> str | None:
    """The outlet a plain text names for itself: in its wire dateline's parentheses, else
    after the writer in its byline near the top; None when neither names one."""
    found = _dateline_outlet(raw) or _byline_outlet(raw)
    return found[0] if found else None
