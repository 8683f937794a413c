"""Block structure of the cleaned text: headings, paragraphs, list items, pipe tables.

Every block carries exact character offsets into the cleaned text. Heading and
list-item blocks cover the content after their Markdown marker ("# ", "- ",
"1. "); table blocks cover the whole table and carry ``rows`` (header first,
separator row dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.model import Block

HEADING_MAX_WORDS = 16
HEADING_MAX_CHARS = 140
COLON_HEADING_MAX_WORDS = 10
SHORT_HEADING_MAX_WORDS = 8
WRAPPED_MIN_LINES = 4
WRAPPED_OPEN_RATIO = 0.5
WRAP_MIN, WRAP_MAX = 30, 120
TITLE_CASE_RATIO = 0.6
MIN_TABLE_ROWS_WITHOUT_SEPARATOR = 3
MARKDOWN_HEADING = re.compile(r"(#{1,6})[ \t]+(.*?)[ \t#]*$")
LIST_MARKER = re.compile(r"(?:[-*+•]|\d{1,3}[.)]|[a-z][.)])[ \t]+(?=\S)")
TABLE_SEPARATOR = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?|\|\s*:?-{2,}:?\s*\|?")
RULE_LINE = re.compile(r"(?:[-=*_~]\s*){3,}")
RUN_IN_HEADING = re.compile(r"([^.,;()|\n]{10,160}?)[ \t]+[-–—][ \t]+(?=[A-Z\"“])")
SETEXT_UNDERLINE = re.compile(r"(?:=+|-+)")
SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the to up via vs with "
    "without within between after before about against amid".split()
)
TERMINAL = (".", "!", ",", ";", "…", '"', "”", "’", "'")


@dataclass(frozen=True, slots=True)
class _Line:
    """A line of the cleaned text with its offsets (without the newline)."""

    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        """The line without surrounding whitespace."""
        return self.text.strip()

    @property
    def blank(self) -> bool:
        """True for an empty or whitespace-only line."""
        return not self.text.strip()


def _lines(text: str) -> list[_Line]:
    """The lines of ``text`` with their start/end offsets."""
    out, pos = [], 0
    for part in text.split("\n"):
        out.append(_Line(pos, pos + len(part), part))
        pos += len(part) + 1
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of ``text[start:end]`` without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_cells(line: str) -> list[str]:
    """The cells of one pipe-table row, outer pipes optional."""
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


def _is_row(line: _Line) -> bool:
    """True when the line looks like a pipe-table row with at least two cells."""
    return "|" in line.text and len(split_cells(line.text)) >= 2


def _table_end(lines: list[_Line], i: int) -> int | None:
    """Index after the table starting at line ``i``, or None if no table starts there."""
    if not _is_row(lines[i]) or TABLE_SEPARATOR.fullmatch(lines[i].stripped):
        return None
    j = i + 1
    has_separator = j < len(lines) and TABLE_SEPARATOR.fullmatch(lines[j].stripped) is not None
    if has_separator:
        j += 1
    while j < len(lines) and not lines[j].blank and _is_row(lines[j]):
        j += 1
    if has_separator or (j - i >= MIN_TABLE_ROWS_WITHOUT_SEPARATOR and _same_width(lines[i:j])):
        return j
    return None


def _same_width(lines: list[_Line]) -> bool:
    """True when all rows have the same number of cells."""
    return len({len(split_cells(ln.text)) for ln in lines}) == 1


def _table_block(text: str, lines: list[_Line]) -> Block:
    """A table block over ``lines`` with its rows (separator dropped)."""
    rows = [split_cells(ln.text) for ln in lines if not TABLE_SEPARATOR.fullmatch(ln.stripped)]
    start, end = _trimmed(text, lines[0].start, lines[-1].end)
    return Block("table", start, end, rows=rows)


def _words(text: str) -> list[str]:
    """Word tokens (letters/digits, with inner hyphens and apostrophes)."""
    return re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", text)


def title_case_ratio(text: str) -> float:
    """Share of non-small words that start with a capital letter or digit."""
    words = [w for w in _words(text) if w.lower() not in SMALL_WORDS]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) / len(words)


def is_heading_line(line: str, next_line: str | None) -> bool:
    """True for a short bare line that reads as a heading (no terminal sentence punctuation)."""
    s = line.strip()
    if len(s) > HEADING_MAX_CHARS:
        return False  # a paragraph: its words need not be read
    words = _words(s)
    if not words or len(words) > HEADING_MAX_WORDS:
        return False
    if s.endswith(TERMINAL) or LIST_MARKER.match(s) or "|" in s:
        return False
    if s.endswith(":"):
        return len(words) <= COLON_HEADING_MAX_WORDS and title_case_ratio(s) >= TITLE_CASE_RATIO
    if title_case_ratio(s) >= TITLE_CASE_RATIO:
        return True
    if s.endswith("?") or not s[0].isupper() or len(words) > SHORT_HEADING_MAX_WORDS:
        return False
    return next_line is not None and len(_words(next_line)) > 2 * len(words)


def _next_content(lines: list[_Line], i: int) -> str | None:
    """The text of the next non-blank line after ``i``."""
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            return lines[j].text
    return None


def _has_marker(stripped: str) -> bool:
    """True when a stripped line starts with a heading or list marker."""
    return bool(MARKDOWN_HEADING.match(stripped) or LIST_MARKER.match(stripped))


def _marker_block(text: str, line: _Line) -> Block | None:
    """A heading or list-item block for a line with a Markdown marker."""
    m = MARKDOWN_HEADING.match(line.stripped)
    lead = len(line.text) - len(line.text.lstrip())
    if m and m.group(2):
        start = line.start + lead + m.start(2)
        return Block("heading", start, start + len(m.group(2)))
    m = LIST_MARKER.match(line.stripped)
    if m:
        start, end = _trimmed(text, line.start + lead + m.end(), line.end)
        return Block("list_item", start, end)
    return None


def _run_in_heading(text: str, line: _Line) -> list[Block] | None:
    """A heading run into its paragraph ("Title? - The text ...") as two blocks, else None."""
    lead = len(line.text) - len(line.text.lstrip())
    m = RUN_IN_HEADING.match(line.text, lead)
    if m is None:
        return None
    head = m.group(1)
    rest = line.text[m.end():]
    if title_case_ratio(head) < TITLE_CASE_RATIO or len(_words(rest)) < 2 * len(_words(head)):
        return None
    heading = Block("heading", line.start + m.start(1), line.start + m.end(1))
    return [heading, Block("paragraph", *_trimmed(text, line.start + m.end(), line.end))]


def _ends_sentence(line: str) -> bool:
    """True when the line ends like a finished sentence or label."""
    return line.rstrip().endswith((".", "!", "?", ":", '"', "”", "’", ")", "]"))


def is_hard_wrapped(lines: list[_Line]) -> bool:
    """True for text wrapped at a fixed width: most lines inside paragraphs stop mid-sentence."""
    inner = [ln for k, ln in enumerate(lines[:-1])
             if not ln.blank and not lines[k + 1].blank and not _has_marker(ln.stripped)
             and not _is_row(ln)]
    if len(inner) < WRAPPED_MIN_LINES:
        return False
    open_ended = sum(1 for ln in inner if not _ends_sentence(ln.text))
    lengths = sorted(len(ln.stripped) for ln in inner)
    median = lengths[len(lengths) // 2]
    return open_ended / len(inner) >= WRAPPED_OPEN_RATIO and WRAP_MIN <= median <= WRAP_MAX


def _stands_alone(lines: list[_Line], i: int) -> bool:
    """True when line ``i`` has a blank line (or the text edge) before and after it."""
    before = i == 0 or lines[i - 1].blank
    after = i + 1 >= len(lines) or lines[i + 1].blank
    return before and after


def find_blocks(text: str) -> list[Block]:
    """Split cleaned text into heading, paragraph, list_item and table blocks."""
    lines = _lines(text)
    wrapped = is_hard_wrapped(lines)
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.blank or RULE_LINE.fullmatch(line.stripped):
            i += 1
            continue
        end = _table_end(lines, i)
        if end is not None:
            blocks.append(_table_block(text, lines[i:end]))
            i = end
            continue
        marked = _marker_block(text, line)
        if marked is not None:
            blocks.append(marked)
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (nxt is not None and nxt.stripped and SETEXT_UNDERLINE.fullmatch(nxt.stripped)
                and not line.stripped.endswith(TERMINAL)):
            blocks.append(Block("heading", *_trimmed(text, line.start, line.end)))
            i += 2
            continue
        run_in = _run_in_heading(text, line)
        if run_in is not None:
            blocks.extend(run_in)
            i += 1
            continue
        alone = not wrapped or _stands_alone(lines, i)
        if alone and is_heading_line(line.text, _next_content(lines, i)):
            blocks.append(Block("heading", *_trimmed(text, line.start, line.end)))
            i += 1
            continue
        i = _paragraph(text, lines, i, blocks, wrapped)
    return blocks


def _continues_paragraph(lines: list[_Line], j: int, prev: _Line, wrapped: bool) -> bool:
    """True when line ``j`` is a hard-wrapped continuation of the paragraph ending at ``prev``."""
    if j >= len(lines) or lines[j].blank or (not wrapped and _ends_sentence(prev.text)):
        return False
    line = lines[j]
    return not _has_marker(line.stripped) and not _is_row(line)


def _paragraph(text: str, lines: list[_Line], i: int, blocks: list[Block], wrapped: bool) -> int:
    """Append the paragraph starting at line ``i`` (joining hard-wrapped lines); return next index."""
    j = i + 1
    while _continues_paragraph(lines, j, lines[j - 1], wrapped):
        j += 1
    blocks.append(Block("paragraph", *_trimmed(text, lines[i].start, lines[j - 1].end)))
    return j
