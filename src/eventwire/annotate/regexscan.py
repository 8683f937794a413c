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


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words of which every match of ``pattern`` contains one (lower-cased when the pattern
    ignores case; only ASCII letters, digits and spaces), or None when none can be worked
    out. Taken from one element the pattern cannot skip: a run of literal characters, or
    a group whose every alternative begins with one."""
    if sre_parse is None:
        return None
    try:
        seq = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return None
    fold = bool(pattern.flags & re.IGNORECASE)
    best: tuple[str, ...] | None = None
    run: list[str] = []
    for op, av in [*seq, (None, None)]:
        if str(op) == "LITERAL":
            run.append(chr(av))
            continue
        found = [_ascii_word("".join(run), fold)] if run else []
        run = []
        if op is not None and str(op) in ("SUBPATTERN", "BRANCH"):
            found.append(_alternatives(str(op), av, fold))
        for words in found:
            if words and (best is None or min(map(len, words)) > min(map(len, best))):
                best = words
    return best


def _alternatives(op: str, av: Any, fold: bool) -> tuple[str, ...] | None:
    """The leading literal words of each alternative of a group (None when one has none)."""
    if op == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        items = list(sub)
        if len(items) == 1 and str(items[0][0]) == "BRANCH":
            alts = items[0][1][1]
        else:
            alts = [items]
    else:
        alts = av[1]
    out = []
    for alt in alts:
        run = ""
        for op2, av2 in alt:
            if str(op2) != "LITERAL":
                break
            run += chr(av2)
        word = _ascii_word(run, fold)
        if word is None:
            return None
        out.append(word[0])
    return tuple(out)


def _ascii_word(text: str, fold: bool) -> tuple[str] | None:
    """``(text,)`` lower-cased when ``fold``, if it is a non-empty run of ASCII letters,
    digits and spaces; else None."""
    word = text.lower() if fold else text
    return (word,) if word and WORD_CHARS.fullmatch(word) else None


WORD_CHARS = re.compile("[A-Za-z0-9 ]+")


def may_contain(text: str, words: tuple[str, ...] | None, fold: bool, lowered: str,
                folds: bool | None = None) -> bool:
    """False only when no match of a pattern with ``required_words`` ``words`` can occur in
    ``text`` (``lowered``: ``text.lower()``). Case-insensitive patterns also match the few
    non-ASCII characters that fold to an ASCII letter ('K', Kelvin sign, for 'k'); a text
    holding one is always searched. ``folds`` is ``holds_folding(text)`` when the caller
    asks about many patterns of one text (found here when None)."""
    if words is None:
        return True
    if fold:
        if holds_folding(text) if folds is None else folds:
            return True
        return any(w in lowered for w in words)
    return any(w in text for w in words)


def holds_folding(text: str) -> bool:
    """True when ``text`` holds a non-ASCII character that matches an ASCII letter or digit
    ignoring case."""
    return FOLDS_TO_ASCII.search(text) is not None


def _folds_to_ascii() -> re.Pattern[str]:
    """A class of the non-ASCII characters that match an ASCII letter or digit ignoring case."""
    probe = re.compile("[a-z0-9 ]", re.IGNORECASE)
    chars = [chr(c) for c in range(128, 0x10000) if probe.match(chr(c))]  # none beyond the BMP
    return re.compile("[" + re.escape("".join(chars)) + "]" if chars else "(?!)")


FOLDS_TO_ASCII = _folds_to_ascii()


LOWERABLE_ESCAPES = frozenset("dDsSwWbBAZ")  # escapes whose meaning no case touches


def lowered_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern that, on ``text.lower()``, matches where ``pattern`` (which
    ignores case) matches ``text`` with the same spans, provided the lower-casing keeps the
    text's length and no character of the text folds to an ASCII one (``holds_folding``);
    None when the pattern does not ignore case or its lower-cased form is not known to be
    equivalent (an escape other than a class or an anchor, a back-reference, an inline flag,
    a range between letters of different case, a cased character outside ASCII).

    The engine skips by the literal characters of a case-sensitive pattern, which it cannot
    do when case is ignored; the match found this way is re-made with ``pattern`` at its start
    on the original text for its groups."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.VERBOSE:
        return None
    src = pattern.pattern
    out: list[str] = []
    i, n, in_class = 0, len(src), False
    while i < n:
        c = src[i]
        if c == "\\":
            nxt = src[i + 1] if i + 1 < n else ""
            if nxt.isalnum() and nxt not in LOWERABLE_ESCAPES:
                return None  # \x, \u, \N, \p, back-references, octal
            out.append(c + nxt)
            i += 2
            continue
        if not c.isascii() and (c.lower() != c or c.upper() != c or c.casefold() != c):
            return None
        if in_class:
            if c == "]":
                in_class = False
            elif (c == "-" and i + 1 < n and src[i - 1].isalpha() and src[i + 1].isalpha()
                  and src[i - 1].isupper() != src[i + 1].isupper()):
                return None  # [A-z]: not the same range lower-cased
            out.append(c.lower())
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            if src[i + 1:i + 2] == "^":
                out.append("^")
                i += 1
            if src[i + 1:i + 2] == "]":  # a leading "]" is a literal
                out.append("]")
                i += 1
            i += 1
            continue
        if c == "(" and src[i + 1:i + 2] == "?":
            rest = src[i + 2:i + 3]
            if rest == "P":
                if src[i + 3:i + 4] != "<":
                    return None  # (?P=name): a back-reference
                close = src.index(">", i)
                out.append(src[i:close + 1])  # the group's name as it is
                i = close + 1
                continue
            if rest.isalpha():
                return None  # an inline flag
        out.append(c.lower())
        i += 1
    try:
        lowered = re.compile("".join(out), pattern.flags & ~re.IGNORECASE)
    except re.error:
        return None
    return lowered if lowered.groups == pattern.groups else None


# a character before a word start other than " " or "\n", followed by one that is no space
BEFORE_OTHER_START = re.compile(r"[^\w \n-](?=\S)")
SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())  # what \s matches
WORD_CLASS = {("CATEGORY", "CATEGORY_WORD"), ("LITERAL", "45")}  # [\w-]
FAR = 1 << 62


class StartScan:
    """The matches of a pattern that begins with the look-behind ``(?<![\\w-])`` (behind
    look-aheads only), found by two forms that begin with the literal character before such a
    start, a space or a newline (the engine skips to a literal in one step, where it enters a
    pattern opening with an assertion at every position), and by the pattern itself at the few
    other starts (``other_starts``: the text's start and after any other character outside
    ``[\\w-]``, unless a space follows: no match begins with one). ``spans`` gives what
    ``pattern.finditer`` gives, as spans."""

    __slots__ = ("pattern", "space", "newline")

    def __init__(self, pattern: re.Pattern[str], space: re.Pattern[str],
                 newline: re.Pattern[str]) -> None:
        self.pattern, self.space, self.newline = pattern, space, newline

    def spans(self, text: str, starts: list[int]) -> list[tuple[int, int]]:
        """The spans of ``pattern.finditer(text)``; ``starts`` is ``other_starts(text)``."""
        out: list[tuple[int, int]] = []
        match, space, newline = self.pattern.match, self.space.search, self.newline.search
        pos = i = 0
        n = len(starts)
        ms, mn = space(text), newline(text)
        at_s = ms.start() + 1 if ms is not None else FAR  # where the pattern's match begins
        at_n = mn.start() + 1 if mn is not None else FAR
        while True:
            if at_s < pos:  # inside the last match: the next one at or after its end
                ms = space(text, pos - 1)
                at_s = ms.start() + 1 if ms is not None else FAR
            if at_n < pos:
                mn = newline(text, pos - 1)
                at_n = mn.start() + 1 if mn is not None else FAR
            first = at_s if at_s < at_n else at_n
            while i < n and starts[i] < pos:
                i += 1
            m = None
            while i < n and starts[i] < first:
                m = match(text, starts[i])
                i += 1
                if m is not None:
                    break
            if m is not None:
                pos = m.end()
                out.append((m.start(), pos))
            elif first == FAR:
                return out
            else:
                pos = (ms if at_s == first else mn).end()  # type: ignore[union-attr]
                out.append((first, pos))


def other_starts(text: str) -> list[int]:
    """The text's start and the positions where ``(?<![\\w-])`` holds other than after a space
    or a newline and before a character that is no space (``\\s``)."""
    return [0, *(m.end() for m in BEFORE_OTHER_START.finditer(text))]


def start_scan(pattern: re.Pattern[str]) -> StartScan | None:
    """A ``StartScan`` of ``pattern``, or None unless every match of it begins where
    ``(?<![\\w-])`` holds (the first element after any look-aheads), none is empty and none
    begins with a space (``\\s``)."""
    if sre_parse is None or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return None
    if parsed.getwidth()[0] == 0:
        return None
    try:
        items, nullable = _first(parsed)
        first = re.compile(f"[{''.join(items)}]", pattern.flags)
    except (_Unknown, re.error):
        return None
    if nullable or not items or first.search(SPACES):
        return None
    for op, av in parsed:
        if str(op) == "ASSERT" and av[0] == 1:
            continue  # a look-ahead: tests the start, does not move it
        if str(op) != "ASSERT_NOT" or av[0] != -1 or len(av[1]) != 1:
            return None
        (cop, cav), = av[1]
        items = {(str(iop), str(iav)) for iop, iav in cav} if str(cop) == "IN" else None
        if items != WORD_CLASS:
            return None
        break
    else:
        return None
    try:
        return StartScan(pattern, re.compile(rf"\x20(?:{pattern.pattern})", pattern.flags),
                         re.compile(rf"\n(?:{pattern.pattern})", pattern.flags))
    except re.error:
        return None
