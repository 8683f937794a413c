"""A first-character guard changes how fast a pattern scans, never what it finds."""

from __future__ import annotations

import random
import re

import pytest

from eventwire.annotate.regexscan import (
    FOLDS_TO_ASCII,
    first_char_guard,
    holds_folding,
    lowered_pattern,
    may_contain,
    other_starts,
    required_words,
    start_scan,
)

TEXT = ("On Monday, talks resumed; 3 days later (on 12/05/2024) the ceasefire held. "
        "Nothing on TUESDAY or tuesday-night, the 'K' for Kelvin: \u212a, and some nonsense.")
PATTERNS = [
    r"(?<![\w-])(?:(?:on\s+)?(?P<rel>this|last)\s+)?(?P<wd>monday|tuesday)(?![\w])",
    r"\b(\d+|three)\s+(day|week)s?\b",
    r"(?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)[/-](?P<y>\d{4})",
    r"(?:(?<=on\s)|(?<=the\s))(?:cease|talk)\w*",
    r"[^a-z]+held",
    r"k",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_guard_keeps_every_match(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    guarded = first_char_guard(plain)
    assert guarded.groupindex == plain.groupindex and guarded.groups == plain.groups
    found = [(m.span(), m.groups()) for m in plain.finditer(TEXT)]
    assert [(m.span(), m.groups()) for m in guarded.finditer(TEXT)] == found
    assert found or pattern == r"[^a-z]+held"


def test_guard_is_added_only_when_first_characters_are_known() -> None:
    assert first_char_guard(re.compile(r"\bno\s+deal")).pattern.startswith("(?=[n])")
    for pattern in (r"(?:on\s+)?", r"(?!)", r"[^a-z]+held", r".*deal", r"(?i:no) deal"):
        compiled = re.compile(pattern)
        assert first_char_guard(compiled) is compiled


def test_required_words_are_in_every_match() -> None:
    cases = {r"\b(?:no|little)\s+(?:real\s+)?progress\b": ("progress",),
             r"\b(?:reached|struck)\s+(?:an?\s+)?deal": ("reached", "struck"),
             r"\b(\d+|one)[- ](minute|hour)s?\b": ("minute", "hour"),
             r"(?:a|b)\s*\d+": None, r"\w+ly": ("ly",), r"\w+": None}
    for pattern, words in cases.items():
        assert required_words(re.compile(pattern, re.IGNORECASE)) == words, pattern
    assert required_words(re.compile(r"\bNo\s+Deal")) == ("Deal",)


def test_may_contain_never_skips_a_text_that_matches() -> None:
    pattern = re.compile(r"\b(?:no|little)\s+progress\b", re.IGNORECASE)
    words = required_words(pattern)
    for text in ("They made NO PROGRESS.", "little progreſs", "no advance", "Progress? No.",
                 "li\u212atle progress"):
        if pattern.search(text):
            assert may_contain(text, words, True, text.lower()), text
    assert not may_contain("no advance", words, True, "no advance")


def test_may_contain_with_the_folding_test_given_answers_the_same() -> None:
    pattern = re.compile(r"\b(?:no|little)\s+progress\b", re.IGNORECASE)
    words = required_words(pattern)
    for text in ("They made NO PROGRESS.", "no advance", "li\u212atle progress",
                 "no \u212aelvin advance", "caf\u00e9 talks"):
        folds = holds_folding(text)
        assert folds == (FOLDS_TO_ASCII.search(text) is not None)
        for fold in (True, False):
            assert may_contain(text, words, fold, text.lower(), folds) == \
                may_contain(text, words, fold, text.lower()), (text, fold)
    assert holds_folding("no \u212aelvin advance") and not holds_folding("caf\u00e9 talks")
    assert may_contain("no \u212aelvin advance", words, True, "no \u212aelvin advance", True)


def test_every_non_ascii_character_folding_to_ascii_is_known() -> None:
    probe = re.compile("|".join("abcdefghijklmnopqrstuvwxyz0123456789 "), re.IGNORECASE)
    folding = [chr(c) for c in range(128, 0x110000) if probe.match(chr(c))]
    assert folding and all(FOLDS_TO_ASCII.match(ch) for ch in folding)


def test_lowered_pattern_matches_the_lower_cased_text_where_the_rule_matches() -> None:
    pattern = re.compile(r"(?<![\w-])(?P<n>\d+|TWO|three)\s+(?:Days?|WEEKS)\W[A-Z]\S\b",
                         re.IGNORECASE)
    lower = lowered_pattern(pattern)
    assert lower is not None and not lower.flags & re.IGNORECASE
    for text in ("Two days, q1 later", "5 WEEKS-Xy", "three Weeks: ab", "two-days xy",
                 "3 days zz", "THREE DAYS 1a"):
        assert [m.span() for m in lower.finditer(text.lower())] == \
            [m.span() for m in pattern.finditer(text)], text


def test_lowered_pattern_refuses_what_lower_casing_would_change() -> None:
    for source in (r"(a)\1", r"\x41b", r"(?P<x>a)(?P=x)", r"[A-z]", r"\N{LATIN SMALL LETTER A}",
                   "\u00c9t\u00e9", r"(?x) a b"):
        assert lowered_pattern(re.compile(source, re.IGNORECASE)) is None, source
    assert lowered_pattern(re.compile("abc")) is None  # already case-sensitive


START_PATTERNS = (
    r"(?<![\w-])(?:on\s+)?(?:the\s+)?(?:\d+|two)\s+days?(?![\w])",
    r"(?=[ab'])(?:(?<![\w-])(?:a\.m\.|b|'9\d)s?(?![\w]))",
    r"(?<![\w-])(?:(?<=in\s)|(?<=by\s))(?:19|20)\d\d(?![\d%-])",
    r"(?<![-\w])x-?(?:\n|\s)*y",
)


def _random_text(rng: random.Random) -> str:
    pieces = ("on", "the", "2", "14", "two", "day", "days", "a.m.", "b", "bs", "'95", "in",
              "by", "2024", "x", "y", "x-", " ", " ", "  ", "\n", "\n\n", "\t", "-", ".", ",",
              "(", '"', "\u201c", "\u2019", "\u00a0", "\u00e9", "_", "A.M.", "B", "ON")
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("source", START_PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_start_scan_finds_what_finditer_finds(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    scan = start_scan(pattern)
    assert scan is not None
    rng = random.Random(7)
    texts = [_random_text(rng) for _ in range(3000)]
    texts += ["on 2 days", "x-y x\ny", "(two days) \u201cb\u201d 'b", "in 2024, by 2020 in 2021%",
              "a.m.b a.m. a.m.a.m.", "2 days2 days 2 days-2 days", ""]
    for text in texts:
        assert scan.spans(text, other_starts(text)) == \
            [m.span() for m in pattern.finditer(text)], (source, text)


def test_start_scan_refuses_patterns_whose_matches_may_begin_elsewhere() -> None:
    for source in (r"(?<![\w-])a|b", r"a(?<![\w-])b", r"(?<!\w)a", r"(?<![\w-])(?:a)?",
                   r"\ba", r"(?<![\w-])a*", r"(?!x)(?<![\w-])a", r"(?<=[\w-])a"):
        assert start_scan(re.compile(source)) is None, source
    assert start_scan(re.compile(r"(?<![\w-])a", re.ASCII)) is None
    assert start_scan(re.compile(r"(?=[ab])(?<![\w-])(?:a|b)")) is not None


def test_other_starts_are_the_word_starts_not_after_a_space_or_a_newline() -> None:
    text = 'a "b" c\nd(e)-f\tg. " h\u00a0i.\n'
    boundary = re.compile(r"(?<![\w-])")
    every = {m.start() for m in boundary.finditer(text)}
    assert set(other_starts(text)) == {0} | {p for p in every if text[p - 1] not in " \n"
                                            and p < len(text) and not text[p].isspace()}
    assert start_scan(re.compile(r"(?<![\w-])\s*a")) is None  # may begin with a space
