"""Promise refresh on a store with many unrelated events: the indexed refresh gives exactly
the promises of a judgement against every event in the store."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from sqlalchemy import insert, select

from eventwire.fuse import index
from eventwire.fuse.promises import as_of, promise_rows, refresh_promises
from eventwire.store import Store
from eventwire.store import fuse_tables as ft

LINKED = [{"id": "Q7747", "name": "Vladimir Putin", "country": "RUS"},
          {"id": "Q22686", "name": "Donald Trump", "country": "USA"},
          {"id": "Q3874799", "name": "Volodymyr Zelensky", "country": "UKR"},
          {"id": "Q567", "name": "Angela Merkel", "country": "DEU"},
          {"id": "Q1", "name": "Recep Tayyip Erdogan", "country": "TUR"}]
UNLINKED = [{"id": None, "name": "Putin"}, {"id": None, "name": "President Zelensky"},
            {"id": None, "name": "officials"}, {"id": None, "name": "Mr Haley"},
            {"id": None, "name": "the delegation"}]
TYPES = ["CONSULT", "ASSAULT", "COERCE", "AGREE", "SUPPORT", "ACCUSE", "AID"]
MODALITIES = ["asserted", "asserted", "asserted", "planned", "negated"]
SENTENCES = ["strikes hit energy infrastructure near the port",
             "troops shelled a grain terminal", "the ministers discussed the ceasefire",
             "aid convoys delivered food to the region", "talks on prisoner exchanges resumed"]
START = dt.date(2025, 1, 1)


def commitment(rng: random.Random, ev: dict[str, Any]) -> dict[str, Any]:
    """A random commitment: refrain or act, promiser by ref, by name or left to the source."""
    c: dict[str, Any] = {"action": rng.choice(["refrain from attacks on energy infrastructure",
                                               "deliver aid to the region",
                                               "halt strikes on the grain terminal",
                                               "resume talks on prisoner exchanges"])}
    who = rng.random()
    if who < 0.4:
        c["promiser"] = {"text": "x", "actor": rng.choice(LINKED)}
    elif who < 0.6:
        c["promiser"] = rng.choice(["Putin", "Zelensky", "Haley"])
    if rng.random() < 0.5:
        c["scope"] = rng.choice(["energy infrastructure", "grain terminal", "prisoners"])
    when = rng.random()
    if when < 0.4:
        c["duration"] = rng.choice(["P30D", "P7D", "P3M"])
    elif when < 0.7:
        end = dt.date.fromisoformat(ev["date_range"][0]) + dt.timedelta(days=rng.randint(5, 90))
        c["deadline"] = {"value": end.isoformat()}
    return c


def make_event(rng: random.Random, seq: int, promise: bool) -> dict[str, Any]:
    """One random fused-event dict (sometimes undated, sometimes with commitments)."""
    source = rng.sample(LINKED + UNLINKED, rng.randint(0, 2))
    target = [p for p in rng.sample(LINKED + UNLINKED, rng.randint(0, 2)) if p not in source]
    day = START + dt.timedelta(days=rng.randint(0, 400))
    rng_dates = None if rng.random() < 0.1 else [
        day.isoformat(), (day + dt.timedelta(days=rng.choice([0, 0, 6]))).isoformat()]
    sentence = rng.choice(SENTENCES)
    ev = {"id": f"e{seq}", "type": rng.choice(TYPES), "mode": None,
          "date": rng_dates[0] if rng_dates else None, "date_range": rng_dates,
          "modality": rng.choice(MODALITIES), "participants": source + target,
          "source": source, "target": target, "articles": [f"a{seq}"], "n_sources": 1,
          "mentions": [{"mention": f"a{seq}:ev0", "article": f"a{seq}",
                        "sentence": {"text": sentence}}], "commitments": {}}
    if promise and rng_dates:
        for k in range(rng.randint(1, 2)):
            ev["commitments"][f"a{seq}:ev{k}"] = commitment(rng, ev)
    return ev


def write(store: Store, events: list[dict[str, Any]], stamp: str) -> None:
    """Insert fused events with their index rows, as the fuse stage writes them."""
    with store.begin() as conn:
        for ev in events:
            rng = ev["date_range"] or [None, None]
            seq = int(ev["id"][1:])
            conn.execute(insert(ft.events).values(
                id=ev["id"], seq=seq, type=ev["type"], mode=None, modality=ev["modality"],
                date=ev["date"], date_min=rng[0], date_max=rng[1], data=ev, n_sources=1,
                updated_at=stamp))
            index.sync_event(conn, ev, seq, rng[0])


def stored(store: Store) -> list[dict[str, Any]]:
    """The promise rows in the store, in id order, without the update stamp."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(ft.promises).order_by(ft.promises.c.id)).mappings().all()
    return [{k: v for k, v in r.items() if k != "updated_at"} for r in rows]


def full_judgement(store: Store, stamp: str) -> list[dict[str, Any]]:
    """Promise rows judged against every event in the store (the unindexed reference)."""
    with store.engine.connect() as conn:
        events = [r.data for r in conn.execute(select(ft.events.c.data)
                                               .order_by(ft.events.c.seq))]
        rows = promise_rows(events, as_of(conn), stamp)
    return sorted(({k: v for k, v in r.items() if k != "updated_at"} for r in rows),
                  key=lambda r: r["id"])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_indexed_refresh_matches_full_judgement(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    events = [make_event(rng, i, promise=rng.random() < 0.08) for i in range(1, 1201)]
    write(store, events, "t1")
    with store.begin() as conn:
        n = refresh_promises(conn, "t1")
    first = stored(store)
    assert n == len(first) and n > 20
    assert first == full_judgement(store, "t1")
    statuses = {r["status"] for r in first}
    assert {"open", "broken", "kept"} <= statuses  # a closed window with coverage decides
    later = [make_event(rng, i, promise=rng.random() < 0.3) for i in range(1201, 1261)]
    write(store, later, "t2")
    with store.begin() as conn:
        refresh_promises(conn, "t2")
    second = stored(store)
    assert second == full_judgement(store, "t2")
    assert len(second) > len(first)


def test_new_commitment_event_is_found_among_unrelated_events(store: Store) -> None:
    rng = random.Random(5)
    write(store, [make_event(rng, i, promise=False) for i in range(1, 301)], "t1")
    with store.begin() as conn:
        assert refresh_promises(conn, "t1") == 0
    ev = make_event(rng, 301, promise=False)
    ev["date_range"], ev["date"] = ["2025-02-01", "2025-02-01"], "2025-02-01"
    ev["commitments"] = {"a301:ev0": {"promiser": {"text": "Putin", "actor": LINKED[0]},
                                      "action": "refrain from attacks", "duration": "P30D"}}
    write(store, [ev], "t2")
    with store.begin() as conn:
        assert refresh_promises(conn, "t2") == 1
    assert stored(store) == full_judgement(store, "t2")


@pytest.mark.parametrize("seed", [4, 12])
def test_refrain_judged_by_coverage_after_the_promise_only(store: Store, seed: int) -> None:
    # a promiser's undated or earlier events are no coverage of a closed refrain window:
    # the indexed refresh (which reads only the window) and a full judgement agree
    rng = random.Random(seed)
    write(store, [make_event(rng, i, promise=rng.random() < 0.3) for i in range(1, 150)], "t1")
    with store.begin() as conn:
        refresh_promises(conn, "t1")
    assert stored(store) == full_judgement(store, "t1")
