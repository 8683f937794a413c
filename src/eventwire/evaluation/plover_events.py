"""Evaluate PLOVER event extraction on the PLOVER gold standard records (dev split).

Each record is one sentence with one coded event. The sentence becomes an
Article (published = the record's date) and runs through the real Pipeline.
Reported: the share of sentences whose gold type is among the predicted
types, events predicted per sentence, per-type precision/recall/F1 (the gold
is the sentence's main event: a predicted type is a true positive when it
equals the gold type, any other predicted type is a false positive), mode
accuracy and source/target country accuracy on matched events.

The records are split by their sentence text into a tuning and a checking
part (``evaluation/splits.py``); both parts are scored from one pipeline run
unless ``--part`` names one.

Run: ``python -m eventwire.evaluation.plover_events [--part tune|check] [--errors N] [--modes]``
(``--modes``: the gold mode -> predicted mode confusion of matched events per part, with the
sentences of the wrong ones on the tuning part only).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.evaluation.common import eval_path, print_table, skip, write_results
from eventwire.evaluation.splits import PARTS, part_of
from eventwire.model import PLOVER_TYPES, Article, EventMention

NAME = "plover_events"
DATA_FILE = "plover_gsr_dev.jsonl"
# PLOVER 0.5 labels used in places by the gold standard → PLOVER 1.0 type (and mode)
LABEL_MAP = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}
TOP_CONFUSIONS = 12
CONFIDENCE_BINS = ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01))


def gold_type(record: dict[str, Any]) -> tuple[str, str | None]:
    """The record's PLOVER 1.0 type and mode (0.5 labels mapped)."""
    label = record["event"].strip().upper()
    mode = (record.get("mode") or "").strip() or None
    etype, implied = LABEL_MAP.get(label, (label, None))
    return etype, mode or implied


def gold_countries(value: Any) -> set[str]:
    """Country codes of a gold source/target field (a list of actors, or '' / None)."""
    if not isinstance(value, list):
        return set()
    return {a["code"].strip().upper() for a in value if isinstance(a, dict) and a.get("code")}


def load_records(path: Path) -> list[dict[str, Any]]:
    """The gold records of a JSONL file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def record_part(record: dict[str, Any]) -> str:
    """The fixed part ('tune' or 'check') of a gold record, keyed by its sentence text."""
    return part_of(record["text"])


def predict(records: list[dict[str, Any]], all_events: bool = False
            ) -> list[list[EventMention]]:
    """Event mentions predicted for each record's sentence by the real pipeline
    (with ``all_events``, also the CAMEO-only candidates the model does not confirm)."""
    from eventwire.extract.events import OPTION_ALL_EVENTS
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.ctx.options[OPTION_ALL_EVENTS] = all_events
    articles = [Article(id=r["id"], text=r["text"].strip(), published=r.get("date"),
                        published_from="input") for r in records]
    return [ex.events for ex in pipeline.run(articles)]


def part_candidates(part: str) -> list[tuple[str, str, list[EventMention]]]:
    """(record id, gold type, every candidate event) for each sentence of one part of PLOVER
    GSR dev: the examples the event classifier is fitted on and the re-typing study reads."""
    records = [r for r in load_records(eval_path(DATA_FILE)) if record_part(r) == part]
    return [(r["id"], gold_type(r)[0], events)
            for r, events in zip(records, predict(records, all_events=True), strict=True)]


def _countries(parts: list[Any]) -> set[str]:
    """Countries of linked participants."""
    return {p.actor.country for p in parts if p.actor is not None and p.actor.country}


def _mode_name(mode: str | None) -> str | None:
    """The mode without its type prefix ('ASSAULT/drone' → 'drone')."""
    return mode.split("/", 1)[1] if mode and "/" in mode else mode


def best_match(events: list[EventMention], etype: str) -> EventMention | None:
    """The predicted event of the gold type with the most linked participants."""
    same = [e for e in events if e.type == etype]
    return max(same, key=lambda e: (len(_countries(e.source)) + len(_countries(e.target)),
                                    e.confidence), default=None)


def score(records: list[dict[str, Any]], predictions: list[list[EventMention]]
          ) -> dict[str, Any]:
    """All metrics for gold records and their predicted events."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    found = n_events = 0
    mode_hits = mode_total = src_hits = src_total = tgt_hits = tgt_total = 0
    src_exact = 0
    for record, events in zip(records, predictions, strict=True):
        etype, gmode = gold_type(record)
        types = {e.type for e in events}
        n_events += len(events)
        for t in types - {etype}:
            fp[t] += 1
            confusions[(etype, t)] += 1
        if etype not in types:
            fn[etype] += 1
            if not types:
                confusions[(etype, "(none)")] += 1
            continue
        tp[etype] += 1
        found += 1
        match = best_match(events, etype)
        if gmode:
            mode_total += 1
            mode_hits += _mode_name(match.mode) == gmode
        gsrc, gtgt = gold_countries(record.get("source")), gold_countries(record.get("target"))
        if gsrc:
            src_total += 1
            src_hits += bool(_countries(match.source) & gsrc)
            src_exact += _countries(match.source) == gsrc
        if gtgt:
            tgt_total += 1
            tgt_hits += bool(_countries(match.target) & gtgt)
    n = len(records)
    per_type = {}
    for t in PLOVER_TYPES:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        if tp[t] + fp[t] + fn[t]:
            per_type[t] = {"precision": p, "recall": r, "f1": f, "support": tp[t] + fn[t],
                           "predicted": tp[t] + fp[t]}
    micro_p = sum(tp.values()) / max(1, sum(tp.values()) + sum(fp.values()))
    return {
        "sentences": n,
        "gold_type_among_predicted": found / n if n else 0.0,
        "events_per_sentence": n_events / n if n else 0.0,
        "types_per_sentence": (sum(tp.values()) + sum(fp.values())) / n if n else 0.0,
        "micro_precision": micro_p,
        "mode_accuracy": mode_hits / mode_total if mode_total else 0.0,
        "mode_evaluated": mode_total,
        "source_country_accuracy": src_hits / src_total if src_total else 0.0,
        "source_country_exact": src_exact / src_total if src_total else 0.0,
        "source_evaluated": src_total,
        "target_country_accuracy": tgt_hits / tgt_total if tgt_total else 0.0,
        "target_evaluated": tgt_total,
        "per_type": per_type,
        "top_confusions": [{"gold": g, "predicted": p, "count": c}
                           for (g, p), c in sorted(confusions.items(),
                                                   key=lambda kv: (-kv[1], kv[0]))[:TOP_CONFUSIONS]],
    }


def calibration(records: list[dict[str, Any]], predictions: list[list[EventMention]]
                ) -> list[dict[str, Any]]:
    """Per confidence bin: how many predicted events, and the share whose type is the gold."""
    out = []
    for lo, hi in CONFIDENCE_BINS:
        hits = total = 0
        for record, events in zip(records, predictions, strict=True):
            etype, _ = gold_type(record)
            for e in events:
                if lo <= e.confidence < hi:
                    total += 1
                    hits += e.type == etype
        out.append({"bin": f"{lo:.1f}-{min(hi, 1.0):.1f}", "events": total,
                    "gold_type_share": hits / total if total else 0.0})
    return out


def _print(results: dict[str, Any], part: str) -> None:
    """Print the summary, per-type and confusion tables."""
    keys = ("sentences", "gold_type_among_predicted", "events_per_sentence",
            "types_per_sentence", "micro_precision", "mode_accuracy", "mode_evaluated",
            "source_country_accuracy", "source_country_exact", "source_evaluated",
            "target_country_accuracy", "target_evaluated")
    print_table([(k, results[k]) for k in keys], title=f"PLOVER GSR dev ({part} part): event extraction")
    print("\n  type        P      R      F1     gold  predicted")
    for t, m in sorted(results["per_type"].items()):
        print(f"  {t:10} {m['precision']:.3f}  {m['recall']:.3f}  {m['f1']:.3f}  "
              f"{m['support']:5d}  {m['predicted']:5d}")
    print("\n  confidence   events  share of the gold type")
    for c in results.get("calibration", []):
        print(f"  {c['bin']:10} {c['events']:6d}  {c['gold_type_share']:.3f}")
    print("\n  biggest confusions (gold → predicted instead or in addition)")
    for c in results["top_confusions"]:
        print(f"  {c['gold']:10} → {c['predicted']:10} {c['count']}")


def errors(records: list[dict[str, Any]], predictions: list[list[EventMention]]
           ) -> list[dict[str, Any]]:
    """Per-record misses for error analysis: gold type, predicted types, text."""
    out = []
    for record, events in zip(records, predictions, strict=True):
        etype, _ = gold_type(record)
        types = sorted({e.type for e in events})
        if etype not in types:
            out.append({"id": record["id"], "gold": etype, "predicted": types,
                        "text": record["text"]})
    return out


def mode_confusion(records: list[dict[str, Any]], predictions: list[list[EventMention]]
                   ) -> list[dict[str, Any]]:
    """Per matched record with a gold mode: the gold and predicted mode (of ``best_match``),
    the trigger and the sentence."""
    out = []
    for record, events in zip(records, predictions, strict=True):
        etype, gmode = gold_type(record)
        match = best_match(events, etype)
        if not gmode or match is None:
            continue
        out.append({"type": etype, "gold": gmode, "predicted": _mode_name(match.mode),
                    "trigger": match.trigger.text, "text": record["text"].strip()})
    return out


def _print_modes(rows: list[dict[str, Any]], part: str) -> None:
    """Print the mode confusion counts; the wrong rows' sentences only for the tuning part."""
    counts = Counter((r["type"], r["gold"], r["predicted"] or "-") for r in rows)
    print(f"\n  modes ({part} part): type  gold → predicted  count")
    for (t, g, p), c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {'ok ' if g == p else 'ERR'} {t:9} {g:14} → {p:14} {c}")
    if part != "tune":
        return
    for r in rows:
        if r["gold"] != r["predicted"]:
            print(f"  {r['type']}/{r['gold']} → {r['predicted']} [{r['trigger']}] {r['text']}")


def evaluate_part(records: list[dict[str, Any]], predictions: list[list[EventMention]],
                  part: str, show_errors: int = 0, show_modes: bool = False) -> dict[str, Any]:
    """Score and print the records of one part."""
    keep = [i for i, r in enumerate(records) if record_part(r) == part]
    recs, preds = [records[i] for i in keep], [predictions[i] for i in keep]
    results = score(recs, preds)
    by_gold: dict[str, int] = defaultdict(int)
    misses = errors(recs, preds)
    for e in misses:
        by_gold[e["gold"]] += 1
    results["misses_by_gold_type"] = dict(sorted(by_gold.items()))
    results["calibration"] = calibration(recs, preds)
    _print(results, part)
    for e in misses[:show_errors]:
        print(f"  MISS {e['gold']:10} predicted {','.join(e['predicted']) or '-':20} {e['text']}")
    if show_modes:
        _print_modes(mode_confusion(recs, preds), part)
    return results


def main(argv: list[str] | None = None) -> None:
    """Run the evaluation, print tables and write eval-results/plover_events.json."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=PARTS, help="score one part only (default: both)")
    ap.add_argument("--errors", type=int, default=0, help="print N misses per part")
    ap.add_argument("--modes", action="store_true",
                    help="print the gold → predicted mode confusion (sentences: tune part only)")
    args = ap.parse_args(argv)
    path = eval_path(DATA_FILE)
    if path is None:
        skip(DATA_FILE)
        return
    records = load_records(path)
    if args.part:
        records = [r for r in records if record_part(r) == args.part]
    predictions = predict(records)
    results = {}
    for part in (args.part,) if args.part else PARTS:
        results[part] = evaluate_part(records, predictions, part, args.errors, args.modes)
        print()
    print(f"wrote {write_results(NAME, results)}")


if __name__ == "__main__":
    main()
