"""Real news: where the extraction goes wrong on one part of the VOA stories.

Runs ``eventwire extract`` on one part's stories (``splits.py``) and matches
events to the gold annotations as the VOA scorer does (same sentence, same
type, asserted or planned on both sides). Reports how the missed gold events
are missed: no event of any kind in their sentence, only events of other
types, or only a same-type event with another modality; and the unmatched
predictions by type with their most frequent triggers.

    .venv/bin/python -m eventwire.evaluation.voa_errors [--part tune|check] [--cli PATH]
        [--type AGREE] [--examples N] [--counts] [--by modality,confidence,...] [--misses]
        [--confusions]

``--counts`` prints only numbers: per type, the real predictions and how many match a gold
event, split by how each was made (verbal, nominal, derived from a planned action), so a
part whose sentences are not to be read can still be compared type by type.

``--by`` prints only numbers too: matched / predicted real events per value of each named
property of the prediction (``PROPERTIES``: modality, confidence band, shown, trigger tag and
dependency, lexicon origin, pattern, in a quotation, lead or body, sentence position in the
article, source / target found, same-type events elsewhere in the article, CAMEO agreement),
to see which kind of prediction keeps its precision from one part to the other.

``--confusions`` prints the typing confusions: for every missed gold event whose sentence holds
only predictions of other types (real, or only unreal), the count of gold type -> the sorted
predicted types of the sentence (``*`` marks a type predicted only as unreal), and whether the sentence's real
predictions are right for another gold event (a multi-event sentence with one event absent)
or none is (a typing confusion); on the tune part
also gold type -> predicted type:trigger lemma, and with ``--examples N`` the first N sentences
of each gold type. On the check part it prints counts of types only, no words.

``--causes`` prints only numbers too: the missed gold events per gold type and per cause, the
extraction run again with every candidate kept (``--all``): no candidate at all, a same-type
candidate a gate dropped, only candidates of other types, or a same-type event read with
another modality or folded (``miss_cause``).

``--misses`` prints only numbers as well: the missed gold events per gold type and per
``miss_detail`` kind (nothing in the sentence, other types, a same-type event told as
background / hypothetical / negated, or folded into a same-type match).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.evaluation.common import eval_path, skip
from eventwire.evaluation.splits import PARTS
from eventwire.evaluation.voa import (
    ANNOTATIONS,
    FOLDER,
    STORIES,
    default_cli,
    read_jsonl,
    story_part,
    write_jsonl,
)
from eventwire.extract.quotes_disapproval import ORIGIN as QUOTED_ORIGIN

REAL = ("asserted", "planned")
SCORING = "scoring.py"
TOP_TRIGGERS = 8
NO_EVENT = "no event in the sentence"
OTHER_TYPES = "only events of other types"
OTHER_MODALITY = "same type, other modality"
MISS_KINDS = (NO_EVENT, OTHER_TYPES, OTHER_MODALITY)
OTHER_UNREAL = "only unreal events of other types"
FOLDED = "same type, matched to another gold event"
NO_CANDIDATE = "no candidate, even with every candidate kept"
GATED = "a same-type candidate dropped by a gate"
TYPED_OTHERWISE = "only candidates of other types"
OTHER_READING = "same type, another modality or folded"
CAUSES = (NO_CANDIDATE, GATED, TYPED_OTHERWISE, OTHER_READING)
CONFIDENCE_BANDS = (0.2, 0.4, 0.55, 0.7, 0.85)  # upper bounds; the last band runs to 1
POSITION_STEPS = 4  # sentence position in the article: quarters of its text


def _info(e: dict[str, Any]) -> dict[str, Any]:
    return (e.get("attributes") or {}).get("trigger_info") or {}


def _band(e: dict[str, Any]) -> str:
    """The confidence band of a prediction ('0.40-0.55')."""
    c = float(e.get("confidence") or 0.0)
    lo = 0.0
    for hi in CONFIDENCE_BANDS:
        if c < hi:
            return f"{lo:.2f}-{hi:.2f}"
        lo = hi
    return f"{lo:.2f}-1.00"


def _position(e: dict[str, Any], length: int) -> str:
    """Which quarter of the article the prediction's sentence starts in ('1/4' ... '4/4')."""
    start = int((e.get("sentence") or {}).get("start") or 0)
    return f"{min(POSITION_STEPS, 1 + POSITION_STEPS * start // max(1, length))}/{POSITION_STEPS}"


PROPERTIES: dict[str, Any] = {
    "type": lambda e, n: str(e.get("type")),
    "modality": lambda e, n: str(e.get("modality", "asserted")),
    "confidence": lambda e, n: _band(e),
    "shown": lambda e, n: str(e.get("shown")),
    "tag": lambda e, n: str(_info(e).get("tag")),
    "dep": lambda e, n: str(_info(e).get("dep")),
    "origin": lambda e, n: str(_info(e).get("origin")),
    "pattern": lambda e, n: str((e.get("attributes") or {}).get("pattern")),
    "quoted": lambda e, n: str(_info(e).get("quoted")),
    "lead": lambda e, n: str(_info(e).get("position")),
    "position": _position,
    "args": lambda e, n: f"source={int(bool(e.get('source')))} target={int(bool(e.get('target')))}",
    "repeat": lambda e, n: str(_info(e).get("repeat")),
    "cameo": lambda e, n: str(_info(e).get("cameo_vote")),
}


def scoring_module(folder: Path) -> Any:
    """The shared scoring helpers (locate, sentence_of, overlap) next to the VOA folder."""
    spec = importlib.util.spec_from_file_location("scoring", folder.parent / SCORING)
    if spec is None or spec.loader is None:
        raise SystemExit(f"voa_errors: cannot load {folder.parent / SCORING}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract_stories(stories: list[dict[str, Any]], cli: str, *options: str,
                    name: str = "voa_errors") -> dict[str, dict[str, Any]]:
    """``eventwire extract`` output per story id (``options`` passed on, e.g. ``--all``)."""
    with tempfile.TemporaryDirectory(prefix="voa-errors-") as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        write_jsonl(src, [{k: s[k] for k in ("id", "title", "text", "published") if k in s}
                          for s in stories])
        proc = subprocess.run([cli, "extract", str(src), *options, "--out", str(out)],
                              capture_output=True, text=True)
        if proc.returncode:
            raise SystemExit(f"{name}: extract failed: {(proc.stderr or '').strip()[-300:]}")
        return {str(o["id"]): o for o in read_jsonl(out)}


def read_part(part: str, cli: str | None) -> tuple[Any, list[dict[str, Any]],
                                                   dict[str, dict[str, Any]],
                                                   dict[str, dict[str, Any]]]:
    """One part's VOA stories that have annotations, their annotations by story id, and the
    CLI's extraction of each (with the scorer module), as the error tools read them; exits
    with the evaluation's skip message when the VOA folder is absent."""
    folder = eval_path(FOLDER)
    if folder is None or not (folder / STORIES).exists():
        skip(f"VOA stories (eval/{FOLDER}/{STORIES})")
    sc = scoring_module(folder)
    stories = [s for s in read_jsonl(folder / STORIES) if story_part(s) == part]
    notes = {str(a["id"]): a for a in read_jsonl(folder / ANNOTATIONS)
             if story_part(a) == part}
    stories = [s for s in stories if str(s["id"]) in notes]
    return sc, stories, notes, extract_stories(stories, cli or default_cli())


def _real(item: dict[str, Any]) -> bool:
    """True for an asserted or planned event (the ones precision and recall count)."""
    return item.get("modality", "asserted") in REAL


def matched_events(text: str, gold: list[dict[str, Any]], out: dict[str, Any], sc: Any
                   ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(predicted, gold) of each real event matched as the VOA scorer matches them: same type,
    overlapping sentence, each gold event used once."""
    spans = []
    for g in gold:
        loc = sc.locate(g["quote"], text)
        if loc and _real(g):
            spans.append((sc.sentence_of(text, *loc), g))
    used: set[int] = set()
    pairs = []
    for e in out.get("events", []):
        if not _real(e):
            continue
        sp = (e["sentence"]["start"], e["sentence"]["end"])
        hit = next((i for i, (gs, g) in enumerate(spans) if i not in used
                    and g["type"] == e.get("type") and sc.overlap(sp, gs)), None)
        if hit is not None:
            used.add(hit)
            pairs.append((e, spans[hit][1]))
    return pairs


def miss_detail(etype: str, near: list[dict[str, Any]]) -> str:
    """How a missed gold event of ``etype`` is missed, finer than ``MISS_KINDS``: nothing in
    its sentence, only predictions of other types (real ones or only unreal ones), a
    same-type prediction with an unreal modality (named), or a same-type real prediction
    already matched to another gold event of the sentence (``FOLDED``)."""
    if not near:
        return NO_EVENT
    same = [e for e in near if e.get("type") == etype]
    if not same:
        return OTHER_TYPES if any(_real(e) for e in near) else OTHER_UNREAL
    if any(_real(e) for e in same):
        return FOLDED
    return "same type, " + "/".join(sorted({str(e.get("modality")) for e in same}))


def miss_cause(etype: str, near: list[dict[str, Any]], every: list[dict[str, Any]]) -> str:
    """Why a missed gold event of ``etype`` is missed, by what the extractor found in its
    sentence (``near``) and what it finds there with every candidate kept (``every``, the
    ``--all`` extraction): no candidate at all, a same-type candidate a gate (confidence,
    same-sentence rules) dropped, only candidates of other types, or a same-type event read
    with another modality or folded into another gold event's match."""
    if any(e.get("type") == etype for e in near):
        return OTHER_READING
    if any(e.get("type") == etype for e in every):
        return GATED
    return TYPED_OTHERWISE if near or every else NO_CANDIDATE


def story_causes(text: str, gold: list[dict[str, Any]], events: list[dict[str, Any]],
                 every: list[dict[str, Any]], sc: Any) -> list[tuple[str, str]]:
    """(cause, gold type) of each missed real gold event of one story (``miss_cause``)."""
    missed, _, _ = story_errors(text, gold, events, sc)
    out = []
    for _, etype, sent in missed:
        start = text.find(sent)
        gs = (start, start + len(sent))
        near = [e for e in events if sc.overlap((e["sentence"]["start"], e["sentence"]["end"]), gs)]
        found = [e for e in every if sc.overlap((e["sentence"]["start"], e["sentence"]["end"]), gs)]
        out.append((miss_cause(etype, near, found), etype))
    return out


def print_causes(causes: list[tuple[str, str]]) -> None:
    """Print the missed gold events per cause and per gold type, counts only."""
    kinds = Counter(c for c, _ in causes)
    for cause in CAUSES:
        print(f"  {cause:46} {kinds[cause]}")
    print("  by gold type: " + "  ".join(f"[{i}] {c}" for i, c in enumerate(CAUSES)))
    by_type: dict[str, Counter[str]] = {}
    for cause, etype in causes:
        by_type.setdefault(etype, Counter())[cause] += 1
    for etype, row in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())):
        cells = " ".join(f"[{i}]={row[c]}" for i, c in enumerate(CAUSES) if row[c])
        print(f"    {etype:10} {sum(row.values()):3}  {cells}")


def story_errors(text: str, gold: list[dict[str, Any]], events: list[dict[str, Any]],
                 sc: Any, detail: bool = False
                 ) -> tuple[list[tuple[str, str, str]], list[dict[str, Any]],
                            list[dict[str, Any]]]:
    """(kind, type, sentence) of each missed real gold event, the unmatched and the matched
    real predictions of one story, matched as the VOA scorer matches them; with ``detail``
    the kind is ``miss_detail``'s."""
    spans = []
    for g in gold:
        loc = sc.locate(g["quote"], text)
        if loc:
            spans.append((sc.sentence_of(text, *loc), g))
    preds = [((e["sentence"]["start"], e["sentence"]["end"]), e) for e in events]
    real_gold = [(sp, g) for sp, g in spans if _real(g)]
    used: set[int] = set()
    wrong, right = [], []
    for sp, e in preds:
        if not _real(e):
            continue
        hit = next((i for i, (gs, g) in enumerate(real_gold) if i not in used
                    and g["type"] == e.get("type") and sc.overlap(sp, gs)), None)
        if hit is None:
            wrong.append(e)
        else:
            used.add(hit)
            right.append(e)
    missed = []
    for i, (gs, g) in enumerate(real_gold):
        if i in used:
            continue
        near = [e for sp, e in preds if sc.overlap(sp, gs)]
        if detail:
            missed.append((miss_detail(g["type"], near), g["type"], text[gs[0]:gs[1]]))
            continue
        kind = NO_EVENT if not near else OTHER_MODALITY if any(
            e.get("type") == g["type"] for e in near) else OTHER_TYPES
        missed.append((kind, g["type"], text[gs[0]:gs[1]]))
    return missed, wrong, right


def story_confusions(text: str, gold: list[dict[str, Any]], events: list[dict[str, Any]],
                     sc: Any) -> list[tuple[str, str, list[dict[str, Any]], str]]:
    """(gold type, miss kind, predictions of the sentence, sentence) of each missed real gold
    event whose sentence holds only predictions of other types (``OTHER_TYPES`` or
    ``OTHER_UNREAL``), as ``story_errors`` misses them; each prediction (a copy) carries
    ``matched``: True when it matches another gold event of the sentence."""
    missed, _, right = story_errors(text, gold, events, sc, detail=True)
    matched = {id(e) for e in right}
    out = []
    for kind, etype, sent in missed:
        if kind not in (OTHER_TYPES, OTHER_UNREAL):
            continue
        start = text.find(sent)
        gs = (start, start + len(sent))
        near = [dict(e, matched=id(e) in matched) for e in events
                if sc.overlap((e["sentence"]["start"], e["sentence"]["end"]), gs)]
        out.append((etype, kind, near, sent))
    return out


def confusion_key(near: list[dict[str, Any]]) -> str:
    """The predicted types of a sentence, sorted; a type predicted only as unreal gets ``*``."""
    real = {str(e.get("type")) for e in near if _real(e)}
    every = {str(e.get("type")) for e in near}
    return "+".join(t if t in real else t + "*" for t in sorted(every))


ALL_RIGHT, SOME_RIGHT, NONE_RIGHT, NONE_REAL = (
    "all right for another gold event", "some right", "none right", "none real")


def _share(near: list[dict[str, Any]]) -> str:
    """Whether a sentence's real predictions match other gold events: a multi-event sentence
    with one event absent (all right) or a typing confusion (none right)."""
    real = [e for e in near if _real(e)]
    if not real:
        return NONE_REAL
    hits = sum(bool(e.get("matched")) for e in real)
    return ALL_RIGHT if hits == len(real) else SOME_RIGHT if hits else NONE_RIGHT


def _lemma(e: dict[str, Any]) -> str:
    return str(_info(e).get("lemma") or e["trigger"]["text"].lower())


def print_confusions(rows: list[tuple[str, str, list[dict[str, Any]], str]], words: bool,
                     examples: int = 0) -> None:
    """Print gold type -> predicted types counts (and, with ``words``, gold type -> predicted
    type:lemma counts and up to ``examples`` sentences per gold type)."""
    kinds = Counter(k for _, k, _, _ in rows)
    print("  " + "  ".join(f"{k}: {n}" for k, n in kinds.most_common()))
    shares = Counter(_share(near) for _, _, near, _ in rows)
    print("  the sentence's real predictions: " +
          "  ".join(f"{k}: {n}" for k, n in shares.most_common()))
    pairs = Counter((g, confusion_key(near)) for g, _, near, _ in rows)
    by_gold = Counter(g for g, _, _, _ in rows)
    for gold, n in by_gold.most_common():
        cells = ", ".join(f"{k} {c}" for (g, k), c in pairs.most_common() if g == gold)
        print(f"    {gold:10} {n:3}  -> {cells}")
    if not words:
        return
    print("  gold type -> predicted type:lemma")
    for gold, n in by_gold.most_common():
        lemmas = Counter(f"{e.get('type')}{'' if _real(e) else '*'}:{_lemma(e)}"
                         for g, _, near, _ in rows if g == gold for e in near)
        print(f"    {gold:10} {n:3}  {json.dumps(dict(lemmas.most_common(TOP_TRIGGERS)))}")
        for _, _, near, sent in [r for r in rows if r[0] == gold][:examples]:
            preds = " ".join(f"{e.get('type')}{'' if _real(e) else '*'}{'=' if e.get('matched') else ''}"
                             f"[{e['trigger']['text']}]"
                             for e in near)
            print(f"        {preds} | {' '.join(sent.split())[:220]}")


def _how(e: dict[str, Any]) -> str:
    """How a prediction was made: derived from a planned action, read from a quote's content,
    nominal or verbal."""
    attrs = e.get("attributes") or {}
    if attrs.get("intent_of"):
        return "intent of " + str(attrs["intent_of"].get("type"))
    origin = (attrs.get("trigger_info") or {}).get("origin")
    if origin == QUOTED_ORIGIN:
        return "quoted"
    return str(attrs.get("pattern") or "?")


def type_counts(right: list[dict[str, Any]], wrong: list[dict[str, Any]]
                ) -> dict[str, dict[str, tuple[int, int]]]:
    """Per type, per way of making (``_how`` without its condition suffix) and in total
    (key ``"all"``): (matched, predicted) counts of the real predictions."""
    table: dict[str, dict[str, list[int]]] = {}
    for ok, group in ((1, right), (0, wrong)):
        for e in group:
            row = table.setdefault(str(e.get("type")), {})
            for key in ("all", _how(e).split("+")[0]):
                cell = row.setdefault(key, [0, 0])
                cell[0] += ok
                cell[1] += 1
    return {t: {k: (v[0], v[1]) for k, v in row.items()} for t, row in table.items()}


def print_counts(right: list[dict[str, Any]], wrong: list[dict[str, Any]]) -> None:
    """Print ``type_counts`` as matched / predicted, most predicted type first."""
    table = type_counts(right, wrong)
    for etype, row in sorted(table.items(), key=lambda kv: -kv[1]["all"][1]):
        ok, n = row["all"]
        parts = "  ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(row.items()) if k != "all")
        print(f"  {etype:10} {ok:3}/{n:<3} p={ok / n:.2f}   {parts}")


def property_counts(rows: list[tuple[dict[str, Any], int, int]], key: str
                    ) -> dict[str, tuple[int, int]]:
    """(matched, predicted) real predictions per value of one of ``PROPERTIES``; ``rows`` are
    (prediction, 1 when matched else 0, length of its article's text)."""
    table: dict[str, list[int]] = {}
    for e, ok, length in rows:
        cell = table.setdefault(PROPERTIES[key](e, length), [0, 0])
        cell[0] += ok
        cell[1] += 1
    return {v: (a, b) for v, (a, b) in table.items()}


def print_properties(rows: list[tuple[dict[str, Any], int, int]], keys: list[str]) -> None:
    """Print ``property_counts`` of each key, most predicted value first."""
    for key in keys:
        print(f"  {key}:")
        for value, (ok, n) in sorted(property_counts(rows, key).items(), key=lambda kv: -kv[1][1]):
            print(f"    {value:24} {ok:3}/{n:<3} p={ok / n:.2f}")


def print_misses(missed: list[tuple[str, str, str]]) -> None:
    """Print the missed gold events per kind (``miss_detail``) and per gold type, counts only."""
    kinds = Counter(k for k, _, _ in missed)
    for kind, n in kinds.most_common():
        print(f"  {kind:44} {n}")
    names = [k for k, _ in kinds.most_common()]
    by_type: dict[str, Counter[str]] = {}
    for kind, etype, _ in missed:
        by_type.setdefault(etype, Counter())[kind] += 1
    print("  by gold type: " + "  ".join(f"[{i}] {k}" for i, k in enumerate(names)))
    for etype, row in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())):
        cells = " ".join(f"[{i}]={row[k]}" for i, k in enumerate(names) if row[k])
        print(f"    {etype:10} {sum(row.values()):3}  {cells}")


def main(argv: list[str] | None = None) -> int:
    """Print the missed gold events by kind and the unmatched predictions by type."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=PARTS, default="tune", help="part to read (default tune)")
    ap.add_argument("--cli", default=None, help="the eventwire command to run")
    ap.add_argument("--type", default=None, help="list this type's unmatched predictions")
    ap.add_argument("--examples", type=int, default=0, help="missed sentences to print per kind")
    ap.add_argument("--counts", action="store_true",
                    help="print only per-type matched / predicted counts (no text)")
    ap.add_argument("--by", default=None,
                    help="print only matched / predicted counts per value of these properties "
                         f"(comma-separated: {', '.join(PROPERTIES)}; no text)")
    ap.add_argument("--misses", action="store_true",
                    help="print only counts of the missed gold events per kind and type (no text)")
    ap.add_argument("--causes", action="store_true",
                    help="print only counts of the missed gold events per cause: no candidate even "
                         "with every candidate kept, dropped by a gate, other types, or same type "
                         "read otherwise (runs the extraction twice)")
    ap.add_argument("--confusions", action="store_true",
                    help="print gold type -> predicted types of the missed events whose sentence "
                         "holds only other types (lemmas and sentences on the tune part only)")
    args = ap.parse_args(argv)
    keys = [k.strip() for k in (args.by or "").split(",") if k.strip()]
    unknown = [k for k in keys if k not in PROPERTIES]
    if unknown:
        ap.error(f"unknown properties {unknown}; known: {', '.join(PROPERTIES)}")
    sc, stories, notes, out = read_part(args.part, args.cli)
    missed: list[tuple[str, str, str]] = []
    wrong: list[dict[str, Any]] = []
    right: list[dict[str, Any]] = []
    rows: list[tuple[dict[str, Any], int, int]] = []
    confused: list[tuple[str, str, list[dict[str, Any]], str]] = []
    for s in stories:
        o = out.get(str(s["id"])) or {}
        if args.confusions:
            confused += story_confusions(o.get("text", ""), notes[str(s["id"])]["events"],
                                         o.get("events", []), sc)
        m, w, r = story_errors(o.get("text", ""), notes[str(s["id"])]["events"],
                               o.get("events", []), sc, detail=args.misses)
        missed += m
        wrong += w
        right += r
        rows += [(e, 1, len(o.get("text", ""))) for e in r]
        rows += [(e, 0, len(o.get("text", ""))) for e in w]
    if args.causes:
        every = extract_stories(stories, args.cli or default_cli(), "--all")
        causes = [c for s in stories for c in story_causes(
            (out.get(str(s["id"])) or {}).get("text", ""), notes[str(s["id"])]["events"],
            (out.get(str(s["id"])) or {}).get("events", []),
            (every.get(str(s["id"])) or {}).get("events", []), sc)]
        print(f"VOA {args.part} part: {len(causes)} missed gold events by cause")
        print_causes(causes)
        return 0
    if args.confusions:
        print(f"VOA {args.part} part: {len(confused)} missed gold events with only other types "
              "in their sentence (gold type -> predicted types; * only unreal)")
        print_confusions(confused, words=args.part == "tune", examples=args.examples)
        return 0
    if keys:
        print(f"VOA {args.part} part: matched / predicted real events by property")
        print_properties(rows, keys)
        return 0
    if args.misses:
        print(f"VOA {args.part} part: {len(missed)} missed gold events by kind")
        print_misses(missed)
        return 0
    if args.counts:
        print(f"VOA {args.part} part: matched / predicted real events by type")
        print_counts(right, wrong)
        return 0
    kinds = Counter(k for k, _, _ in missed)
    print(f"VOA {args.part} part: {len(missed)} missed gold events")
    for kind in MISS_KINDS:
        print(f"  {kind:28} {kinds[kind]}")
        for _, etype, sent in [x for x in missed if x[0] == kind][:args.examples]:
            print(f"      {etype:10} {' '.join(sent.split())[:150]}")
    print(f"unmatched predictions: {len(wrong)}")
    for etype, n in Counter(e.get("type") for e in wrong).most_common():
        triggers = Counter(e["trigger"]["text"].lower() for e in wrong if e.get("type") == etype)
        print(f"  {etype:10} {n:3}  {json.dumps(dict(triggers.most_common(TOP_TRIGGERS)))}")
    if args.type:
        for label, group in (("right", right), ("wrong", wrong)):
            for e in group:
                if e.get("type") == args.type:
                    print(f"  {label} {_how(e):18} [{e['trigger']['text']}] "
                          f"{' '.join(e['sentence']['text'].split())[:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
