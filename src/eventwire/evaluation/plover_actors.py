"""PLOVER gold-standard actors: is each source/target actor text linked to the gold country?

For every actor of ``plover_gsr_dev.jsonl`` the actor text is linked with
``Registry.match`` as of the record date; when that finds nothing, the record
sentence is annotated and the linked entity covering the actor text is used.

    .venv/bin/python -m eventwire.evaluation.plover_actors [--part tune|check] [--errors N]

The tuning/checking split is by sentence text (see ``splits.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from typing import Any

from eventwire.evaluation.common import eval_path, print_table, skip, write_results
from eventwire.evaluation.splits import PARTS, select

NAME = "plover_actors"
FILE = "plover_gsr_dev.jsonl"
SIDES = ("source", "target")


def gold_actors(record: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(side, actor) pairs with an actor text and a gold code."""
    out = []
    for side in SIDES:
        value = record.get(side)
        if isinstance(value, list):
            out += [(side, a) for a in value
                    if isinstance(a, dict) and a.get("actorText", "").strip() and a.get("code")]
    return out


def record_date(record: dict[str, Any]) -> dt.date | None:
    """The record date, if it parses."""
    try:
        return dt.date.fromisoformat(str(record.get("date", ""))[:10])
    except ValueError:
        return None


def evaluate(records: list[dict[str, Any]], errors: int = 0) -> dict[str, Any]:
    """Score country (and sector) linking over all gold actors."""
    from eventwire.annotate.actors import actor_at, default_registry, link_component
    from eventwire.annotate.nlp import load_nlp
    from eventwire.model import Article, Extraction

    reg, nlp = default_registry(), load_nlp()
    counts: Counter[str] = Counter()
    misses: list[tuple[str, str, str | None]] = []
    for rec in records:
        date = record_date(rec)
        ex: Extraction | None = None
        for _side, gold in gold_actors(rec):
            counts["actors"] += 1
            text = gold["actorText"].strip()
            ref = reg.match(text, date)
            via = "match"
            if ref is None and rec.get("text"):
                if ex is None:
                    article = Article(id=rec["id"], text=rec["text"],
                                      published=date.isoformat() if date else None)
                    ex = Extraction(article=article, doc=nlp(rec["text"]))
                    link_component(ex, None)
                start = rec["text"].find(text)
                ref = actor_at(ex, start, start + len(text)) if start >= 0 else None
                via = "sentence"
            if ref is not None:
                counts["linked"] += 1
                counts[f"linked_{via}"] += 1
            if ref is not None and ref.country == gold["code"]:
                counts["country_correct"] += 1
            else:
                misses.append((text, gold["code"], ref.country if ref else None))
            if gold.get("sector") and ref is not None:
                counts["sector_gold"] += 1
                counts["sector_correct"] += ref.sector == gold["sector"]
    for row in misses[:errors]:
        print("MISS", row)
    n = counts["actors"] or 1
    return {"records": len(records), "actors": counts["actors"],
            "linked_rate": counts["linked"] / n,
            "linked_by_match": counts["linked_match"], "linked_by_sentence": counts["linked_sentence"],
            "country_accuracy": counts["country_correct"] / n,
            "sector_accuracy_when_linked": (counts["sector_correct"] / counts["sector_gold"]
                                            if counts["sector_gold"] else 0.0)}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print N misses")
    ap.add_argument("--part", choices=PARTS, help="score only the tuning or checking part")
    args = ap.parse_args(argv)
    path = eval_path(FILE)
    if path is None:
        skip(f"PLOVER gold standard (eval/{FILE})")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    records = select(records, lambda r: str(r.get("text", "")), args.part)
    results = {"part": args.part or "all", **evaluate(records, args.errors)}
    print_table(sorted(results.items()), "PLOVER dev actors: country linking")
    name = f"{NAME}_{args.part}" if args.part else NAME
    print(f"wrote {write_results(name, results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
