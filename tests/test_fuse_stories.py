"""Story repair: splitting two-group stories and merging new stories, ids kept stable."""

from __future__ import annotations

from eventwire.fuse import stories as st


def vec(words: list[str], aid: str) -> dict:
    """A member vector over equal-weight name keys."""
    w = 1.0 / len(words) ** 0.5
    return {"tv": {}, "nv": {k: w for k in words}, "years": [], "dates": [], "id": aid}


def art() -> dict:
    """A minimal article profile."""
    return {"n": 1, "terms": {}, "names": {}, "years": {}, "dates": []}


def index_with(groups: dict[str, list[list[str]]]) -> st.StoryIndex:
    """An in-memory index whose stories hold the given member name lists."""
    idx = st.StoryIndex()
    n = 0
    for _ in groups:
        idx.open_story()
    for sid, members in groups.items():
        for words in members:
            n += 1
            v = vec(words, f"a{n}")
            idx.join(sid, art(), {k: v[k] for k in ("tv", "nv", "years", "dates")}, f"a{n}")
    return idx


def test_two_groups_finds_the_newer_separate_group() -> None:
    """A story of two unrelated groups splits; the group of its first member stays."""
    members = [vec(["reid", "rehab"], f"x{i}") for i in range(4)]
    members += [vec(["lohan", "court"], f"y{i}") for i in range(4)]
    assert st.two_groups(members) == {f"y{i}" for i in range(4)}


def test_two_groups_keeps_a_coherent_story() -> None:
    """A story whose members share their names does not split."""
    members = [vec(["reid", "rehab", f"w{i}"], f"x{i}") for i in range(8)]
    assert st.two_groups(members) is None


def test_two_groups_ignores_small_parts() -> None:
    """A group smaller than SPLIT_MIN_PART is not split off."""
    members = [vec(["reid"], f"x{i}") for i in range(6)] + [vec(["lohan"], "y0")]
    assert st.two_groups(members) is None


def test_repair_split_keeps_old_id_for_the_older_part() -> None:
    """After a split the older part keeps the story id and the rest moves to a new story."""
    idx = index_with({"s1": [["reid"]] * 3 + [["lohan"]] * 3})
    idx.created.clear()
    moved = idx.repair()
    assert set(moved) == {"a4", "a5", "a6"}
    new = moved["a4"]
    assert new != "s1" and [m["id"] for m in idx.members["s1"]] == ["a1", "a2", "a3"]
    assert idx.profiles["s1"]["n"] == 3 and idx.profiles[new]["n"] == 3


def test_repair_merges_a_new_story_into_a_close_older_one() -> None:
    """A story opened by this batch that links strongly to an older story merges into it."""
    idx = index_with({"s1": [["reid", "rehab"]] * 2, "s2": [["reid", "rehab"]]})
    idx.created = ["s2"]
    moved = idx.repair()
    assert moved == {"a3": "s1"} and "s2" not in idx.members and "s2" in idx.dropped
    assert idx.created == []


def test_repair_never_merges_existing_stories() -> None:
    """Stories that existed before the batch keep their ids even when similar."""
    idx = index_with({"s1": [["reid", "rehab"]] * 2, "s2": [["reid", "rehab"]]})
    idx.created.clear()
    assert idx.repair() == {} and set(idx.members) == {"s1", "s2"}
