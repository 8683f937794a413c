"""Find quoted passages by their quotation marks, tolerant of unbalanced marks.

Handles straight and curly double quotes, curly and straight single quotes
(told apart from apostrophes by the characters around them), nested quotes
(the inner kind is ignored while an outer quote is open) and the newspaper
convention for quotes running over several paragraphs: a paragraph that ends
inside a quote and a next paragraph that opens with a quotation mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = {"“": "”", '"': '"', "„": "”", "«": "»"}
SINGLE_OPEN = {"‘": "’", "'": "'"}
CLOSERS = {"”": ('"', "“"), '"': ("“",), "»": (), "’": ("'",), "'": ("’",)}
MAX_PARAGRAPHS = 6  # a quote never runs over more paragraphs than this
# The characters find_quotes acts on outside a quote (those that can open one) and inside
# one (nesting, line breaks, closing marks); it passes over every other character.
OPENING = re.compile("[" + re.escape("".join({*DOUBLE_OPEN, "”", *SINGLE_OPEN})) + "]")
INSIDE = re.compile("[" + re.escape("".join({"“", "”", "\n", "’", "'", '"', *DOUBLE_OPEN.values()})) + "]")


@dataclass(slots=True)
class Marked:
    """A quoted passage: outer span includes the marks, inner span excludes them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        """The passage without its quotation marks."""
        return self.inner_start, self.inner_end


def _is_word(ch: str) -> bool:
    """True for letters and digits."""
    return ch.isalnum()


def _can_open_single(text: str, i: int) -> bool:
    """A single quote opens when it follows a boundary and precedes a word character."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word(before) and (after.isalnum() or after in "“\"")


def _can_close_single(text: str, i: int) -> bool:
    """A single quote closes when it follows a non-space and precedes a boundary."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word(after)


def _closes(ch: str, opener: str, text: str, i: int) -> bool:
    """True when ``ch`` at ``i`` closes a quote opened by ``opener``."""
    if opener in SINGLE_OPEN:
        return ch in ("’", "'") and _can_close_single(text, i)
    if ch == DOUBLE_OPEN[opener]:
        return True
    return ch in ("”", '"') and opener in ("“", '"', "„")


def _opens(ch: str, text: str, i: int) -> bool:
    """True when ``ch`` at ``i`` opens a quote (a closing mark at a paragraph start opens too)."""
    if ch in DOUBLE_OPEN:
        return True
    if ch == "”":
        return _paragraph_start(text, i) and i + 1 < len(text) and text[i + 1].isalnum()
    return ch in SINGLE_OPEN and _can_open_single(text, i)


def _paragraph_start(text: str, i: int) -> bool:
    """True when only spaces separate offset ``i`` from the start of its line."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] == "\n"


def _continues(text: str, newline: int) -> int | None:
    """Offset of the opening mark of the next paragraph when it continues a quote."""
    j = newline
    while j < len(text) and text[j] in "\n\r \t":
        j += 1
    if j < len(text) and text[j] in ("“", '"', "„"):
        return j
    return None


def find_quotes(text: str) -> list[Marked]:
    """All quoted passages of ``text``, outermost only, in order."""
    out: list[Marked] = []
    i, n = 0, len(text)
    opener, start, paragraphs, depth = "", -1, 0, 0
    while i < n:
        found = (INSIDE if opener else OPENING).search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if not opener:
            if _opens(ch, text, i):
                opener, start, paragraphs, depth = ("“" if ch == "”" else ch), i, 0, 0
        elif opener == "“" and ch == "“":
            depth += 1  # a nested quotation with the same curly marks
        elif opener == "“" and ch == "”" and depth > 0:
            depth -= 1
        elif ch == "\n":
            nxt = _continues(text, i)
            paragraphs += 1
            if nxt is not None and paragraphs < MAX_PARAGRAPHS:
                i = nxt + 1
                continue
            out.append(Marked(start, i, start + 1, _rstrip(text, i), closed=False))
            opener = ""
        elif _closes(ch, opener, text, i):
            out.append(Marked(start, i + 1, start + 1, i))
            opener = ""
        i += 1
    if opener:
        out.append(Marked(start, n, start + 1, _rstrip(text, n), closed=False))
    return [m for m in out if m.inner_end > m.inner_start]


def _rstrip(text: str, end: int) -> int:
    """``end`` moved left over trailing whitespace."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
