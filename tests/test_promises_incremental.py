"""Incremental promise refresh: only promises whose inputs changed are judged again, and the
stored promises stay exactly those of a judgement against every event."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select, update
from test_scale_promises import LINKED, TYPES, full_judgement, make_event, stored, write

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


def reach_held(store: Store) -> set[tuple]:
    """The stored ``promise_reach`` rows."""
    with store.engine.connect() as conn:
        return set(conn.execute(select(ft.promise_reach)).all())


def reach_from_scratch(store: Store) -> set[tuple]:
    """The ``promise_reach`` rows of every event with stored promises, computed again."""
    with store.engine.connect() as conn:
        ids = sorted(set(conn.execute(select(ft.promises.c.event_id)).scalars()))
        events = pm.EventCache(conn).get(ids)
    return {(r["kind"], r["value"], r["first_day"], r["type"], r["event_id"])
            for ev in events for r in pm.reach_rows(ev)}


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
        assert reach_held(store) == reach_from_scratch(store)
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


def typed(rng: random.Random, ev: dict) -> dict:
    """The event with its commitments made typed plans, threats or agreements (of one of
    the random types, some with a stated day), whose pools read only events of that type."""
    for c in ev["commitments"].values():
        c.update(kind=rng.choice(["plan", "threat", "agreement", "pledge"]),
                 content_type=rng.choice(TYPES))
        if rng.random() < 0.5:
            c.pop("duration", None)
            c.pop("deadline", None)
    return ev


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_incremental_refresh_of_typed_promises_matches_full_judgement(
        store: Store, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Typed pools and pools whose window starts after a written event: the promises an
    update cannot reach keep their rows, and the rows equal a judgement against every event."""
    rng = random.Random(seed)
    write(store, [typed(rng, make_event(rng, i, promise=rng.random() < 0.15))
                  for i in range(1, 601)], "t1")
    with store.begin() as conn:
        pm.refresh_promises(conn, "t1", written=pm.Written())
    assert stored(store) == full_judgement(store, "t1")
    seq, kept = 601, 0
    for step in range(2, 6):
        stamp = f"t{step}"
        batch = [typed(rng, make_event(rng, seq + k, promise=rng.random() < 0.2))
                 for k in range(20)]
        changed = [typed(rng, make_event(rng, i, promise=rng.random() < 0.3))
                   for i in rng.sample(range(1, seq), 6)]
        seq += 20
        written = pm.Written()
        with store.begin() as conn:
            written.note(conn, [ev["id"] for ev in changed])
        rewrite(store, changed, stamp)
        write(store, batch, stamp)
        with store.begin() as conn:
            written.note(conn, [ev["id"] for ev in batch + changed])
            pm.refresh_promises(conn, stamp, written=written)
        assert stored(store) == full_judgement(store, stamp)
        assert reach_held(store) == reach_from_scratch(store)
        with store.engine.connect() as conn:
            kept += sum(s != stamp for s in conn.execute(select(ft.promises.c.updated_at))
                        .scalars())
    assert kept > 0


PUTIN = {"id": "Q7747", "name": "Vladimir Putin", "country": "RUS"}


def promise_event(kind: str | None = None, ctype: str | None = None, **more: object) -> dict:
    """An event of 10 March 2025 in which Putin promises something (a typed plan with
    ``ctype``; a 30-day refrain pledge without)."""
    c: dict = {"promiser": {"text": "Putin", "actor": PUTIN}}
    if ctype:
        c.update(kind=kind or "plan", content_type=ctype, action="meet the envoy")
    else:
        c.update(action="refrain from attacks on the port", duration="P30D")
    c.update(more)
    return {"id": "e1", "type": "CONSULT", "date": "2025-03-10",
            "date_range": ["2025-03-10", "2025-03-10"], "modality": "asserted",
            "participants": [PUTIN], "source": [PUTIN], "target": [], "commitments": {"m": c}}


def written_row(actor: str | None = "Q7747", name: str | None = None, day: str | None = "2025-03-12",
                modality: str = "asserted", types: frozenset[str] = frozenset({"ASSAULT"})
                ) -> pm.Written:
    """What an update wrote: one event with one participant row."""
    out = pm.Written()
    out.mark(actor, name, day, day, modality, types)
    return out


def test_written_event_reaches_a_promise_only_through_its_pool() -> None:
    ev = promise_event()
    assert pm.affected(ev, written_row(), None, None, [])
    assert not pm.affected(ev, written_row("Q567"), None, None, [])  # another actor
    assert not pm.affected(ev, written_row(modality="planned"), None, None, [])  # a plan
    assert not pm.affected(ev, written_row(day=None), None, None, [])  # undated
    # by surname inside a participant's name, as the pool's name lookups find it
    assert pm.affected(ev, written_row(None, "president putin"), None, None, [])
    assert not pm.affected(ev, written_row(None, "president macron"), None, None, [])


def test_window_edges_decide_whether_a_written_event_reaches_a_promise() -> None:
    ev = promise_event()
    assert pm.affected(ev, written_row(day="2025-03-10"), None, None, [])  # the first day
    assert not pm.affected(ev, written_row(day="2025-03-09"), None, None, [])  # the day before
    # after the window's end an event still counts (coverage after a closed window)
    assert pm.affected(ev, written_row(day="2025-06-01"), None, None, [])
    early = pm.Written()  # a long event that began before the window and ends inside it
    early.mark("Q7747", None, "2025-01-01", "2025-03-10", "asserted", frozenset({"ASSAULT"}))
    assert pm.affected(ev, early, None, None, [])


def test_typed_promise_is_reached_only_by_events_of_its_type() -> None:
    ev = promise_event(ctype="CONSULT")
    assert not pm.affected(ev, written_row(types=frozenset({"ASSAULT"})), None, None, [])
    assert pm.affected(ev, written_row(types=frozenset({"ASSAULT", "CONSULT"})), None, None, [])
    # with a deadline any of the promiser's events may count (an extension, coverage)
    dated = promise_event(ctype="CONSULT", deadline={"value": "2025-04-01"})
    assert pm.affected(dated, written_row(types=frozenset({"ASSAULT"})), None, None, [])
    # an untyped stated plan is decided by its own record only
    own = promise_event(ctype="CONSULT")
    own["commitments"]["m"].pop("content_type")
    assert not pm.affected(own, written_row(types=frozenset({"CONSULT"})), None, None, [])
    written = written_row()
    written.ids.add("e1")  # its own record rewritten
    assert pm.affected(own, written, None, None, [])
