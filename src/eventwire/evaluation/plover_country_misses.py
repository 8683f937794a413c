"""PLOVER GSR: why matched events get a wrong or no source / target country, by class.

The PLOVER records are single sentences, so the classes of
:mod:`eventwire.evaluation.voa_actors` apply with "from story" meaning the gold actor
is not named in the sentence as written. Examples are printed only for the tuning
part; the checking part is read as counts.

    .venv/bin/python -m eventwire.evaluation.plover_country_misses [--part tune|check]
        [--examples N]
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventwire.evaluation.common import eval_path, skip
from eventwire.evaluation.miss_relations import name_relation
from eventwire.evaluation.plover_events import (
    DATA_FILE,
    best_match,
    gold_type,
    load_records,
    predict,
    record_part,
)
from eventwire.evaluation.splits import PARTS, TUNE
from eventwire.evaluation.voa_actors import (
    CONTEXT_WRONG,
    NO_PART_NAMED,
    REGISTRY_WRONG,
    SIDES,
    WRONG_PARTICIPANT,
    chosen_kind,
    classify,
    print_misses,
)


def _gold_side(value: Any) -> dict[str, Any]:
    """A PLOVER gold source/target field as VOA-style {names, countries}."""
    actors = [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []
    return {"names": [a.get("actorText") or "" for a in actors],
            "countries": sorted({a["code"].strip().upper() for a in actors if a.get("code")})}


def record_misses(record: dict[str, Any], events: list[Any], reg: Any
                  ) -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]], str]]:
    """(side, class, gold side, predicted side, detail) of each country miss on a matched
    record; the detail is the event type and, for a participant missing though named,
    its relation to the trigger, for a wrong one how it was linked (``chosen_kind``)."""
    etype, _ = gold_type(record)
    match = best_match(events, etype)
    if match is None:
        return []
    out = []
    for side in SIDES:
        gold = _gold_side(record.get(side))
        pred = [p.to_dict() for p in getattr(match, side)]
        got = {(p.get("actor") or {}).get("country") for p in pred}
        if gold["countries"] and not got & set(gold["countries"]):
            cls = classify(pred, gold, record["text"], [], reg)
            detail = match.type
            if cls == NO_PART_NAMED and match.trigger is not None:
                text = record["text"].strip()
                detail += " " + name_relation(text, match.trigger.start, match.trigger.end,
                                              gold["names"])
            elif cls in (REGISTRY_WRONG, CONTEXT_WRONG, WRONG_PARTICIPANT):
                detail += " " + chosen_kind(pred, set(gold["countries"]))
            out.append((side, cls, gold, pred, detail))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the country misses of matched PLOVER events by class."""
    from eventwire.annotate.actors import default_registry

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=PARTS, default=TUNE, help="part to read (default tune)")
    ap.add_argument("--examples", type=int, default=0,
                    help="misses to print per class (tuning part only)")
    args = ap.parse_args(argv)
    path = eval_path(DATA_FILE)
    if path is None:
        skip(f"PLOVER gold standard (eval/{DATA_FILE})")
    records = [r for r in load_records(path) if record_part(r) == args.part]
    reg = default_registry()
    misses = []
    for record, events in zip(records, predict(records), strict=True):
        misses += [(side, cls, record["text"], gold, pred, detail)
                   for side, cls, gold, pred, detail in record_misses(record, events, reg)]
    print_misses("PLOVER", args.part, misses, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
