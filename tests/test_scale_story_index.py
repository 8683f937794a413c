"""Story matching through the inverted index scores exactly like comparing with every member."""

from __future__ import annotations

import random

import pytest

from eventwire.fuse import stories
from eventwire.fuse.stories import TOP_K, StoryIndex, similarity

WORDS = [f"w{i}" for i in range(60)]
NAMES = [f"n{i}" for i in range(15)]


def _vec(rng: random.Random) -> dict:
    """A random member vector (sparse terms, names, sometimes a date or number)."""
    tv = {w: round(rng.random(), 5) for w in rng.sample(WORDS, rng.randint(0, 4))}
    nv = {n: round(rng.random(), 5) for n in rng.sample(NAMES, rng.randint(0, 2))}
    return {"tv": tv, "nv": nv, "years": rng.sample(["2024", "2025"], rng.randint(0, 1)),
            "dates": ["2025-03-01"] if rng.random() < 0.1 else [],
            "nums": ["41"] if rng.random() < 0.1 else []}


def _brute(index: StoryIndex, vec: dict) -> dict[str, float]:
    """Story scores compared with every member."""
    out = {}
    for sid, members in index.members.items():
        top = sorted((similarity(vec, m) for m in members), reverse=True)[:TOP_K]
        if top:
            out[sid] = sum(top) / len(top)
    return out


def test_indexed_scores_equal_brute_force() -> None:
    rng = random.Random(5)
    index = StoryIndex()
    for i in range(300):
        sid = f"s{rng.randint(1, 40)}"
        index.members.setdefault(sid, [])
        index.profiles.setdefault(sid, {"n": 0, "terms": {}, "names": {}})
        index.join(sid, {"n": 1, "terms": {}, "names": {}}, _vec(rng), f"a{i}")
    for _ in range(200):
        vec = _vec(rng)
        brute = _brute(index, vec)
        fast = index.story_scores(vec)
        assert fast == {sid: s for sid, s in brute.items() if s > 0 or sid in fast}
        assert all(s == 0.0 for sid, s in brute.items() if sid not in fast)
        best = max(brute.values())
        assert (max(fast.values()) if fast else 0.0) == best


def test_merge_target_equals_brute_force(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "MERGE_THRESHOLD", 0.02)  # low enough for random vectors
    rng = random.Random(9)
    index = StoryIndex()
    for i in range(120):
        sid = f"s{1 + i % 12}"
        index.members.setdefault(sid, [])
        index.profiles.setdefault(sid, {"n": 0, "terms": {}, "names": {}})
        index.join(sid, {"n": 1, "terms": {}, "names": {}}, _vec(rng), f"a{i}")
    found = 0
    for sid in index.members:
        mine, expect, best = index.members[sid], None, 0.02
        for other, members in index.members.items():
            if other == sid or int(other[1:]) > int(sid[1:]):
                continue
            score = sum(similarity(a, b) for a in mine for b in members) / (len(mine) *
                                                                             len(members))
            if score >= best:
                expect, best = other, score
        assert index.merge_target(sid) == expect
        found += expect is not None
    assert found >= 3
