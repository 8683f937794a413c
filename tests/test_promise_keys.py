"""The promise index (``promise_keys``): an update reads only the commitment events whose
promises it may affect (a written participant among their promisers, a window end passed by
"now"), and a store made before the index fills it on its first refresh and judges alike."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_scale_promises import LINKED, full_judgement, make_event, stored, write

from eventwire.fuse import promises as pm
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s


def pledge(seq: int, day: str, who: dict, days: int) -> dict:
    """An event on ``day`` whose source promises to refrain from attacks for ``days`` days."""
    ev = make_event(random.Random(seq), seq, promise=False)
    ev.update(date=day, date_range=[day, day], source=[who], target=[], participants=[who])
    ev["commitments"] = {f"a{seq}:ev0": {"promiser": {"text": "x", "actor": who},
                                         "action": "refrain from attacks on the port",
                                         "duration": f"P{days}D"}}
    return ev


def two_pledges(store: Store) -> None:
    """e1: Putin, 30 days from 1 March 2025 (window end 31 March); e2: Trump, 60 days from 1
    March (end 30 April); judged and indexed."""
    write(store, [pledge(1, "2025-03-01", LINKED[0], 30), pledge(2, "2025-03-01", LINKED[1], 60)],
          "t1")
    with store.begin() as conn:
        pm.refresh_promises(conn, "t1", written=pm.Written())


def test_keys_hold_promisers_and_window_ends(store: Store) -> None:
    two_pledges(store)
    with store.engine.connect() as conn:
        keys = set(conn.execute(select(ft.promise_keys)).all())
        assert pm.keys_complete(conn)
    assert ("id", "Q7747", "e1") in keys and ("id", "Q22686", "e2") in keys
    assert {(k, v) for k, v, e in keys if e == "e1" and k == "end"} == {("end", "2025-03-31")}


def test_update_finds_the_promises_of_its_participants_only(store: Store) -> None:
    two_pledges(store)

    def written(actor: str, modality: str = "asserted", day: str | None = "2025-03-05"
                ) -> pm.Written:
        out = pm.Written()
        out.mark(actor, None, day, day, modality, frozenset({"ASSAULT"}))
        return out

    with store.engine.connect() as conn:
        assert pm.indexed(conn, "t2", written("Q7747"), None, None) == ["e1"]
        assert pm.indexed(conn, "t2", written("Q567"), None, None) == []  # nobody who promised
        # a row no promise pool reads (a plan, an undated event) reaches no promiser
        assert pm.indexed(conn, "t2", written("Q7747", "planned"), None, None) == []
        assert pm.indexed(conn, "t2", written("Q7747", day=None), None, None) == []


def test_reach_rows_hold_each_pools_promisers_first_day_and_type(store: Store) -> None:
    two_pledges(store)
    with store.engine.connect() as conn:
        reach = set(conn.execute(select(ft.promise_reach)).all())
    assert reach == {("id", "Q7747", "2025-03-01", "", "e1"),
                     ("name", "putin", "2025-03-01", "", "e1"),
                     ("id", "Q22686", "2025-03-01", "", "e2"),
                     ("name", "trump", "2025-03-01", "", "e2")}


def test_update_ending_before_a_pools_first_day_reads_no_commitment(store: Store) -> None:
    """A promiser's row that ends before the window opened cannot enter the pool: the
    commitment event is not read (its promiser keys alone would name it)."""
    two_pledges(store)
    out = pm.Written()
    out.mark("Q7747", None, "2025-02-20", "2025-02-27", "asserted", frozenset({"ASSAULT"}))
    with store.engine.connect() as conn:
        assert pm.indexed(conn, "t2", out, None, None) == []
    out.mark("Q7747", None, "2025-02-27", "2025-03-01", "asserted", frozenset({"ASSAULT"}))
    with store.engine.connect() as conn:
        assert pm.indexed(conn, "t2", out, None, None) == ["e1"]


def test_update_finds_the_promises_whose_window_end_now_passed(store: Store) -> None:
    two_pledges(store)
    none = pm.Written()
    day = dt.date.fromisoformat
    with store.engine.connect() as conn:
        assert pm.indexed(conn, "t2", none, day("2025-04-02"), day("2025-03-20")) == ["e1"]
        assert pm.indexed(conn, "t2", none, day("2025-05-02"), day("2025-03-20")) == ["e1", "e2"]
        assert pm.indexed(conn, "t2", none, day("2025-03-30"), day("2025-03-20")) == []
        assert pm.indexed(conn, "t2", none, day("2025-04-10"), day("2025-04-02")) == []


def judged_events(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the events whose promises ``refresh_promises`` judges (filled as it runs)."""
    judged: list[str] = []
    rows = pm.promise_rows

    def counted(events: list[dict], *rest: object) -> list[dict]:
        judged.extend(ev["id"] for ev in events)
        return rows(events, *rest)
    monkeypatch.setattr(pm, "promise_rows", counted)
    return judged


def test_refresh_rejudges_only_affected_promises(store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    two_pledges(store)
    breach = make_event(random.Random(3), 3, promise=False)
    breach.update(type="ASSAULT", modality="asserted", date="2025-03-10",
                  date_range=["2025-03-10", "2025-03-10"], source=[LINKED[0]], target=[],
                  participants=[LINKED[0]])
    write(store, [breach], "t2")
    written = pm.Written()
    judged = judged_events(monkeypatch)
    with store.begin() as conn:
        written.note(conn, ["e3"])
        pm.refresh_promises(conn, "t2", written=written)
        stamps = dict(conn.execute(select(ft.promises.c.event_id, ft.promises.c.updated_at)).all())
    assert judged == ["e1"]
    assert stamps == {"e1": "t1", "e2": "t1"}  # judged as stored: its row is left as it was
    assert stored(store) == full_judgement(store, "t2")


def test_refresh_writes_only_the_promises_whose_judgement_changed(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    two_pledges(store)
    later = make_event(random.Random(4), 3, promise=False)  # "now" moves past e1's window
    later.update(type="ASSAULT", modality="asserted", date="2025-04-05",
                 date_range=["2025-04-05", "2025-04-05"], source=[LINKED[0]], target=[],
                 participants=[LINKED[0]])
    write(store, [later], "t2")
    with store.engine.connect() as conn:
        before = dict(conn.execute(select(ft.promises.c.event_id, ft.promises.c.status)).all())
    written = pm.Written()
    judged = judged_events(monkeypatch)
    with store.begin() as conn:
        written.note(conn, ["e3"])
        pm.refresh_promises(conn, "t2", written=written)
        rows = {r.event_id: (r.status, r.updated_at) for r in conn.execute(select(ft.promises))}
    assert "e1" in judged and before["e1"] != rows["e1"][0]
    assert rows["e1"][1] == "t2"
    assert stored(store) == full_judgement(store, "t2")


def judged_store(path: Path, rng: random.Random, table: Any) -> set[Any]:
    """Write 89 events (every third with a promise) into a new store at ``path``, judge them
    from scratch, close it and return the rows of ``table`` the refresh wrote (never none)."""
    store = Store(str(path))
    write(store, [make_event(rng, i, promise=i % 3 == 0) for i in range(1, 90)], "t1")
    with store.begin() as conn:
        pm.refresh_promises(conn, "t1", written=pm.Written())
        built = set(conn.execute(select(table)).all())
    assert built
    store.close()
    return built


def test_store_made_before_the_index_fills_it_and_judges_alike(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    rng = random.Random(5)
    judged_store(path, rng, ft.promise_keys)
    conn = sqlite3.connect(path, isolation_level=None)  # as the code before the index left it
    conn.execute("DROP TABLE promise_keys")
    conn.execute("DELETE FROM eventwire_meta WHERE key = ?", (pm.KEYS_META,))
    conn.close()
    store = Store(str(path))
    with store.engine.connect() as conn:
        assert not pm.keys_complete(conn)
        assert not conn.execute(select(ft.promise_keys)).all()
    batch = [make_event(rng, i, promise=i % 2 == 0) for i in range(90, 100)]
    write(store, batch, "t2")
    written = pm.Written()
    with store.begin() as conn:
        written.note(conn, [ev["id"] for ev in batch])
        pm.refresh_promises(conn, "t2", written=written)
        assert pm.keys_complete(conn)
        keys = set(conn.execute(select(ft.promise_keys)).all())
        events = set(conn.execute(select(ft.promises.c.event_id)).scalars())
        meta = conn.execute(select(s.meta.c.value).where(s.meta.c.key == pm.KEYS_META)).scalar()
    assert meta == "1" and {e for _, _, e in keys} == events
    assert stored(store) == full_judgement(store, "t2")


def test_store_made_before_the_reach_index_fills_it_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    rng = random.Random(7)
    built = judged_store(path, rng, ft.promise_reach)
    conn = sqlite3.connect(path, isolation_level=None)  # as the code before the table left it
    conn.execute("DROP TABLE promise_reach")
    conn.close()
    store = Store(str(path))  # the migration step fills it from the stored promises
    with store.engine.connect() as conn:
        assert set(conn.execute(select(ft.promise_reach)).all()) == built
    batch = [make_event(rng, i, promise=i % 2 == 0) for i in range(90, 100)]
    write(store, batch, "t2")
    written = pm.Written()
    with store.begin() as conn:
        written.note(conn, [ev["id"] for ev in batch])
        pm.refresh_promises(conn, "t2", written=written)
    assert stored(store) == full_judgement(store, "t2")
