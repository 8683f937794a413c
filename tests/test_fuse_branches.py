"""Records across the two sides of a story split that the merge step undid."""

from __future__ import annotations

from typing import Any

from eventwire.fuse import events as ev
from eventwire.fuse import stories as st
from eventwire.fuse.mentions import Mention, make_mention


def arrest(article: str, text: str, story: str = "s1") -> Mention:
    """An undated ARREST mention of an unnamed suspect (no date, no registered person)."""
    i = text.index("arrested")
    data: dict[str, Any] = {
        "type": "ARREST", "mode": None, "modality": "asserted",
        "trigger": {"start": i, "end": i + 8, "text": "arrested"},
        "sentence": {"start": 0, "end": len(text), "text": text},
        "source": [{"start": 0, "end": 6, "text": "Police", "actor": {}}], "target": []}
    return make_mention(f"{article}#0", {"id": article, "published": None,
                                         "url": f"https://{article}.example/x"}, data, story)


def test_rejoined_keeps_only_splits_whose_groups_share_a_story() -> None:
    members = {"s1": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "s2": [{"id": "d"}]}
    back = ("s7", frozenset({"a", "b"}), frozenset({"c"}))
    stood = ("s8", frozenset({"a"}), frozenset({"d"}))
    assert st.rejoined([back, stood], members) == [back]


def test_rejoined_keeps_the_articles_still_in_the_story() -> None:
    members = {"s1": [{"id": "a"}, {"id": "c"}], "s3": [{"id": "b"}]}
    got = st.rejoined([("s7", frozenset({"a", "b"}), frozenset({"c"}))], members)
    assert got == [("s7", frozenset({"a"}), frozenset({"c"}))]


def test_branches_apart_reads_the_sides_of_one_split() -> None:
    a = arrest("a1", "Police arrested a man on Friday.")
    b = arrest("a2", "Police arrested the man at home.")
    c = arrest("a3", "Officers arrested a man downtown.")
    token = ev.BRANCHES.set({"a1": {"s7": "1"}, "a2": {"s7": "2"}, "a3": {"s7": "1", "s9": "2"}})
    try:
        assert ev.branches_apart(a, b)
        assert not ev.branches_apart(a, c)
        assert ev.branches_apart(b, c)
    finally:
        ev.BRANCHES.reset(token)
    assert not ev.branches_apart(a, b)


def test_records_of_two_sides_do_not_merge_on_their_story_alone() -> None:
    one = [arrest("a1", "Police arrested a man on Friday.")]
    two = [arrest("a2", "Police arrested the man at home.")]
    assert ev.groups_compatible(one, two)
    token = ev.BRANCHES.set({"a1": {"s7": "1"}, "a2": {"s7": "2"}})
    try:
        assert not ev.branch_linked(one, two, frozenset())
        assert not ev.groups_compatible(one, two)
    finally:
        ev.BRANCHES.reset(token)
