"""Chronology tables: a pipe table whose rows each date one happening ("| 21 Nov | X meets Y |").

Rows of other tables are data (figures, positions, terms, themes) and hold no event. A table
of two columns is a chronology when its header's first cell names a date column ("Date",
"When") or most of its data rows open with a date cell; each dated row is then read as one sentence: the date cell
dates the clause the other cells tell (``row_date``). The re-parsed text keeps the
article's offsets (the pipes and the date cell become spaces).

A timeline entry outside a table is read the same way: a paragraph or list item that opens
with a day ("19-20 Nov:", "Nov. 26 —", "Tuesday, 21 Nov -") and a colon or dash before a
clause is a dated row whose date prefix is its date cell (``prefix_row``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.model import Block

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "january", "february", "march", "april", "june", "july", "august",
          "september", "october", "november", "december")
WEEKDAYS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DATE_CELL_RE = re.compile(
    r"\b(?:" + "|".join(MONTHS + WEEKDAYS) + r")\b\.?|\b(?:19|20)\d\d\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b",
    re.IGNORECASE)
DATE_HEADERS = frozenset({"date", "dates", "when", "day", "time", "year"})
DATE_CELL_MAX_WORDS = 6
CLAUSE_MIN_WORDS = 3  # a cell that can tell a happening ("Ceasefire takes effect")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MONTH = r"(?:" + "|".join(m for m in MONTHS if m != "may") + r")\.?|(?-i:May)"  # not 'may'
_WEEKDAY = r"(?:" + "|".join(w for w in WEEKDAYS if len(w) > 5) + r")"
PREFIX_RE = re.compile(
    rf"[ \t]*(?:\*\*)?(?P<date>(?:{_WEEKDAY},?\s+)?(?:(?:{_DAY}\s?[-–]\s?)?{_DAY}\s+(?:{_MONTH})"
    rf"|(?:{_MONTH})\s+{_DAY}(?:\s?[-–]\s?{_DAY})?)(?:,?\s+(?:19|20)\d\d)?|{_WEEKDAY})"
    r"(?:\*\*)?[ \t]*(?::|—|–|[ \t]-[ \t])(?:\*\*)?[ \t]*(?=\S)", re.IGNORECASE)
SEPARATOR_RE = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?")


def date_cell(cell: str) -> bool:
    """True for a short cell that names a day, month or year ("19-20 Nov", "27 Nov, 04:00")."""
    return len(cell.split()) <= DATE_CELL_MAX_WORDS and DATE_CELL_RE.search(cell) is not None


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each pipe-delimited cell of a row line, outer pipes excluded."""
    pipes = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    bounds = ([-1] if not line.lstrip().startswith("|") else []) + pipes
    if not line.rstrip().endswith("|"):
        bounds.append(len(line))
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]


def _rows(text: str, block: Block) -> list[tuple[int, str]]:
    """(offset, line) of each row line of a table block, separator lines dropped."""
    out, pos = [], block.start
    for line in text[block.start:block.end].split("\n"):
        if line.strip() and not SEPARATOR_RE.fullmatch(line.strip()):
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _dated(line: str) -> bool:
    """True for a row of two cells, a date and what happened ("| 21 Nov | X meets Y |"); a
    table with more columns ("Date | Participant | Key theme") holds data, not sentences."""
    cells = [line[a:b].strip() for a, b in _cells(line)]
    return len(cells) == 2 and date_cell(cells[0]) and len(cells[1].split()) >= CLAUSE_MIN_WORDS


def _row_text(line: str) -> str:
    """The row as text of the same length to parse: the date cell and the pipes blanked."""
    a, b = _cells(line)[0]
    return "".join(" " if c == "|" or a <= i < b else c for i, c in enumerate(line))


@lru_cache(maxsize=256)
def _chronology(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """(line start, line end, sentence text) of each dated row of a chronology table."""
    block = Block("table", start, end)
    rows = _rows(text, block)
    if len(rows) < 2:
        return ()
    header = [text[rows[0][0] + a:rows[0][0] + b].strip().lower() for a, b in _cells(rows[0][1])]
    body = rows[1:] if not _dated(rows[0][1]) else rows
    dated = [(pos, line) for pos, line in body if _dated(line)]
    named = bool(header) and header[0] in DATE_HEADERS
    if not dated or not (named or 2 * len(dated) >= len(body)):
        return ()
    return tuple((pos, pos + len(line), _row_text(line)) for pos, line in dated)


def _prefix(text: str, start: int, end: int) -> re.Match[str] | None:
    """The date prefix of a paragraph or list item that opens with one, before a clause."""
    m = PREFIX_RE.match(text, start, end)
    if m is None or len(text[m.end():end].split()) < CLAUSE_MIN_WORDS:
        return None
    return m


@lru_cache(maxsize=1024)
def prefix_row(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, sentence text) of a timeline entry: the block with its date prefix
    blanked, so the clause after it parses as a sentence of its own."""
    m = _prefix(text, start, end)
    if m is None:
        return None
    return start, end, " " * (m.end() - start) + text[m.end():end]


def _rows_of(text: str, b: Block) -> tuple[tuple[int, int, str], ...]:
    if b.kind == "table":
        return _chronology(text, b.start, b.end)
    if b.kind in ("paragraph", "list_item"):
        row = prefix_row(text, b.start, b.end)
        return (row,) if row is not None else ()
    return ()


def chronology_rows(blocks: list[Block], text: str) -> list[tuple[int, int, str]]:
    """The dated rows of every chronology table and timeline entry of the article (see the
    module docstring)."""
    out: list[tuple[int, int, str]] = []
    for b in blocks:
        out.extend(_rows_of(text, b))
    return out


def chronology_row(blocks: list[Block], text: str, offset: int) -> tuple[int, int, str] | None:
    """The dated chronology row (or timeline entry) holding ``offset``, if any."""
    for b in blocks:
        if b.start <= offset < b.end:
            return next((r for r in _rows_of(text, b) if r[0] <= offset < r[1]), None)
    return None


def row_date_cell(blocks: list[Block], text: str, offset: int) -> tuple[int, int] | None:
    """The (start, end) of the date cell of the dated chronology row holding ``offset`` (the
    date prefix of a timeline entry)."""
    block = next((b for b in blocks if b.start <= offset < b.end), None)
    row = chronology_row(blocks, text, offset) if block is not None else None
    if block is None or row is None:
        return None
    if block.kind != "table":
        m = _prefix(text, row[0], row[1])
        return (m.start("date"), m.end("date")) if m is not None else None
    a, b = _cells(text[row[0]:row[1]])[0]
    return row[0] + a, row[0] + b
