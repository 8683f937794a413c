"""Real news: whether a missed VOA gold event had a candidate the confidence gate dropped, a
word the CAMEO dictionary codes with its type, or neither.

For each missed real gold event of one part of the VOA stories (matched as the VOA scorer
matches them, ``voa_errors.story_errors``), the first source that applies is counted:

- ``gate``: ``eventwire extract --all`` (every candidate kept, the CAMEO confirmation floor of
  ``event_classifier.json`` off) has more real events of the gold type in the sentence than
  the default output: the confidence gate (or a same-sentence rule), not the lexicons, loses
  it;
- ``dictionary``: no such candidate, but a verb of the sentence is a verb of PETRARCH2's CAMEO
  dictionary whose own code (or its block's) maps to the gold type (``CAMEO.2.0.txt`` beside
  the evaluation folder, ``../resources/petrarch2/``; the codes map to PLOVER types as in
  ``plover_cameo.json``): the word is there, its reading is not;
- ``none``: neither; what the annotators read is in no dictionary verb of that type.

Counts only (per gold type), so the checking part can be measured too.

``--verbs`` prints, per gold type and dictionary verb of that type, how many sentences of the
part hold the verb (as a verb), how many of those hold a real gold event of the type, and
why each missed gold event of its sentence was missed (``REASONS``, the first that applies):
the verb's event was read with the type but unreal (``unreal``: background, hypothetical,
negated) or real and matched to another gold event of the sentence (``folded``); it was read
with another type (``other type``); only ``--all`` has it (``gate``); the curated lexicon
knows the verb, which hides its dictionary entries, and made no candidate (``curated``); the
build gave the verb a default entry that needs a participant (``default``), only patterns
of the type (``pattern``), or nothing of the type (``no entry``: a verb that only inherits
its block's code, or a pattern form the build does not read). Counts only too.

    .venv/bin/python -m eventwire.evaluation.voa_miss_sources [--part tune|check] [--cli PATH]
        [--types ACCUSE,THREATEN] [--verbs]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.evaluation.common import eval_dir
from eventwire.evaluation.splits import PARTS
from eventwire.evaluation.voa import default_cli
from eventwire.evaluation.voa_errors import extract_stories, read_part, story_errors

SOURCES = ("gate", "dictionary", "none")
CAMEO_FILE = ("resources", "petrarch2", "CAMEO.2.0.txt")  # beside the evaluation folder
REAL = ("asserted", "planned")
BLOCK_RE = re.compile(r"^---\s+\S+\s*\[([^\]]*)\]")
VERB_RE = re.compile(r"^([A-Z][A-Z_\-]*)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?")


def dictionary_verbs(lines: list[str], own_only: bool = False) -> dict[str, str]:
    """Verb (lower case, and each irregular form it lists) -> its CAMEO code: the code on its
    own line, else its block's (``---  DENOUNCE   [111]  ---``; not with ``own_only``).
    Pattern lines, comments and the synonym sets before the verb patterns are skipped; codes
    are the active reading (``[042:043]`` -> ``042``)."""
    verbs: dict[str, str] = {}
    block: str | None = None
    started = False
    for raw in lines:
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            started = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not started or not line.strip() or line.startswith(("#", "-")) and not \
                line.startswith("---"):
            continue
        m = BLOCK_RE.match(line)
        if m:
            block = m.group(1).split(":")[0].strip() or None
            continue
        m = VERB_RE.match(line)
        if m is None:
            continue
        code = (m.group(4).split(":")[0].strip() if m.group(4) else None) or \
            (None if own_only else block)
        if not code or code == "---":
            continue
        for word in [m.group(1), *(m.group(2) or "").strip("{} ").split()]:
            verbs.setdefault(word.lower(), code)
    return verbs


def code_types(entries: list[dict[str, Any]]) -> dict[str, str]:
    """CAMEO code -> PLOVER type, as ``plover_cameo.json`` maps them."""
    return {str(e["cameo"]): str(e["type"]) for e in entries if e.get("cameo") and e.get("type")}


def type_of(code: str, types: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code: its own mapping, else its longest mapped prefix."""
    for n in range(len(code), 1, -1):
        if code[:n] in types:
            return types[code[:n]]
    return None


def dictionary_words(lemmas: list[str], etype: str, verbs: dict[str, str],
                     types: dict[str, str]) -> list[str]:
    """The lemmas that are dictionary verbs whose code maps to ``etype``."""
    return [w for w in lemmas if w in verbs and type_of(verbs[w], types) == etype]


def _same_type(events: list[dict[str, Any]], etype: str, span: tuple[int, int],
               overlap: Any) -> int:
    """How many real events of ``etype`` stand in the sentence ``span``."""
    return sum(1 for e in events if e.get("type") == etype
               and e.get("modality", "asserted") in REAL
               and overlap((e["sentence"]["start"], e["sentence"]["end"]), span))


def miss_source(etype: str, gold_span: tuple[int, int], shown: list[dict[str, Any]],
                gated: list[dict[str, Any]], words: list[str], overlap: Any) -> str:
    """``gate``, ``dictionary`` or ``none`` for one missed gold event: ``gate`` when the
    ``--all`` events of its article (``gated``) hold more real events of its type in its
    sentence than the default ones (``shown``); ``words``: the sentence's dictionary words of
    the type."""
    if _same_type(gated, etype, gold_span, overlap) > _same_type(shown, etype, gold_span,
                                                                 overlap):
        return "gate"
    return "dictionary" if words else "none"


REASONS = ("unreal", "folded", "other type", "gate", "curated", "default", "pattern",
           "no entry")


def _verb_events(events: list[dict[str, Any]], lemma: str, span: tuple[int, int],
                 overlap: Any) -> list[dict[str, Any]]:
    """The events of the sentence ``span`` whose trigger lemma is ``lemma``."""
    return [e for e in events
            if ((e.get("attributes") or {}).get("trigger_info") or {}).get("lemma") == lemma
            and overlap((e["sentence"]["start"], e["sentence"]["end"]), span)]


def miss_reason(lemma: str, etype: str, span: tuple[int, int], shown: list[dict[str, Any]],
                gated: list[dict[str, Any]], overlap: Any, curated: bool,
                entries: list[dict[str, Any]]) -> str:
    """Why the dictionary verb ``lemma`` of a sentence with a missed gold ``etype`` event gave
    no matching event (one of ``REASONS``). ``entries``: the ``plover_cameo.json`` entries of
    the lemma with that type; ``curated``: the curated lexicon knows the lemma as a verb."""
    read = _verb_events(shown, lemma, span, overlap)
    same = [e for e in read if e.get("type") == etype]
    if same:
        return "folded" if any(e.get("modality", "asserted") in REAL for e in same) \
            else "unreal"
    if read:
        return "other type"
    if _verb_events(gated, lemma, span, overlap):
        return "gate"
    if curated:
        return "curated"
    if any(e.get("default") for e in entries):
        return "default"
    return "pattern" if entries else "no entry"


def verb_table(rows: list[tuple[list[tuple[str, str]], set[str], list[tuple[str, str, str]]]]
               ) -> dict[tuple[str, str], Counter[str]]:
    """Per (type, verb): ``sentences`` holding the verb, ``gold`` (those of them holding a
    real gold event of the type) and one count per reason of a missed event. ``rows``: per
    sentence, its dictionary verbs as (type, verb), the gold types it holds, and its misses
    as (type, verb, reason), one per missed gold event and dictionary verb of its type."""
    table: dict[tuple[str, str], Counter[str]] = {}
    for verbs, gold, misses in rows:
        for etype, verb in dict.fromkeys(verbs):
            c = table.setdefault((etype, verb), Counter())
            c["sentences"] += 1
            c["gold"] += etype in gold
        for etype, verb, reason in misses:
            table.setdefault((etype, verb), Counter())[reason] += 1
    return table


def main(argv: list[str] | None = None) -> int:
    """Print, per gold type, the missed gold events by source (counts only)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=PARTS, default="tune", help="part to read (default tune)")
    ap.add_argument("--cli", default=None, help="the eventwire command to run")
    ap.add_argument("--types", default=None, help="only these gold types (comma-separated)")
    ap.add_argument("--verbs", action="store_true",
                    help="per dictionary verb: sentences, gold events, why missed")
    args = ap.parse_args(argv)
    wanted = {t.strip() for t in (args.types or "").split(",") if t.strip()}
    sc, stories, notes, out = read_part(args.part, args.cli)
    gated = extract_stories(stories, args.cli or default_cli(), "--all", name="voa_miss_sources")
    base = eval_dir()
    cameo = base.parent.joinpath(*CAMEO_FILE) if base is not None else None
    verbs = dictionary_verbs(cameo.read_text(encoding="latin-1").splitlines()) \
        if cameo is not None and cameo.exists() else {}
    data = Path(__file__).resolve().parents[1] / "data" / "plover_cameo.json"
    types = code_types(json.loads(data.read_text(encoding="utf-8"))["entries"])
    nlp = None
    if verbs:
        from eventwire.annotate.nlp import load_nlp
        nlp = load_nlp()
    if args.verbs:
        if nlp is None:
            raise SystemExit("voa_miss_sources: --verbs needs the CAMEO dictionary")
        own = dictionary_verbs(cameo.read_text(encoding="latin-1").splitlines(), own_only=True)
        from eventwire.extract.lexicon import load_lexicon
        curated = {w for w in verbs if load_lexicon().is_curated("verb", w)}
        return print_verbs(verb_rows(stories, notes, out, gated, sc, nlp, verbs, types,
                                     wanted), own, verbs, curated, args.part)
    counts: dict[str, Counter[str]] = {}
    for s in stories:
        sid = str(s["id"])
        o = out.get(sid) or {}
        text = o.get("text", "")
        missed, _, _ = story_errors(text, notes[sid]["events"], o.get("events", []), sc)
        for _, etype, sentence in missed:
            if wanted and etype not in wanted:
                continue
            start = text.find(sentence)
            lemmas = [t.lemma_.lower() for t in nlp(sentence) if t.pos_ == "VERB"] \
                if nlp is not None else []
            words = dictionary_words(lemmas, etype, verbs, types)
            source = miss_source(etype, (start, start + len(sentence)), o.get("events", []),
                                 (gated.get(sid) or {}).get("events", []), words, sc.overlap)
            counts.setdefault(etype, Counter())[source] += 1
    print(f"VOA {args.part} part: missed gold events by source"
          + ("" if verbs else " (CAMEO dictionary not found: no 'dictionary' column)"))
    print(f"  {'type':10} {'missed':>6} " + " ".join(f"{k:>10}" for k in SOURCES))
    for etype, row in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {etype:10} {sum(row.values()):6} " + " ".join(f"{row[k]:10}" for k in SOURCES))
    return 0


def verb_rows(stories: list[dict[str, Any]], notes: dict[str, dict[str, Any]],
              out: dict[str, dict[str, Any]], gated: dict[str, dict[str, Any]], sc: Any,
              nlp: Any, verbs: dict[str, str], types: dict[str, str], wanted: set[str]
              ) -> list[tuple[list[tuple[str, str]], set[str], list[tuple[str, str, str]]]]:
    """The rows of ``verb_table``, one per sentence of the part's extracted texts."""
    from eventwire.evaluation.voa_errors import _real
    from eventwire.extract.lexicon import load_lexicon
    lexicon = load_lexicon()
    data = Path(__file__).resolve().parents[1] / "data" / "plover_cameo.json"
    cameo_entries: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for e in json.loads(data.read_text(encoding="utf-8"))["entries"]:
        for lemma in e["lemmas"]:
            cameo_entries.setdefault((lemma, str(e["type"])), []).append(e)
    rows = []
    for s in stories:
        sid = str(s["id"])
        o = out.get(sid) or {}
        text, shown = o.get("text", ""), o.get("events", [])
        all_events = (gated.get(sid) or {}).get("events", [])
        gold = []
        for g in notes[sid]["events"]:
            loc = sc.locate(g["quote"], text)
            if loc and _real(g):
                gold.append((sc.sentence_of(text, *loc), g["type"]))
        for sent in nlp(text).sents:
            span = (sent.start_char, sent.end_char)
            rows.append((_typed_verbs(sent, verbs, types, wanted),
                         {et for gs, et in gold if sc.overlap(span, gs)}, []))
        missed, _, _ = story_errors(text, notes[sid]["events"], shown, sc)
        for _, etype, sentence in missed:  # the scorer's sentence, parsed alone
            at = text.find(sentence)
            span = (at, at + len(sentence))
            rows.append(([], set(), [(etype, w, miss_reason(
                w, etype, span, shown, all_events, sc.overlap, lexicon.is_curated("verb", w),
                cameo_entries.get((w, etype), [])))
                for et, w in dict.fromkeys(_typed_verbs(nlp(sentence), verbs, types, wanted))
                if et == etype]))
    return rows


def _typed_verbs(tokens: Any, verbs: dict[str, str], types: dict[str, str],
                 wanted: set[str]) -> list[tuple[str, str]]:
    """(type, lemma) of the tokens tagged as verbs that are dictionary verbs of a type."""
    found = [(type_of(verbs[t.lemma_.lower()], types), t.lemma_.lower()) for t in tokens
             if t.pos_ == "VERB" and t.lemma_.lower() in verbs]
    return [(et, w) for et, w in found if et and (not wanted or et in wanted)]


def print_verbs(rows: list[tuple[list[tuple[str, str]], set[str], list[tuple[str, str, str]]]],
                own: dict[str, str], verbs: dict[str, str], curated: set[str], part: str) -> int:
    """Print ``verb_table`` per type, verbs with a missed event first, with whether the verb
    carries its own code (``own``) and is a curated verb (``cur``); totals per type over all
    its verbs and over the verbs only the dictionary reads (counts only)."""
    table = verb_table(rows)
    print(f"VOA {part} part: dictionary verbs by type (sentences holding the verb; of them, "
          "with a real gold event of the type; missed gold events by reason)")
    print(f"  {'type':9} {'verb':13} {'code':5} {'own':3} {'cur':3} {'sent':>4} {'gold':>4}  "
          + " ".join(f"{r:>10}" for r in REASONS))
    totals: dict[str, Counter[str]] = {}
    for (etype, verb), c in sorted(table.items(), key=lambda kv: (
            kv[0][0], -sum(kv[1][r] for r in REASONS), -kv[1]["sentences"], kv[0][1])):
        totals.setdefault((etype, "(all)"), Counter()).update(c)
        if verb not in curated:
            totals.setdefault((etype, "(dictionary)"), Counter()).update(c)
        print(f"  {etype:9} {verb:13} {verbs[verb]:5} {'yes' if verb in own else 'no':3} "
              f"{'yes' if verb in curated else 'no':3} {c['sentences']:4} {c['gold']:4}  "
              + " ".join(f"{c[r]:10}" for r in REASONS))
    for (etype, which), c in sorted(totals.items()):
        print(f"  {etype:9} {which:13} {'':5} {'':3} {'':3} {c['sentences']:4} {c['gold']:4}  "
              + " ".join(f"{c[r]:10}" for r in REASONS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
