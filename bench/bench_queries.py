"""Benchmark: the fused-record queries and the web pages on a store of N synthetic events.

Builds a SQLite store (or uses ``--db URL``) with N fused events (default 100,000)
written into the real tables: articles, stories, events with their participant
and search-text index rows (``eventwire.fuse.index``), promises. Participants
come from the packaged actor registry with a Zipf-like frequency (a few
leaders in most events), PLOVER types with a skewed mix, dates over ten years
with some undated events, one to three mentions per event. Then times every
query function of ``eventwire.fuse.queries`` and the main pages and API calls
through the FastAPI TestClient, and prints a table (first call and best of
``--repeat``). A benchmark, not a test: no thresholds.

    .venv/bin/python bench/bench_queries.py [--events 100000] [--db FILE] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import insert

SEED = 7
EVENTS_PER_ARTICLE = 4
EVENTS_PER_STORY = 60
PROMISE_EVERY = 25  # one promise per this many events
UNDATED_SHARE = 0.1
BATCH = 5000
DAYS = 3650
START = dt.date(2015, 6, 1)
TYPES = {"CONSULT": 30, "ACCUSE": 10, "ASSAULT": 10, "REQUEST": 8, "AGREE": 7, "SUPPORT": 6,
         "COOPERATE": 6, "THREATEN": 5, "REJECT": 4, "SANCTION": 4, "AID": 3, "PROTEST": 3,
         "MOBILIZE": 1, "COERCE": 1, "CONCEDE": 1, "RETREAT": 1}
MODES = {"CONSULT": ["CONSULT/phone", "CONSULT/visit", None], "ASSAULT": ["ASSAULT/drone", None]}
MODALITIES = {"asserted": 80, "planned": 12, "negated": 5, "hypothetical": 3}
VERBS = {"CONSULT": "spoke with", "ACCUSE": "accused", "ASSAULT": "attacked",
         "REQUEST": "asked", "AGREE": "agreed with", "THREATEN": "threatened"}
UNLINKED = ("officials", "the delegation", "a spokesman", "protesters")
STATUSES = ("open", "kept", "broken", "expired")


def registry_actors() -> list[dict[str, Any]]:
    """ActorRefs of the packaged people registry, in registry order."""
    raw = json.loads(resources.files("eventwire.data").joinpath("actors_people.json")
                     .read_text(encoding="utf-8"))
    return [{"id": p["id"], "name": p["name"], "country": p.get("country") or "USA",
             "sector": "GOV"} for p in raw["actors"] if p.get("id")]


def pick_actors(rng: random.Random, actors: list[dict[str, Any]], weights: list[float]
                ) -> list[dict[str, Any]]:
    """Two or three distinct participants, sometimes one of them unlinked."""
    out: dict[str, dict[str, Any]] = {}
    while len(out) < rng.choice((2, 2, 2, 3)):
        a = rng.choices(actors, weights)[0]
        out[a["id"]] = a
    refs = list(out.values())
    if rng.random() < 0.15:
        refs[-1] = {"id": None, "name": rng.choice(UNLINKED)}
    return refs


def event_dict(rng: random.Random, seq: int, story: str, articles: list[str],
               actors: list[dict[str, Any]], weights: list[float]) -> dict[str, Any]:
    """One synthetic fused event in the shared event shape."""
    etype = rng.choices(list(TYPES), list(TYPES.values()))[0]
    mode = rng.choice(MODES.get(etype, [None]))
    parts = pick_actors(rng, actors, weights)
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    dated = rng.random() > UNDATED_SHARE
    date = day.isoformat() if dated else None
    verb = VERBS.get(etype, etype.lower())
    mentions = []
    for k in range(rng.choice((1, 1, 2, 3))):
        sent = (f"{parts[0]['name']} {verb} {parts[1]['name']} on {day:%B %d}, "
                f"according to report {seq}-{k}.")
        mentions.append({"article": articles[k % len(articles)], "start": 0, "end": 5,
                         "mention": f"{articles[k % len(articles)]}#{seq}",
                         "modality": "asserted",
                         "sentence": {"start": 0, "end": len(sent), "text": sent},
                         "trigger": {"start": 0, "end": 5, "text": verb}})
    return {"id": f"e{seq}", "type": etype, "mode": mode, "date": date,
            "date_range": [date, date] if dated else None, "date_from": "text" if dated else None,
            "date_evidence": [], "modality": rng.choices(list(MODALITIES),
                                                         list(MODALITIES.values()))[0],
            "participants": parts, "source": parts[:1], "target": parts[1:],
            "location": None, "attributes": {}, "mentions": mentions,
            "articles": sorted({m["article"] for m in mentions}), "n_sources": len(mentions),
            "flags": [], "claims": [], "possibly_same": [], "story": story, "quotes": [],
            "commitments": {}}


def insert_batches(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows in batches."""
    for i in range(0, len(rows), BATCH):
        if rows[i:i + BATCH]:
            conn.execute(insert(table), rows[i:i + BATCH])


def build_store(store: Any, n: int, seed: int) -> None:
    """Write n synthetic fused events (with articles, stories, promises) into the store."""
    from eventwire.fuse import index
    from eventwire.fuse.describe import describe
    from eventwire.store import fuse_tables as ft
    from eventwire.store import schema as s

    rng = random.Random(seed)
    actors = registry_actors()
    weights = [1.0 / (i + 1) for i in range(len(actors))]
    now = dt.datetime.now(dt.UTC)
    n_articles = max(1, n // EVENTS_PER_ARTICLE)
    n_stories = max(1, n // EVENTS_PER_STORY)
    art_ids = [f"a{i}" for i in range(1, n_articles + 1)]
    with store.begin() as conn:
        insert_batches(conn, s.articles, [
            {"id": a, "seq": i, "title": f"Report {i}", "text": f"Report {i}: diplomatic "
             "and military developments of the week.", "content_hash": f"h{i}",
             "ingested_at": now.isoformat(timespec="seconds"), "extraction": {"id": a},
             "published": (START + dt.timedelta(days=i % DAYS)).isoformat()}
            for i, a in enumerate(art_ids, 1)])
        insert_batches(conn, ft.stories, [
            {"id": f"s{i}", "seq": i, "title": f"Story {i}", "summary": [], "profile": {},
             "updated_at": now.isoformat(timespec="seconds")} for i in range(1, n_stories + 1)])
        insert_batches(conn, ft.story_articles, [
            {"article_id": a, "story_id": f"s{1 + i % n_stories}"} for i, a in enumerate(art_ids)])
        events, actor_rows, texts, promises = [], [], [], []
        for seq in range(1, n + 1):
            arts = [art_ids[(seq + k) % n_articles] for k in range(3)]
            ev = event_dict(rng, seq, f"s{1 + seq % n_stories}", arts, actors, weights)
            ev["description"] = describe(ev)  # stored with the record, as the fuse stage does
            rng_ = ev["date_range"] or [None, None]
            stamp = (now - dt.timedelta(seconds=n - seq)).isoformat(timespec="seconds")
            events.append({"id": ev["id"], "seq": seq, "story_id": ev["story"],
                           "type": ev["type"], "mode": ev["mode"], "modality": ev["modality"],
                           "date": ev["date"], "date_min": rng_[0], "date_max": rng_[1],
                           "data": ev, "n_sources": ev["n_sources"], "updated_at": stamp})
            actor_rows += index.actor_rows(ev, seq, rng_[0])
            texts.append({"event_id": ev["id"], "text": index.search_text(ev)})
            if seq % PROMISE_EVERY == 0:
                promises.append({"id": f"p{seq}", "event_id": ev["id"], "mention_id": "m",
                                 "status": rng.choice(STATUSES), "updated_at": stamp,
                                 "data": {"id": f"p{seq}", "event": ev["id"],
                                          "text": "will meet again"}})
            if len(events) >= BATCH or seq == n:
                for table, rows in ((ft.events, events), (ft.event_actors, actor_rows),
                                    (ft.event_text, texts), (ft.promises, promises)):
                    insert_batches(conn, table, rows)
                events, actor_rows, texts, promises = [], [], [], []


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Seconds of the first call and the best of ``repeat`` calls."""
    times = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times[0], min(times)


def query_cases(store: Any, top: str, mid: str) -> list[tuple[str, Callable[[], Any]]]:
    """(label, call) of every query function with typical arguments."""
    from eventwire.fuse import queries as q

    return [
        ("list_events(limit=50)", lambda: q.list_events(store, limit=50)),
        ("list_events(order=latest)", lambda: q.list_events(store, limit=12, order="latest")),
        ("list_events(type, offset=500)",
         lambda: q.list_events(store, type="CONSULT", limit=50, offset=500)),
        ("list_events(offset=50000)", lambda: q.list_events(store, limit=50, offset=50000)),
        ("list_events(actor=top)", lambda: q.list_events(store, actor=top, limit=50)),
        ("list_events(actor=name part)", lambda: q.list_events(store, actor="putin", limit=50)),
        ("list_events(country=UKR)", lambda: q.list_events(store, country="UKR", limit=50)),
        ("list_events(date window)", lambda: q.list_events(
            store, date_from="2020-01-01", date_to="2020-03-31", limit=50)),
        ("list_events(story)", lambda: q.list_events(store, story="s7", limit=50)),
        ("list_events(q)", lambda: q.list_events(store, q="drone", limit=50)),
        ("count_events()", lambda: q.count_events(store)),
        ("count_events(type)", lambda: q.count_events(store, type="CONSULT")),
        ("count_events(actor=top)", lambda: q.count_events(store, actor=top)),
        ("count_events(country, type)", lambda: q.count_events(store, country="UKR",
                                                               type="ASSAULT")),
        ("count_events(q)", lambda: q.count_events(store, q="report 777")),
        ("get_event", lambda: q.get_event(store, "e4242")),
        ("list_stories(limit=50)", lambda: q.list_stories(store, limit=50)),
        ("get_story", lambda: q.get_story(store, "s7")),
        ("list_promises(open)", lambda: q.list_promises(store, status="open")),
        ("list_actors(limit=50)", lambda: q.list_actors(store, limit=50)),
        ("count_actors", lambda: q.count_actors(store)),
        ("get_actor(top)", lambda: q.get_actor(store, top)),
        ("get_actor(mid)", lambda: q.get_actor(store, mid)),
        ("search(q)", lambda: q.search(store, "drone", limit=50)),
        ("search(rare)", lambda: q.search(store, "report 4242-1", limit=50)),
    ]


def page_cases(top: str) -> list[str]:
    """The web pages and API calls to time."""
    return ["/", "/events", "/events?type=CONSULT&offset=500", f"/events?actor={top}",
            "/events?country=UKR&date_from=2020", "/events/e4242", "/stories", "/stories/s7",
            "/actors", f"/actors/{top}", "/promises?status=open", "/search?q=drone",
            "/api/events?limit=50", "/api/events?type=ASSAULT&offset=1000", "/api/actors",
            f"/api/actors/{top}", "/api/search?q=drone", "/api/stories"]


def run(store: Any, repeat: int) -> list[tuple[str, float, float]]:
    """Time the query functions and the pages; return (label, first s, best s) rows."""
    from fastapi.testclient import TestClient

    from eventwire.fuse import queries as q
    from eventwire.views.api import create_app

    ranked = q.list_actors(store, limit=100)
    top, mid = ranked[0]["id"], ranked[min(len(ranked) - 1, 40)]["id"]
    rows = [(label, *timed(fn, repeat)) for label, fn in query_cases(store, top, mid)]
    client = TestClient(create_app(store))
    for path in page_cases(top):
        def get(path: str = path) -> None:
            """One request that must succeed."""
            resp = client.get(path)
            if resp.status_code != 200:
                raise SystemExit(f"{path}: HTTP {resp.status_code}")
        rows.append((f"GET {path}", *timed(get, repeat)))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Build the store (unless it exists), time everything, print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="store URL or SQLite file (default: a temporary file)")
    ap.add_argument("--reuse", action="store_true", help="use --db as it is (no new events)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--json", help="also write the timings to this file")
    args = ap.parse_args(argv)
    from eventwire.store import Store

    db = args.db or str(Path(tempfile.mkdtemp(prefix="eventwire-bench-")) / "bench.db")
    store = Store(db)
    if not args.reuse:
        t0 = time.perf_counter()
        build_store(store, args.events, args.seed)
        print(f"built {args.events} events in {time.perf_counter() - t0:.1f} s ({db})")
    rows = run(store, args.repeat)
    width = max(len(r[0]) for r in rows)
    print(f"{'call':<{width}}  {'first s':>8}  {'best s':>8}")
    for label, first, best in rows:
        print(f"{label:<{width}}  {first:8.3f}  {best:8.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(
            [{"call": r[0], "first_s": r[1], "best_s": r[2]} for r in rows], indent=1))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
