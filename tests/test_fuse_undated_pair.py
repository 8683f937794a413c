"""``events.undated_pair`` (per-mention dating read once) decides as the per-pair test it
replaced: any pair of two articles, one type, vaguely dated, the smaller side all matched."""

import itertools

from eventwire.fuse.events import dating, undated_pair, vaguely_dated
from eventwire.fuse.mentions import Mention, coverage

RANGES = [None, ["2024-03-01", "2024-03-01"], ["2024-03-01", "2024-03-08"],
          ["2024-03-01", "2024-03-09"], ["2024-01-01", "2024-06-30"]]
KEYS = [[], [frozenset({"israel"})], [frozenset({"israel"}), frozenset({"hezbollah"})],
        [frozenset({"lebanon"})]]


def mention(i: int, root: str, kind: str, rng: list[str] | None,
            keys: list[frozenset[str]]) -> Mention:
    m = Mention(id=f"{root}#{i}", article=root, root=root, data={"type": kind})
    m.keys = keys
    m.when = {"range": rng, "from": "text"} if rng else None
    return m


def per_pair(group: list[Mention], other: list[Mention]) -> bool:
    """The test as written before: every pair compared through the mentions' properties."""
    return any(m.root != o.root and m.type == o.type and vaguely_dated(m, o) and
               coverage(m.keys, o.keys) == 1.0 for m in group for o in other)


def test_undated_pair_agrees_with_the_per_pair_test() -> None:
    pool = [mention(i, root, kind, rng, keys) for i, (root, kind, rng, keys) in enumerate(
        itertools.product(["a1", "a2"], ["ATTACK", "CONSULT"], RANGES, KEYS))]
    seen = set()
    for i in range(0, len(pool), 3):
        group = pool[i:i + 2]
        for j in range(0, len(pool), 5):
            other = pool[j:j + 3]
            got = undated_pair(dating(group), dating(other))
            assert got == per_pair(group, other)
            seen.add(got)
    assert seen == {True, False}


def test_one_article_or_a_precise_pair_is_not_undated() -> None:
    day = ["2024-03-01", "2024-03-01"]
    wide = ["2024-01-01", "2024-06-30"]
    keys = [frozenset({"israel"})]
    a = mention(0, "a1", "ATTACK", day, keys)
    assert not undated_pair(dating([a]), dating([mention(1, "a1", "ATTACK", None, keys)]))
    assert not undated_pair(dating([a]), dating([mention(2, "a2", "ATTACK", wide, keys)]))
    assert undated_pair(dating([a]), dating([mention(3, "a2", "ATTACK", None, keys)]))
    w = mention(4, "a1", "ATTACK", wide, keys)
    assert undated_pair(dating([w]), dating([mention(5, "a2", "ATTACK", wide, keys)]))
