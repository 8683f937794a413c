"""ECB+ evaluation of story clustering and cross-document event fusion.

Reads ``ecbplus/<topic>/*.xml`` (topics 1–35) from the evaluation directory,
joins each document's tokens with single spaces, runs the real per-article
pipeline, stores the articles in a fresh SQLite store in a fixed shuffled
order and lets ``eventwire.fuse.update`` cluster them in batches, exactly as
ingest does. Gold story = topic + ecb/ecbplus half. Reports B-cubed P/R/F1 of
the stories (also restricted to the tune topics' and to the check topics' articles), and B-cubed over gold cross-document event chains for the event
mentions eventwire extracted (gold mentions it missed count as singletons).

    python -m eventwire.evaluation.ecbplus [--db PATH] [--seed N] [--batch N]

With ``--db`` pointing at a store from an earlier run, the pipeline is
skipped and only the fuse stage is replayed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.evaluation.common import eval_path, print_table, skip, write_results
from eventwire.evaluation.splits import PARTS, ecb_part

NAME = "ecbplus"
TOPICS = range(1, 36)
SEED = 13
BATCH = 50
ACTION_PREFIXES = ("ACTION", "NEG")


@dataclass
class Doc:
    """One ECB+ document: detokenised text, gold story, gold event mentions with chains."""

    id: str
    story: str
    text: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, chain)


def parse(path: Path, topic: int) -> Doc:
    """Read one ECB+ XML file."""
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos = 0
    for tok in root.iter("token"):
        word = tok.text or ""
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word) + 1
    half = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
    doc = Doc(id=path.stem, story=f"{topic}_{half}", text=" ".join(parts))
    anchors: dict[str, list[str]] = {}
    instances: dict[str, str] = {}
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        if not m.tag.startswith(ACTION_PREFIXES):
            continue
        if m.get("instance_id"):
            instances[m.get("m_id")] = m.get("instance_id")
        else:
            anchors[m.get("m_id")] = [a.get("t_id") for a in m.findall("token_anchor")]
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        target = rel.find("target")
        chain = instances.get(target.get("m_id")) if target is not None else None
        if rel.tag != "CROSS_DOC_COREF" or chain is None:
            continue
        for src in rel.findall("source"):
            toks = [offsets[t] for t in anchors.get(src.get("m_id"), []) if t in offsets]
            if toks:
                doc.mentions.append((toks[0][0], toks[-1][1], chain))
    return doc


def load_docs(base: Path) -> list[Doc]:
    """All documents of topics 1–35."""
    docs = []
    for topic in TOPICS:
        folder = base / str(topic)
        if folder.is_dir():
            docs += [parse(p, topic) for p in sorted(folder.glob("*.xml"))]
    return docs


def bcubed(gold: dict[str, str], system: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against gold."""
    g_members: dict[str, set[str]] = defaultdict(set)
    s_members: dict[str, set[str]] = defaultdict(set)
    for item, c in gold.items():
        g_members[c].add(item)
    for item in gold:
        s_members[system[item]].add(item)
    p = r = 0.0
    for item in gold:
        gs, ss = g_members[gold[item]], s_members[system[item]]
        overlap = len(gs & ss)
        p += overlap / len(ss)
        r += overlap / len(gs)
    n = len(gold) or 1
    p, r = p / n, r / n
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def build_store(docs: list[Doc], db: Path) -> tuple[Any, float]:
    """Run the pipeline over the documents and store them in the given order."""
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline, ProcessingError
    from eventwire.store import Store

    store = Store(str(db))
    if store.count_articles():  # a store from an earlier run: replay the fuse stage only
        return store, 0.0
    start = time.perf_counter()
    articles = (Article(id=d.id, text=d.text, source=d.id) for d in docs)
    for result in Pipeline().run(articles):
        if isinstance(result, ProcessingError):
            print(f"  failed: {result.article_id}: {result.message}")
            continue
        digest = hashlib.sha256(result.article.text.encode()).hexdigest()
        store.add(result, content_hash=digest)
    return store, time.perf_counter() - start


def fuse_in_batches(store: Any, order: list[str], batch: int) -> float:
    """Clear the fused layer and fuse the articles incrementally, batch by batch."""
    from eventwire import fuse

    fuse.clear(store)
    start = time.perf_counter()
    for i in range(0, len(order), batch):
        fuse.update(store, order[i: i + batch])
    return time.perf_counter() - start


def system_stories(store: Any) -> dict[str, str]:
    """article id -> story id as stored."""
    from sqlalchemy import select

    from eventwire.store import fuse_tables as ft

    with store.engine.connect() as conn:
        return {r.article_id: r.story_id for r in conn.execute(select(ft.story_articles))}


def system_events(store: Any) -> dict[str, list[tuple[int, int, str]]]:
    """article id -> [(trigger start, trigger end, event id)] of its fused mentions."""
    from eventwire.fuse.queries import list_events

    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for ev in list_events(store, limit=10**9):
        for m in ev["mentions"]:
            if m.get("start") is not None:
                out[m["article"]].append((m["start"], m["end"], ev["id"]))
    return out


def event_scores(docs: list[Doc], store: Any) -> dict[str, float]:
    """B-cubed over gold cross-document event chains (missed gold mentions as singletons)."""
    sys_by_doc = system_events(store)
    gold, system = {}, {}
    matched = 0
    for d in docs:
        for i, (start, end, chain) in enumerate(d.mentions):
            key = f"{d.id}:{i}"
            gold[key] = chain
            hit = next((e for s0, e0, e in sys_by_doc.get(d.id, []) if s0 < end and e0 > start),
                       None)
            matched += hit is not None
            system[key] = hit or "single:" + key
    scores = bcubed(gold, system)
    scores["gold_mentions"] = len(gold)
    scores["matched_mentions"] = matched
    hit = {k for k, v in system.items() if not v.startswith("single:")}
    only = bcubed({k: gold[k] for k in hit}, {k: system[k] for k in hit}) if hit else {}
    scores.update({f"matched_{k}": v for k, v in only.items()})
    return scores


def main(argv: list[str] | None = None) -> None:
    """Run the evaluation and print and write the metrics."""
    parser = argparse.ArgumentParser(prog="python -m eventwire.evaluation.ecbplus")
    parser.add_argument("--db", help="store to (re)use; default: a temporary file")
    parser.add_argument("--seed", type=int, default=SEED, help="shuffle seed of the ingest order")
    parser.add_argument("--batch", type=int, default=BATCH, help="articles per fuse update")
    args = parser.parse_args(argv)
    base = eval_path("ecbplus")
    if base is None:
        skip("ecbplus evaluation data")
    docs = load_docs(base)
    if not docs:
        skip("ecbplus documents")
    random.Random(args.seed).shuffle(docs)
    tmp = tempfile.TemporaryDirectory() if not args.db else None
    db = Path(args.db) if args.db else Path(tmp.name) / "ecbplus.db"
    store, pipe_s = build_store(docs, db)
    stored = {a["id"] for a in store.articles()}
    order = [d.id for d in docs if d.id in stored]
    fuse_s = fuse_in_batches(store, order, args.batch)
    clusters = system_stories(store)
    gold = {d.id: d.story for d in docs if d.id in clusters}
    stories = bcubed(gold, clusters)
    story_parts = {part: bcubed(g, {a: clusters[a] for a in g}) for part, g in (
        (part, {a: s for a, s in gold.items() if ecb_part(s.split("_")[0]) == part})
        for part in PARTS) if g}
    events = event_scores([d for d in docs if d.id in clusters], store)
    parts = {part: event_scores([d for d in docs if d.id in clusters and
                                 ecb_part(d.story.split("_")[0]) == part], store)
             for part in PARTS}
    results = {
        "documents": len(docs), "processed": len(gold),
        "gold_stories": len(set(gold.values())), "system_stories": len(set(clusters.values())),
        "story_bcubed": stories, "story_bcubed_parts": story_parts, "event_bcubed": events, "event_bcubed_parts": parts,
        "seed": args.seed,
        "batch": args.batch, "pipeline_seconds": round(pipe_s, 1),
        "fuse_seconds": round(fuse_s, 1),
    }
    rows = [("documents", len(docs)), ("gold stories", results["gold_stories"]),
            ("system stories", results["system_stories"]),
            ("story B3 precision", stories["precision"]), ("story B3 recall", stories["recall"]),
            ("story B3 F1", stories["f1"]),
            *((f"story B3 F1, {part} topics' articles", story_parts[part]["f1"])
              for part in story_parts),
            ("event B3 precision", events["precision"]), ("event B3 recall", events["recall"]),
            ("event B3 F1", events["f1"]),
            ("event B3 P / R (matched only)",
             f"{events.get('matched_precision', 0.0):.3f} / {events.get('matched_recall', 0.0):.3f}"),
            ("event B3 F1 (matched only)", events.get("matched_f1", 0.0)),
            *((f"event B3 P / R / F1 matched, {part} topics",
               f"{parts[part].get('matched_precision', 0.0):.3f} / "
               f"{parts[part].get('matched_recall', 0.0):.3f} / "
               f"{parts[part].get('matched_f1', 0.0):.3f} ({parts[part]['matched_mentions']})")
              for part in PARTS),
            ("event gold mentions", events["gold_mentions"]),
            ("event mentions matched", events["matched_mentions"]),
            ("pipeline s", results["pipeline_seconds"]), ("fuse s", results["fuse_seconds"])]
    print_table(rows, title="ECB+ topics 1-35: story clustering and event fusion")
    print(f"wrote {write_results(NAME, results)}")
    store.close()
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
