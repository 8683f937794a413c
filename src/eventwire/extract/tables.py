"""Chronology tables: a pipe table whose rows each date one happening ("| 21 Nov | X meets Y |").

Rows of other tables are data (figures, positions, terms, themes) and hold no event. A table
of two columns is a chronology when its header's first cell names a date column ("Date",
"When") or most of its data rows open with a date cell; each dated row is then read as one sentence: the date cell
dates the clause the other cells tell (``row_date``). The re-parsed text keeps the
article's offsets (the pipes and the date cell become spaces).
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


def chronology_rows(blocks: list[Block], text: str) -> list[tuple[int, int, str]]:
    """The dated rows of every chronology table of the article (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    for b in blocks:
        if b.kind == "table":
            out.extend(_chronology(text, b.start, b.end))
    return out


def chronology_row(blocks: list[Block], text: str, offset: int) -> tuple[int, int, str] | None:
    """The dated chronology row holding ``offset``, if any."""
    for b in blocks:
        if b.kind == "table" and b.start <= offset < b.end:
            return next((r for r in _chronology(text, b.start, b.end) if r[0] <= offset < r[1]),
                        None)
    return None


def row_date_cell(blocks: list[Block], text: str, offset: int) -> tuple[int, int] | None:
    """The (start, end) of the date cell of the dated chronology row holding ``offset``."""
    row = chronology_row(blocks, text, offset)
    if row is None:
        return None
    a, b = _cells(text[row[0]:row[1]])[0]
    return row[0] + a, row[0] + b
