"""Story profiles built by ``merge_profiles`` keep ``Counter.most_common``'s items and order:
the most common counts cut at the limit, ties in the order the keys were first counted."""

from __future__ import annotations

from collections import Counter

from eventwire.fuse.profile import MAX_TERMS, added, added_once, merge_profiles, top


def counter_fold(story: dict, art: dict) -> dict:
    """The story profile's counted keys as ``Counter.update`` then ``most_common`` give them."""
    out = {}
    for key, limit in (("terms", MAX_TERMS * 3), ("years", 50)):
        c = Counter(story.get(key) or {})
        c.update(art.get(key) or {})
        out[key] = dict(c.most_common(limit))
    c = Counter(story.get("term_docs") or {})
    c.update({k: 1 for k in art.get("terms") or {}})
    out["term_docs"] = dict(c.most_common(MAX_TERMS * 3))
    return out


def test_top_keeps_most_common_order_and_ties() -> None:
    c = Counter({"harbour": 2, "ferry": 3, "quay": 2, "tide": 1, "pier": 3, "dock": 2})
    for n in range(8):
        assert list(top(c, n).items()) == c.most_common(n)


def test_added_counts_new_keys_after_old_ones() -> None:
    assert list(added({"quay": 2, "ferry": 1}, {"tide": 4, "quay": 1}).items()) == \
        [("quay", 3), ("ferry", 1), ("tide", 4)]
    assert added({"quay": 2}, None) == {"quay": 2}
    assert list(added_once({"quay": 2}, ["tide", "quay"]).items()) == [("quay", 3), ("tide", 1)]


def test_a_long_story_profile_is_the_counter_fold() -> None:
    """Articles with more terms than the story keeps: the cut falls among tied counts."""
    story: dict = {"n": 0}
    expected: dict = {}
    for i in range(12):
        words = {f"word{(i * 97 + j * 13) % 900}": 1 + (i + j) % 3 for j in range(MAX_TERMS)}
        art = {"n": 1, "terms": words, "names": {}, "years": {str(1990 + i % 4): 1},
               "dates": [f"2031-03-{10 + i}"]}
        expected = counter_fold(expected, art)
        story = merge_profiles(story, art)
        for key in ("terms", "years", "term_docs"):
            assert list(story[key].items()) == list(expected[key].items())
    assert len(story["terms"]) == MAX_TERMS * 3
