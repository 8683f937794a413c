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
        [--lemmas N] [--examples N] [--entries N]

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
import dataclasses
from collections import Counter
from typing import Any

from eventwire.evaluation.splits import PARTS
from eventwire.evaluation.voa_errors import (
    NO_EVENT,
    OTHER_TYPES,
    OTHER_UNREAL,
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


def main(argv: list[str] | None = None) -> int:
    """Print the missed gold events with no trigger of their type, by reason."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=PARTS, default="tune", help="part to read (default tune)")
    ap.add_argument("--cli", default=None, help="the eventwire command to run")
    ap.add_argument("--lemmas", type=int, default=0,
                    help="print the N most frequent lemmas of each reason's candidate words")
    ap.add_argument("--entries", type=int, default=0,
                    help="count failing conditions per kind and print the N most failing entries")
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
            if shown < args.examples:
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
