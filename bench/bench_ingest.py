"""Benchmark: ingest throughput (extract + store + fuse) on records of growing size.

For each store size (default 10,000 and 100,000 events; add 1000000 with
``--sizes``) a SQLite store is synthesised in a temporary directory with bulk
inserts: the older part of the record is cloned from real extractions of real
news text (the bench corpus, ``bench/corpus.py``), one clone per older article,
each moved back one more day per 48 articles (and stored as if ingested that
day), with its mentions, one fused event per mention (participant, search-text, type
and candidate-index rows included), stories of ``ARTICLES_PER_STORY`` articles
with their clustering vectors and inverted-index rows, term document
frequencies and mention name counts — so new articles about the same conflicts
meet many candidates that share their actors. One dated older event in ``PROMISE_EVERY``
carries a synthetic commitment (its source promises its target what its trigger names, in the
story sets' mix of typed agreements, plans, threats, an untyped agreement and a refrain
pledge), judged once as a store that fused it holds it (promise rows, their index, the
judged-as-of day), so an update meets the promises a real record holds (``--no-promises``:
none; kept as ``store-SIZE-promises.db``, made from ``store-SIZE.db``). Each older article carries a
MinHash signature of its own (random hash values: no two are near-duplicates)
and the signature's LSH band keys, as ingested articles do, so the
near-duplicate lookup of the new articles meets a record of that size. Then ``--new`` real articles
(different from the cloned ones) are ingested on top with
``eventwire.corpus.ingest`` and timed, beside extract-only on the same
articles. Prints articles/s of each and their ratio, in wall-clock and in CPU
time (the CPU ratio is the one to trust on a machine shared with other work), and the CPU
milliseconds per article that ingest spends beyond extraction. ``--new`` takes several
counts, one row each on the same record: ``--new 32 1000`` puts the live update (32 articles
fused as one update) beside the backfill chunk (1,000 articles, the one fuse update of
``FUSE_CHUNK`` articles that ``eventwire ingest`` makes of a file that long); a larger count's
first articles are a smaller count's.
``--keep DIR`` keeps each built store in DIR (``store-SIZE.db``) and reuses it on later
runs (the ingest writes into a copy; with ``--in-place`` into the kept store itself, inside
one transaction rolled back at the end, so a large record is not copied). ``--repeat N``
times extract-only and the ingest N times, alternating, each ingest into the record as built,
and reports the medians with each run's CPU ratio (on a loaded machine one run's ratio moves by
a tenth). ``--rss N ...`` also runs ``eventwire extract`` and ``eventwire ingest`` on a
JSONL file of N bench documents in a child process each and prints their peak
RSS. A benchmark, not a test: no thresholds.

    .venv/bin/python bench/bench_ingest.py [--sizes 0 10000 100000] [--new 32 1000] [--keep DIR]
        [--in-place] [--repeat 3] [--rss 1000 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as bench_corpus  # noqa: E402

from eventwire.corpus import FUSE_CHUNK  # noqa: E402

SIZES = (10_000, 100_000)
SOURCE_DOCS = 48  # real articles extracted once and cloned into the older record
NEW_DOCS = 32  # real articles ingested on top and timed
ARTICLES_PER_STORY = 20
DOC_WORDS = (150, 400)
BATCH = 2000
MAX_BUILT = 100_000  # larger records are copies of one built with bulk inserts (``replicate``)
COPY_CACHE_KB = 1_000_000  # SQLite page cache while copying (the unique indexes stay in memory)
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
JSON_DAY_RE = re.compile(r'"(\d{4}-\d{2}-\d{2})')
NEW_SEED = 29
RSS_WORDS = (40, 120)  # words per document of the streaming (peak RSS) runs
LAST_CPU = [0.0]  # CPU seconds of the last timed step
SIGNATURE_SEED = 41  # the older articles' synthetic MinHash signatures
SIGNATURE_SHINGLES = 100  # their hash values lie below 2**32 / this (about 200 shingles)
PROMISE_EVERY = 4  # one dated event in four carries a commitment (the story sets' records:
# promises on 58 of 231 and 49 of 204 fused events)
PROMISE_SHAPES = ("agreement", "agreement", "agreement", "agreement from", "plan on", "threat",
                  "agreement untyped", "pledge refrain")  # in about the story sets' proportions:
# typed agreements most, then typed plans and threats, an untyped agreement, a refrain pledge


def synthetic_signature(n: int, copy: int = 0) -> bytes:
    """A stored MinHash signature for older article ``n`` (of copy ``copy``): random hash
    values of the size a text of about 200 word 5-shingles has, shared with no other
    article."""
    import numpy
    from datasketch import MinHash

    from eventwire.ingest.dedup import NUM_PERM, signature_bytes

    rng = numpy.random.default_rng((SIGNATURE_SEED, copy, n))
    mh = MinHash(num_perm=NUM_PERM)
    mh.hashvalues = rng.integers(0, 2**32 // SIGNATURE_SHINGLES, size=NUM_PERM,
                                 dtype=numpy.uint64)
    return signature_bytes(mh)


def shift(value: Any, days: int) -> Any:
    """A YYYY-MM-DD... date string moved ``days`` back (other values unchanged)."""
    if not isinstance(value, str) or not DAY_RE.match(value):
        return value
    day = dt.date.fromisoformat(value[:10]) - dt.timedelta(days=days)
    return day.isoformat() + value[10:]


def extract_docs(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    """The extract objects of documents and the seconds extraction took (one process)."""
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline()
    arts = [Article(id=d["id"], text=d["text"], published=d["published"]) for d in docs]
    t0, c0 = time.perf_counter(), time.process_time()
    out = [ex.to_dict() for ex in pipeline.run(arts) if hasattr(ex, "to_dict")]
    LAST_CPU[0] = time.process_time() - c0
    return out, time.perf_counter() - t0


class Raw(str):
    """A value already serialised as JSON text (inserted as is)."""


def shifted_event(ev: dict[str, Any], days: int) -> dict[str, Any]:
    """A copy of a contract event whose precise date is moved back (shared sub-objects)."""
    if not isinstance(ev.get("date"), dict):
        return ev
    return {**ev, "date": {**ev["date"], "value": shift(ev["date"].get("value"), days)}}


def shifted_json(template: str, days: int, ids: dict[str, str]) -> Raw:
    """JSON text of a source object with every ISO day string moved back and ids replaced."""
    out = JSON_DAY_RE.sub(lambda m: '"' + shift(m.group(1), days), template)
    for old, new in ids.items():
        out = out.replace(f'"{old}"', f'"{new}"')
    return Raw(out)


def refs(ev: dict[str, Any], role: str) -> list[dict[str, Any]]:
    """ActorRefs (or names) of one role of a contract event."""
    return [p.get("actor") or {"id": None, "name": p.get("text")} for p in ev.get(role) or []]


def event_row(eid: str, seq: int, mid: str, aid: str, ev: dict[str, Any], story: str,
              now: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The ``events`` row and fused-event dict of a one-mention event."""
    date = (ev.get("date") or {}).get("value")
    precise = isinstance(date, str) and bool(DAY_RE.match(date))
    day = date[:10] if precise else None
    data = {"id": eid, "type": ev["type"], "mode": ev.get("mode"), "date": day,
            "date_range": [day, day] if day else None, "date_from": "text" if day else None,
            "date_evidence": [], "modality": ev.get("modality", "asserted"),
            "participants": refs(ev, "source") + refs(ev, "target"),
            "source": refs(ev, "source"), "target": refs(ev, "target"),
            "location": ev.get("location"), "attributes": ev.get("attributes") or {},
            "mentions": [{"article": aid, "mention": mid, "modality": ev.get("modality"),
                          "start": ev["trigger"]["start"], "end": ev["trigger"]["end"],
                          "sentence": ev["sentence"], "trigger": ev["trigger"]}],
            "articles": [aid], "n_sources": 1, "flags": [], "claims": [], "possibly_same": [],
            "story": story, "quotes": [], "commitments": {}}
    row = {"id": eid, "seq": seq, "story_id": story, "type": data["type"], "mode": data["mode"],
           "modality": data["modality"], "date": day, "date_min": day, "date_max": day,
           "data": data, "n_sources": 1, "updated_at": now}
    return row, data


def synthetic_commitment(data: dict[str, Any], n: int) -> dict[str, Any] | None:
    """The ``n``-th synthetic commitment, made in a fused-event dict (``PROMISE_SHAPES`` in
    turn): its source promises its target something named by its trigger, of its own type
    (typed shapes), from its day or for two days later (a plan for a stated day), or to
    refrain for 30 days from what its trigger names. None for an event without a day or a
    participant."""
    day, who = data.get("date"), data.get("source") or data.get("participants")[:1]
    if not day or not who:
        return None
    shape = PROMISE_SHAPES[n % len(PROMISE_SHAPES)]
    kind, _, how = shape.partition(" ")
    action = (data["mentions"][0].get("trigger") or {}).get("text") or data["type"].lower()
    c: dict[str, Any] = {"kind": kind, "promiser": who, "promisee": data.get("target") or [],
                         "action": {"text": action}}
    if how != "untyped":
        c["content_type"] = "ASSAULT" if kind == "threat" else data["type"]
    if how in ("from", "untyped"):
        c["start"] = {"value": day}
    elif how == "on":
        c["start"] = {"value": (dt.date.fromisoformat(day) + dt.timedelta(days=2)).isoformat()}
    elif how == "refrain":
        c.update(negative=True, scope={"text": action}, duration={"value": "P30D"})
        c.pop("content_type")
    return c


def add_promises(db: Path) -> int:
    """Give a built record commitments at the story sets' rate (every ``PROMISE_EVERY``-th
    event by sequence number, ``synthetic_commitment``) and judge them all once, as a
    store that fused them holds them (promise rows, their index, the judged-as-of day);
    return how many promises there are."""
    from eventwire.fuse.promises import refresh_promises
    from eventwire.store import Store

    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        rows = conn.execute("SELECT id, seq, data FROM events WHERE date_min IS NOT NULL AND "
                            f"seq % {PROMISE_EVERY} = 0 ORDER BY seq").fetchall()
        out = []
        for eid, seq, raw in rows:
            data = json.loads(raw)
            c = synthetic_commitment(data, seq // PROMISE_EVERY)
            if c is not None:
                data["commitments"] = {data["mentions"][0]["mention"]: c}
                out.append((json.dumps(data), stamp, eid))
        conn.execute("BEGIN")  # written now: the refresh reads them as an update's events
        conn.executemany("UPDATE events SET data = ?, updated_at = ? WHERE id = ?", out)
        conn.execute("COMMIT")
    finally:
        conn.close()
    store = Store(str(db))
    with store.begin() as c:
        n = refresh_promises(c, stamp)
    store.close()
    return n


class Builder:
    """Writes the synthetic older record into a store, in batches of raw bulk inserts."""

    def __init__(self, store: Any, sources: list[dict[str, Any]]) -> None:
        from eventwire.fuse.profile import article_profile
        from eventwire.fuse.stories import StoryIndex, strongest_keys

        self.store, self.sources = store, sources
        self.profiles = [article_profile(ex) for ex in sources]
        self.index = StoryIndex()
        self.now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.memo: dict[tuple[int, int], dict[str, Any]] = {}  # per source mention
        self.names: dict[tuple[str, str], int] = {}  # (type, name) -> mentions
        self.templates = [json.dumps(ex) for ex in sources]
        self.event_templates = [[json.dumps(ev) for ev in ex.get("events") or []]
                                for ex in sources]
        self.strongest = strongest_keys
        from eventwire.ingest.dedup import NearDupIndex

        self.bands = NearDupIndex()
        self.events = self.articles = 0
        self.memo_analysis: dict[int, Raw] = {}

    def build(self, n_events: int) -> None:
        """Add cloned articles until the record holds ``n_events`` events."""
        from eventwire.store import schema as s

        for p in self.profiles:  # document frequencies as if every clone was observed
            self.index.observe(p)
        per_cycle = sum(len(ex.get("events") or []) for ex in self.sources)
        cycles = max(1, -(-n_events // max(per_cycle, 1)))
        for _ in range(cycles - 1):
            for p in self.profiles:
                self.index.observe(p)
        vectors = [self.index.vectors(p) for p in self.profiles]
        self.member_json = [Raw(json.dumps({"vec": v, "art": p}))
                            for v, p in zip(vectors, self.profiles, strict=True)]
        self.profile_json = [Raw(json.dumps(p)) for p in self.profiles]
        self.keys = [list(dict.fromkeys(self.strongest(v))) for v in vectors]
        i = 0
        while self.events < n_events:
            self.add_article(i, i % len(self.sources), 1 + i // len(self.sources))
            i += 1
            if len(self.rows.get(s.mentions.name, [])) >= BATCH:
                self.flush()
        self.flush()
        self.finish()

    def analysis(self, k: int) -> Raw:
        """The stored summary analysis of source ``k`` (its clones share its text)."""
        if k not in self.memo_analysis:
            self.memo_analysis[k] = Raw(json.dumps(source_analysis(self.sources[k])))
        return self.memo_analysis[k]

    def add_article(self, i: int, k: int, days: int) -> None:
        """Queue one clone of source ``k`` moved ``days`` back, with its mentions, events,
        story membership and index rows (stored as if ingested on its shifted day)."""
        from eventwire.fuse import candidates as cands
        from eventwire.fuse import index
        from eventwire.fuse.mentions import make_mention
        from eventwire.store import _mention_row
        from eventwire.store import fuse_tables as ft
        from eventwire.store import schema as s

        src = self.sources[k]
        aid, story = f"old-{i}", f"s{1 + i // ARTICLES_PER_STORY}"
        published = shift(src.get("published"), days)
        ingested = shift(self.now, days)
        self.articles += 1
        if i % ARTICLES_PER_STORY == 0:
            self.add(ft.stories, {"id": story, "seq": 1 + i // ARTICLES_PER_STORY, "title": None,
                                  "summary": Raw("[]"), "profile": self.profile_json[k],
                                  "updated_at": self.now})
        from eventwire.ingest.dedup import from_bytes

        sig = synthetic_signature(i)
        for key in dict.fromkeys(self.bands.stored_keys(from_bytes(sig).hashvalues)):
            self.add(s.neardup_bands, {"key": key, "article_id": aid})
        self.add(s.articles, {"id": aid, "seq": i + 1, "title": src.get("title"),
                              "published": published, "text": src["text"], "minhash": sig,
                              "content_hash": f"old-{i}", "ingested_at": ingested,
                              "extraction": shifted_json(self.templates[k], days,
                                                         {src["id"]: aid})})
        art = {"id": aid, "duplicate_of": None, "published": published, "url": None}
        self.add(ft.article_sentences, {"article_id": aid, "data": self.analysis(k)})
        self.add(ft.story_articles, {"article_id": aid, "story_id": story, "score": 0.5,
                                     "profile": self.member_json[k]})
        for key in self.keys[k]:
            self.add(ft.story_keys, {"key": key, "seq": i + 1, "article_id": aid})
        for idx, source_ev in enumerate(src.get("events") or []):
            ev = shifted_event(source_ev, days)
            self.events += 1
            seq, mid = self.events, f"{aid}#{idx}"
            row, data = event_row(f"e{seq}", seq, mid, aid, ev, story, self.now)
            mrow = _mention_row(aid, idx, ev)
            mrow["data"] = shifted_json(self.event_templates[k][idx], days, {})
            self.add(s.mentions, mrow)
            self.add(ft.events, row)
            self.add(ft.event_mentions, {"mention_id": mid, "event_id": row["id"]})
            for r in index.actor_rows(data, seq, row["date_min"]):
                self.add(ft.event_actors, r)
            self.add(ft.event_text, {"event_id": row["id"], "text": index.search_text(data)})
            for r in index.type_rows(data):
                self.add(ft.event_types, r)
            m = cands.with_ingest_day(make_mention(mid, art, json.loads(mrow["data"]), story),
                                      ingested)  # placed by its stored (moved) date range
            memo = self.memo.setdefault((k, idx), {})
            for r in cands.mention_rows(m, row["id"]):
                self.add(ft.fuse_keys, r)
            if "names" not in memo:
                memo["names"] = cands.name_keys(m)
            for n in memo["names"]:
                self.names[(m.type, n)] = self.names.get((m.type, n), 0) + 1

    def add(self, table: Any, row: dict[str, Any]) -> None:
        """Queue one row."""
        self.rows.setdefault(table.name, []).append(row)

    def flush(self) -> None:
        """Insert the queued rows, parents first, with the driver's executemany (SQLite)."""
        from sqlalchemy import JSON

        from eventwire.store import schema as s

        with self.store.begin() as conn:
            raw = conn.connection.driver_connection
            for table in s.metadata.sorted_tables:
                rows = self.rows.pop(table.name, [])
                if not rows:
                    continue
                cols = list(table.columns)
                sql = (f"INSERT INTO {table.name} ({', '.join(c.name for c in cols)}) "
                       f"VALUES ({', '.join('?' for _ in cols)})")
                as_json = [isinstance(c.type, JSON) for c in cols]
                raw.executemany(sql, [tuple(
                    (v if isinstance(v, Raw) or v is None else json.dumps(v)) if j else v
                    for v, j in zip((r.get(c.name, default(c)) for c in cols), as_json,
                                    strict=True)) for r in rows])

    def finish(self) -> None:
        """Write the term document frequencies and the mention name counts."""
        from sqlalchemy import insert

        from eventwire.fuse.candidates import INDEX_META_KEY, INDEX_VERSION
        from eventwire.fuse.index import ACTOR_ENDS_META, TYPES_META
        from eventwire.fuse.stories import DOCS_KEY, STORY_INDEX_META
        from eventwire.ingest.dedup import BANDS_META
        from eventwire.store import fuse_tables as ft
        from eventwire.store import schema as s

        rows = [{"term": k, "df": v} for k, v in self.index.df.items()]
        rows.append({"term": DOCS_KEY, "df": self.index.n_docs})
        names = [{"type": t, "name": n, "n": c} for (t, n), c in self.names.items()]
        with self.store.begin() as conn:
            conn.execute(insert(ft.term_df), rows)
            if names:
                conn.execute(insert(ft.mention_names), names)
            conn.execute(insert(s.meta).values(key=INDEX_META_KEY, value=INDEX_VERSION))
            conn.execute(insert(s.meta).values(key=STORY_INDEX_META, value="1"))
            conn.execute(insert(s.meta).values(key=BANDS_META, value=self.bands.shape))
            # every event_actors row carries its date_max (``index.actor_rows``), as in a store
            # fusion wrote: the update need not look for rows to fill
            conn.execute(insert(s.meta).values(key=ACTOR_ENDS_META, value="1"))
            conn.execute(insert(s.meta).values(key=TYPES_META, value="1"))  # and its types


def source_analysis(ex: dict[str, Any]) -> dict[str, Any]:
    """The summary analysis (``fuse.summary.analyse``) of an extract object's article."""
    from eventwire.fuse.summary import analyse

    return analyse({"title": ex.get("title"), "text": ex["text"]})


def upgrade(db: Path) -> None:
    """Bring a kept record built by earlier code to the current store format before it is
    timed: new tables, columns and indexes, the one-time index moves and fills of a first
    update, the summary analyses of its articles, and their signatures and band keys."""
    from eventwire.fuse import candidates, index
    from eventwire.ingest.dedup import NearDupIndex, fill_bands
    from eventwire.store import Store

    store = Store(str(db))
    with store.begin() as conn:
        index.ensure(conn)
        candidates.ensure(conn)
    store.close()
    fill_analyses(db)
    sign_articles(db)
    store = Store(str(db))
    fill_bands(store, NearDupIndex())
    store.close()


def sign_articles(db: Path) -> int:
    """Give every article of a kept record that has no MinHash signature a synthetic one
    (records built before they carried them; their band keys are then written again by
    ``fill_bands``); return how many."""
    from eventwire.ingest.dedup import BANDS_META

    conn = sqlite3.connect(db, isolation_level=None)
    try:
        rows = conn.execute("SELECT seq FROM articles WHERE minhash IS NULL").fetchall()
        if rows:
            conn.execute("BEGIN")
            conn.executemany("UPDATE articles SET minhash = ? WHERE seq = ?",
                             [(synthetic_signature(seq - 1), seq) for (seq,) in rows])
            conn.execute("DELETE FROM eventwire_meta WHERE key = ?", (BANDS_META,))
            conn.execute("COMMIT")
        return len(rows)
    finally:
        conn.close()


def fill_analyses(db: Path) -> int:
    """Store the summary analysis of every article of a kept record that has none (records
    built before it was stored; clones of one text are analysed once); return how many."""
    from eventwire.fuse.summary import analyse

    conn = sqlite3.connect(db, isolation_level=None)
    try:
        rows = conn.execute("SELECT id, title, text FROM articles WHERE id NOT IN "
                            "(SELECT article_id FROM article_sentences)").fetchall()
        memo: dict[tuple[str, str], str] = {}
        out = []
        for aid, title, text in rows:
            if (title, text) not in memo:
                memo[(title, text)] = json.dumps(analyse({"title": title, "text": text}))
            out.append((aid, memo[(title, text)]))
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO article_sentences (article_id, data) VALUES (?, ?)", out)
        conn.execute("COMMIT")
        return len(out)
    finally:
        conn.close()


def default(column: Any) -> Any:
    """A column's scalar Python-side default (None when it has none)."""
    d = column.default
    return d.arg if d is not None and d.is_scalar else None


class SharedEngine:
    """An engine whose every connection is one open connection (``rolled_back``)."""

    def __init__(self, engine: Any, conn: Any) -> None:
        """Wrap ``engine``; ``connect`` hands out ``conn`` (not closed after use)."""
        self.engine, self.conn = engine, conn

    def connect(self) -> Any:
        """The shared connection."""
        return nullcontext(self.conn)

    def __getattr__(self, name: str) -> Any:
        """Everything else from the wrapped engine."""
        return getattr(self.engine, name)


@contextmanager
def rolled_back(store: Any) -> Iterator[Any]:
    """Run all the store's reads and writes on one connection inside one transaction that is
    rolled back at the end (each write transaction becomes a savepoint): the store is left as
    it was, and a large kept record is timed without copying it."""
    from eventwire.store import WRITE

    engine = store.engine
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE: True})
        outer = conn.begin()

        @contextmanager
        def begin() -> Iterator[Any]:
            with conn.begin_nested():
                yield conn

        store.begin, store.engine = begin, SharedEngine(engine, conn)
        try:
            yield store
        finally:
            outer.rollback()
            store.engine = engine
            del store.begin


def time_ingest(db: Path, new_docs: list[dict[str, Any]], tmp: Path,
                in_place: bool = False) -> tuple[float, dict]:
    """Seconds to ingest the new documents (extract + store + fuse) into a store, and the
    record (``in_place``: inside a transaction rolled back at the end, ``rolled_back``)."""
    from eventwire.corpus import ingest
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    path = tmp / f"new-{db.stem}.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in new_docs), encoding="utf-8")
    store = Store(str(db))
    pipeline = Pipeline()
    import_fusion()
    with rolled_back(store) if in_place else nullcontext(store):
        t0, c0 = time.perf_counter(), time.process_time()
        report = ingest([str(path)], store, pipeline=pipeline)
        took = time.perf_counter() - t0
        LAST_CPU[0] = time.process_time() - c0
    store.close()
    return took, report.fused


def import_fusion() -> None:
    """Import the ingest and fusion modules before timing (start-up, like loading the
    pipeline)."""
    import eventwire.fuse.events
    import eventwire.fuse.promises
    import eventwire.fuse.stories
    import eventwire.fuse.summary
    import eventwire.ingest
    import eventwire.ingest.dedup
    import eventwire.ingest.errors  # noqa: F401


ID_RE = re.compile(r"^(old-)(\d+)|^(e)(\d+)$|^(s)(\d+)$|^(story:s)(\d+)$")
JSON_ID_RE = re.compile(r'"(old-)(\d+)|"(e)(\d+)"|"(s)(\d+)"|"(story:s)(\d+)"')
# table -> columns rewritten in each copy (others are copied as they are); an article's
# stored extract object gets the copy's article id but keeps its days
REPLICATED = {
    "articles": {"id": "ids", "seq": "article_seq", "published": "day", "ingested_at": "day",
                 "content_hash": "copy", "extraction": "article", "minhash": "signature"},
    "mentions": {"id": "ids", "article_id": "ids", "date_value": "day", "data": "json"},
    "stories": {"id": "ids", "seq": "story_seq", "profile": "json", "date_min": "day",
                "date_max": "day"},
    "story_articles": {"article_id": "ids", "story_id": "ids", "profile": "json"},
    "story_keys": {"seq": "article_seq", "article_id": "ids"},
    "article_sentences": {"article_id": "ids"},
    "events": {"id": "ids", "seq": "event_seq", "story_id": "ids", "date": "day",
               "date_min": "day", "date_max": "day", "data": "json"},
    "event_mentions": {"mention_id": "ids", "event_id": "ids"},
    "event_actors": {"event_id": "ids", "event_seq": "event_seq", "date_min": "day",
                     "date_max": "day", "date": "day"},
    "event_text": {"event_id": "ids"},
    "event_types": {"event_id": "ids"},
    "fuse_keys": {"key": "ids", "bucket": "bucket", "mention_id": "ids", "event_id": "ids"},
}
COUNTED = (("mention_names", "n"), ("term_df", "df"))  # counts multiplied by the copies


class Replica:
    """Id and date rewriting of one copy of the record (copy ``k`` of a block)."""

    def __init__(self, k: int, counts: dict[str, int], days: int) -> None:
        """Copy ``k``: ids offset by ``k`` times the block's counts, days moved ``k * days``
        back."""
        self.k, self.days = k, k * days
        self.offset = {"old-": k * counts["articles"], "e": k * counts["events"],
                       "s": k * counts["stories"], "story:s": k * counts["stories"]}

    def new_id(self, m: re.Match) -> str:
        """The copy's id for a matched id (prefix and number)."""
        groups = [g for g in m.groups() if g is not None]
        return f"{groups[0]}{int(groups[1]) + self.offset[groups[0]]}"

    def ids(self, value: str | None) -> str | None:
        """An article, mention, event, story or story-key id of the copy."""
        return ID_RE.sub(self.new_id, value) if value else value

    def json(self, value: str | None) -> str | None:
        """JSON text with its days moved back and its ids rewritten."""
        if not value:
            return value
        out = JSON_DAY_RE.sub(lambda m: '"' + shift(m.group(1), self.days), value)
        return JSON_ID_RE.sub(lambda m: '"' + self.new_id(m) + ('"' if m.group(1) is None
                                                               else ""), out)


def replicate(db: Path, copies: int) -> None:
    """Grow a synthetic record to ``copies`` times its size inside SQLite: each copy is the
    record with new ids, moved back by the record's length in days (a multiple of the
    candidate index's bucket width) — ``INSERT ... SELECT`` in one transaction, with the
    secondary indexes dropped during the copy and created again after it."""
    from eventwire.fuse.candidates import BUCKET_DAYS, IDENTITY_BUCKET

    conn = sqlite3.connect(db, isolation_level=None)
    counts = {t: conn.execute(f"SELECT max(seq) FROM {t}").fetchone()[0] or 0
              for t in ("articles", "events", "stories")}
    days = math.ceil(math.ceil(counts["articles"] / SOURCE_DOCS) / BUCKET_DAYS) * BUCKET_DAYS
    clustered = {t for t in REPLICATED if "WITHOUT ROWID" in (conn.execute(
        "SELECT upper(sql) FROM sqlite_master WHERE type = 'table' AND name = ?",
        (t,)).fetchone()[0] or "")}
    last = {t: conn.execute(f"SELECT max(rowid) FROM {t}").fetchone()[0] or 0
            for t in REPLICATED if t not in clustered}
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "sql IS NOT NULL").fetchall()
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(f"PRAGMA cache_size = -{COPY_CACHE_KB}")
    conn.execute("BEGIN")
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    for table in sorted(clustered):  # no rowid to tell the original rows: copied from a copy
        conn.execute(f"CREATE TEMP TABLE original_{table} AS SELECT * FROM {table}")
    for k in range(1, copies):
        rep = Replica(k, counts, days)
        conn.create_function("ids", 1, rep.ids, deterministic=True)
        conn.create_function("json_copy", 1, rep.json, deterministic=True)
        conn.create_function("day", 1, lambda v, d=rep.days: shift(v, d), deterministic=True)
        conn.create_function("signature", 2, lambda v, n, k=k: v and synthetic_signature(n, k),
                             deterministic=True)
        exprs = {"ids": "ids({c})", "json": "json_copy({c})", "day": "day({c})",
                 "article": """replace({c}, '"' || "id" || '"', '"' || ids("id") || '"')""",
                 "signature": 'signature({c}, "seq")',
                 "article_seq": f"{{c}} + {k * counts['articles']}",
                 "event_seq": f"{{c}} + {k * counts['events']}",
                 "story_seq": f"{{c}} + {k * counts['stories']}",
                 "copy": f"{{c}} || '-{k}'",
                 "bucket": f"CASE WHEN {{c}} = {IDENTITY_BUCKET} THEN {{c}} "
                           f"WHEN {{c}} < {IDENTITY_BUCKET} THEN {{c}} + {rep.days // BUCKET_DAYS} "
                           f"ELSE {{c}} - {rep.days // BUCKET_DAYS} END"}
        for table, rules in REPLICATED.items():
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            select = ", ".join(exprs[rules[c]].format(c=f'"{c}"') if c in rules else f'"{c}"'
                               for c in cols)
            names = ", ".join(f'"{c}"' for c in cols)
            if table in clustered:
                conn.execute(f"INSERT INTO {table} ({names}) SELECT {select} "
                             f"FROM temp.original_{table}")
            else:
                conn.execute(f"INSERT INTO {table} ({names}) SELECT {select} FROM {table} "
                             f"WHERE rowid <= {last[table]} ORDER BY rowid")
    for table, column in COUNTED:
        conn.execute(f"UPDATE {table} SET {column} = {column} * {copies}")
    # the copies' band keys are not copied: written again from their signatures (``upgrade``)
    conn.execute("DELETE FROM eventwire_meta WHERE key = 'neardup_bands'")
    for _, sql in indexes:
        conn.execute(sql)
    for table in sorted(clustered):
        conn.execute(f"DROP TABLE temp.original_{table}")
    conn.execute("COMMIT")
    conn.close()


def record_size(db: Path) -> tuple[int, int]:
    """Events and articles of a stored record."""
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("SELECT count(*) FROM events").fetchone()[0],
                conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def built_store(size: int, sources: list[dict[str, Any]], tmp: Path, keep: Path | None,
                in_place: bool = False, promises: bool = True
                ) -> tuple[Path, float, tuple[int, int]]:
    """A store with the synthetic older record of ``size`` events in ``tmp`` (copied from
    ``keep`` when built there before; ``in_place``: the kept store itself); the seconds
    building took, and its events and articles. With ``promises`` the record is the one
    without, given commitments and judged (``add_promises``; kept as
    ``store-SIZE-promises.db``)."""
    from eventwire.store import Store

    name = f"store-{size}-promises.db" if promises and size else f"store-{size}.db"
    db = tmp / name
    kept = keep / name if keep else None
    t0 = time.perf_counter()
    if kept and kept.is_file():
        upgrade(kept)
        if in_place:
            return kept, 0.0, record_size(kept)
        shutil.copyfile(kept, db)
        return db, 0.0, record_size(db)
    if promises and size:
        plain, built, _ = built_store(size, sources, tmp, keep, promises=False)
        t1 = time.perf_counter()
        plain.rename(db)
        print(f"{size:,} events: {add_promises(db):,} promises judged", file=sys.stderr,
              flush=True)
        built += time.perf_counter() - t1
    elif size > MAX_BUILT:
        copies = -(-size // MAX_BUILT)
        block, built, _ = built_store(size // copies, sources, tmp, keep, promises=False)
        t1 = time.perf_counter()
        block.rename(db)
        replicate(db, copies)
        upgrade(db)
        built += time.perf_counter() - t1
    else:
        builder = Builder(Store(str(db)), sources)
        if size:
            builder.build(size)
        built = time.perf_counter() - t0
        builder.store.close()
    if kept:
        keep.mkdir(parents=True, exist_ok=True)
        if in_place:
            db.rename(kept)
            return kept, built, record_size(kept)
        shutil.copyfile(db, kept)
    return db, built, record_size(db)


def new_documents(n_new: int) -> list[dict[str, Any]]:
    """The ``n_new`` real articles ingested on top (a larger count's first articles are a
    smaller count's)."""
    return [{**d, "id": f"new-{i}"} for i, d in
            enumerate(bench_corpus.documents(n_new, DOC_WORDS, seed=NEW_SEED))]


def run(sizes: list[int], n_new: int | list[int], keep: Path | None = None,
        in_place: bool = False, repeat: int = 1, promises: bool = True) -> list[dict[str, Any]]:
    """Build each store size, ingest the new articles, and time it against extract-only
    (``repeat`` times, extract-only and ingest alternating, each ingest into the record as
    built: the medians are reported, each run's figures listed). Several counts of new
    articles (``n_new`` a list) give one row each per store size, timed on the same record
    one after the other: the live update (a few dozen articles, one fuse update) beside the
    backfill chunk (``FUSE_CHUNK`` articles, the update ``eventwire ingest`` makes of a file
    that long)."""
    from eventwire.annotate.nlp import load_nlp

    load_nlp()
    sources, _ = extract_docs(list(bench_corpus.documents(SOURCE_DOCS, DOC_WORDS)))
    counts = [n_new] if isinstance(n_new, int) else list(n_new)
    shapes = {n: new_documents(n) for n in counts}
    out = []
    rolled = in_place and keep is not None
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-ingest-") as tmp:
        for size in sizes:
            db, built, (n_events, n_articles) = built_store(size, sources, Path(tmp), keep,
                                                            rolled, promises)
            for j, n in enumerate(counts):
                t0 = time.perf_counter()
                scratch = db.parent == Path(tmp) and j == len(counts) - 1
                row = timed_shape(db, shapes[n], Path(tmp), rolled, repeat, scratch)
                out.append({**summarise(row, n_events, n_articles, built, n),
                            "took_s": time.perf_counter() - t0})
            if db.parent == Path(tmp):
                db.unlink()
    return out


def timed_shape(db: Path, new_docs: list[dict[str, Any]], tmp: Path, rolled: bool,
                repeat: int, scratch: bool = False) -> list[dict[str, Any]]:
    """Extract-only and the ingest of ``new_docs`` into the record ``db``, ``repeat`` times
    alternating (each ingest into the record as built: rolled back, or into a copy; with
    ``scratch`` the last run writes into ``db`` itself); each run's figures."""
    runs = []
    for k in range(max(1, repeat)):
        target = db
        if not rolled and not (scratch and k == repeat - 1):  # the ingest writes: a copy
            target = tmp / f"run-{db.name}"
            shutil.copyfile(db, target)
        _, extract_s = extract_docs(new_docs)
        extract_cpu = LAST_CPU[0]
        ingest_s, fused = time_ingest(target, new_docs, tmp, rolled)
        runs.append({"extract_s": extract_s, "ingest_s": ingest_s,
                     "extract_cpu_s": extract_cpu, "ingest_cpu_s": LAST_CPU[0],
                     "fused": fused})
        if target != db:
            target.unlink()
    return runs


def summarise(runs: list[dict[str, Any]], n_events: int, n_articles: int, built: float,
              n_new: int) -> dict[str, Any]:
    """One record size's row: the medians over the runs (each run's ratios listed)."""
    import statistics

    def median(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    fused = runs[-1]["fused"]
    cpu = [r["extract_cpu_s"] / r["ingest_cpu_s"] if r["ingest_cpu_s"] else 0.0 for r in runs]
    wall = [r["extract_s"] / r["ingest_s"] for r in runs]
    return {"events": n_events, "articles": n_articles, "build_s": built, "new_articles": n_new,
            "updates": -(-n_new // FUSE_CHUNK), "runs": len(runs),
            "extract_articles_per_s": n_new / median("extract_s"),
            "ingest_articles_per_s": n_new / median("ingest_s"),
            "ratio_ingest_to_extract": statistics.median(wall),
            "extract_cpu_s": median("extract_cpu_s"), "ingest_cpu_s": median("ingest_cpu_s"),
            "ratio_cpu": statistics.median(cpu),
            "ratios_cpu": [round(c, 3) for c in cpu], "ratios_wall": [round(w, 3) for w in wall],
            "beyond_extract_cpu_s": [round(r["ingest_cpu_s"] - r["extract_cpu_s"], 3)
                                     for r in runs],
            "beyond_extract_ms_per_article": 1000 * statistics.median(
                r["ingest_cpu_s"] - r["extract_cpu_s"] for r in runs) / max(n_new, 1),
            "events_new": len(fused.get("events_new") or []),
            "events_updated": len(fused.get("events_updated") or [])}


def peak_rss(args: list[str], errors: Path) -> tuple[float, float, int]:
    """Run ``python -m eventwire.cli ARGS`` and return its peak RSS in MB, its CPU seconds
    and how many inputs it reported as failed (exit 1: the others were processed; their
    one-line errors are kept in ``errors``)."""
    with errors.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli", *args],
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    failed = sum(1 for line in errors.read_text(encoding="utf-8").splitlines()
                 if line.startswith("eventwire: "))
    if proc.returncode and not (proc.returncode == 1 and failed):
        raise SystemExit(f"eventwire {args[0]} failed (exit {proc.returncode}): "
                         f"{errors.read_text(encoding='utf-8').strip()[-300:]}")
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, failed


def rss_runs(sizes: list[int]) -> list[dict[str, Any]]:
    """Peak RSS of one process streaming ``extract`` and ``ingest`` over JSONL files."""
    out = []
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-rss-") as tmp:
        for n in sizes:
            path = Path(tmp) / f"docs-{n}.jsonl"
            bench_corpus.write_jsonl(path, n, RSS_WORDS)
            db = Path(tmp) / f"rss-{n}.db"
            errors = Path(tmp) / "errors.txt"
            t0 = time.perf_counter()
            extract, extract_cpu, extract_failed = peak_rss(
                ["extract", str(path), "--out", os.devnull, "--no-progress"], errors)
            t1 = time.perf_counter()
            ingest, ingest_cpu, ingest_failed = peak_rss(
                ["ingest", str(path), "--db", f"sqlite:///{db}", "--no-progress"], errors)
            out.append({"documents": n, "extract_rss_mb": extract, "ingest_rss_mb": ingest,
                        "extract_s": t1 - t0, "ingest_s": time.perf_counter() - t1,
                        "extract_cpu_s": extract_cpu, "ingest_cpu_s": ingest_cpu,
                        "extract_failed": extract_failed, "ingest_failed": ingest_failed})
            print(f"{n:,} documents: extract peak {extract:.0f} MB, {extract_cpu:.0f} s CPU, "
                  f"{extract_failed} failed; ingest peak {ingest:.0f} MB, {ingest_cpu:.0f} s CPU, "
                  f"{ingest_failed} failed", file=sys.stderr, flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=list(SIZES),
                    help="events in the older record (0: an empty store)")
    ap.add_argument("--new", type=int, nargs="+", default=[NEW_DOCS],
                    help="real articles ingested on top; several counts: one row each, e.g. "
                         f"{NEW_DOCS} (a live update) and {FUSE_CHUNK} (a backfill's fuse update)")
    ap.add_argument("--json", help="also write the numbers to this JSON file")
    ap.add_argument("--keep", type=Path, help="keep built stores in this folder and reuse them")
    ap.add_argument("--in-place", action="store_true",
                    help="with --keep: ingest into the kept store inside a transaction rolled "
                         "back at the end (no copy of the record)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="time extract-only and the ingest this many times, alternating "
                         "(medians reported; with --keep --in-place no copy is made)")
    ap.add_argument("--no-promises", action="store_true",
                    help="an older record without commitments (by default one event in "
                         f"{PROMISE_EVERY} carries one, judged as a store holds them)")
    ap.add_argument("--rss", type=int, nargs="*", default=[],
                    help="also measure peak RSS of extract and ingest of JSONL files this long")
    args = ap.parse_args(argv)
    rows = run(args.sizes, args.new, args.keep, args.in_place, args.repeat,
               not args.no_promises) if args.sizes else []
    _, source = bench_corpus.paragraphs()
    if rows:
        print(f"ingest of new articles ({source}) on top of a synthetic older record, "
              f"as {' and '.join(f'{n:,}' for n in args.new)} articles (one fuse update of up "
              f"to {FUSE_CHUNK:,} articles each, as `eventwire ingest` fuses a file that long)")
        print(f"{'events':>10} {'articles':>9} {'build s':>8} {'new':>6} {'updates':>7} "
              f"{'extract/s':>10} {'ingest/s':>9} {'ratio':>6} {'cpu ratio':>9} "
              f"{'ms CPU/art':>10} {'new ev':>7} {'upd ev':>7} {'took s':>7}")
    for r in rows:
        print(f"{r['events']:>10,} {r['articles']:>9,} {r['build_s']:>8.0f} "
              f"{r['new_articles']:>6,} {r['updates']:>7} "
              f"{r['extract_articles_per_s']:>10.2f} {r['ingest_articles_per_s']:>9.2f} "
              f"{r['ratio_ingest_to_extract']:>5.2f}x {r['ratio_cpu']:>8.2f}x "
              f"{r['beyond_extract_ms_per_article']:>10.0f} "
              f"{r['events_new']:>7} {r['events_updated']:>7} {r['took_s']:>7.0f}")
        if r["runs"] > 1:
            print(f"{'':>10} {r['runs']} runs (medians above): cpu ratios "
                  f"{' '.join(f'{c:.2f}x' for c in r['ratios_cpu'])}; ingest less extraction "
                  f"{' '.join(f'{c:.2f}' for c in r['beyond_extract_cpu_s'])} s CPU")
    rss = rss_runs(args.rss)
    if rss:
        print("peak RSS of one process streaming a JSONL file (MB)")
        print(f"{'documents':>10} {'extract':>8} {'ingest':>8} {'extract s':>10} {'ingest s':>9} "
              f"{'ext CPU s':>10} {'ing CPU s':>10} {'ingest docs/CPU s':>18} {'failed':>7}")
    for r in rss:
        print(f"{r['documents']:>10,} {r['extract_rss_mb']:>8.0f} {r['ingest_rss_mb']:>8.0f} "
              f"{r['extract_s']:>10.0f} {r['ingest_s']:>9.0f} {r['extract_cpu_s']:>10.0f} "
              f"{r['ingest_cpu_s']:>10.0f} {r['documents'] / max(r['ingest_cpu_s'], 1e-9):>18.1f} "
              f"{r['extract_failed'] + r['ingest_failed']:>7}")
    if args.json:
        Path(args.json).write_text(json.dumps({"ingest": rows, "rss": rss}, indent=2) + "\n",
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
