"""How often a fused record is a truth event, by its confidence: the calibration of records.

Reads a record written by ``stories/score.py FOLDER --work DIR`` (``DIR/record.db`` and
``DIR/extract.jsonl``) and the set's ``truth.json``, and counts every record (shown or not)
by confidence bin: how many there are, how many the views show, and how many hit a truth
event as the story scorer reads it (a mention in the sentence of one of the event's quotes,
the record of a type the event accepts; ``hitting``) and how many hit exactly one
(``one_event``). A record's confidences (``record_features``):

- ``best``: the highest confidence among its mentions that tell an occurrence (not
  hypothetical, not denied): what the views compare with the display threshold;
- ``noisy_or``: ``1 - prod(1 - c)`` over its independent outlets (an article's site, else the
  article it reprints), ``c`` the best such confidence of each outlet: independent reports
  combined as independent evidence.

The bins are counted for every record, and apart for records of one outlet and of two or
more. Truth events do not list every sentence that reports them (one quote per article), so a
record of a second report in an article hits nothing: the shares are a lower bound on how
often a record is right, comparable between bins and between sets, not an absolute precision.

    python -m eventwire.evaluation.record_calibration FOLDER WORKDIR
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from eventwire.fuse.mentions import Mention
from eventwire.store import Store
from eventwire.store import fuse_tables as ft

NO_OCCURRENCE = ("hypothetical", "negated")  # modalities that report no occurrence
EDGES = (0.3, 0.5, 0.656, 0.8)  # bin edges (0.656: the display threshold when measured)


def tells_occurrence(m: Mention) -> bool:
    """Whether a mention reports that something happened or is planned (not hypothetical,
    not denied)."""
    return m.data.get("modality", "asserted") not in NO_OCCURRENCE


def record_features(group: list[Mention]) -> dict[str, Any]:
    """A record's best occurrence confidence, its independent outlets, and their noisy-OR."""
    by_outlet: dict[str, float] = {}
    for m in group:
        if tells_occurrence(m):
            key = m.outlet or m.root
            by_outlet[key] = max(by_outlet.get(key, 0.0), float(m.data.get("confidence") or 0.0))
    miss = 1.0
    for c in by_outlet.values():
        miss *= 1.0 - c
    return {"best": max(by_outlet.values(), default=0.0), "outlets": len(by_outlet),
            "noisy_or": 1.0 - miss if by_outlet else 0.0}


def bin_label(value: float, edges: tuple[float, ...] = EDGES) -> str:
    """The bin of a confidence: "<0.3", "0.3-0.5", ..., ">=0.8"."""
    if value < edges[0]:
        return f"<{edges[0]}"
    for lo, hi in zip(edges, edges[1:], strict=False):
        if value < hi:
            return f"{lo}-{hi}"
    return f">={edges[-1]}"


def calibration(rows: list[dict[str, Any]], key: str,
                edges: tuple[float, ...] = EDGES) -> list[dict[str, Any]]:
    """Per bin of ``key`` (in order): records, shown, hitting a truth event, hitting exactly
    one, and the share hitting one. ``rows`` hold the features, ``shown`` and ``truths``."""
    order = [bin_label(-1.0, edges)] + [bin_label(e, edges) for e in edges]
    bins: dict[str, dict[str, Any]] = {b: {"bin": b, "records": 0, "shown": 0, "hitting": 0,
                                           "one_event": 0} for b in order}
    for r in rows:
        b = bins[bin_label(r[key], edges)]
        b["records"] += 1
        b["shown"] += bool(r["shown"])
        b["hitting"] += bool(r["truths"])
        b["one_event"] += len(r["truths"]) == 1
    for b in bins.values():
        b["share"] = round(b["one_event"] / b["records"], 2) if b["records"] else None
    return [b for b in bins.values() if b["records"]]


def record_rows(folder: Path, work: Path) -> list[dict[str, Any]]:
    """Every record of a scored run with its features, whether it is shown and the truth
    events it hits."""
    from eventwire.evaluation.fusion_misses import read_scored

    run = read_scored(folder, work)
    store = Store(f"sqlite:///{work / 'record.db'}")
    try:
        with store.engine.connect() as conn:
            types = {r.id: r.type for r in conn.execute(select(ft.events.c.id, ft.events.c.type))}
    finally:
        store.close()
    truths: dict[str, set[str]] = defaultdict(set)
    for t in run.truth["events"]:
        accepted = set(t["types"])
        for ms in run.per_event[t["id"]].values():
            for m in ms:
                eid = run.event_of.get(m.id)
                if eid is not None and types.get(eid) in accepted:
                    truths[eid].add(t["id"])
    return [{"id": eid, "shown": eid in run.shown, "truths": sorted(truths.get(eid, ())),
             **record_features(group)} for eid, group in sorted(run.groups.items())]


def report(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The calibration lines: by best and by noisy-OR confidence, for all records, records
    of one outlet and records of two or more."""
    parts = {"all": rows, "one outlet": [r for r in rows if r["outlets"] <= 1],
             "several outlets": [r for r in rows if r["outlets"] >= 2]}
    return [{"by": key, "records": name, "bins": calibration(part, key)}
            for key in ("best", "noisy_or") for name, part in parts.items()]


def main(argv: list[str] | None = None) -> None:
    """Print one JSON line per calibration table."""
    ap = argparse.ArgumentParser(prog="python -m eventwire.evaluation.record_calibration")
    ap.add_argument("folder", type=Path, help="story set folder (articles.jsonl, truth.json)")
    ap.add_argument("work", type=Path, help="--work folder of a stories/score.py run")
    a = ap.parse_args(argv)
    from eventwire.evaluation.fusion_misses import require_run

    require_run("record_calibration", a.folder, a.work)
    for line in report(record_rows(a.folder, a.work)):
        print(json.dumps(line))


if __name__ == "__main__":
    main()
