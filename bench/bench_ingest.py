"""Benchmark: ingest throughput (extract + store + fuse) on records of growing size.

For each store size (default 10,000 and 100,000 events; add 1000000 with
``--sizes``) a SQLite store is synthesised in a temporary directory: the older
part of the record is cloned from real extractions of real news text (the
bench corpus, ``bench/corpus.py``), one clone per older article, each shifted
back in time, with its mentions, one fused event per mention (participant and
search-text index rows included), stories of ``ARTICLES_PER_STORY`` articles
with their clustering profiles, and term document frequencies — so new
articles about the same conflict meet many candidates that share their actors.
Then ``--new`` real articles (different from the cloned ones) are ingested on
top with ``eventwire.corpus.ingest`` and timed, beside extract-only on the
same articles. Prints articles/s of each and their ratio. A benchmark, not a
test: no thresholds.

    .venv/bin/python bench/bench_ingest.py [--sizes 10000 100000] [--new 32] [--json FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as bench_corpus  # noqa: E402

SIZES = (10_000, 100_000)
SOURCE_DOCS = 48  # real articles extracted once and cloned into the older record
NEW_DOCS = 32  # real articles ingested on top and timed
ARTICLES_PER_STORY = 20
DOC_WORDS = (150, 400)
BATCH = 2000
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
NEW_SEED = 29


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
    t0 = time.perf_counter()
    out = [ex.to_dict() for ex in pipeline.run(arts) if hasattr(ex, "to_dict")]
    return out, time.perf_counter() - t0


def clone(ex: dict[str, Any], aid: str, days: int) -> dict[str, Any]:
    """A copy of an extract object as another article, every precise date moved back."""
    out = json.loads(json.dumps(ex))
    out["id"] = aid
    out["published"] = shift(out.get("published"), days)
    for ev in out.get("events") or []:
        if isinstance(ev.get("date"), dict):
            ev["date"]["value"] = shift(ev["date"].get("value"), days)
    for t in out.get("times") or []:
        t["value"] = shift(t.get("value"), days)
    return out


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


class Builder:
    """Writes the synthetic older record into a store, in batches."""

    def __init__(self, store: Any, sources: list[dict[str, Any]]) -> None:
        from eventwire.fuse.profile import article_profile
        from eventwire.fuse.stories import StoryIndex

        self.store, self.sources = store, sources
        self.profiles = [article_profile(ex) for ex in sources]
        self.index = StoryIndex()
        self.now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.memo: dict[tuple[int, int], dict[str, Any]] = {}  # per source mention
        self.names: dict[tuple[str, str], int] = {}  # (type, name) -> mentions
        self.events = self.articles = 0

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
        i = 0
        while self.events < n_events:
            k = i % len(self.sources)
            days = 1 + i // len(self.sources)
            self.add_article(i, clone(self.sources[k], f"old-{i}", days), self.profiles[k],
                             vectors[k], days, k)
            i += 1
            if len(self.rows.get(s.mentions.name, [])) >= BATCH:
                self.flush()
        self.flush()
        self.finish()

    def add_article(self, i: int, ex: dict[str, Any], prof: dict[str, Any],
                    vec: dict[str, Any], days: int, k: int) -> None:
        """Queue one cloned article with its mentions, events, story membership and
        candidate-index rows (stored as if ingested on its shifted day)."""
        from eventwire.fuse import candidates as cands
        from eventwire.fuse import coref, index
        from eventwire.fuse.mentions import make_mention
        from eventwire.fuse.stories import key_rows
        from eventwire.store import _mention_row
        from eventwire.store import fuse_tables as ft
        from eventwire.store import schema as s

        aid, story = ex["id"], f"s{1 + i // ARTICLES_PER_STORY}"
        self.articles += 1
        if i % ARTICLES_PER_STORY == 0:
            self.add(ft.stories, {"id": story, "seq": 1 + i // ARTICLES_PER_STORY, "title": None,
                                  "summary": [], "profile": prof, "updated_at": self.now})
        ingested = shift(self.now, days)
        self.add(s.articles, {"id": aid, "seq": i + 1, "title": ex.get("title"),
                              "published": ex.get("published"), "text": ex["text"],
                              "content_hash": f"old-{i}", "ingested_at": ingested,
                              "extraction": ex})
        art = {"id": aid, "duplicate_of": None, "published": ex.get("published"), "url": None}
        self.add(ft.story_articles, {"article_id": aid, "story_id": story, "score": 0.5,
                                     "profile": {"vec": vec, "art": prof}})
        for r in key_rows(aid, i + 1, vec):
            self.add(ft.story_keys, r)
        for idx, ev in enumerate(ex.get("events") or []):
            self.events += 1
            seq, mid = self.events, f"{aid}#{idx}"
            row, data = event_row(f"e{seq}", seq, mid, aid, ev, story, self.now)
            self.add(s.mentions, _mention_row(aid, idx, ev))
            self.add(ft.events, row)
            self.add(ft.event_mentions, {"mention_id": mid, "event_id": row["id"]})
            for r in index.actor_rows(data, seq, row["date_min"]):
                self.add(ft.event_actors, r)
            self.add(ft.event_text, {"event_id": row["id"], "text": index.search_text(data)})
            m = cands.with_ingest_day(make_mention(mid, art, ev, story), ingested)
            memo = self.memo.setdefault((k, idx), {})
            if "coref" in memo:
                m.memo["coref"] = memo["coref"]
            for r in cands.mention_rows(m):
                self.add(ft.fuse_keys, r)
            memo["coref"] = m.memo["coref"]
            if "names" not in memo:
                memo["names"] = {cands.COUNT_KEY, *(n[:cands.KEY_CHARS]
                                                  for n in coref.names(m.sentence))}
            for n in memo["names"]:
                self.names[(m.type, n)] = self.names.get((m.type, n), 0) + 1

    def add(self, table: Any, row: dict[str, Any]) -> None:
        """Queue one row."""
        self.rows.setdefault(table.name, []).append(row)

    def flush(self) -> None:
        """Insert the queued rows, parents first."""
        from sqlalchemy import insert

        from eventwire.store import schema as s

        with self.store.begin() as conn:
            for table in s.metadata.sorted_tables:
                rows = self.rows.pop(table.name, [])
                if rows:
                    conn.execute(insert(table), rows)

    def finish(self) -> None:
        """Write the term document frequencies and the mention name counts."""
        from sqlalchemy import insert

        from eventwire.fuse.candidates import INDEX_META_KEY
        from eventwire.fuse.stories import DOCS_KEY, STORY_INDEX_META
        from eventwire.store import fuse_tables as ft
        from eventwire.store import schema as s

        rows = [{"term": k, "df": v} for k, v in self.index.df.items()]
        rows.append({"term": DOCS_KEY, "df": self.index.n_docs})
        names = [{"type": t, "name": n, "n": c} for (t, n), c in self.names.items()]
        with self.store.begin() as conn:
            conn.execute(insert(ft.term_df), rows)
            if names:
                conn.execute(insert(ft.mention_names), names)
            conn.execute(insert(s.meta).values(key=INDEX_META_KEY, value="1"))
            conn.execute(insert(s.meta).values(key=STORY_INDEX_META, value="1"))


def time_ingest(db: Path, new_docs: list[dict[str, Any]], tmp: Path) -> tuple[float, dict]:
    """Seconds to ingest the new documents (extract + store + fuse) into a store, and the record."""
    from eventwire.corpus import ingest
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    path = tmp / f"new-{db.stem}.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in new_docs), encoding="utf-8")
    store = Store(str(db))
    pipeline = Pipeline()
    t0 = time.perf_counter()
    report = ingest([str(path)], store, pipeline=pipeline)
    took = time.perf_counter() - t0
    store.close()
    return took, report.fused


def run(sizes: list[int], n_new: int) -> list[dict[str, Any]]:
    """Build each store size, ingest the new articles, and time it against extract-only."""
    from eventwire.annotate.nlp import load_nlp
    from eventwire.store import Store

    load_nlp()
    sources, _ = extract_docs(list(bench_corpus.documents(SOURCE_DOCS, DOC_WORDS)))
    new_docs = [{**d, "id": f"new-{i}"} for i, d in
                enumerate(bench_corpus.documents(n_new, DOC_WORDS, seed=NEW_SEED))]
    out = []
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-ingest-") as tmp:
        for size in sizes:
            db = Path(tmp) / f"store-{size}.db"
            t0 = time.perf_counter()
            builder = Builder(Store(str(db)), sources)
            if size:
                builder.build(size)
            built = time.perf_counter() - t0
            _, extract_s = extract_docs(new_docs)
            ingest_s, fused = time_ingest(db, new_docs, Path(tmp))
            out.append({"events": builder.events, "articles": builder.articles,
                        "build_s": built, "new_articles": len(new_docs),
                        "extract_articles_per_s": len(new_docs) / extract_s,
                        "ingest_articles_per_s": len(new_docs) / ingest_s,
                        "ratio_ingest_to_extract": extract_s / ingest_s,
                        "events_new": len(fused.get("events_new") or []),
                        "events_updated": len(fused.get("events_updated") or [])})
            db.unlink()
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES),
                    help="events in the older record (0: an empty store)")
    ap.add_argument("--new", type=int, default=NEW_DOCS, help="real articles ingested on top")
    ap.add_argument("--json", help="also write the numbers to this JSON file")
    args = ap.parse_args(argv)
    rows = run(args.sizes, args.new)
    _, source = bench_corpus.paragraphs()
    print(f"ingest of {args.new} new articles ({source}) on top of a synthetic older record")
    print(f"{'events':>10} {'articles':>9} {'build s':>8} {'extract/s':>10} {'ingest/s':>9} "
          f"{'ratio':>6} {'new ev':>7} {'upd ev':>7}")
    for r in rows:
        print(f"{r['events']:>10,} {r['articles']:>9,} {r['build_s']:>8.0f} "
              f"{r['extract_articles_per_s']:>10.2f} {r['ingest_articles_per_s']:>9.2f} "
              f"{r['ratio_ingest_to_extract']:>5.2f}x {r['events_new']:>7} {r['events_updated']:>7}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
