"""A store written before ``event_actors.date_max`` existed opens, is filled once, and judges
its promises as a store written with it does."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from sqlalchemy import select
from test_scale_promises import full_judgement, make_event, stored, write

from eventwire.fuse import index
from eventwire.fuse import promises as pm
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s

NEW_INDEXES = ("ix_event_actors_actor_end", "ix_event_actors_name_end")


def make_old(path: Path) -> None:
    """Turn a store into one written before the column: its indexes and the column dropped,
    the note that the column was filled removed."""
    conn = sqlite3.connect(path, isolation_level=None)
    for name in NEW_INDEXES:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("ALTER TABLE event_actors DROP COLUMN date_max")
    conn.execute("DELETE FROM eventwire_meta WHERE key = ?", (index.ACTOR_ENDS_META,))
    conn.close()


def build(path: Path, old: bool) -> Store:
    """A store of random events with commitments, made old (and reopened) or not."""
    rng = random.Random(11)
    store = Store(str(path))
    write(store, [make_event(rng, i, promise=i % 4 == 0) for i in range(1, 60)], "t1")
    if old:
        store.close()
        make_old(path)
        cols = [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(event_actors)")]
        assert "date_max" not in cols
        store = Store(str(path))
    with store.begin() as conn:
        index.ensure(conn)
        pm.refresh_promises(conn, "t1")
    return store


def test_old_store_gets_the_column_filled_and_judges_alike(tmp_path: Path) -> None:
    """Reopening adds the column and its indexes; the first fill copies every event's last
    day; promise judgements equal a judgement over every event and those of a store written
    with the column, before and after more events are written."""
    path = tmp_path / "old.db"
    old, new = build(path, old=True), build(tmp_path / "new.db", old=False)
    with old.begin() as conn:
        rows = conn.execute(select(ft.event_actors.c.event_id, ft.event_actors.c.date_max,
                                   ft.events.c.date_max.label("event_max"))
                            .join(ft.events, ft.events.c.id == ft.event_actors.c.event_id)).all()
        assert conn.execute(select(s.meta.c.value)
                            .where(s.meta.c.key == index.ACTOR_ENDS_META)).scalar() == "1"
    assert rows and all(r.date_max == r.event_max for r in rows)
    assert any(r.date_max for r in rows)
    have = {r[1] for r in sqlite3.connect(path).execute("PRAGMA index_list(event_actors)")}
    assert set(NEW_INDEXES) <= have
    assert stored(old) == full_judgement(old, "t1") == stored(new)

    for store in (old, new):
        rng = random.Random(5)
        write(store, [make_event(rng, i, promise=i % 3 == 0) for i in range(60, 90)], "t2")
        with store.begin() as conn:
            pm.refresh_promises(conn, "t2")
    assert stored(old) == stored(new)
    assert any(r["status"] != "open" for r in stored(old))
    old.close()
    new.close()
