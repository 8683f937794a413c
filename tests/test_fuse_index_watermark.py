"""Cheap bookkeeping of an update: whether the read-side indexes need filling is told by the
newest event alone, and the participants of written events are taken from the rows written."""

from __future__ import annotations

import random

from sqlalchemy import delete, func, select
from test_scale_promises import make_event, write

from eventwire.fuse import index
from eventwire.fuse import promises as pm
from eventwire.store import Store
from eventwire.store import fuse_tables as ft


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
