"""Events of different stories never link: a report joins only an event of its own story."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuse_helpers import add, make_call
from sqlalchemy import select
from test_fuse_stories import ARMS, GRAIN
from test_fuse_story_links import CRASH, CRASH_TOO, report

from eventwire import fuse
from eventwire.fuse import queries
from eventwire.fuse import stories as st
from eventwire.fuse.events import Fusion, groups_compatible, other_story, place
from eventwire.model import Extraction
from eventwire.store import Store
from eventwire.store import fuse_tables as ft


def fused(*mentions: object) -> tuple[Fusion, list[str]]:
    """Place the mentions one by one into a fresh in-memory fusion; return it and their ids."""
    fusion = Fusion()
    return fusion, [place(fusion, m) for m in mentions]  # type: ignore[arg-type]


def test_a_dated_report_joins_the_event_of_its_own_story_only() -> None:
    first = report("c1", CRASH, "arrested", "s1", published="2024-05-02")
    same = report("c2", CRASH_TOO, "arrested", "s1", published="2024-05-02")
    _, ids = fused(first, same)
    assert ids[0] == ids[1]
    other = report("c3", CRASH_TOO, "arrested", "s2", published="2024-05-02")
    fusion, ids = fused(report("c1", CRASH, "arrested", "s1", published="2024-05-02"), other)
    assert ids[0] != ids[1]
    assert other_story(fusion, ids[0], other)
    # without a story on the report's side nothing is ruled out
    bare = report("c4", CRASH_TOO, "arrested", None, published="2024-05-02")
    assert not other_story(fusion, ids[0], bare)


def test_events_of_different_stories_do_not_merge() -> None:
    a = [report("c1", CRASH, "arrested", "s1", published="2024-05-02")]
    b = [report("c2", CRASH_TOO, "arrested", "s2", published="2024-05-02")]
    c = [report("c3", CRASH_TOO, "arrested", "s1", published="2024-05-02")]
    assert not groups_compatible(a, b)
    assert groups_compatible(a, c)
    assert groups_compatible(a, [report("c4", CRASH_TOO, "arrested", None, published="2024-05-02")])


def one_call(aid: str, topic: str) -> Extraction:
    """An article on the 10 March Trump–Putin call, told around one of two other topics."""
    text = f"Donald Trump spoke with Vladimir Putin by phone. The White House said so. {topic}"
    return make_call(aid, date="2025-03-10", text=text, date_text="by phone")


def event_stories(store: Store) -> dict[str, set[str]]:
    """Each stored event's id -> the stories of its mentions' articles."""
    with store.engine.connect() as conn:
        arts = {r.article_id: r.story_id for r in conn.execute(select(ft.story_articles))}
    return {e["id"]: {arts[a] for a in e["articles"]} for e in queries.list_events(store)}


def test_a_story_split_splits_the_events_that_spanned_it(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(str(tmp_path / "split.db"))
    grain = [add(store, one_call(f"g{i}", GRAIN)) for i in range(3)]
    arms = [add(store, one_call(f"r{i}", ARMS)) for i in range(3)]
    monkeypatch.setattr(st, "JOIN_THRESHOLD", -1.0)  # everything joins one story ...
    monkeypatch.setattr(st, "SPLIT_MIN_PART", 100)  # ... and stays mixed for now
    fuse.update(store, grain + arms)
    before = event_stories(store)
    assert list(before.values()) == [{"s1"}]  # the one call, reported six times
    first = next(iter(before))

    monkeypatch.setattr(st, "SPLIT_MIN_PART", 3)  # the two topics' groups now split ...
    monkeypatch.setattr(st, "SPLIT_THRESHOLD", 0.9)
    monkeypatch.setattr(st, "MERGE_THRESHOLD", 0.95)  # ... and do not merge back
    arms.append(add(store, one_call("r3", ARMS)))
    fuse.update(store, [arms[-1]])
    after = event_stories(store)
    assert all(len(s) == 1 for s in after.values()) and len(after) == 2
    assert after[first] == {"s1"}  # the older story's reports keep the record
    records = {e["id"]: set(e["articles"]) for e in queries.list_events(store)}
    assert records[first] == set(grain)
    assert sorted(map(sorted, records.values())) == [sorted(grain), sorted(arms)]
    store.close()
