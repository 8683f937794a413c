"""The bound that lets a new story skip older stories it cannot merge into: never below the
average link it bounds, and the repair's choices the same with and without it."""

from __future__ import annotations

import itertools

import pytest

from eventwire.fuse import stories as st


def member(aid: str, terms: dict[str, float], names: dict[str, float], day: str | None = None,
           dates: list[str] | None = None, nums: list[str] | None = None) -> dict:
    """A member vector (weights as given) with a publication day, dates and rare numbers."""
    return {"tv": terms, "nv": names, "years": [], "dates": dates or [], "day": day,
            "nums": nums or [], "id": aid}


def average(a: list[dict], b: list[dict]) -> float:
    """The average link ``merge_target`` computes."""
    return sum(st.similarity(x, y) for x in a for y in b) / (len(a) * len(b))


GROUP_A = [member("a1", {"harbour": 0.8, "grain": 0.6}, {"odesa": 1.0}, "2025-03-01",
                  ["2025-03-01"], ["4021"]),
           member("a2", {"grain": 1.0}, {"odesa": 0.6, "ankara": 0.8}, "2025-03-02")]
GROUP_B = [member("b1", {"grain": 0.6, "convoy": 0.8}, {"odesa": 1.0}, "2025-03-03",
                  ["2025-03-01"], ["4021"]),
           member("b2", {"shells": 1.0}, {"ramstein": 1.0}, "2026-09-01"),
           member("b3", {"harbour": 1.0}, {}, None)]


def test_the_bound_is_never_below_the_average_link() -> None:
    """Over every pair of non-empty subgroups (shared dates and numbers, near and far days,
    a member without a day) the bound is at least the exact average link."""
    for i, j in itertools.product(range(1, 3), range(1, 4)):
        for a in itertools.combinations(GROUP_A, i):
            for b in itertools.combinations(GROUP_B, j):
                bound = st.link_bound(st.centroid(list(a)), st.centroid(list(b)), i * j)
                assert bound >= average(list(a), list(b)) - 1e-12


def test_groups_sharing_nothing_are_bounded_by_the_bonuses_alone() -> None:
    """Two groups sharing no term or name are bounded by the date bonus and number factor
    alone (below the merge threshold), and only when they share a date and a number;
    groups sharing their words are not."""
    far = [member("c1", {"tariff": 1.0}, {"brussels": 1.0})]
    assert st.link_bound(st.centroid(GROUP_A), st.centroid(far), 2) == 0.0
    both = [member("c2", {"tariff": 1.0}, {"brussels": 1.0}, None, ["2025-03-01"], ["4021"])]
    assert st.link_bound(st.centroid(GROUP_A), st.centroid(both), 2) == \
        pytest.approx(st.NUMBER_FACTOR * st.DATE_BONUS)
    assert st.link_bound(st.centroid(GROUP_A), st.centroid(both), 2) < st.MERGE_THRESHOLD
    assert st.link_bound(st.centroid(GROUP_A), st.centroid(GROUP_A), 4) > st.MERGE_THRESHOLD


def test_a_negative_weight_gives_no_bound() -> None:
    """A negative weight breaks the bound's premise: no centroid, an infinite bound."""
    odd = [member("n1", {"grain": -0.5}, {})]
    assert st.centroid(odd) is None
    assert st.link_bound(st.centroid(odd), st.centroid(GROUP_A), 2) == float("inf")


def test_story_centroids_follow_joins_and_moves() -> None:
    """A story's kept centroid is read again when a member joins (the list grows) and when
    members move (the list is replaced)."""
    idx = st.StoryIndex()
    s1, s2 = idx.open_story(), idx.open_story()
    art = {"n": 1, "terms": {}, "names": {}, "years": {}, "dates": []}
    idx.join(s1, art, {k: v for k, v in GROUP_A[0].items() if k != "id"}, "a1")
    first = idx.centroid_of(s1)
    assert first is idx.centroid_of(s1) and first[1] == {"odesa": 1.0}
    idx.join(s1, art, {k: v for k, v in GROUP_A[1].items() if k != "id"}, "a2")
    assert idx.centroid_of(s1)[1] == {"odesa": 1.6, "ankara": 0.8}
    idx.move({"a1"}, s1, s2)
    assert idx.centroid_of(s1)[1] == {"odesa": 0.6, "ankara": 0.8}
    assert idx.centroid_of(s2)[1] == {"odesa": 1.0}


def repaired(monkeypatch, bounded: bool) -> tuple[dict, dict]:
    """The moves and member lists of a repair merging new stories into older ones, with the
    bound or with every story scored."""
    if not bounded:
        monkeypatch.setattr(st, "link_bound", lambda a, b, pairs: float("inf"))
    idx = st.StoryIndex()
    art = {"n": 1, "terms": {}, "names": {}, "years": {}, "dates": []}
    plan = {"s1": [GROUP_A[0], GROUP_A[1]], "s2": [GROUP_B[1]], "s3": [GROUP_B[2]],
            "s4": [GROUP_B[0]], "s5": [member("x1", {"shells": 0.9, "drones": 0.4},
                                              {"ramstein": 1.0}, "2026-09-02")],
            "s6": [member("x2", {"tariff": 1.0}, {"brussels": 1.0})]}
    for sid in plan:
        assert idx.open_story() == sid
    for sid, members in plan.items():
        for m in members:
            idx.join(sid, art, {k: v for k, v in m.items() if k != "id"}, m["id"])
    idx.created = ["s4", "s5", "s6"]
    moved = idx.repair()
    return moved, {sid: [m["id"] for m in ms] for sid, ms in idx.members.items()}


def test_the_bound_changes_no_merge(monkeypatch) -> None:
    """New stories merge into the same older stories whether or not the bound skips some."""
    scored: list[int] = []
    similarity = st.similarity

    def counting(a: dict, b: dict) -> float:
        scored.append(1)
        return similarity(a, b)

    monkeypatch.setattr(st, "similarity", counting)
    with_bound = repaired(monkeypatch, bounded=True)
    n_bounded = len(scored)
    without = repaired(monkeypatch, bounded=False)
    assert with_bound == without
    assert with_bound[0] == {"b1": "s1", "x1": "s2"}
    assert n_bounded < len(scored) - n_bounded  # the bound skipped some scoring


def test_the_row_bound_is_never_below_a_row_of_links() -> None:
    """A member's bound against a group is at least its summed similarities to the group's
    members."""
    for j in range(1, 4):
        for b in itertools.combinations(GROUP_B, j):
            for a in GROUP_A + GROUP_B:
                row = sum(st.similarity(a, y) for y in b)
                assert st.row_bound(a, st.centroid(list(b)), j) >= row - 1e-12


def test_an_average_cut_short_could_not_reach_its_floor() -> None:
    """``average_reaching`` gives the exact average (the same float) or None, and None only
    when the exact average is below the floor; a floor the groups reach is never cut."""
    groups_a = [list(c) for i in range(1, 3) for c in itertools.combinations(GROUP_A, i)]
    groups_b = [list(c) for j in range(1, 4) for c in itertools.combinations(GROUP_B, j)]
    cut = 0
    for a in groups_a:
        for b in groups_b:
            exact = average(a, b)
            for floor in (0.0, 0.05, 0.1, 0.25, 0.5, 1.0, 3.0):
                got = st.average_reaching(a, b, st.centroid(a), st.centroid(b), floor)
                if got is None:
                    cut += 1
                    assert exact < floor
                else:
                    assert got == exact
            assert st.average_reaching(a, b, st.centroid(a), st.centroid(b), 0.0) == exact
            assert st.average_reaching(a, b, None, st.centroid(b), 3.0) == exact
    assert cut  # some averages were cut short


def test_pair_factors_follow_days_dates_and_numbers() -> None:
    """The largest factors two groups' pairs can get: the time factor of their closest days
    when every member has one (else the largest of all), the date bonus and the number
    factor only when the groups share a date or a number."""
    def facts(days: list[str | None], dates=(), nums=()) -> st.GroupFacts:
        return st.centroid([member(f"m{i}", {"w": 1.0}, {}, d, list(dates), list(nums))
                            for i, d in enumerate(days)])[2]

    march = facts(["2025-03-01", "2025-03-20"], ["2025-03-01"], ["4021"])
    assert st.pair_factors(march, facts(["2025-05-10"])) == (st.YEAR_FACTOR_SAME, 0.0, 1.0)
    assert st.pair_factors(march, facts(["2025-06-10"])) == (1.0, 0.0, 1.0)
    assert st.pair_factors(march, facts(["2026-09-01"])) == (st.YEAR_FACTOR_CLASH, 0.0, 1.0)
    assert st.pair_factors(march, facts(["2026-09-01", None])) == \
        (st.YEAR_FACTOR_SAME, 0.0, 1.0)
    assert st.pair_factors(march, facts(["2026-09-01"], ["2025-03-01"], ["4021"])) == \
        (st.YEAR_FACTOR_CLASH, st.DATE_BONUS, st.NUMBER_FACTOR)
    assert st.pair_factors(facts(["2025-03-01", None]), march)[0] == st.YEAR_FACTOR_SAME


def random_member(rng, i: int) -> dict:
    """A member of random words, names, day (or none), dates and numbers."""
    words = ["grain", "harbour", "convoy", "shells", "tariff", "drones", "ceasefire"]
    names = ["odesa", "ankara", "ramstein", "brussels", "gaza"]
    def vec(keys: list[str]) -> dict[str, float]:
        return {k: round(rng.random(), 5) for k in rng.sample(keys, rng.randint(0, 3))}
    day = None if rng.random() < 0.2 else \
        f"{rng.choice([2024, 2025, 2026])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return member(f"r{i}", vec(words), vec(names), day,
                  rng.sample(["2025-03-01", "2025-03-02", "2024-07-01"], rng.randint(0, 1)),
                  rng.sample(["4021", "37", "1200"], rng.randint(0, 1)))


def test_the_bounds_hold_on_random_groups() -> None:
    """On random groups (days near, apart and far, some missing; dates and numbers shared or
    not) the group bound is at least the average link and the row bound at least each
    row's summed links."""
    import random

    rng = random.Random(5)
    for trial in range(400):
        a = [random_member(rng, 10 * trial + i) for i in range(rng.randint(1, 4))]
        b = [random_member(rng, 10 * trial + 5 + i) for i in range(rng.randint(1, 4))]
        sa, sb = st.centroid(a), st.centroid(b)
        assert st.link_bound(sa, sb, len(a) * len(b)) >= average(a, b) - 1e-12
        for x in a:
            assert st.row_bound(x, sb, len(b)) >= sum(st.similarity(x, y) for y in b) - 1e-12
        for floor in (0.05, 0.25, 0.5):
            got = st.average_reaching(a, b, sa, sb, floor)
            assert got == average(a, b) if got is not None else average(a, b) < floor
