"""Story scoring through the member index gives what scoring every known member gives."""

from __future__ import annotations

import random

from eventwire.fuse import stories as st

WORDS = [f"w{i}" for i in range(30)]
DATES = ["2024-01-0" + str(d) for d in range(1, 4)]


def random_vec(rng: random.Random, aid: str) -> dict:
    """A member vector over a few random terms, names and dates (some share nothing)."""
    tv = {w: round(rng.random(), 5) for w in rng.sample(WORDS, rng.randint(0, 3))}
    nv = {w: round(rng.random(), 5) for w in rng.sample(WORDS, rng.randint(0, 2))}
    return {"tv": tv, "nv": nv, "years": rng.sample(["2023", "2024"], rng.randint(0, 1)),
            "dates": rng.sample(DATES, rng.randint(0, 1)), "day": None, "nums": [], "id": aid}


def brute_best(idx: st.StoryIndex, vec: dict) -> tuple[str | None, float, list[str]]:
    """``best`` computed over every known member of every story (the definition)."""
    scores = {}
    for sid, members in idx.members.items():
        sims = sorted((st.similarity(vec, m) for m in members), reverse=True)[:st.TOP_K]
        if sims:
            scores[sid] = sum(sims) / len(sims)
    if not scores:
        return None, -1.0, []
    sid = max(scores, key=lambda k: (scores[k], k))
    ranked = sorted(scores, key=lambda k: (-scores[k], k))[:st.MERGE_CANDIDATES + 1]
    return sid, scores[sid], ranked


def test_indexed_scores_match_scoring_every_member() -> None:
    """Over random articles joining random stories (some moved, some stories dropped), the
    best story, its score and the ranked stories equal those of the exhaustive scoring."""
    rng = random.Random(7)
    idx = st.StoryIndex()
    for n in range(300):
        vec = random_vec(rng, f"a{n}")
        want = brute_best(idx, vec)
        got = idx.best(vec)
        assert (got[0], got[1], idx.ranked) == want
        sid = got[0] if got[0] and rng.random() < 0.6 else idx.open_story()
        idx.join(sid, {"n": 1, "terms": {}, "names": {}}, vec, vec["id"])
        if n % 37 == 36:
            src = rng.choice(sorted(k for k, v in idx.members.items() if v))
            dst = idx.open_story()
            idx.move({m["id"] for m in idx.members[src][:2]}, src, dst)
        if n % 53 == 52:
            empty = rng.choice(sorted(idx.members))
            idx.move({m["id"] for m in idx.members[empty]}, empty, got[0] or empty)
            if not idx.members[empty]:
                idx.drop(empty)


def test_store_backed_scores_read_only_retrieved_and_joined_members() -> None:
    """A store-backed index scores an article against the update's own articles and the stored
    members retrieved for it (``pool``), not against members other articles retrieved."""
    from types import SimpleNamespace
    from typing import Any, cast

    vec = {"tv": {"w1": 1.0}, "nv": {}, "years": [], "dates": [], "day": None, "nums": []}
    idx = st.StoryIndex()
    own = idx.open_story()
    idx.join(own, {"n": 1, "terms": {}, "names": {}}, {**vec, "id": "j1"}, "j1")
    idx.add_members([SimpleNamespace(story_id="s90", article_id="x1",
                                     profile={"vec": {**vec, "id": "x1"}})])
    assert set(idx.story_scores(vec)) == {own, "s90"}  # in memory: every known member
    idx.conn = cast(Any, object())
    idx.pool = set()
    assert set(idx.story_scores(vec)) == {own}
    idx.pool = {"x1"}
    assert set(idx.story_scores(vec)) == {own, "s90"}
