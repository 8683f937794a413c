"""Why a promise of a story set's truth was or was not tracked with the right verdict.

Reads a record written by ``stories/score.py FOLDER --work DIR`` and the set's
``truth.json``. For every truth promise it prints the mentions in the sentence where it was
made (type, modality, record, and the commitment extracted on the mention, if any), the
promises the record holds on those records (as ``score.py`` finds them: by record) with
their status, promiser, window and deciding evidence, against the truth's fate.

    python -m eventwire.evaluation.promise_misses FOLDER WORKDIR [--only P1 ...]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from eventwire.evaluation.conflict_misses import run, scored
from eventwire.evaluation.fit_coref import locate, sentence_span
from eventwire.evaluation.fusion_misses import mention_span, overlaps
from eventwire.store import Store
from eventwire.store import fuse_tables as ft


def promise_line(p: dict[str, Any]) -> str:
    """One stored promise: status, commitment kind, promiser, window, action, evidence."""
    who = ", ".join(str(r.get("name")) for r in p.get("promiser") or [])
    by = p.get("decided_by") or {}
    said = f" by {by.get('kind')} {by.get('event')} {by.get('article')}: " \
           f"{str(by.get('text'))[:90]!r}" if by else ""
    return (f"{p['id']} {p['status']} {p.get('commitment')}/{p.get('kind')} by [{who}] "
            f"made {p.get('made')} window {p.get('start')}..{p.get('end')} "
            f"{str(p.get('action') or '')[:60]!r}{said}")


def diagnose(folder: Path, work: Path, only: set[str] | None = None) -> list[str]:
    """Lines describing every truth promise (of ``only`` ids, if given)."""
    truth, texts, groups, shown, event_of = scored(folder, work)
    store = Store(f"sqlite:///{work / 'record.db'}")
    try:
        with store.engine.connect() as conn:
            promises: dict[str, list[dict[str, Any]]] = {}
            for r in conn.execute(select(ft.promises.c.event_id, ft.promises.c.data)):
                promises.setdefault(r.event_id, []).append(r.data)
    finally:
        store.close()
    lines: list[str] = []
    for tp in truth.get("promises", []):
        if only and tp["id"] not in only:
            continue
        art = tp["made_in"]["article"]
        text = texts.get(art, "")
        loc = locate(tp["made_in"]["quote"], text)
        span = sentence_span(text, *loc) if loc else (0, 0)
        ms = [m for ms in groups.values() for m in ms
              if m.article == art and loc and overlaps(mention_span(m), span)]
        fate = tp["fate_in"]["article"] if tp.get("fate_in") else "-"
        found = [p for m in ms for p in promises.get(event_of[m.id], [])]
        verdict = "missing" if not found else (
            "right" if any(p["status"] == tp["fate"] for p in found) else "wrong")
        lines.append(f"== {verdict} {tp['id']} {tp['fate']} (fate in {fate}) made {tp['made']} "
                     f"deadline {tp.get('deadline')} by {tp['promiser']['names']}: "
                     f"{tp['summary'][:80]}")
        if not ms:
            lines.append("  no mention in the sentence")
        for m in ms:
            eid = event_of[m.id]
            c = m.attributes.get("commitment")
            told = f" commitment {c.get('kind')} promiser {c.get('promiser')}" \
                if isinstance(c, dict) else ""
            lines.append(f"  {m.id} {m.type}/{m.modality} in {eid}"
                         f"{'' if eid in shown else ' (not shown)'}{told}")
        seen = set()
        for p in found:
            if p["id"] not in seen:
                seen.add(p["id"])
                lines.append("    " + promise_line(p))
    return lines


def main(argv: list[str] | None = None) -> None:
    """Print the diagnosis."""
    run("promise_misses", diagnose, "promise", argv)

if __name__ == "__main__":
    main()
