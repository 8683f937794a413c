"""The stored name counts read and added through the SQLite driver: the same rows and counts as
SQLAlchemy's statements give."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from eventwire.fuse import candidates as cands
from eventwire.store import Store
from eventwire.store import fuse_tables as ft

STORED = [("ASSAULT", "", 40), ("ASSAULT", "Hamas", 7), ("ASSAULT", "w:rocket", 12),
          ("CONSULT", "w:rocket", 2), ("CONSULT", "Putin", 9), ("PROTEST", "Hamas", 1)]
DELTA = [("ASSAULT", "Hamas", 2), ("ASSAULT", "w:drone", 1), ("CONSULT", "", 3),
         ("PROTEST", "w:rocket", 4)]


def filled(path: Path) -> Store:
    """A store holding the ``STORED`` counts."""
    store = Store(str(path))
    with store.begin() as conn:
        conn.execute(ft.mention_names.insert(), [{"type": t, "name": n, "n": c}
                                                 for t, n, c in STORED])
    return store


def counts(store: Store) -> list[tuple[str, str, int]]:
    """Every stored count, in key order."""
    mn = ft.mention_names
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(mn.c.type, mn.c.name, mn.c.n)
                                               .order_by(mn.c.type, mn.c.name))]


def test_name_counts_match_the_select(tmp_path: Path) -> None:
    """``name_counts`` gives the rows the portable select gives, a row per matching type."""
    store = filled(tmp_path / "a.db")
    mn = ft.mention_names
    types, names = ["ASSAULT", "CONSULT"], ["Hamas", "w:rocket", "Putin", "absent"]
    with store.engine.connect() as conn:
        got = sorted(cands.name_counts(conn, types, names))
        want = sorted((r.name, r.n) for r in conn.execute(select(mn.c.name, mn.c.n).where(
            mn.c.type.in_(types), mn.c.name.in_(names))))
    assert got == want == [("Hamas", 7), ("Putin", 9), ("w:rocket", 2), ("w:rocket", 12)]
    store.close()


def test_the_driver_upsert_adds_as_the_statement_does(tmp_path: Path) -> None:
    """The counts added through the driver's upsert equal those of SQLAlchemy's statement:
    existing rows grow, new rows are inserted."""
    a, b = filled(tmp_path / "a.db"), filled(tmp_path / "b.db")
    with a.begin() as conn:
        conn.execute(cands.counts_upsert("sqlite"), [{"type": t, "name": n, "n": d}
                                                     for t, n, d in DELTA])
    with b.begin() as conn:
        cur = conn.connection.dbapi_connection.cursor()
        cur.executemany(cands.COUNTS_UPSERT_SQL, DELTA)
        cur.close()
    assert counts(a) == counts(b)
    assert ("ASSAULT", "Hamas", 9) in counts(b) and ("ASSAULT", "w:drone", 1) in counts(b)
    a.close()
    b.close()
