"""Incremental promise refresh: only promises whose inputs changed are judged again, and the
stored promises stay exactly those of a judgement against every event."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select, update
from test_scale_promises import LINKED, full_judgement, make_event, stored, write

from eventwire.fuse import index
from eventwire.fuse import promises as pm
from eventwire.store import Store
from eventwire.store import fuse_tables as ft


def rewrite(store: Store, events: list[dict], stamp: str) -> None:
    """Replace stored events (new dates, participants, commitments) as an update does."""
    with store.begin() as conn:
        for ev in events:
            rng = ev["date_range"] or [None, None]
            conn.execute(update(ft.events).where(ft.events.c.id == ev["id"]).values(
                type=ev["type"], modality=ev["modality"], date=ev["date"], date_min=rng[0],
                date_max=rng[1], data=ev, updated_at=stamp))
        index.sync_events(conn, [(ev, int(ev["id"][1:]), (ev["date_range"] or [None])[0])
                                 for ev in events], [ev["id"] for ev in events])


def others(rng: random.Random, ev: dict) -> dict:
    """The event with participants among the actors no promise of the first batch names
    alone (so some stored promises are unaffected by it)."""
    source, target = rng.sample(LINKED[3:], 1), rng.sample(LINKED[3:] + LINKED[:1], 1)
    return {**ev, "source": source, "target": target, "participants": source + target}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_refresh_matches_full_judgement(store: Store, seed: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    write(store, [make_event(rng, i, promise=rng.random() < 0.1) for i in range(1, 601)], "t1")
    with store.begin() as conn:
        pm.refresh_promises(conn, "t1", written=pm.Written())  # no record yet: all judged
    assert stored(store) == full_judgement(store, "t1")
    judged = []
    original = pm.evaluate
    monkeypatch.setattr(pm, "evaluate", lambda *a: judged.append(1) or original(*a))
    seq, kept = 601, 0
    for step in range(2, 7):
        stamp = f"t{step}"
        batch = [make_event(rng, seq + k, promise=rng.random() < 0.2) for k in range(30)]
        changed = [make_event(rng, i, promise=rng.random() < 0.3)
                   for i in rng.sample(range(1, seq), 8)]
        if step % 2:
            batch, changed = [others(rng, e) for e in batch], []
        seq += 30
        written = pm.Written()
        with store.begin() as conn:
            written.note(conn, [ev["id"] for ev in changed])  # as they were
        rewrite(store, changed, stamp)
        write(store, batch, stamp)
        judged.clear()
        with store.begin() as conn:
            written.note(conn, [ev["id"] for ev in batch + changed])  # as they are
            n = pm.refresh_promises(conn, stamp, written=written)
        assert len(judged) <= n
        rows = stored(store)
        assert n == len(rows)
        assert rows == full_judgement(store, stamp)
        with store.engine.connect() as conn:
            stamps = list(conn.execute(select(ft.promises.c.updated_at)).scalars())
        kept += sum(s != stamp for s in stamps)
    assert kept > 0  # unaffected promises were not judged again


def test_window_end_passed_by_now_is_judged_again() -> None:
    """A stored promise whose window end lies between the old and the new "now" is affected
    even when no event of its promiser was written."""
    import datetime as dt

    ev = {"id": "e1", "participants": [], "source": [], "commitments": {}}
    stored_rows = [{"end": "2025-03-10"}]
    none = pm.Written()
    assert pm.affected(ev, none, dt.date(2025, 3, 12), dt.date(2025, 3, 1), stored_rows)
    assert not pm.affected(ev, none, dt.date(2025, 3, 9), dt.date(2025, 3, 1), stored_rows)
    assert not pm.affected(ev, none, dt.date(2025, 3, 1), dt.date(2025, 3, 1), stored_rows)


def test_long_event_spanning_a_window_start_is_read(store: Store) -> None:
    """The promisers' events are read by their last day (``event_actors.date_max``); an event
    dated over a year that starts long before the window and reaches into it still counts."""
    rng = random.Random(7)
    write(store, [make_event(rng, i, promise=False) for i in range(1, 40)], "t1")
    ev = make_event(rng, 40, promise=False)
    ev.update(date="2025-03-01", date_range=["2025-03-01", "2025-03-01"],
              source=[LINKED[0]], target=[], participants=[LINKED[0]])
    ev["commitments"] = {"a40:ev0": {"promiser": {"text": "Putin", "actor": LINKED[0]},
                                     "action": "refrain from attacks on energy infrastructure",
                                     "duration": "P30D"}}
    write(store, [ev], "t2")
    with store.begin() as conn:
        pm.refresh_promises(conn, "t2", written=pm.Written())
    assert stored(store) == full_judgement(store, "t2")
    long = make_event(rng, 41, promise=False)
    long.update(type="ASSAULT", modality="asserted", date="2024-04-01",
                date_range=["2024-04-01", "2025-03-20"], source=[LINKED[0]], target=[],
                participants=[LINKED[0]])
    long["mentions"][0]["sentence"]["text"] = "strikes hit energy infrastructure"
    write(store, [long], "t3")
    written = pm.Written()
    with store.begin() as conn:
        written.note(conn, ["e41"])
        pm.refresh_promises(conn, "t3", written=written)
        ends = set(conn.execute(select(ft.event_actors.c.date_max)
                                .where(ft.event_actors.c.event_id == "e41")).scalars())
    assert ends == {"2025-03-20"}
    assert stored(store) == full_judgement(store, "t3")
