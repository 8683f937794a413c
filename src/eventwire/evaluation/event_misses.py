"""Why a truth event of a story set is not in the shown record: one class per missed event.

Reads a record written by ``stories/score.py FOLDER --work DIR`` (``DIR/record.db`` and
``DIR/extract.jsonl``) and the set's ``truth.json``. A truth event is found, as in
``score.py``, when a shown record of an acceptable type has a mention in the sentence of one
of its quotes. For every truth event not found, the first class that applies over all its
quotes is counted:

- ``not_shown``: a mention of an acceptable type is there, but only in records below the
  display threshold (the example lists the mention confidences and the model's features
  that weigh most against it);
- ``record_type``: a mention of an acceptable type sits in a shown record whose type (read
  from its other mentions) is not acceptable;
- ``dropped``: the record has no mention of an acceptable type there, but the extractor with
  every candidate kept (``--all``) finds one (an unconfirmed CAMEO candidate or one the
  same-sentence rules remove);
- ``wrong_type``: the sentence has mentions, all of another type;
- ``no_event``: the sentence has no mention at all.

Each example names the quote's article, every mention in the sentence with type, modality,
confidence, shown record or not, whether its record has a story, and the same-sentence
triggers merged into it. Not-events recorded as asserted events are listed too (``--show
not_event``), with the mention that made them, and those whose asserted mentions are only in
hidden records (``--show not_event_hidden``: what a lower display threshold would record).

    python -m eventwire.evaluation.event_misses FOLDER WORKDIR [--show CLASS ...] [--all]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from eventwire.evaluation.conflict_misses import scored
from eventwire.evaluation.fit_coref import locate, sentence_span
from eventwire.evaluation.fusion_misses import mention_span, overlaps, report, require_run
from eventwire.fuse.mentions import Mention
from eventwire.store import Store
from eventwire.store import fuse_tables as ft

Span = tuple[int, int]
ORDER = ("not_shown", "record_type", "dropped", "wrong_type", "no_event")
ASSERTED = "asserted"
MERGED_KEY = "also_triggers"  # same-sentence triggers merged into a mention (extract/resolve.py)


def quote_span(text: str, quote: str) -> Span | None:
    """The sentence span of a quote in an article's text (None when not located)."""
    loc = locate(quote, text)
    return sentence_span(text, *loc) if loc else None


def against(m: Mention, top: int = 4) -> str:
    """The features read from a stored mention (trigger, context, modality) that weigh most
    against its confidence."""
    from eventwire.extract.event_classifier import (
        CONTEXT_KEYS,
        INFO_KEY,
        fitted_model,
        trigger_features,
    )

    weights = fitted_model()["weights"]
    info = m.attributes.get(INFO_KEY) or {}
    feats = trigger_features(m.type, info.get("lemma", ""), info.get("origin", ""),
                             m.attributes.get("pattern", "derived"), info)
    feats += [f"{k}={info[k]}" for k in CONTEXT_KEYS if k in info]
    feats += [f"repeat={info['repeat']}|type={m.type}"] if "repeat" in info else []
    feats += [f"modality={m.modality}"]
    ranked = sorted((weights.get(f, 0.0), f) for f in feats)
    return " ".join(f"{f}:{w:+.2f}" for w, f in ranked[:top] if w < 0)


def describe(ms: list[Mention], event_of: dict[str, str], shown: dict[str, dict[str, Any]],
             stories: dict[str, str | None]) -> str:
    """Each mention: type/modality confidence, record (+ its type when shown), story, trigger
    and the triggers of its sentence merged into it ('+' each: a same-type trigger the
    mention absorbed, whose own event may be the one missed)."""
    out = []
    for m in ms:
        rec = event_of[m.id]
        state = f"shown {shown[rec]['type']}" if rec in shown else "hidden"
        conf = m.data.get("confidence")
        merged = "".join(f" +'{t.get('text')}'" for t in m.attributes.get(MERGED_KEY) or [])
        out.append(f"{m.type}/{m.modality} {conf} {state}{'' if stories.get(rec) else ' no-story'}"
                   f" '{(m.data.get('trigger') or {}).get('text')}'{merged}")
    return "; ".join(out) or "-"


def not_event_mentions(ms: list[Mention], event_of: dict[str, str],
                       shown: dict[str, dict[str, Any]]) -> tuple[list[Mention], list[Mention]]:
    """The mentions of a not-event sentence stated as real: those in shown records (the
    not-event is recorded) and those only in hidden ones (a lower threshold or other weights
    would record it)."""
    real = [m for m in ms if m.modality == ASSERTED]
    return ([m for m in real if event_of[m.id] in shown],
            [m for m in real if event_of[m.id] not in shown])


def classify(types: set[str], ms: list[Mention], event_of: dict[str, str],
             shown: dict[str, dict[str, Any]], candidates: list[dict[str, Any]] | None) -> str:
    """The class of one quote's sentence for a missed truth event."""
    typed = [m for m in ms if m.type in types]
    if typed:  # no shown record of an acceptable type holds them (the event was missed)
        return "record_type" if any(event_of[m.id] in shown for m in typed) else "not_shown"
    if candidates and any(c.get("type") in types for c in candidates):
        return "dropped"
    return "wrong_type" if ms else "no_event"


def all_candidates(work: Path) -> dict[str, list[dict[str, Any]]]:
    """Every candidate event (nothing left out by the confidence model) of each article."""
    from eventwire.corpus import extract
    from eventwire.extract.events import OPTION_ALL_EVENTS
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.ctx.options[OPTION_ALL_EVENTS] = True
    out: dict[str, list[dict[str, Any]]] = {}
    for ex in extract([str(work / "all.jsonl")], pipeline=pipeline):
        d = ex.to_dict()
        out[str(d["id"])] = d["events"]
    return out


def diagnose(folder: Path, work: Path, with_candidates: bool = False) -> dict[str, Any]:
    """Counted classes of the missed truth events, their examples, and the not-events hit."""
    truth, texts, groups, shown, event_of = scored(folder, work)
    store = Store(f"sqlite:///{work / 'record.db'}")
    try:
        with store.engine.connect() as conn:
            stories = {r.id: r.story_id for r in conn.execute(
                select(ft.events.c.id, ft.events.c.story_id))}
    finally:
        store.close()
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for ms in groups.values():
        for m in ms:
            by_article[m.article].append(m)
    cands = all_candidates(work) if with_candidates else {}

    def in_sentence(article: str, quote: str) -> tuple[list[Mention], list[dict[str, Any]] | None]:
        span = quote_span(texts.get(article, ""), quote)
        if span is None:
            return [], None
        ms = [m for m in by_article[article] if overlaps(mention_span(m), span)]
        cs = [c for c in cands.get(article, []) if overlaps(
            ((c.get("sentence") or {}).get("start", 0), (c.get("sentence") or {}).get("end", 0)),
            span)] if with_candidates else None
        return ms, cs

    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    found = 0
    for t in truth["events"]:
        types = set(t["types"])
        seen = []
        hit = False
        for q in t["mentions"]:
            ms, cs = in_sentence(q["article"], q["quote"])
            if any(event_of[m.id] in shown and shown[event_of[m.id]]["type"] in types
                   for m in ms):
                hit = True
                break
            seen.append((q["article"], ms, classify(types, ms, event_of, shown, cs)))
        if hit:
            found += 1
            continue
        cls = min((c for _, _, c in seen), key=ORDER.index)
        counts[cls] += 1
        lines = [f"{t['id']} {'/'.join(sorted(types))} {len(t['mentions'])} quotes"]
        for art, ms, c in seen:
            worst = [against(m) for m in ms if m.type in types and event_of[m.id] not in shown]
            lines.append(f"  {art} {c}: {describe(ms, event_of, shown, stories)}"
                         + (f" | against: {worst[0]}" if worst and worst[0] else ""))
        examples[cls].append("\n".join(lines))
    ne_hit, ne_hidden = [], []
    for n in truth.get("not_events", []):
        ms, _ = in_sentence(n["article"], n["quote"])
        bad, hidden = not_event_mentions(ms, event_of, shown)
        for found_in, these in ((ne_hit, bad), (ne_hidden, hidden if not bad else [])):
            if these:
                found_in.append(f"{n['article']} ({n.get('why', '')[:60]}): "
                                f"{describe(these, event_of, shown, stories)}")
    examples["not_event"] = ne_hit
    examples["not_event_hidden"] = ne_hidden
    return {"truth_events": len(truth["events"]), "found": found,
            "missed": dict(counts.most_common()),
            "not_events": len(truth.get("not_events", [])), "not_events_hit": len(ne_hit),
            "not_events_hidden": len(ne_hidden), "examples": dict(examples)}


def main(argv: list[str] | None = None) -> None:
    """Print the counts (and the examples of the classes asked for)."""
    ap = argparse.ArgumentParser(prog="python -m eventwire.evaluation.event_misses")
    ap.add_argument("folder", type=Path, help="story set folder (articles.jsonl, truth.json)")
    ap.add_argument("work", type=Path, help="--work folder of a stories/score.py run")
    ap.add_argument("--show", nargs="*", default=[], help="classes whose examples to print")
    ap.add_argument("--all", action="store_true",
                    help="extract again with every candidate kept (tells 'dropped' apart)")
    a = ap.parse_args(argv)
    require_run("event_misses", a.folder, a.work)
    report(diagnose(a.folder, a.work, a.all), a.show)

if __name__ == "__main__":
    main()
