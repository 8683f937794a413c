"""Regular expressions that skip, in one step, the positions where they cannot match.

Python's ``re`` tries a pattern at every position of the text. A pattern that
begins with optional words or look-behinds ('(?<![\\w-])(?:on\\s+)?(?:this\\s+)?
Monday') is tried in full at each of them. ``first_char_guard`` prefixes such a
pattern with a look-ahead for the characters a match can begin with, computed
from the parsed pattern, so most positions fail on one character class. The
guard never changes what matches: every match begins with one of those
characters (the guard is left off a pattern that can match the empty string or
whose first characters cannot be worked out), and it adds no group.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser of the standard library's ``re`` (private, but stable since 3.11)
    from re import _constants as sre_c
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older layouts
    sre_c = sre_parse = None

CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
              "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _Unknown(Exception):
    """The first characters of a pattern cannot be worked out."""


def first_char_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for its possible first characters (same matches,
    same groups), or ``pattern`` itself when they cannot be worked out."""
    if sre_parse is None:
        return pattern
    try:
        items, nullable = _first(sre_parse.parse(pattern.pattern, pattern.flags))
    except (_Unknown, re.error, RecursionError):
        return pattern
    if nullable or not items:
        return pattern
    try:
        return re.compile(f"(?=[{''.join(dict.fromkeys(items))}])(?:{pattern.pattern})",
                          pattern.flags)
    except re.error:
        return pattern


def _first(seq: Any) -> tuple[list[str], bool]:
    """Character-class items a match of ``seq`` can begin with, and whether it can be empty."""
    out: list[str] = []
    for op, av in seq:
        if str(op) in ZERO_WIDTH:
            continue
        items, nullable = _item(str(op), av)
        out += items
        if not nullable:
            return out, False
    return out, True


def _item(op: str, av: Any) -> tuple[list[str], bool]:
    """``_first`` of one parsed element."""
    if op == "LITERAL":
        return [re.escape(chr(av))], False
    if op == "IN":
        return [_class_item(str(iop), iav) for iop, iav in av], False
    if op == "BRANCH":
        items: list[str] = []
        nullable = False
        for alt in av[1]:
            found, empty = _first(alt)
            items += found
            nullable = nullable or empty
        return items, nullable
    if op == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _first(sub)
    if op in REPEATS:
        low, _high, sub = av
        items, nullable = _first(sub)
        return items, nullable or low == 0
    if op == "ATOMIC_GROUP":
        return _first(av)
    raise _Unknown


def _class_item(op: str, av: Any) -> str:
    """One item of a character class, as class syntax."""
    if op == "LITERAL":
        return re.escape(chr(av))
    if op == "RANGE":
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op == "CATEGORY" and str(av) in CATEGORIES:
        return CATEGORIES[str(av)]
    raise _Unknown
