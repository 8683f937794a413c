"""Real news: why no trigger of the gold type is read in a missed VOA sentence.

For each missed gold event of one part (``splits.py``) whose sentence holds no event of its
type (``voa_errors.miss_detail``: nothing, or only events of other types), every word of the
sentence that the lexicon could read as the gold type is judged against its entries:

- ``pos``: the word has entries of the gold type only at its other part of speech (a noun
  where the lexicon reads the verb, or the reverse; an adjective or a particle);
- ``modifier``: a verb used as an adjective or a preposition ('the [banned] group'), which
  is never read;
- ``found``: the word is a trigger of the gold type, and the event is dropped later
  (absorbed by another trigger, a filter of ``events.build_event``, the confirmation floor);
- ``shadowed``: an entry of the gold type would match, another entry (of another type, or
  of no event) is tried first;
- ``condition:KEY``: each entry of the gold type fails; KEY is the condition that fails
  alone (``object``, ``prep``, ``prep_object``, ``source_in`` ...; ``several`` when none
  fails alone).

A word is an **event word** when one of its entries of the gold type asks for no
condition (at either part of speech: 'attack', 'release'); otherwise it is **phrase only**
(its readings of the type are all phrases: 'say' reads ACCUSE only with an object such
as 'outrage'). Each missed event is counted once, under the reason of its best word (an
event word first); ``no candidate`` when no word of the sentence has an entry of the type.

    .venv/bin/python -m eventwire.evaluation.voa_conditions [--part tune|check] [--cli PATH]
        [--lemmas N] [--examples N] [--entries N] [--stages] [--drops [STAGE]]

``--stages`` runs the stories that hold ``found`` words through the extractor in this process
with the stages of ``events.sentence_events`` traced (``traced``), and counts the first stage
that loses each found word's event: ``retyped to T`` (a context rule retyped the trigger
before it was built), ``absorbed by T`` (another trigger took it in), ``confirmation floor``
(a CAMEO-only trigger that cannot reach the gate), ``reversed reading``, ``charge or effect``
(read as a speaker's charge instead), ``build filter NAME`` and ``mention filter NAME`` (the
rules of ``events.build_filter`` and ``events.mention_filter`` by which a trigger tells no
event), ``no participants RULE`` (a context-only noun without parties), ``built as T``,
``folded into an intent``, ``judged act``, ``classifier gate`` (``confirmed_events``),
``merged`` (the sentence reduction) and ``modality M``. ``--drops`` counts every trigger of
the part the same way, split by whether its sentence holds a real gold event of its type
that the output misses, one it matches anyway, or none: how often each stage drops an
event the annotators saw; with STAGE (the start of a stage name) and ``--examples N`` it
prints that stage's sentences (tuning part only).

``--lemmas N`` adds the N most frequent lemma and gold type pairs of each reason's words.
``--entries N`` counts, over every candidate word whose entries of the gold type all fail, the
conditions that fail alone, per condition kind and per origin of the entry (curated lexicon or
CAMEO dictionary; the words too, by the origins of their failing entries), and prints the N entries (origin, type, part of speech, lemma, condition)
that fail most often; counts and lexicon entries only, so the checking part can be read too.
Only numbers and lemmas are printed, unless ``--examples`` (the missed sentences with their words and
reasons; read them on the tuning part only).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.evaluation.splits import PARTS
from eventwire.evaluation.voa_errors import (
    NO_EVENT,
    OTHER_TYPES,
    OTHER_UNREAL,
    REAL,
    read_part,
    story_errors,
)
from eventwire.extract.lexicon import CONDITION_KEYS, Entry, Lexicon

NO_CANDIDATE = "no candidate"
EVENT_WORD, PHRASE_ONLY = "event word", "phrase only"
LEXICAL_MISSES = (NO_EVENT, OTHER_TYPES, OTHER_UNREAL)  # no event of the gold type at all
EXTRA_KEYS = ("source_not", "object_not")  # conditions outside CONDITION_KEYS
POSES = ("verb", "noun")


def failing_conditions(tok: Any, entry: Entry) -> list[str]:
    """The conditions of ``entry`` that ``tok`` fails when each is tried alone."""
    from eventwire.extract.triggers import _matches

    keys = [k for k in (*CONDITION_KEYS, *EXTRA_KEYS) if getattr(entry, k)]
    out = []
    for key in keys:
        if key == "object_and_prep":  # couples object and prep: judged with them
            continue
        blank = {k: type(getattr(entry, k))() for k in keys if k != key}
        if not _matches(tok, dataclasses.replace(entry, **blank), {})[0]:
            out.append(key)
    return out


def entry_failures(tok: Any, etype: str, lexicon: Lexicon) -> list[tuple[Entry, str]]:
    """(entry, failing condition) for each entry of ``etype`` at the word's part of speech
    whose conditions ``tok`` fails: each condition that fails alone, or ``several``."""
    from eventwire.extract.triggers import _lexicon_pos, _matches, compound_lemma, noun_in_use

    lemma = compound_lemma(tok.doc, tok.i, tok.lemma_.lower())
    pos = _lexicon_pos(tok.pos_, tok.tag_, tok.text)
    if pos == "verb" and noun_in_use(tok):
        pos = "noun"
    if pos not in POSES:
        return []
    out = []
    for entry in lexicon.candidates(pos, lemma):
        if entry.type != etype or _matches(tok, entry, {})[0]:
            continue
        out.extend((entry, key) for key in failing_conditions(tok, entry) or ["several"])
    return out


def word_reason(tok: Any, etype: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(kind, reason) for one word that the lexicon could read as ``etype``, or None when it
    has no entry of that type; kind is ``EVENT_WORD`` or ``PHRASE_ONLY``."""
    from eventwire.extract.triggers import (
        VERB_MODIFIER_DEPS,
        _lexicon_pos,
        compound_lemma,
        match_token,
        noun_in_use,
    )

    lemma = compound_lemma(tok.doc, tok.i, tok.lemma_.lower())
    typed = {pos: [e for e in lexicon.candidates(pos, lemma) if e.type == etype] for pos in POSES}
    if not any(typed.values()):
        return None
    kind = EVENT_WORD if any(not e.conditional for es in typed.values() for e in es) \
        else PHRASE_ONLY
    pos = _lexicon_pos(tok.pos_, tok.tag_, tok.text)
    if pos == "verb" and noun_in_use(tok):
        pos = "noun"
    if pos not in POSES or not typed[pos]:
        return kind, "pos"
    if pos == "verb" and tok.dep_ in VERB_MODIFIER_DEPS:
        return kind, "modifier"
    trig = match_token(tok, lexicon)
    if trig is not None and trig.entry.type == etype:
        return kind, "found"
    fails = [failing_conditions(tok, e) for e in typed[pos]]
    if any(not f for f in fails):
        return kind, "shadowed"
    first = {f[0] if len(f) == 1 else "several" for f in fails}
    return kind, "condition:" + ("several" if len(first) > 1 else first.pop())


def sentence_reason(span: Any, etype: str, lexicon: Lexicon
                    ) -> tuple[str, list[tuple[Any, str, str]]]:
    """The reason a sentence holds no trigger of ``etype`` ('event word: pos', 'phrase only:
    condition:object', ``NO_CANDIDATE``) and each candidate word with its kind and reason."""
    words = [(tok, *found) for tok in span
             if (found := word_reason(tok, etype, lexicon)) is not None]
    if not words:
        return NO_CANDIDATE, []
    best = min(words, key=lambda w: (w[1] != EVENT_WORD, _reason_rank(w[2])))
    return f"{best[1]}: {best[2]}", words


def _reason_rank(reason: str) -> int:
    """Nearer reasons first: a found trigger, then a shadowed entry, a failed condition, the
    part of speech."""
    for n, head in enumerate(("found", "shadowed", "condition", "modifier", "pos")):
        if reason.startswith(head):
            return n
    return 9



# -- where a found trigger's event is lost (--stages) --------------------------------------

ABSORBED, FLOOR, REVERSED, CHARGED = "absorbed by", "confirmation floor", "reversed reading", \
    "charge or effect"
NOT_TRIGGER, RETYPED, NO_PARTICIPANTS = "not a trigger of the sentence", "retyped to", \
    "no participants"
BUILD, MENTION, FOLDED_INTENT = "build filter", "mention filter", "folded into an intent"
GATE, JUDGED, REDUCED, LATER = "classifier gate", "judged act", "merged", "later sentence step"
BUILT_AS, UNREAL, KEPT = "built as", "modality", "kept in its sentence"
NO_PARTY_RULES = ("needs_context", "circumstance", "needs_particular")  # build_event's checks


class StageTrace:
    """Records, while the pipeline runs with ``traced()``, what each stage of
    ``events.sentence_events`` did with each trigger: keyed by (sentence text, token index
    in the sentence), a list of (stage, detail) in the order they happened."""

    def __init__(self) -> None:
        self.notes: dict[tuple[str, int], list[tuple[str, str]]] = {}
        self.built: dict[int, tuple[str, int]] = {}  # id of a built mention -> its key
        self.story = ""  # the article whose sentences are being read
        self.where: dict[tuple[str, int], tuple[str, str]] = {}  # key -> (story, word)

    def key(self, tok: Any) -> tuple[str, int]:
        sent = tok.sent
        key = sent.text, tok.i - sent.start
        self.where.setdefault(key, (self.story, tok.text))
        return key

    def of(self, tok: Any) -> list[tuple[str, str]]:
        """The notes of the trigger at ``tok`` (a token of another parse of the same text):
        the same sentence and place, else the same word in an overlapping sentence (a
        headline's re-parse)."""
        found = self.notes.get(self.key(tok))
        if found is not None:
            return found
        text = tok.sent.text
        for (sent, i), notes in self.notes.items():
            if (sent in text or text in sent) and sent.split()[i:i + 1] == [tok.text]:
                return notes
        return next((notes for (sent, _), notes in self.notes.items()
                     if (sent in text or text in sent) and tok.text in sent.split()), [])

    def note(self, tok: Any, stage: str, detail: str = "") -> None:
        self.notes.setdefault(self.key(tok), []).append((stage, detail))

    def dropped(self, before: list[Any], after: list[Any], stage: str) -> None:
        kept = {id(e) for e in after}
        for ev in before:
            if id(ev) not in kept and id(ev) in self.built:
                self.notes.setdefault(self.built[id(ev)], []).append((stage, ""))


@contextlib.contextmanager
def traced(trace: StageTrace) -> Any:
    """Wrap the stages of ``eventwire.extract.events`` so that ``trace`` records them."""
    from eventwire.extract import events as E

    real = {name: getattr(E, name) for name in (
        "absorbed_by", "into_agreement_noun", "_may_be_confirmed", "_reversed_reading",
        "_charge", "build_filter", "build_event", "mention_filter", "fold_action",
        "confirmed_events", "_without_judged_acts", "_reduce", "sentence_events")}

    def absorbed_by(triggers: list[Any]) -> dict[int, Any]:
        for t in triggers:
            trace.note(t.token, "trigger", t.entry.type)
        out = real["absorbed_by"](triggers)
        for i, owner in out.items():
            tok = triggers[0].token.doc[i]
            trace.note(tok, ABSORBED, owner.entry.type)
        return out

    def into_agreement_noun(triggers: list[Any]) -> dict[int, Any]:
        out = real["into_agreement_noun"](triggers)
        for i, owner in out.items():
            trace.note(triggers[0].token.doc[i], ABSORBED, owner.entry.type)
        return out

    def may_be_confirmed(trig: Any) -> bool:
        ok = real["_may_be_confirmed"](trig)
        if not ok:
            trace.note(trig.token, FLOOR)
        return ok

    def reversed_reading(trig: Any, lexicon: Any) -> bool:
        ok = real["_reversed_reading"](trig, lexicon)
        if not ok:
            trace.note(trig.token, REVERSED)
        return ok

    def charge(ectx: Any, trig: Any, *rest: Any) -> Any:
        out = real["_charge"](ectx, trig, *rest)
        if out is not None:
            trace.note(trig.token, CHARGED)
        return out

    def build_filter(ectx: Any, trig: Any, args: Any) -> str | None:
        name = real["build_filter"](ectx, trig, args)
        if name is not None:
            trace.note(trig.token, BUILD, name)
        return name

    def build_event(ectx: Any, trig: Any, *rest: Any) -> Any:
        ev = real["build_event"](ectx, trig, *rest)
        trace.note(trig.token, "built", "" if ev is not None else
                   "needs_context" if trig.entry.needs_context else
                   "circumstance" if E._background(trig) and not E._definite(trig.token) else
                   "needs_particular")
        if ev is not None:
            trace.notes[trace.key(trig.token)][-1] = ("built", ev.type)
        if ev is not None:
            trace.built[id(ev)] = trace.key(trig.token)
        return ev

    def mention_filter(ectx: Any, trig: Any, ev: Any, triggers: Any) -> str | None:
        name = real["mention_filter"](ectx, trig, ev, triggers)
        if name is not None:
            trace.note(trig.token, MENTION, name)
        return name

    def fold_action(intent: Any, ev: Any) -> Any:
        if id(ev) in trace.built:
            trace.notes.setdefault(trace.built[id(ev)], []).append((FOLDED_INTENT, ""))
        return real["fold_action"](intent, ev)

    def confirmed_events(events: list[Any]) -> list[Any]:
        out = real["confirmed_events"](events)
        trace.dropped(events, out, GATE)
        return out

    def without_judged_acts(events: list[Any], *rest: Any) -> list[Any]:
        out = real["_without_judged_acts"](events, *rest)
        trace.dropped(events, out, JUDGED)
        return out

    def reduce(events: list[Any], *rest: Any) -> list[Any]:
        out = real["_reduce"](events, *rest)
        trace.dropped(events, out, REDUCED)
        return out

    def sentence_events(ectx: Any, sent: Any, previous: list[Any]) -> list[Any]:
        trace.story = str(ectx.ex.article.id)
        out = real["sentence_events"](ectx, sent, previous)
        for ev in out:
            if id(ev) in trace.built:
                trace.notes.setdefault(trace.built[id(ev)], []).append(
                    ("out", f"{ev.type} {ev.modality}"))
        return out

    wrappers = {"absorbed_by": absorbed_by, "into_agreement_noun": into_agreement_noun,
                "_may_be_confirmed": may_be_confirmed, "_reversed_reading": reversed_reading,
                "_charge": charge, "build_filter": build_filter, "build_event": build_event,
                "mention_filter": mention_filter, "fold_action": fold_action,
                "confirmed_events": confirmed_events,
                "_without_judged_acts": without_judged_acts, "_reduce": reduce,
                "sentence_events": sentence_events}
    try:
        for name, fn in wrappers.items():
            setattr(E, name, fn)
        yield trace
    finally:
        for name, fn in real.items():
            setattr(E, name, fn)


def lost_stage(notes: list[tuple[str, str]], etype: str) -> str:
    """The first stage that loses the event of a trigger read as ``etype``, from its trace."""
    if not any(s == "trigger" and d == etype for s, d in notes):
        typed = [d for s, d in notes if s == "trigger"]
        return f"{RETYPED} {typed[-1]}" if typed else NOT_TRIGGER
    for stage, detail in notes:
        if stage in (ABSORBED, BUILD, MENTION):
            return f"{stage} {detail}"
        if stage in (FLOOR, REVERSED, CHARGED, FOLDED_INTENT, GATE, JUDGED, REDUCED):
            return stage
        if stage == "built" and detail in NO_PARTY_RULES:
            return f"{NO_PARTICIPANTS} {detail}"
        if stage == "built" and detail != etype:
            return f"{BUILT_AS} {detail}"
        if stage == "out":
            typ, modality = detail.split()
            if typ != etype:
                return f"{BUILT_AS} {typ}"
            return KEPT if modality in REAL else f"{UNREAL} {modality}"
    if any(s == "built" for s, _ in notes):
        return LATER
    return CHARGED


def traced_run(stories: list[dict[str, Any]]) -> StageTrace:
    """The stage trace of the extractor run in this process over ``stories``."""
    from eventwire.corpus import extract
    from eventwire.evaluation.voa import write_jsonl

    trace = StageTrace()
    with tempfile.TemporaryDirectory(prefix="voa-stages-") as tmp, traced(trace):
        src = Path(tmp) / "in.jsonl"
        write_jsonl(src, [{k: s[k] for k in ("id", "title", "text", "published") if k in s}
                          for s in stories])
        for _ in extract([str(src)]):
            pass
    return trace


def print_stages(stories: list[dict[str, Any]], lost: list[tuple[str, Any, str]],
                 lemmas: int) -> None:
    """Run the stories that hold found triggers through the extractor in this process with
    its stages traced, and count the stage that loses each found trigger's event."""
    ids = {sid for sid, _, _ in lost}
    trace = traced_run([s for s in stories if str(s["id"]) in ids])
    stages: Counter[str] = Counter()
    words: dict[str, Counter[str]] = {}
    for _, tok, etype in lost:
        stage = lost_stage(trace.of(tok), etype)
        stages[stage] += 1
        words.setdefault(stage, Counter())[f"{tok.lemma_.lower()} {etype}"] += 1
    print(f"stage losing the event of each found trigger ({sum(stages.values())} words)")
    for stage, n in stages.most_common():
        print(f"  {stage:40} {n}")
        if lemmas:
            print(f"{'':6}" + ", ".join(f"{w} {k}" for w, k in words[stage].most_common(lemmas)))


def print_drops(stories: list[dict[str, Any]], notes: dict[str, dict[str, Any]],
                out: dict[str, dict[str, Any]], sc: Any, examples: str, n: int) -> None:
    """Every trigger of the part by the stage that loses its event (``KEPT`` too), split by
    its sentence: a real gold event of the trigger's type that the output misses there
    (``gold missed``), one it matches anyway (``gold found``), or none (``no gold``): how
    often each stage drops an event the annotators saw against one they did not. With
    ``examples`` (a stage name's start), ``n`` sentences of that stage (tuning part only)."""
    trace = traced_run(stories)
    texts = {str(s["id"]): (out.get(str(s["id"])) or {}).get("text", "") for s in stories}
    counts: dict[str, Counter[str]] = {}
    shown = 0
    for key, trail in trace.notes.items():
        story, word = trace.where[key]
        text = texts.get(story, "")
        typed = [d for st, d in trail if st == "trigger"]
        if not typed or not text:
            continue
        etype = typed[0]
        stage = lost_stage(trail, etype)
        at = text.find(key[0].strip())
        span = (at, at + len(key[0].strip()))
        gold = [g for g in notes[story]["events"] if g.get("type") == etype and
                g.get("modality", "asserted") in REAL and (loc := sc.locate(g["quote"], text))
                and sc.overlap(sc.sentence_of(text, *loc), span)]
        found = any(e.get("type") == etype and e.get("modality", "asserted") in REAL and
                    sc.overlap((e["sentence"]["start"], e["sentence"]["end"]), span)
                    for e in (out.get(story) or {}).get("events", []))
        side = "no gold" if at < 0 or not gold else "gold found" if found else "gold missed"
        counts.setdefault(stage, Counter())[side] += 1
        if examples and stage.startswith(examples) and shown < n:
            shown += 1
            print(f"{side:12} {etype:10} {word:14} {' '.join(key[0].split())[:200]}")
    print("every trigger by the stage that loses its event, by its sentence's gold events")
    for stage, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {stage:40} " + "  ".join(f"{side} {c[side]}" for side in
                                          ("gold missed", "gold found", "no gold")))


def main(argv: list[str] | None = None) -> int:
    """Print the missed gold events with no trigger of their type, by reason."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=PARTS, default="tune", help="part to read (default tune)")
    ap.add_argument("--cli", default=None, help="the eventwire command to run")
    ap.add_argument("--lemmas", type=int, default=0,
                    help="print the N most frequent lemmas of each reason's candidate words")
    ap.add_argument("--entries", type=int, default=0,
                    help="count failing conditions per kind and print the N most failing entries")
    ap.add_argument("--stages", action="store_true",
                    help="trace where the event of each found trigger is lost (counts only)")
    ap.add_argument("--drops", nargs="?", const="", default=None, metavar="STAGE",
                    help="count every trigger by its losing stage and its sentence's gold "
                         "(counts only; with STAGE and --examples N, that stage's sentences)")
    ap.add_argument("--examples", type=int, default=0,
                    help="missed sentences to print (tuning part only)")
    args = ap.parse_args(argv)
    sc, stories, notes, out = read_part(args.part, args.cli)
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.lexicon import load_lexicon

    nlp, lexicon = load_nlp(), load_lexicon()
    reasons: Counter[str] = Counter()
    words: Counter[str] = Counter()
    lemmas: dict[str, Counter[str]] = {}
    kinds: Counter[str] = Counter()
    entries: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    shown = 0
    lost: list[tuple[str, Any, str]] = []  # (story id, found word, gold type)
    for s in stories:
        o = out.get(str(s["id"])) or {}
        text = o.get("text", "")
        missed, _, _ = story_errors(text, notes[str(s["id"])]["events"], o.get("events", []),
                                    sc, detail=True)
        missed = [m for m in missed if m[0] in LEXICAL_MISSES]
        if not missed:
            continue
        doc = nlp(text)
        for _, etype, sentence in missed:
            start = text.find(sentence)
            span = doc.char_span(start, start + len(sentence), alignment_mode="expand")
            reason, found = sentence_reason(span or [], etype, lexicon)
            reasons[reason] += 1
            lost.extend((str(s["id"]), tok, etype) for tok, _, why in found if why == "found")
            words.update(f"{kind}: {why}" for _, kind, why in found)
            for tok, kind, why in found:
                lemmas.setdefault(f"{kind}: {why}", Counter())[f"{tok.lemma_.lower()} {etype}"] += 1
                if args.entries and why.startswith("condition:"):
                    failed = entry_failures(tok, etype, lexicon)
                    origins[f"{kind}: " + " and ".join(sorted({e.origin for e, _ in failed}))] += 1
                    for entry, key in failed:
                        kinds[f"{kind}: {entry.origin} {key}"] += 1
                        entries[f"{kind}: {entry.origin} {entry.type} {entry.pos} "
                                f"{entry.lemma} {key}"] += 1
            if shown < args.examples and not args.drops:
                shown += 1
                print(f"{etype:10} {reason:32} {' '.join(sentence.split())[:160]}")
                for tok, kind, why in found:
                    print(f"{'':12}{tok.text}/{tok.dep_} ({kind}) {why}")
    total = sum(reasons.values())
    print(f"VOA {args.part} part: {total} missed gold events with no trigger of their type")
    for reason, n in reasons.most_common():
        print(f"  {reason:40} {n}")
    print("candidate words by reason (a sentence may hold several)")
    for reason, n in words.most_common():
        print(f"  {reason:40} {n}")
        if args.lemmas:
            top = lemmas[reason].most_common(args.lemmas)
            print(f"{'':6}" + ", ".join(f"{w} {k}" for w, k in top))
    if args.stages:
        print_stages(stories, lost, args.lemmas)
    if args.drops is not None:
        print_drops(stories, notes, out, sc, args.drops, args.examples)
    if args.entries:
        print("candidate words whose entries all fail, by the origin of those entries")
        for key, n in origins.most_common():
            print(f"  {key:40} {n}")
        print("failing conditions of the entries of candidate words that fail (word kind, "
              "entry origin, condition)")
        for key, n in kinds.most_common():
            print(f"  {key:40} {n}")
        print(f"the {args.entries} entries failing most often")
        for key, n in entries.most_common(args.entries):
            print(f"  {key:60} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
