"""A store made before an index of the schema grew gets the index's new columns when opened."""
from __future__ import annotations

import sqlite3

from sqlalchemy import inspect

from eventwire.store import Store
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
