"""How readable and faithful the event descriptions are, on the multi-outlet story sets.

Each story set (``../shared/eval/stories/*``) is ingested into a fresh SQLite store.
Every truth event is matched to the fused record holding most of its truth mentions
(a mention matches when the truth quote lies inside the record's evidence sentence,
or their words overlap by at least half). For the matched records' descriptions:

  named_source   the description names one of the truth's source actors
  named_target   ... one of the truth's target actors (events with a target)
  named_both     ... both sides (events with both)
  from_clause    built from an evidence clause (else composed or a sentence window)
  clean          3-30 words, no word repeated back to back, no dangling end word,
                 not a bare type

Names match by their first five letters against the description's words, so
"Israeli" counts for "Israel". Tuning uses the ``tune`` set (splits.py) only.

    python -m eventwire.evaluation.descriptions
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select

from eventwire.evaluation.common import eval_path, print_table, skip, write_results
from eventwire.evaluation.splits import story_set_part
from eventwire.fuse import queries
from eventwire.fuse.describe import describe_how, stop_words
from eventwire.store import Store
from eventwire.store import schema as s

ALL = 10**9
PREFIX = 5
WORD_RE = re.compile(r"[A-Za-z][\w'-]*")
REPEAT_RE = re.compile(r"\b(\w{2,})\s+\1\b", re.IGNORECASE)
PLOVER = frozenset("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE "
                   "REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())


def norm(text: str) -> str:
    """Lower-case words joined by single spaces."""
    return " ".join(WORD_RE.findall(text.lower()))


def quote_in(quote: str, sentence: str) -> bool:
    """Whether a truth quote sits in an evidence sentence (or overlaps it by half)."""
    q, snt = norm(quote), norm(sentence)
    if q and (q in snt or (snt and snt in q)):
        return True
    qw, sw = set(q.split()), set(snt.split())
    return bool(qw) and len(qw & sw) / len(qw) >= 0.5


def names_in(names: list[str], text: str) -> bool:
    """Whether any of the names appears in the text (first five letters of a word)."""
    words = {w.lower()[:PREFIX] for w in WORD_RE.findall(text)}
    for name in names:
        parts = [w.lower()[:PREFIX] for w in WORD_RE.findall(name) if len(w) >= 3]
        if parts and any(p in words for p in parts[-1:] + parts[:1]):
            return True
    return False


def clean(text: str) -> bool:
    """3-30 words, no back-to-back repeated word, no dangling end word, not a bare type."""
    words = text.split()
    last = words[-1].lower().strip(".,;:") if words else ""
    return 3 <= len(words) <= 30 and not REPEAT_RE.search(text) and \
        last not in stop_words() and text.strip().upper() not in PLOVER


def ingest_set(folder: Path, db: str) -> Store:
    """A fresh store holding the set's articles."""
    from eventwire.corpus import ingest

    store = Store(db)
    report = ingest([str(folder / "articles.jsonl")], store)
    if report.failed:
        raise SystemExit(f"{folder.name}: ingest failed for {report.failed}")
    return store


def full_mentions(store: Store, events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Mention id → the stored mention data."""
    ids = sorted({str(m.get("mention")) for e in events for m in e.get("mentions") or []})
    with store.engine.connect() as conn:
        return {r.id: r.data for r in conn.execute(select(s.mentions.c.id, s.mentions.c.data)
                                                   .where(s.mentions.c.id.in_(ids)))}


def match(truth: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The record of an acceptable type holding most of the truth event's mentions."""
    best, best_n = None, 0
    for ev in events:
        if ev["type"] not in truth.get("types", []):
            continue
        n = sum(1 for tm in truth.get("mentions") or [] for m in ev.get("mentions") or []
                if m.get("article") == tm["article"] and
                quote_in(tm["quote"], (m.get("sentence") or {}).get("text") or ""))
        if n > best_n:
            best, best_n = ev, n
    return best


def score_set(folder: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Figures and per-event rows of one story set."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        store = ingest_set(folder, str(Path(tmp) / "record.db"))
        events = queries.list_events(store, limit=ALL)
        data = full_mentions(store, events)
        store.close()
    rows, hows = [], Counter()
    for t in truth["events"]:
        ev = match(t, events)
        if ev is None:
            continue
        text, how = describe_how(ev, [data[m["mention"]] for m in ev["mentions"]
                                      if m.get("mention") in data])
        hows[how] += 1
        src, tgt = t["source"]["names"], t["target"]["names"]
        rows.append({"truth": t["id"], "event": ev["id"], "summary": t["summary"],
                     "description": text, "how": how, "clean": clean(text),
                     "named_source": names_in(src, text) if src else None,
                     "named_target": names_in(tgt, text) if tgt else None,
                     "named_both": names_in(src, text) and names_in(tgt, text)
                     if src and tgt else None})

    def share(key: str) -> float:
        """The share of rows with a true value (rows where it applies)."""
        vals = [r[key] for r in rows if r[key] is not None]
        return sum(vals) / len(vals) if vals else 0.0

    figures = {"part": story_set_part(folder.name), "truth_events": len(truth["events"]),
               "matched": len(rows), "named_source": share("named_source"),
               "named_target": share("named_target"), "named_both": share("named_both"),
               "from_clause": hows["clause"] / len(rows) if rows else 0.0,
               "clean": share("clean"), "how": dict(hows)}
    return figures, rows


def main() -> None:
    """Score every story set and print one table per set."""
    base = eval_path("stories")
    if base is None:
        skip("story sets (../shared/eval/stories)")
    results = {}
    for folder in sorted(p for p in base.iterdir() if (p / "truth.json").is_file()):
        figures, rows = score_set(folder)
        results[folder.name] = {**figures, "rows": rows}
        print_table([(k, v) for k, v in figures.items() if k != "how"] +
                    [("how", figures["how"])], f"{folder.name} ({figures['part']})")
    print(f"results: {write_results('descriptions', results)}")


if __name__ == "__main__":
    main()
