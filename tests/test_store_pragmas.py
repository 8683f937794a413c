"""SQLite connections of a store are set up for fusion's repeated index reads."""

from __future__ import annotations

from sqlalchemy import text

from eventwire.store import CACHE_KB, Store

SQLITE_DEFAULT_KB = 2_000  # SQLite's default page cache (cache_size=-2000)


def cache_kb(conn) -> int:
    return -conn.execute(text("PRAGMA cache_size")).scalar()


def test_writing_connections_keep_a_larger_page_cache(tmp_path) -> None:
    store = Store(str(tmp_path / "s.db"))
    try:
        with store.begin() as conn:
            assert cache_kb(conn) == CACHE_KB
        assert CACHE_KB > SQLITE_DEFAULT_KB
    finally:
        store.close()


def test_connections_that_only_read_keep_sqlite_s_default_cache(tmp_path) -> None:
    store = Store(str(tmp_path / "s.db"))
    try:
        store.engine.dispose()
        with store.begin() as conn:  # one pooled connection writes ...
            writer = conn.connection.dbapi_connection
            with store.engine.connect() as other:  # ... while another only reads
                assert other.connection.dbapi_connection is not writer
                assert other.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert cache_kb(other) == SQLITE_DEFAULT_KB
        with store.engine.connect() as a, store.engine.connect() as b:  # both, to read again:
            caches = {c.connection.dbapi_connection is writer: cache_kb(c) for c in (a, b)}
        assert caches == {True: CACHE_KB, False: SQLITE_DEFAULT_KB}  # the writer keeps its cache
    finally:
        store.close()
