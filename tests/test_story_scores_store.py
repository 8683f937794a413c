"""A store-backed story index finds the members an article shares a key with by reading the
scored members' keys instead of posting every member under all its keys: the same stories
and scores as the posted index."""

from __future__ import annotations

from eventwire.fuse import stories as st


def vec(terms: dict[str, float], names: dict[str, float], day: str | None = None,
        dates: list[str] | None = None) -> dict:
    """Member vectors (weights as given)."""
    return {"tv": terms, "nv": names, "years": [], "dates": dates or [], "day": day, "nums": []}


MEMBERS = {"s1": [("a1", vec({"harbour": 0.8, "grain": 0.6}, {"odesa": 1.0}, "2025-03-01")),
                  ("a2", vec({"grain": 1.0}, {"ankara": 1.0}, "2025-03-02"))],
           "s2": [("b1", vec({"shells": 1.0}, {"ramstein": 1.0}, "2025-03-03",
                             ["2025-03-01"]))],
           "s3": [("c1", vec({"tariff": 1.0}, {"brussels": 1.0}))]}
ARTICLES = [vec({"grain": 0.7, "convoy": 0.7}, {}, "2025-03-02"),
            vec({"drones": 1.0}, {}, None, ["2025-03-01"]),
            vec({"tariff": 0.5, "harbour": 0.5}, {"odesa": 0.7}, "2025-03-05"),
            vec({"nothing": 1.0}, {"nobody": 1.0})]


def index(store_backed: bool) -> st.StoryIndex:
    """An index holding ``MEMBERS`` (store-backed: a connection stand-in that is never read,
    every member in the retrieved pool)."""
    idx = st.StoryIndex()
    for sid, members in MEMBERS.items():
        assert idx.open_story() == sid
        for aid, v in members:
            idx.join(sid, {"n": 1, "terms": {}, "names": {}}, v, aid)
    if store_backed:
        idx.conn = object()  # type: ignore[assignment]
        idx.home = None
        idx.joined = set()
        idx.pool = {aid for members in MEMBERS.values() for aid, _ in members}
    return idx


def test_scored_members_are_found_by_their_keys() -> None:
    """Every article scores the same stories the same with and without posted keys."""
    posted, read = index(False), index(True)
    for art in ARTICLES:
        assert read.story_scores(art) == posted.story_scores(art)
    assert not read.postings and posted.postings
    assert set(read.story_scores(ARTICLES[0])) == {"s1"}
    assert set(read.story_scores(ARTICLES[1])) == {"s2"}


def test_only_the_pool_is_scored() -> None:
    """A member outside the retrieved pool and the update's own articles is not scored."""
    read = index(True)
    read.pool = {"b1"}
    assert set(read.story_scores(ARTICLES[0])) == set()
    read.pool = {"a2"}
    assert set(read.story_scores(ARTICLES[0])) == {"s1"}
