"""A store made before an index of the schema grew gets the index's new columns when opened;
one made before an index was retired drops it."""
from __future__ import annotations

import sqlite3

from sqlalchemy import inspect, text

from eventwire.store import RETIRED_INDEXES, Store
from eventwire.store import schema as s
from eventwire.store.schema import ARTICLE_MEMBERS


def _columns(store: Store, table: str, name: str) -> list[str]:
    return next(ix["column_names"] for ix in inspect(store.engine).get_indexes(table)
                if ix["name"] == name)


def test_an_index_with_old_columns_is_made_again(tmp_path):
    path = tmp_path / "old.db"
    store = Store(f"sqlite:///{path}")
    want = _columns(store, "articles", ARTICLE_MEMBERS)
    assert "site" in want
    store.engine.dispose()
    with sqlite3.connect(path) as db:  # the index as an older schema defined it
        db.execute(f"DROP INDEX {ARTICLE_MEMBERS}")
        db.execute(f"CREATE INDEX {ARTICLE_MEMBERS} ON articles (id, seq, published, "
                   "duplicate_of, ingested_at, url)")
    with sqlite3.connect(path) as db:
        assert "site" not in [r[2] for r in db.execute(f"PRAGMA index_info({ARTICLE_MEMBERS})")]
    again = Store(f"sqlite:///{path}")
    assert _columns(again, "articles", ARTICLE_MEMBERS) == want


def test_a_current_store_keeps_its_indexes(tmp_path):
    path = tmp_path / "new.db"
    Store(f"sqlite:///{path}").engine.dispose()
    with sqlite3.connect(path) as db:
        before = sorted(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    Store(f"sqlite:///{path}").engine.dispose()
    with sqlite3.connect(path) as db:
        after = sorted(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    assert before == after


# Indexes of an earlier schema, with the columns they covered there.
OLD_INDEXES = {
    "ix_events_story_id": ("events", "story_id"),
    "ix_events_date": ("events", "date"),
    "ix_event_mentions_event_id": ("event_mentions", "event_id"),
    "ix_mentions_type": ("mentions", "type"),
    "ix_mentions_date_value": ("mentions", "date_value"),
    "ix_mentions_type_date": ("mentions", "type, date_value"),
}


def _index_names(store: Store) -> set[str]:
    insp = inspect(store.engine)
    return {ix["name"] for t in insp.get_table_names() for ix in insp.get_indexes(t)}


def _made_before(store: Store) -> None:
    """Give a store the indexes an earlier schema made, and one stored article."""
    from test_store import make_extraction

    store.add(make_extraction(), content_hash="h1")
    with store.begin() as conn:
        for name, (table, cols) in OLD_INDEXES.items():
            conn.execute(text(f"CREATE INDEX {name} ON {table} ({cols})"))
    assert set(OLD_INDEXES) <= _index_names(store)


def _check_retired(store: Store, url: str) -> None:
    again = Store(url)
    names = _index_names(again)
    assert not set(OLD_INDEXES) & names
    assert {ix.name for t in s.metadata.tables.values() for ix in t.indexes} <= names
    assert again.count_articles() == 1 and again.extraction("a1")["events"]
    assert not set(RETIRED_INDEXES) - {t for t, _ in OLD_INDEXES.values()}
    assert {n for v in RETIRED_INDEXES.values() for n in v} == set(OLD_INDEXES)
    again.close()


def test_a_new_store_makes_no_retired_index(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'new.db'}")
    assert not set(OLD_INDEXES) & _index_names(store)
    store.close()


def test_a_store_made_before_drops_its_retired_indexes_and_keeps_its_rows(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = Store(url)
    _made_before(store)
    store.close()
    _check_retired(store, url)


def test_a_postgres_store_made_before_drops_its_retired_indexes(postgres_url):
    store = Store(postgres_url)
    s.metadata.drop_all(store.engine)
    store.close()
    store = Store(postgres_url)
    _made_before(store)
    store.close()
    _check_retired(store, postgres_url)


def test_reads_that_used_a_retired_index_read_a_longer_one(tmp_path):
    """A story's events are still read by index, from the longer index on the story id."""
    store = Store(f"sqlite:///{tmp_path / 'plans.db'}")
    reads = {
        "SELECT id FROM events WHERE story_id = ?": "ix_events_story_days",
        "SELECT story_id, count(*) FROM events WHERE story_id IN (?, ?) GROUP BY story_id":
            "COVERING INDEX ix_events_story_days",
    }
    with store.engine.connect() as conn:
        for sql, want in reads.items():
            args = tuple("x" for _ in range(sql.count("?")))
            plan = " | ".join(r[3] for r in conn.connection.dbapi_connection.execute(
                "EXPLAIN QUERY PLAN " + sql, args))
            assert want in plan, (sql, plan)
    store.close()
