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


ONE = Table("one", META, Column("id", String(8), primary_key=True))
TWO_JSON = Table("two_json", META, Column("a", JSON), Column("id", String(8), primary_key=True),
                 Column("b", JSON), Column("n", Integer))


def test_driver_insert_of_one_column_and_of_several_converted_columns(tmp_path: Path) -> None:
    """A row's values are taken in its first row's column order (a row's extra keys left
    out), one column alone too, and each column whose type converts is converted at its
    place, as SQLAlchemy's insert stores them."""
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    rows = [{"a": {"k": [1, "é"]}, "id": "a", "b": None, "n": 3},
            {"n": None, "b": ["x"], "id": "b", "a": "text", "extra": 9}]
    with store.engine.begin() as conn:
        META.create_all(conn)
        insert_rows(conn, ONE, [{"id": "x"}, {"id": "y", "other": 1}])
        insert_rows(conn, TWO_JSON, rows)
        driver = [tuple(r) for r in conn.execute(text("SELECT a, id, b, n FROM two_json"))]
        conn.execute(TWO_JSON.delete())
        conn.execute(insert(TWO_JSON), [{k: v for k, v in r.items() if k != "extra"}
                                        for r in rows])
        portable = [tuple(r) for r in conn.execute(text("SELECT a, id, b, n FROM two_json"))]
        ones = [r[0] for r in conn.execute(text("SELECT id FROM one ORDER BY id"))]
    assert driver == portable == [('{"k": [1, "\\u00e9"]}', "a", "null", 3),
                                  ('"text"', "b", '["x"]', None)]
    assert ones == ["x", "y"]
    store.engine.dispose()


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


MEMBER_INDEXES = ("ix_articles_members", "ix_story_articles_article_story",
                  "ix_event_mentions_event_mention")


def fused_store(path: Path) -> Store:
    store = Store(f"sqlite:///{path}")
    fuse.update(store, [
        add(store, make_call("a1", date="2025-03-04", published="2025-03-05")),
        add(store, make_call("a2", date="2025-03-04", published="2025-03-06")),
        add(store, make_call("a3", date="2025-05-20", published="2025-05-21",
                             target=ZELENSKY))])
    return store


def test_group_rows_read_the_articles_and_stories_from_indexes(tmp_path: Path) -> None:
    """The mentions of events are read with their articles' columns and stories from
    covering indexes (not from the article and story-article rows) and their ids from the
    index by event."""
    store = fused_store(tmp_path / "y.db")
    with store.engine.connect() as conn:
        plan = " | ".join(r[3] for r in conn.connection.dbapi_connection.execute(
            "EXPLAIN QUERY PLAN " + cands.group_sql(2), ("e1", "e2")))
    for name in MEMBER_INDEXES:
        assert f"COVERING INDEX {name}" in plan, plan
    store.close()


def test_an_older_store_gets_the_member_indexes_and_reads_the_same_rows(
        tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = fused_store(path)
    with store.begin() as conn:
        for name in MEMBER_INDEXES:
            conn.execute(text(f"DROP INDEX {name}"))
        conn.execute(text("CREATE INDEX ix_event_mentions_event_id ON event_mentions "
                          "(event_id)"))  # the schema before: the event id alone
        ids = sorted({r[0] for r in conn.execute(select(ft.event_mentions.c.event_id))})
        before = sorted(tuple(r) for r in conn.execute(cands.group_query(), {"ids": ids}))
    store.close()
    store = Store(f"sqlite:///{path}")
    with store.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index'"))}
        assert set(MEMBER_INDEXES) <= names
        assert sorted(cands.group_rows(conn, ids)) == before and len(before) == 3
    store.close()
