"""Story scoring through the member index gives what scoring every known member gives."""

from __future__ import annotations

import random

import pytest

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
                                     vec={**vec, "id": "x1"})])
    assert set(idx.story_scores(vec)) == {own, "s90"}  # in memory: every known member
    idx.conn = cast(Any, object())
    idx.pool = set()
    assert set(idx.story_scores(vec)) == {own}
    idx.pool = {"x1"}
    assert set(idx.story_scores(vec)) == {own, "s90"}


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_stored_members_article_profiles_are_read_only_for_a_rebuilt_story(
        dialect, tmp_path, request) -> None:
    """Placement reads the stored members' vectors alone; rebuilding a story's profile reads
    its members' article profiles, and gives the profile merged from them in member order
    (for the same articles the rebuild gives that profile in memory too)."""
    import json

    from fuse_helpers import add, make_call
    from sqlalchemy import select, text

    from eventwire import fuse
    from eventwire.fuse.profile import merge_profiles
    from eventwire.store import Store
    from eventwire.store import fuse_tables as ft
    from eventwire.store import schema as s

    if dialect == "postgresql":
        url = request.getfixturevalue("postgres_url")
        fresh = Store(url)
        s.metadata.drop_all(fresh.engine)
        fresh.close()
        store = Store(url)
    else:
        store = Store(str(tmp_path / "stories.db"))

    ids = [add(store, make_call(f"a{i}", date="2025-03-18",
                                published=f"2025-03-{18 + i}T08:00:00+00:00")) for i in range(3)]
    fuse.update(store, ids)
    with store.begin() as conn:
        sa = ft.story_articles
        (sid,) = set(conn.execute(select(sa.c.story_id)).scalars())
        stored = {r.article_id: r.profile if isinstance(r.profile, dict) else json.loads(r.profile)
                  for r in conn.execute(text("SELECT article_id, profile FROM story_articles"))}
        idx = st.StoryIndex.load(conn)
        idx.ensure_full(sid)
        assert [m["id"] for m in idx.members[sid]] == ids
        assert all(m["tv"] == stored[m["id"]]["vec"]["tv"] for m in idx.members[sid])
        assert idx.arts == {}
        idx.rebuild_profile(sid)
        assert set(idx.arts) == set(ids)
        want: dict = {"n": 0, "terms": {}, "names": {}}
        for aid in ids:
            want = merge_profiles(want, stored[aid]["art"])
        assert idx.profiles[sid] == want
        memory = st.StoryIndex()
        own = memory.open_story()
        for aid in ids:
            memory.join(own, stored[aid]["art"], stored[aid]["vec"], aid)
        memory.rebuild_profile(own)
        assert memory.profiles[own] == want
    store.close()


def test_a_whole_story_keeps_its_known_members_as_stored(tmp_path, monkeypatch) -> None:
    """Reading a stored story whole (``ensure_full``) keeps the members the update already
    knows (joined by it, or retrieved) instead of reading them again: each equals what the
    store holds for it, with the same types, and the story's members come in article order."""
    import json

    from fuse_helpers import add, make_call
    from sqlalchemy import text

    from eventwire import fuse
    from eventwire.store import Store

    store = Store(str(tmp_path / "whole.db"))
    first = [add(store, make_call(f"a{i}", date="2025-03-18", extra="Aid of 1,250 tonnes. ",
                                  published=f"2025-03-{18 + i}T08:00:00+00:00")) for i in range(3)]
    fuse.update(store, first)
    later = [add(store, make_call(f"b{i}", date="2025-03-18",
                                  published=f"2025-03-{22 + i}T08:00:00+00:00")) for i in range(2)]
    checked: list[int] = []
    orig = st.StoryIndex.ensure_full

    def ensure_full(self, sid, limit=st.MAX_LOADED):
        known = {m["id"] for m in self.members.get(sid, [])} if self.conn is not None else set()
        orig(self, sid, limit)
        if self.conn is None or sid in self.created:
            return
        rows = self.conn.execute(text(
            "SELECT story_articles.article_id, story_articles.profile FROM story_articles "
            "JOIN articles ON articles.id = story_articles.article_id WHERE story_id = :s "
            "AND story_articles.profile IS NOT NULL ORDER BY articles.seq"), {"s": sid}).all()
        stored = [{**json.loads(r.profile)["vec"], "id": r.article_id} for r in rows][-limit:]
        assert [m["id"] for m in self.members[sid]] == [m["id"] for m in stored]
        assert [repr(m) for m in self.members[sid]] == [repr(m) for m in stored]
        checked.append(len(known & {m["id"] for m in stored}))

    monkeypatch.setattr(st.StoryIndex, "ensure_full", ensure_full)
    fuse.update(store, later)
    assert checked and max(checked) > 0  # a story read whole held members already known
    store.close()
