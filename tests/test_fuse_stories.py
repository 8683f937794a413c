"""Story repair: splitting two-group stories and merging new stories, ids kept stable."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuse_helpers import ZELENSKY, add, make_call
from sqlalchemy import select

from eventwire import fuse
from eventwire.fuse import queries
from eventwire.fuse import stories as st
from eventwire.fuse.profile import numbers
from eventwire.model import Extraction
from eventwire.store import Store
from eventwire.store import fuse_tables as ft


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
    """Stories that existed before the batch keep their ids even when similar (unless small
    and touched by the batch)."""
    big = st.SMALL_STORY + 1
    idx = index_with({"s1": [["reid", "rehab"]] * big, "s2": [["reid", "rehab"]] * big})
    idx.created.clear()
    assert idx.repair() == {} and set(idx.members) == {"s1", "s2"}
    idx = index_with({"s1": [["reid", "rehab"]] * 2, "s2": [["reid", "rehab"]]})
    idx.created.clear()
    idx.touched = {"s1"}  # the batch did not touch the small story
    assert idx.repair() == {} and set(idx.members) == {"s1", "s2"} and idx.merged == {}


def test_repair_merges_a_small_earlier_story_the_batch_touched() -> None:
    """An earlier story of a few articles that the batch touched merges into an older story it
    links to strongly, and its id is remembered as merged into that story."""
    idx = index_with({"s1": [["reid", "rehab"]] * 3, "s2": [["reid", "rehab"]] * 2,
                      "s3": [["lohan", "court"]] * 2})
    idx.created.clear()
    moved = idx.repair()
    assert moved == {"a4": "s1", "a5": "s1"} and idx.merged == {"s2": "s1"}
    assert set(idx.members) == {"s1", "s3"}  # the unrelated small story stays


def test_repair_merges_an_early_fragment_into_a_larger_newer_story() -> None:
    """A small earlier story that the batch touched joins the larger, newer story its articles
    fit (an early article opened it, the rest of its story arrived later); its id is
    remembered as merged into that story."""
    big = st.SMALL_STORY + 1
    idx = index_with({"s1": [["reid", "rehab"]] * 2, "s2": [["reid", "rehab", "clinic"]] * big})
    idx.created.clear()
    moved = idx.repair()
    assert moved == {"a1": "s2", "a2": "s2"} and idx.merged == {"s1": "s2"}
    assert set(idx.members) == {"s2"} and idx.profiles["s2"]["n"] == 2 + big


def test_repair_merges_a_fragment_an_article_of_the_batch_passed_by() -> None:
    """A small earlier story the batch did not touch joins the story an article of the batch
    joined when that article scored it among its best other stories; an unrelated one stays."""
    big = st.SMALL_STORY + 1
    idx = index_with({"s1": [["reid", "rehab"]] * 2, "s2": [["lohan", "court"]] * 2,
                      "s3": [["reid", "rehab", "clinic"]] * big})
    idx.created.clear()
    idx.touched = {"s3"}
    idx.near = {"a5": ["s1", "s2"]}
    moved = idx.repair()
    assert moved == {"a1": "s3", "a2": "s3"} and idx.merged == {"s1": "s3"}
    assert set(idx.members) == {"s2", "s3"}


def test_a_fragment_does_not_join_a_smaller_story_or_a_weak_link() -> None:
    """A small story joins only a story at least as large, linked at FRAGMENT_THRESHOLD."""
    idx = index_with({"s1": [["reid", "rehab"]] * 3, "s2": [["reid", "rehab"]] * 2})
    idx.created.clear()
    idx.touched = {"s2"}
    assert idx.fragment_target("s1") is None
    members = [vec(["reid", f"w{i}", f"v{i}", f"u{i}", f"t{i}"], f"x{i}") for i in range(3)]
    story = [vec(["reid", f"p{i}", f"q{i}", f"r{i}", f"s{i}"], f"y{i}") for i in range(8)]
    assert st.fragment_score(members, story) < st.FRAGMENT_THRESHOLD


def test_a_merged_story_id_resolves_to_the_story_it_joined(tmp_path: Path) -> None:
    """``get_story`` answers a merged story's id with the surviving story."""
    store = Store(str(tmp_path / "s.db"))
    with store.begin() as conn:
        for sid in ("s1", "s2"):
            st.insert_story(conn, sid, {"n": 0, "terms": {}, "names": {}}, "2025-01-01")
        idx = st.StoryIndex(conn=conn)
        idx.dropped, idx.merged = {"s2"}, {"s2": "s1"}
        idx.save(conn, "2025-01-02")
    assert queries.get_story(store, "s2")["id"] == "s1"
    assert queries.get_story(store, "s9") is None
    fuse.clear(store)
    with store.engine.connect() as conn:
        assert conn.execute(select(ft.story_aliases)).first() is None


GRAIN = ("Kremlin negotiators in Istanbul discussed grain exports, Odesa harbour convoys, "
         "Black Sea shipping insurance and fertiliser quotas with Turkish mediators. "
         "Wheat barges from Mykolaiv wait at Bosporus anchorages for Ankara inspectors.")
ARMS = ("Pentagon planners in Ramstein reviewed Patriot batteries, artillery shells, "
        "drone factories and winter fuel depots with Polish logistics officers. "
        "Rzeszow airfield hangars store Abrams spare parts for Kharkiv brigades.")


def grain_call(aid: str, date: str) -> Extraction:
    """A Trump–Putin call article about grain exports."""
    text = f"Donald Trump spoke with Vladimir Putin by phone. The White House said so. {GRAIN}"
    return make_call(aid, date=date, text=text, date_text="by phone")


def arms_call(aid: str, date: str) -> Extraction:
    """A Trump–Zelensky call article about air defence deliveries."""
    text = f"Donald Trump spoke with Volodymyr Zelensky by phone. The White House said so. {ARMS}"
    return make_call(aid, date=date, text=text, date_text="by phone", target=ZELENSKY)


def story_rows(store: Store) -> tuple[set[str], dict[str, str], dict[str, str]]:
    """Stored story ids, article -> story, and event -> story."""
    with store.engine.connect() as conn:
        sids = {r.id for r in conn.execute(select(ft.stories.c.id))}
        arts = {r.article_id: r.story_id for r in conn.execute(select(ft.story_articles))}
        evs = {r.id: r.story_id for r in conn.execute(select(ft.events.c.id, ft.events.c.story_id))}
    return sids, arts, evs


def test_update_splits_a_mixed_story_in_the_store(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A split moves articles and their events to a new story; a merged new story is deleted."""
    store = Store(str(tmp_path / "split.db"))
    grain = [add(store, grain_call(f"g{i}", f"2025-03-1{i}")) for i in range(3)]
    arms = [add(store, arms_call(f"r{i}", f"2025-04-1{i}")) for i in range(3)]
    monkeypatch.setattr(st, "JOIN_THRESHOLD", -1.0)  # everything joins one story ...
    monkeypatch.setattr(st, "SPLIT_MIN_PART", 100)  # ... and stays mixed for now
    fuse.update(store, grain + arms)
    sids, arts, evs = story_rows(store)
    assert sids == {"s1"} and set(arts.values()) == {"s1"} and set(evs.values()) == {"s1"}
    arms_events = {e["id"] for e in queries.list_events(store) if set(e["articles"]) & set(arms)}
    assert arms_events and len(arms_events) < len(evs)

    monkeypatch.setattr(st, "SPLIT_MIN_PART", 3)
    monkeypatch.setattr(st, "MERGE_THRESHOLD", 0.3)  # the two calls' groups link at 0.25-0.3:
    # a group split off that links at MERGE_THRESHOLD merges back
    arms.append(add(store, arms_call("r3", "2025-04-13")))
    fuse.update(store, [arms[-1]])
    sids, arts, evs = story_rows(store)
    new = arts["r0"]
    assert sids == {"s1", new} and new != "s1"
    assert {a: arts[a] for a in grain} == dict.fromkeys(grain, "s1")
    assert {a: arts[a] for a in arms} == dict.fromkeys(arms, new)
    assert all(evs[e] == new for e in arms_events)
    assert all(s == "s1" for e, s in evs.items() if e not in arms_events
               and not set(queries.get_event(store, e)["articles"]) & set(arms))
    assert queries.get_story(store, new)["articles"] == arms

    monkeypatch.setattr(st, "JOIN_THRESHOLD", 10.0)  # the next article opens a story ...
    late = add(store, grain_call("g3", "2025-03-13"))
    result = fuse.update(store, [late])  # ... that the repair merges into the grain story
    sids, arts, evs = story_rows(store)
    assert sids == {"s1", new} and arts[late] == "s1"
    assert result["stories_new"] == []
    assert set(evs.values()) == {"s1", new}
    assert queries.get_story(store, "s1")["articles"] == grain + [late]
    store.close()


def test_shared_rare_number_raises_similarity() -> None:
    """Two articles giving the same rare figure (a toll, a magnitude) are closer."""
    a = {"tv": {"quake": 1.0}, "nv": {}, "years": [], "dates": [], "nums": ["6.1", "43"]}
    b = {"tv": {"quake": 1.0}, "nv": {}, "years": [], "dates": [], "nums": ["43"]}
    c = {"tv": {"quake": 1.0}, "nv": {}, "years": [], "dates": [], "nums": ["7.0"]}
    assert st.similarity(a, b) == pytest.approx(st.TERM_WEIGHT * st.NUMBER_FACTOR)
    assert st.similarity(a, c) == pytest.approx(st.TERM_WEIGHT)


def test_only_rare_numbers_count() -> None:
    """A number many articles give is not evidence; a rare one is."""
    idx = st.StoryIndex()
    common = {"n": 1, "terms": {"quake": 1}, "names": {}, "years": {}, "dates": [],
              "numbers": ["10"]}
    for _ in range(200):
        idx.observe(common)
    rare = {**common, "numbers": ["10", "6.1"]}
    idx.observe(rare)
    assert idx.vectors(rare)["nums"] == ["6.1"]


def test_profile_numbers_drop_separators_and_keep_decimals() -> None:
    """Numbers written in digits are profile evidence; words and times are split cleanly."""
    assert numbers("A 6.1 quake killed 1,200 people and 3 cows on Route 66.") == [
        "1200", "3", "6.1", "66"]


def dated_vec(words: list[str], aid: str, years: list[str], day: str | None = None) -> dict:
    """A member vector over equal-weight name keys, about the given years."""
    return {**vec(words, aid), "years": years, "day": day}


def two_quakes(day: str | None = None) -> list[dict]:
    """One kind of occurrence told twice, years apart: an older group, two of whose reports
    name its year, a newer group all naming another year, and one stray report."""
    older = [dated_vec(["tremor", "coast", f"o{i}"], f"x{i}", ["2008"] if i < 2 else [], day)
             for i in range(5)]
    newer = [dated_vec(["tremor", "harbour", f"n{i}"], f"y{i}", ["2013"], day) for i in range(5)]
    return older + newer + [dated_vec(["ferry"], "z0", [], day)]


def test_two_groups_splits_groups_about_different_years_despite_a_stray() -> None:
    """The top two groups of the linkage are the stray against the rest; the two large groups,
    about different years, still split (the newer one moves)."""
    members = two_quakes()
    assert st.top_groups(members, [[st.similarity(a, b) for b in members] for a in members]) \
        is None
    moved = st.two_groups(members)
    assert moved is not None and {f"y{i}" for i in range(5)} <= moved
    assert not moved & {f"x{i}" for i in range(5)}


def test_two_groups_needs_dated_reports_on_both_sides() -> None:
    """Without dated reports in the older group (and with each group's place among the other
    group's words) nothing tells the groups apart: no split; nor when every report has a
    publication day (the days decide then)."""
    members = [dict(m, years=[], tv={"harbour": 0.1}) if m["id"].startswith("x")
               else dict(m, tv={"coast": 0.1}) for m in two_quakes()]
    assert st.two_groups(members) is None
    assert st.two_groups(two_quakes(day="2013-05-02")) is None


def test_groups_about_different_years_are_told_apart() -> None:
    """A new story about a year that none of an older story's dated reports names does not
    merge into it; a group naming a year only a few times is about no year."""
    members = two_quakes()
    older, newer = members[:5], members[5:10]
    assert st.told_apart(newer, older) and st.told_apart(older, newer)
    assert not st.told_apart(newer[:3], older)
    assert not st.told_apart(older, [dict(m, years=["2008"], nv={**m["nv"], "coast": 0.5})
                                     for m in newer])


def two_heists(day: str | None = None) -> list[dict]:
    """Two undated jewel heists in one city: each group's reports all name its own jeweller,
    which the other group never names, and one stray report."""
    older = [dated_vec(["paris", "robbers", "winston", f"o{i}"], f"x{i}", [], day)
             for i in range(5)]
    newer = [dated_vec(["paris", "robbers", "cartier", f"n{i}"], f"y{i}", [], day)
             for i in range(5)]
    return older + newer + [dated_vec(["paris"], "z0", [], day)]


def test_two_groups_splits_undated_groups_naming_different_occurrences() -> None:
    """Two large undated groups, each naming someone the other never names, split (the newer
    moves); not when every report has a publication day."""
    moved = st.two_groups(two_heists())
    assert moved is not None and {f"y{i}" for i in range(5)} <= moved
    assert not moved & {f"x{i}" for i in range(5)}
    assert st.two_groups(two_heists(day="2013-05-02")) is None


def test_names_apart_needs_own_names_on_both_sides() -> None:
    """Groups are apart by names only when each has a name (in most of at least five reports)
    that the other's reports neither name nor use as a word."""
    members = two_heists()
    older, newer = members[:5], members[5:10]
    assert st.names_apart(older, newer) and st.told_apart(newer, older)
    assert not st.names_apart(older[:4], newer)  # too few reports to be about a name
    same = [dict(m, nv={**m["nv"], "winston": 0.5}) for m in newer]
    assert not st.names_apart(older, same)  # the newer reports name the older jeweller too
    worded = [dict(m, tv={"winston": 0.3}) for m in newer]
    assert not st.names_apart(older, worded)  # ... or use its name as a word
    plain = [dict(m, nv={"paris": 0.7, "robbers": 0.7}) for m in newer]
    assert not st.names_apart(older, plain)  # only one group has a name of its own


def test_the_split_checks_similarity_matrix_is_the_pairwise_one_bit_for_bit() -> None:
    """Each pair is scored once when its mirror is the same float; pairs whose vectors tie in
    length (where ``dot`` sums in another order each way) are scored both ways."""
    import random

    rng = random.Random(5)
    words = [f"w{i}" for i in range(40)]

    def member(i: int) -> dict:
        def vector() -> dict:
            keys = rng.sample(words, rng.choice([3, 3, 5, 8]))  # many ties in length
            return {k: rng.random() / 3 for k in keys}
        return {"tv": vector(), "nv": vector(), "years": [rng.choice([2023, 2024])],
                "dates": [], "nums": [str(rng.randint(1, 4))], "id": f"a{i}",
                "day": f"2024-03-{rng.randint(1, 28):02d}" if i % 3 else None}

    members = [member(i) for i in range(30)]
    full = [[st.similarity(a, b) for b in members] for a in members]
    assert st.similarity_matrix(members) == full
    assert any(full[i][j] != full[j][i] for i in range(30) for j in range(30))  # order matters



def weighted(names: dict[str, float], aid: str) -> dict:
    """A member vector over the given name weights (made unit length)."""
    norm = sum(w * w for w in names.values()) ** 0.5
    return {"tv": {}, "nv": {k: w / norm for k, w in names.items()}, "years": [], "dates": [],
            "id": aid}


def two_arrests(recalled: str = "williams") -> list[dict]:
    """Two arrests of one kind in one story: the later reports are led by their own player and
    recall the earlier one by name; the earlier reports never name the later player."""
    older = [weighted({"jackson": 3, "chargers": 1, "dui": 1, f"o{i}": 1}, f"x{i}")
             for i in range(5)]
    newer = [weighted({recalled: 3, "jackson": 1.5, "chargers": 1, "dui": 1, f"n{i}": 1},
                      f"y{i}") for i in range(5)]
    return older + newer


def repaired(members: list[dict]) -> tuple[st.StoryIndex, dict[str, str]]:
    """An in-memory index whose one story holds the members, after ``repair``."""
    idx = st.StoryIndex()
    sid = idx.open_story()
    for m in members:
        idx.join(sid, art(), {k: m[k] for k in ("tv", "nv", "years", "dates")}, m["id"])
    idx.created.clear()
    return idx, idx.repair()


def test_a_split_part_led_by_a_name_of_its_own_does_not_merge_back() -> None:
    """The split check takes the later arrest's reports out; they are led by a name the earlier
    reports never name, so they do not merge back into the story they left, though the two
    groups link above the merge threshold. When the earlier reports name it too, they merge
    back."""
    members = two_arrests()
    sims = st.similarity_matrix(members)
    older, newer = list(range(5)), list(range(5, 10))
    assert st.MERGE_THRESHOLD <= st.average_link(sims, older, newer) < st.SPLIT_THRESHOLD
    idx, moved = repaired(members)
    assert set(moved) == {f"y{i}" for i in range(5)} and len(idx.members["s1"]) == 5
    named = [dict(m, nv={**m["nv"], "williams": 0.1}) if m["id"][0] == "x" else m
             for m in members]
    idx, moved = repaired(named)
    assert set(moved.values()) <= {"s1"} and len(idx.members["s1"]) == 10  # out and back


def test_one_name_apart_needs_a_leading_name_five_reports_and_no_days() -> None:
    """One side's own name holds two groups apart only when it leads that side's reports (a
    lesser name of a side branch does not), for groups of at least five reports not all
    published on known days; names_apart (both sides) still needs a name on each side."""
    members = two_arrests()
    older, newer = members[:5], members[5:]
    assert st.leading_name(newer) == "williams" and st.leading_name(older) == "jackson"
    assert st.one_name_apart(newer, older) and st.one_name_apart(older, newer)
    assert not st.names_apart(older, newer)
    lesser = [dict(m, nv={**m["nv"], "williams": 0.1}) for m in two_arrests("jackson")[5:]]
    assert not st.one_name_apart(lesser, older)  # own name, but jackson leads both sides
    assert not st.one_name_apart(newer[:4], older)
    assert not st.one_name_apart([dict(m, day="2009-02-03") for m in newer],
                                 [dict(m, day="2009-01-06") for m in older])


def test_a_held_part_hands_back_the_reports_that_do_not_say_its_name() -> None:
    """A part held apart by the name leading it keeps only the reports saying that name: two
    reports of the earlier arrest that the linkage put with the later one go back."""
    members = two_arrests()
    idx = st.StoryIndex()
    s1, s2 = idx.open_story(), idx.open_story()
    for m in members[:3] + members[5:] + members[3:5]:
        sid = s1 if m["id"] in ("x0", "x1", "x2") else s2
        idx.join(sid, art(), {k: m[k] for k in ("tv", "nv", "years", "dates")}, m["id"])
    assert not st.one_name_apart(idx.members[s2], idx.members[s1])  # too few on one side
    idx.join(s1, art(), {k: v for k, v in weighted({"jackson": 1}, "x5").items() if k != "id"},
             "x5")
    idx.join(s1, art(), {k: v for k, v in weighted({"jackson": 1}, "x6").items() if k != "id"},
             "x6")
    idx.sort_held(s2, s1)
    assert {m["id"] for m in idx.members[s2]} == {f"y{i}" for i in range(5)}
    assert {m["id"] for m in idx.members[s1]} == {f"x{i}" for i in range(7)}
