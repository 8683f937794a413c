"""SQLite connections of a store are set up for fusion's repeated index reads."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.pool import QueuePool

from eventwire.store import CACHE_KB, READ_CACHE_KB, Store


def cache_kb(conn) -> int:
    return -conn.execute(text("PRAGMA cache_size")).scalar()


def test_writing_transactions_keep_a_larger_page_cache(tmp_path) -> None:
    store = Store(str(tmp_path / "s.db"))
    try:
        with store.begin() as conn:
            assert cache_kb(conn) == CACHE_KB
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert cache_kb(conn) == READ_CACHE_KB
        assert CACHE_KB * 1024 > 2_000 * 1024  # above SQLite's default of about 2 MB
    finally:
        store.close()


def test_a_pooled_connection_gets_the_small_cache_back_when_it_reads(tmp_path) -> None:
    store = Store(str(tmp_path / "s.db"))
    try:
        assert isinstance(store.engine.pool, QueuePool)
        store.engine.dispose()
        with store.begin() as conn:  # the pool's one connection writes ...
            first = conn.connection.dbapi_connection
            assert cache_kb(conn) == CACHE_KB
        with store.engine.connect() as conn:  # ... and is handed out again to read
            assert conn.connection.dbapi_connection is first
            assert cache_kb(conn) == READ_CACHE_KB
        with store.begin() as conn:
            assert conn.connection.dbapi_connection is first
            assert cache_kb(conn) == CACHE_KB
    finally:
        store.close()
