"""Real news: why matched VOA events get a wrong or no source / target country, by class.

Runs ``eventwire extract`` on one part's stories (``splits.py``), matches events
to the gold annotations as the VOA scorer does, and for each matched event whose
gold side names a country the prediction misses, sorts the cause into a class:

- ``no participant, actor named in sentence``: no participant on that side although a
  gold actor name is in the sentence;
- ``no participant, actor from story``: no participant and no gold name in the sentence
  (the actor is given by earlier sentences or the story);
- ``generic agent, no country``: a participant like "police" or "officials" with no country;
- ``person not in registry``: a person participant with no country;
- ``demonym missed``: a participant with no country whose text holds a country word;
- ``other unlinked``: any other participant with no country;
- ``registry country wrong``: the right participant (it overlaps a gold name), linked
  to another country by the registry;
- ``context country wrong``: the right participant placed in another country by context
  (generic agent, titled person, organisation);
- ``wrong participant chosen``: participants with countries, none of them a gold actor
  (reporter, announcer, place, another party).

    .venv/bin/python -m eventwire.evaluation.voa_actors [--part tune|check] [--cli PATH]
        [--examples N]

Examples are printed only for the tuning part: the checking part is read as counts.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from typing import Any

from eventwire.evaluation.common import eval_path, skip
from eventwire.evaluation.miss_relations import name_relation, story_situation
from eventwire.evaluation.splits import PARTS, TUNE
from eventwire.evaluation.voa import (
    ANNOTATIONS,
    FOLDER,
    STORIES,
    default_cli,
    read_jsonl,
    story_part,
)
from eventwire.evaluation.voa_errors import extract_stories, matched_events, scoring_module

SIDES = ("source", "target")
NO_PART_NAMED = "no participant, actor named in sentence"
NO_PART_STORY = "no participant, actor from story"
GENERIC = "generic agent, no country"
PERSON = "person not in registry"
DEMONYM = "demonym missed"
UNLINKED = "other unlinked"
REGISTRY_WRONG = "registry country wrong"
CONTEXT_WRONG = "context country wrong"
WRONG_PARTICIPANT = "wrong participant chosen"
CLASSES = (NO_PART_NAMED, NO_PART_STORY, GENERIC, PERSON, DEMONYM, UNLINKED,
           REGISTRY_WRONG, CONTEXT_WRONG, WRONG_PARTICIPANT)
CONTEXT_EVIDENCE = ("sentence:", "dateline:", "article focus", "title:", "apposition:",
                    "scene:", "residence:", "name:", "authorities")
SPECIAL = frozenset({"IGO", "NGO", "IMG", "MNC", "UNO", "EUR", "AFR", "ASA", "MEA", "WST"})
WORD_RE = re.compile(r"[A-Za-z][\w'’\-]*")
STOP = frozenset({"the", "a", "an", "of", "and", "in", "'s", "its", "their"})


def _words(text: str) -> set[str]:
    """The lower-cased content words of a text."""
    return {w.lower().removesuffix("'s").removesuffix("’s") for w in WORD_RE.findall(text)} - STOP


def _countries(parts: list[dict[str, Any]]) -> set[str]:
    """The countries of a side's participants."""
    return {(p.get("actor") or {}).get("country") for p in parts} - {None}


def _label_at(entities: list[dict[str, Any]], part: dict[str, Any]) -> str:
    """The entity label best covering a participant's span ('' when none)."""
    best, size = "", 0
    for e in entities:
        ov = min(e["end"], part["end"]) - max(e["start"], part["start"])
        if ov > size:
            best, size = e.get("label", ""), ov
    return best


def _unlinked_class(part: dict[str, Any], label: str, reg: Any) -> str:
    """The class of a participant that carries no country."""
    words = [w.lower() for w in WORD_RE.findall(part["text"])]
    if any(reg.cue(w.capitalize()) for w in words if w not in STOP):
        return DEMONYM
    if label == "PERSON" or (part.get("actor") or {}).get("kind") == "person":
        return PERSON
    if any(w in reg.agents for w in words) or \
            any(" ".join(words[i:i + 2]) in reg.agents for i in range(len(words))):
        return GENERIC
    return UNLINKED


def classify(side: list[dict[str, Any]], gold: dict[str, Any], sentence: str,
             entities: list[dict[str, Any]], reg: Any) -> str:
    """The class of one side's country miss."""
    names = [n for n in gold.get("names") or [] if n]
    if not side:
        low = sentence.lower()
        return NO_PART_NAMED if any(n.lower() in low for n in names) else NO_PART_STORY
    if not _countries(side):
        return _unlinked_class(side[0], _label_at(entities, side[0]), reg)
    gold_words = set().union(*(_words(n) for n in names)) if names else set()
    for p in side:
        if gold_words & _words(p["text"]):
            evidence = (p.get("actor") or {}).get("evidence") or ""
            return CONTEXT_WRONG if evidence.startswith(CONTEXT_EVIDENCE) else REGISTRY_WRONG
    return WRONG_PARTICIPANT


def story_misses(text: str, gold: list[dict[str, Any]], out: dict[str, Any], sc: Any,
                 reg: Any) -> list[tuple[str, str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(side, class, event type, trigger and sentence, gold side, predicted side) of each
    country miss of one story, on events matched as the VOA scorer matches them."""
    misses = []
    for e, g in matched_events(text, gold, out, sc):
        for side in SIDES:
            want = set((g.get(side) or {}).get("countries") or [])
            pred = e.get(side) or []
            if want and not (_countries(pred) & want):
                sent = e["sentence"]
                cls = classify(pred, g.get(side) or {}, sent["text"],
                               out.get("entities", []), reg)
                trig = e.get("trigger") or {}
                label = f'{e.get("type")} "{trig.get("text", "")}": {sent["text"]}'
                detail = str(e.get("type"))
                if cls == NO_PART_NAMED and trig:
                    rel = name_relation(sent["text"], trig["start"] - sent["start"],
                                        trig["end"] - sent["start"],
                                        (g.get(side) or {}).get("names") or [])
                    detail = f"{detail} {rel}"
                elif cls == NO_PART_STORY and trig:
                    detail += " " + story_situation(sent["text"], trig["start"] - sent["start"],
                                                    trig["end"] - sent["start"])
                elif cls in (REGISTRY_WRONG, CONTEXT_WRONG, WRONG_PARTICIPANT):
                    detail += " " + chosen_kind(pred, want)
                misses.append((side, cls, label, g.get(side) or {}, pred, detail))
    return misses


def chosen_kind(pred: list[dict[str, Any]], want: set[str]) -> str:
    """How the first predicted participant of a wrong side was linked: its actor kind, the
    kind of evidence that placed it ('registry' when none), and whether the gold or the
    predicted country is a special code (IGO, NGO ...) rather than a state."""
    actor = pred[0].get("actor") or {} if pred else {}
    evidence = str(actor.get("evidence") or "registry").split(":")[0]
    evidence = "article focus" if evidence.startswith("article focus") else evidence
    def special(codes: set[str]) -> str:
        return "special" if codes & SPECIAL else "state"

    return f"{actor.get('kind') or '?'} by {evidence}, " \
        f"{special(_countries(pred))} for {special(want)}"


def _show(side: list[dict[str, Any]]) -> str:
    """A short rendering of predicted participants."""
    return "; ".join(f"{p['text']}={(p.get('actor') or {}).get('country')}"
                     f"[{(p.get('actor') or {}).get('evidence') or ''}]" for p in side) or "-"


def print_misses(name: str, part: str, misses: list[tuple[Any, ...]], examples: int) -> None:
    """Print (side, class, sentence, gold side, predicted side[, detail]) misses counted
    by class, each class's details (event type, and for a participant missing though
    named, its relation to the trigger) counted below it, with up to ``examples``
    sentences per class (none outside the tuning part)."""
    examples = examples if part == TUNE else 0
    for side in SIDES:
        mine = [m for m in misses if m[0] == side]
        counts = Counter(m[1] for m in mine)
        print(f"{name} {part} part: {len(mine)} {side} country misses on matched events")
        for cls in CLASSES:
            print(f"  {cls:42} {counts[cls]}")
            details = Counter(m[5] for m in mine if m[1] == cls and len(m) > 5)
            for detail, n in sorted(details.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"      {n:3} {detail}")
            for m in [m for m in mine if m[1] == cls][:examples]:
                sent, g, pred = m[2], m[3], m[4]
                print(f"      gold {g.get('names')} {g.get('countries')} | pred {_show(pred)}")
                print(f"        {' '.join(sent.split())[:200]}")


def main(argv: list[str] | None = None) -> int:
    """Print the country misses of matched events by class (examples on the tuning part)."""
    from eventwire.annotate.actors import default_registry

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=PARTS, default=TUNE, help="part to read (default tune)")
    ap.add_argument("--cli", default=None, help="the eventwire command to run")
    ap.add_argument("--examples", type=int, default=0,
                    help="misses to print per class (tuning part only)")
    args = ap.parse_args(argv)
    folder = eval_path(FOLDER)
    if folder is None or not (folder / STORIES).exists():
        skip(f"VOA stories (eval/{FOLDER}/{STORIES})")
    sc = scoring_module(folder)
    reg = default_registry()
    notes = {str(a["id"]): a for a in read_jsonl(folder / ANNOTATIONS)
             if story_part(a) == args.part}
    stories = [s for s in read_jsonl(folder / STORIES)
               if story_part(s) == args.part and str(s["id"]) in notes]
    out = extract_stories(stories, args.cli or default_cli())
    misses = []
    for s in stories:
        o = out.get(str(s["id"])) or {}
        misses += story_misses(o.get("text", ""), notes[str(s["id"])]["events"], o, sc, reg)
    print_misses("VOA", args.part, misses, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
