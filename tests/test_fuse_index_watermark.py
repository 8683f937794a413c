"""Cheap bookkeeping of an update: whether the read-side indexes need filling is told by the
newest event alone, and the participants of written events are taken from the rows written."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select
from test_scale_promises import make_event, write

from eventwire.fuse import index
from eventwire.fuse import promises as pm
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s


def test_newest_event_without_search_text_marks_the_indexes_stale(store: Store) -> None:
    rng = random.Random(3)
    with store.begin() as conn:
        assert not index.is_stale(conn)  # no events at all
    write(store, [make_event(rng, i, promise=False) for i in range(1, 41)], "t1")
    with store.begin() as conn:
        assert not index.is_stale(conn)
        conn.execute(delete(ft.event_text))  # a store written before the search text
        conn.execute(delete(ft.event_actors))
        assert index.is_stale(conn)
        assert index.ensure(conn) == 40
        assert not index.is_stale(conn)
        assert conn.execute(select(func.count()).select_from(ft.event_text)).scalar() == 40


def test_written_participants_equal_those_read_back(store: Store) -> None:
    rng = random.Random(7)
    events = [make_event(rng, i, promise=False) for i in range(1, 61)]
    write(store, events, "t1")
    read, taken = pm.Written(), pm.Written()
    with store.begin() as conn:
        read.note(conn, [ev["id"] for ev in events])
    for ev in events:
        taken.note_written(ev)
    assert taken.actor_ids and taken.name_keys
    assert (taken.ids, taken.actor_ids, taken.name_keys) == \
        (read.ids, read.actor_ids, read.name_keys)


def _empty_store(engine: str, tmp_path: Path,
                 request: pytest.FixtureRequest) -> tuple[str, Store]:
    """A store with no tables from an earlier test, on SQLite or the test PostgreSQL server."""
    url = str(tmp_path / "store.db") if engine == "sqlite" else \
        request.getfixturevalue("postgres_url")
    store = Store(url)
    s.metadata.drop_all(store.engine)
    store.close()
    return url, Store(url)


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgres", marks=pytest.mark.slow)])
def test_store_without_event_types_gets_them_and_type_pools_read_only_them(
        engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url, store = _empty_store(engine, tmp_path, request)
    base = {"mode": None, "modality": "asserted", "participants": [], "source": [],
            "target": [], "commitments": {}, "date": "2025-03-02",
            "date_range": ["2025-03-02", "2025-03-02"]}
    events = [{**base, "id": "e1", "type": "CONSULT", "mentions": [{"type": "CONSULT"}]},
              # a record typed by its first mention that also tells of talks
              {**base, "id": "e2", "type": "AID", "mentions": [{"type": "AID"},
                                                               {"type": "CONSULT"}]},
              {**base, "id": "e3", "type": "AID", "mentions": [{"type": "AID"}]}]
    write(store, events, "t1")
    with store.begin() as conn:  # a store written before the table existed
        ft.event_types.drop(conn)
        conn.execute(delete(s.meta).where(s.meta.c.key == index.TYPES_META))
    store.close()
    store = Store(url)  # creates the table, empty
    with store.begin() as conn:
        index.ensure(conn)
        assert sorted(tuple(r) for r in conn.execute(select(
            ft.event_types.c.event_id, ft.event_types.c.type))) == [
            ("e1", "CONSULT"), ("e2", "AID"), ("e2", "CONSULT"), ("e3", "AID")]
        cache = pm.EventCache(conn)
        assert [e["id"] for e in cache.get(["e3", "e2", "e1"], "CONSULT")] == ["e2", "e1"]
        assert "e3" not in cache.data
    with store.begin() as conn:  # rewritten with the event: a mention type gone
        index.sync_events(conn, [({**events[1], "mentions": [{"type": "AID"}]}, 2,
                                  "2025-03-02")], ["e2"])
        assert pm.EventCache(conn).get(["e3", "e2", "e1"], "CONSULT")[0]["id"] == "e1"
        assert len(pm.EventCache(conn).get(["e3", "e2", "e1"], "CONSULT")) == 1
    s.metadata.drop_all(store.engine)
    store.close()


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgres", marks=pytest.mark.slow)])
def test_distinct_name_keys_equal_a_scan_of_every_participant(
        engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    _, store = _empty_store(engine, tmp_path, request)
    with store.begin() as conn:
        assert pm.distinct_name_keys(conn) == []
    rng = random.Random(11)
    write(store, [make_event(rng, i, promise=False) for i in range(1, 81)], "t1")
    ea = ft.event_actors.c
    with store.begin() as conn:
        scanned = sorted(set(conn.execute(select(ea.name_key).where(
            ea.name_key.is_not(None))).scalars()))
        assert len(scanned) > 3
        assert pm.distinct_name_keys(conn) == scanned
        cands = pm.Candidates(conn, pm.EventCache(conn))
        assert cands.name_keys("putin") == [n for n in scanned if "putin" in n]
    s.metadata.drop_all(store.engine)
    store.close()
