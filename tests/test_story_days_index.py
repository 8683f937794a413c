"""A story's first and last days are read from an index on events (story, first day, last
day) alone, and give what the events' own rows give."""

from __future__ import annotations

from sqlalchemy import insert, text

from eventwire.fuse.summary import event_days
from eventwire.store import Store
from eventwire.store import fuse_tables as ft

ROWS = [("e1", "s1", "2025-03-04", "2025-03-06"), ("e2", "s1", "2025-02-27", "2025-02-27"),
        ("e3", "s1", None, None), ("e4", "s2", "2025-05-01", "2025-05-31"),
        ("e5", "s2", "", ""), ("e6", "s3", None, None), ("e7", None, "2025-01-01", "2025-01-01")]


def fill(store: Store) -> None:
    with store.begin() as conn:
        conn.execute(insert(ft.events), [
            {"id": eid, "seq": int(eid[1:]), "story_id": sid, "type": "CONSULT",
             "modality": "asserted", "date_min": lo, "date_max": hi, "data": {"id": eid},
             "n_sources": 1, "updated_at": "t"} for eid, sid, lo, hi in ROWS])


def expected(story: str) -> list[str | None] | None:
    firsts = [lo for _, sid, lo, _ in ROWS if sid == story and lo]
    lasts = [hi for _, sid, _, hi in ROWS if sid == story and hi]
    if not firsts and not lasts:
        return None
    return [min(firsts, default=None), max(firsts, default=None), max(lasts, default=None)]


def test_story_days_match_the_event_rows(store: Store) -> None:
    fill(store)
    with store.engine.connect() as conn:
        days = event_days(conn, ["s1", "s2", "s3", "s4"])
    assert days == {s: expected(s) for s in ("s1", "s2") if expected(s)}
    assert "s3" not in days and "s4" not in days  # no dated event, no story


def test_story_days_are_read_from_the_index_alone(store: Store) -> None:
    fill(store)
    with store.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT story_id, min(date_min), max(date_min) FROM events "
            "WHERE story_id IN ('s1', 's2') AND date_min > '' GROUP BY story_id")))
        assert "COVERING INDEX ix_events_story_days" in plan
        # the events' data is not part of it: a query needing it reads the table
        plan = " ".join(str(r[-1]) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT story_id, data FROM events WHERE story_id = 's1'")))
        assert "COVERING" not in plan


def test_an_older_store_gets_the_index_when_opened(tmp_path) -> None:
    path = tmp_path / "old.db"
    store = Store(str(path))
    fill(store)
    with store.begin() as conn:
        conn.execute(text("DROP INDEX ix_events_story_days"))
    store.close()
    store = Store(str(path))
    with store.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"))}
        assert "ix_events_story_days" in names
        assert event_days(conn, ["s1"]) == {"s1": expected("s1")}
    store.close()
