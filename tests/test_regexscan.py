"""A first-character guard changes how fast a pattern scans, never what it finds."""

from __future__ import annotations

import re

import pytest

from eventwire.annotate.regexscan import first_char_guard

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
