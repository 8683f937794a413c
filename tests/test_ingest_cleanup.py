"""Cleanup of pasted web text: one before/after test per rule, the seeds, and a word-preservation property."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest import cleanup
from eventwire.ingest.cleanup import RULES, clean_text, default_patterns, load_patterns, split_lines

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"
BOILERPLATE = ("Article with TOC", "Table of Contents", "min read", "Call to Action")


def run_rule(rule, text: str) -> tuple[str, list]:
    """Apply one rule to ``text``; return the text and its removals."""
    removed: list = []
    lines = rule(split_lines(text), removed, default_patterns())
    return "\n".join(ln.text for ln in lines), removed


def tokens(text: str) -> Counter:
    """The multiset of alphanumeric tokens."""
    return Counter(re.findall(r"[^\W_]+", text))


def test_rules_are_listed_in_order():
    assert [r.__name__ for r in RULES] == [
        "normalize_spaces", "drop_boilerplate_lines", "drop_call_to_action",
        "collapse_repeated_title", "split_run_together", "split_glued_headings", "normalize_bullets",
        "collapse_blank_lines",
    ]


def test_normalize_spaces():
    text, removed = run_rule(cleanup.normalize_spaces, "Kyiv\u00a0said\tthat   \nnext\u2009line ")
    assert text == "Kyiv said that\nnext line"
    assert removed == []


@pytest.mark.parametrize("line", [
    "Article with TOC", "Table of Contents", "5 min read Post on May 19, 2025", "3 min read",
    "close", "Share on Facebook", "Share this article", "Facebook Twitter LinkedIn Email",
    "Subscribe to our newsletter", "Follow us on Twitter", "Advertisement", "Skip to content",
])
def test_drop_boilerplate_lines(line):
    raw = f"Putin spoke to Trump.\n{line}\nThe call lasted an hour."
    text, removed = run_rule(cleanup.drop_boilerplate_lines, raw)
    assert text == "Putin spoke to Trump.\nThe call lasted an hour."
    assert [(r.rule, r.text, r.offset) for r in removed] == [
        ("drop_boilerplate_lines", line, len("Putin spoke to Trump.\n"))]


@pytest.mark.parametrize("line", [
    "The table of contents was leaked to reporters.", "Trump said he would close the deal.",
    "He shared the readout on social media.", "It was a 5 min read for most diplomats, he joked.",
])
def test_boilerplate_words_inside_sentences_are_kept(line):
    text, removed = run_rule(cleanup.drop_boilerplate_lines, line)
    assert text == line and removed == []


def test_drop_call_to_action_paragraph():
    raw = ("Talks stalled.\n\nCall to Action: Stay informed.\nFollow reputable sources.\n\n"
           "The war goes on.")
    text, removed = run_rule(cleanup.drop_call_to_action, raw)
    assert text == "Talks stalled.\n\n\nThe war goes on."
    assert [r.text for r in removed] == ["Call to Action: Stay informed.", "Follow reputable sources."]
    assert all(r.rule == "drop_call_to_action" for r in removed)


def test_collapse_repeated_title_keeps_first():
    title = "Trump To Speak With Putin Following Stalled Talks"
    raw = f"{title}\n\n{title}\nBody text here.\n\nMore text.\n{title}"
    text, removed = run_rule(cleanup.collapse_repeated_title, raw)
    assert text.count(title) == 1
    assert text.startswith(title)
    assert [r.offset for r in removed] == [len(title) + 2, raw.rindex(title)]


def test_collapse_repeated_title_ignores_repeated_sentences_and_deep_lines():
    raw = "Body one.\nSame line here.\nSame line here.\nA\nB\nC\nShort Repeated Heading\nShort Repeated Heading"
    text, removed = run_rule(cleanup.collapse_repeated_title, raw)
    assert text == raw and removed == []


@pytest.mark.parametrize("before, after", [
    ("the conflict.In a statement", "the conflict. In a statement"),
    ("dynamics,as the war", "dynamics, as the war"),
    ("a whole.As this story", "a whole. As this story"),
    ("Russia,particularly", "Russia, particularly"),
    ("he said.“We will", "he said.“We will"),
    ("it ended.”The talks", "it ended.” The talks"),
    ("grew 3.5 percent", "grew 3.5 percent"),
    ("the U.S.-Russia talks and U.S. policy", "the U.S.-Russia talks and U.S. policy"),
    ("1,000 troops", "1,000 troops"),
    ("see www.Example.com or https://x.org/a.B,c", "see www.Example.com or https://x.org/a.B,c"),
    ("mail press@kremlin.Ru now", "mail press@kremlin.Ru now"),
    ("e.g. the plan", "e.g. the plan"),
])
def test_split_run_together(before, after):
    assert run_rule(cleanup.split_run_together, before)[0] == after


def test_normalize_bullets():
    raw = "Motivations:\n  • Personal Ambition: more\n\u25cf Second point\n- already fine\n•no space"
    text, _ = run_rule(cleanup.normalize_bullets, raw)
    assert text.split("\n") == ["Motivations:", "- Personal Ambition: more", "- Second point",
                                "- already fine", "•no space"]


def test_collapse_blank_lines():
    text, _ = run_rule(cleanup.collapse_blank_lines, "\n\nOne.\n\n\n\nTwo.\n   \n\n")
    assert text == "One.\n\nTwo."


def test_removal_offsets_point_into_raw_text():
    raw = "Title Of The Piece Here\r\n\r\n5 min read\r\nTitle Of The Piece Here\r\nBody.\r\nclose"
    cleaned, removed = clean_text(raw)
    assert cleaned == "Title Of The Piece Here\n\nBody."
    for r in removed:
        assert raw[r.offset:r.offset + len(r.text)] == r.text


def test_user_patterns_extend_the_packaged_ones(tmp_path):
    extra = tmp_path / "extra.json"
    extra.write_text('{"lines": ["brought to you by .*"]}', encoding="utf-8")
    patterns = load_patterns([extra])
    cleaned, removed = clean_text("Brought to you by Acme\nTalks began.\nclose", patterns=patterns)
    assert cleaned == "Talks began."
    assert len(removed) == 2


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_cleanup_removes_boilerplate_only(path):
    raw = path.read_text(encoding="utf-8")
    cleaned, removed = clean_text(raw)
    for phrase in BOILERPLATE:
        assert phrase not in cleaned
    assert not re.search(r"(?m)^close$", cleaned)
    assert "\n\n\n" not in cleaned and "\u00a0" not in cleaned
    assert tokens(cleaned) == tokens(raw) - sum((tokens(r.text) for r in removed), Counter())


def test_seed_002_title_once_and_bullets():
    raw = (SAMPLES / "002_dbe39dbcff0f5a6d.txt").read_text(encoding="utf-8")
    cleaned, removed = clean_text(raw)
    title = "Trump To Speak With Putin Following Stalled Russia-Ukraine Negotiations"
    assert raw.count(title) == 5
    assert cleaned.count(title) == 1 and cleaned.startswith(title)
    assert "•" not in cleaned and "\n- Personal Ambition:" in cleaned
    assert any(r.text == "5 min read Post on May 19, 2025" for r in removed)


def test_seed_001_run_together_fixed():
    raw = (SAMPLES / "001_fc470eccc04dfbfc.txt").read_text(encoding="utf-8")
    cleaned, _ = clean_text(raw)
    assert "dynamics, as the war" in cleaned and "a whole. As this story" in cleaned
    assert "common ground, the complexities" in cleaned
    assert "U.S.-Russia relations, and" in cleaned


WORD = st.text(alphabet="abcdefghijKLMNOP0123456789", min_size=1, max_size=8)
PIECE = st.one_of(WORD, st.sampled_from([
    " ", "  ", "\u00a0", "\t", ".", ",", ".", "U.S.", "3.5", "•", "- ", "  • ", ":", "?", "“", "”",
    "www.a.com", "x@y.org", "|", "#", "5 min read", "close", "Share on Facebook",
    "Call to Action:", "Article with TOC", "Table of Contents",
]))
LINE = st.lists(PIECE, max_size=12).map("".join)
DOC = st.lists(LINE, max_size=25).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOC)
def test_cleanup_never_changes_words_of_kept_lines(raw):
    cleaned, removed = clean_text(raw)
    for r in removed:
        assert raw[r.offset:r.offset + len(r.text)] == r.text
    assert tokens(cleaned) == tokens(raw) - sum((tokens(r.text) for r in removed), Counter())
