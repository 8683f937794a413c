"""Rows inserted through the SQLite driver (``store.insert_rows``) are stored exactly as
SQLAlchemy's ``insert`` stores them (JSON columns serialised alike), and a table with a
default for a left-out column goes through SQLAlchemy; event mentions read through the
driver (``candidates.group_rows``) are the rows of the portable query."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuse_helpers import ZELENSKY, add, make_call
from sqlalchemy import Column, Integer, MetaData, String, Table, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import JSON

from eventwire import fuse
from eventwire.fuse import candidates as cands
from eventwire.store import Store, insert_rows
from eventwire.store import fuse_tables as ft

META = MetaData()
PLAIN = Table("plain", META, Column("id", String(8), primary_key=True), Column("n", Integer),
              Column("ref", JSON))
DEFAULTED = Table("defaulted", META, Column("id", String(8), primary_key=True),
                  Column("n", Integer, default=7))
ROWS = [{"id": "a", "n": 1, "ref": {"name": "Nasrallah", "é": [1.5, None]}},
        {"id": "b", "n": None, "ref": ["x", {"y": 2}]}]


def test_driver_insert_stores_what_sqlalchemy_stores(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    with store.engine.begin() as conn:
        META.create_all(conn)
        insert_rows(conn, PLAIN, ROWS)
        driver = [tuple(r) for r in conn.execute(text("SELECT id, n, ref FROM plain"))]
        conn.execute(PLAIN.delete())
        conn.execute(insert(PLAIN), ROWS)
        portable = [tuple(r) for r in conn.execute(text("SELECT id, n, ref FROM plain"))]
        insert_rows(conn, DEFAULTED, [{"id": "a"}, {"id": "b"}])
        insert_rows(conn, PLAIN, [])
        defaults = conn.execute(select(DEFAULTED.c.n)).scalars().all()
    assert driver == portable
    assert driver[0] == ("a", 1, '{"name": "Nasrallah", "\\u00e9": [1.5, null]}')
    assert defaults == [7, 7]


def test_driver_insert_fails_as_sqlalchemy_fails(tmp_path: Path) -> None:
    """A row the database refuses raises SQLAlchemy's ``IntegrityError`` through the driver
    too (callers that catch it see no difference), and the rows already in stay."""
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    with store.engine.begin() as conn:
        META.create_all(conn)
        insert_rows(conn, PLAIN, ROWS[:1])
    for via in (insert_rows, lambda c, t, rows: c.execute(insert(t), rows)):
        with pytest.raises(IntegrityError) as info, store.engine.begin() as conn:
            via(conn, PLAIN, [ROWS[1], {**ROWS[0], "n": 5}])
        assert "UNIQUE" in str(info.value.orig)
    with store.engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(text("SELECT id, n FROM plain"))] == [("a", 1)]
    store.engine.dispose()


def test_group_rows_match_the_query(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'y.db'}")
    fuse.update(store, [
        add(store, make_call("a1", date="2025-03-04", published="2025-03-05")),
        add(store, make_call("a2", date="2025-03-04", published="2025-03-06")),
        add(store, make_call("a3", date="2025-05-20", published="2025-05-21",
                             target=ZELENSKY))])
    with store.engine.connect() as conn:
        ids = sorted({r[0] for r in conn.execute(select(ft.event_mentions.c.event_id))})
        got = sorted(cands.group_rows(conn, ids))
        want = sorted(tuple(r) for r in conn.execute(cands.group_query(), {"ids": ids}))
        groups = dict(cands.event_groups(conn, ids))
    assert got == want and len(got) == 3 and len(ids) == 2
    assert sorted(len(g) for g in groups.values()) == [1, 2]
    for group in groups.values():
        assert [m.article for m in group] == sorted(m.article for m in group)
        assert all(m.type == "CONSULT" and m.keys and m.range for m in group)
