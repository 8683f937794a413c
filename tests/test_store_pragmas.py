"""SQLite connections of a store are set up for fusion's repeated index reads."""

from __future__ import annotations

from sqlalchemy import text

from eventwire.store import CACHE_KB, Store


def test_sqlite_connections_keep_a_larger_page_cache(tmp_path) -> None:
    store = Store(str(tmp_path / "s.db"))
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA cache_size")).scalar() == -CACHE_KB
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert CACHE_KB * 1024 > 2_000 * 1024  # above SQLite's default of about 2 MB
    finally:
        store.close()
