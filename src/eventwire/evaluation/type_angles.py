"""Reports typed differently: which type pairs one occurrence gets, and whether strong
agreement of parties, day and place would tell them from neighbouring events.

Reads a record written by ``stories/score.py FOLDER --work DIR`` and the set's ``truth.json``.
Two counts:

- ``splits``: the unfused article pairs of a truth event where one report's mentions in the
  quote's sentence are all typed otherwise and the other's are acceptable (``fusion_misses``
  class ``wrong_type``, ``typed differently``), by the pair of types of their best pair
  (wrong type ~ acceptable type), whether the shipped model lists the pair as compatible, and
  whether the pair agrees strongly (``strong``);
- ``angles``: every cross-article pair of mentions of different types in different records
  that agrees strongly, by type pair and label: ``coreferent`` (both mentions' sentences tell
  one truth event, the quote holding the trigger deciding a sentence of several,
  ``fit_coref.sentence_label``), ``other`` (two truth events) or ``unlabelled``. This is the
  precision a rule linking two types on strong agreement alone would have.

Strong agreement (``strong``): both mentions name linked sources and targets, the same two
sides in either role (two disjoint country sets), own dates (not tense bounds) of at most two
days each that lie at most a day apart, one modality group, and the same place when both
name one (its country, else its text).

    python -m eventwire.evaluation.type_angles FOLDER WORKDIR [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire.evaluation.fit_coref import locate, sentence_label, sentence_span
from eventwire.evaluation.fusion_misses import (
    mention_span,
    overlaps,
    pair_reason,
    read_scored,
    require_run,
    scored_as,
)
from eventwire.fuse import coref
from eventwire.fuse import events as fev
from eventwire.fuse.mentions import Mention

STRONG_DAYS = 2  # the widest own range (days) that dates a mention to one day or one night
STRONG_GAP = 1  # days two such ranges may lie apart (outlets date a night to either day)


def days(rng: list[str]) -> tuple[int, int]:
    """A [first, last] ISO range as ordinal days."""
    return date.fromisoformat(rng[0]).toordinal(), date.fromisoformat(rng[-1]).toordinal()


def same_sides(a: Mention, b: Mention) -> bool:
    """Both mentions name linked sources and targets of two disjoint country sets, and the
    same two sets, in either role ("X struck Y" against "Y accused X")."""
    sa, ta = coref.role_countries(a)
    sb, tb = coref.role_countries(b)
    if not (sa and ta and sb and tb) or sa & ta or sb & tb:
        return False
    return {sa, ta} == {sb, tb}


def near_days(a: Mention, b: Mention) -> bool:
    """Both mentions are dated by their own evidence to at most ``STRONG_DAYS`` days, at most
    ``STRONG_GAP`` days apart."""
    if not (fev.own_dated(a) and fev.own_dated(b) and a.range and b.range):
        return False
    (a0, a1), (b0, b1) = days(a.range), days(b.range)
    if a1 - a0 >= STRONG_DAYS or b1 - b0 >= STRONG_DAYS:
        return False
    return b0 - a1 <= STRONG_GAP and a0 - b1 <= STRONG_GAP


def place_key(m: Mention) -> str:
    """A mention's place as compared here: its country, else its text ("" without one)."""
    loc = m.data.get("location") or {}
    return str(loc.get("country") or loc.get("text") or "").lower()


def same_place(a: Mention, b: Mention) -> bool:
    """The same place, or no place named by one of them."""
    pa, pb = place_key(a), place_key(b)
    return not pa or not pb or pa == pb


def strong(a: Mention, b: Mention) -> bool:
    """Parties, day, place and modality all agree (see the module's doc)."""
    return same_sides(a, b) and near_days(a, b) and same_place(a, b) and \
        coref.modality_group(a) == coref.modality_group(b)


def type_pair(a: str, b: str) -> str:
    """Two types as one unordered key."""
    return "~".join(sorted((a, b)))


def labels(truth: dict[str, Any], texts: dict[str, str], mentions: list[Mention]
           ) -> dict[str, str]:
    """mention id -> the truth event its sentence tells ("" when undecided)."""
    found: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for t in truth["events"]:
        for q in t["mentions"]:
            text = texts.get(q["article"], "")
            loc = locate(q["quote"], text)
            if not loc:
                continue
            span = sentence_span(text, *loc)
            for m in mentions:
                if m.article == q["article"] and overlaps(mention_span(m), span):
                    start = int((m.data.get("trigger") or {}).get("start", -1))
                    found[m.id].append((t["id"], loc[0] <= start < loc[1]))
    return {mid: sentence_label(ls) for mid, ls in found.items()}


def angle_label(a: Mention, b: Mention, label: dict[str, str]) -> str:
    """``coreferent``, ``other`` or ``unlabelled`` for a pair of mentions."""
    la, lb = label.get(a.id, ""), label.get(b.id, "")
    if not (la and lb):
        return "unlabelled"
    return "coreferent" if la == lb else "other"


def count(folder: Path, work: Path, show: bool = False) -> dict[str, Any]:
    """The two counts of the module's doc (with ``show``, each pair printed)."""
    run = read_scored(folder, work)
    truth, groups, shown, event_of, common = run.truth, run.groups, run.shown, run.event_of, run.common
    per_event = run.per_event
    splits: Counter[str] = Counter()
    for t in truth["events"]:
        types, per = set(t["types"]), per_event[t["id"]]
        for a, b in combinations(sorted(per), 2):
            reason, detail = pair_reason(per[a], per[b], types, event_of, shown, common, groups)
            if reason != "wrong_type" or not detail.endswith("typed differently"):
                continue
            ok = [m for m in per[a] + per[b] if scored_as(m, types, event_of, shown)]
            bad = [m for m in per[a] + per[b] if m not in ok and m.article not in
                   {o.article for o in ok}]
            if not (ok and bad):
                continue
            best = max(((fev.cross_link(x, y, common), x, y) for x in bad for y in ok),
                       key=lambda p: p[0])
            _, x, y = best
            key = f"{x.type}~{y.type} listed={coref.types_compatible(x.type, y.type)} " \
                  f"strong={strong(x, y)}"
            splits[key] += 1
            if show:
                print("split", t["id"], a, b, key, "|", x.sentence[:100], "||", y.sentence[:100])
    texts, mentions = run.texts, run.mentions
    label = labels(truth, texts, mentions)
    angles: Counter[str] = Counter()
    for a, b in combinations(mentions, 2):
        if a.root == b.root or a.type == b.type or event_of[a.id] == event_of[b.id]:
            continue
        if not strong(a, b):
            continue
        lab = angle_label(a, b, label)
        angles[f"{type_pair(a.type, b.type)} {lab}"] += 1
        if show and lab != "unlabelled":
            print("angle", lab, type_pair(a.type, b.type), label.get(a.id), label.get(b.id),
                  "|", a.sentence[:100], "||", b.sentence[:100])
    return {"splits": dict(splits.most_common()), "angles": dict(sorted(angles.items()))}


def main(argv: list[str] | None = None) -> None:
    """Print the counts as one JSON line (after the pairs, with ``--show``)."""
    ap = argparse.ArgumentParser(prog="python -m eventwire.evaluation.type_angles")
    ap.add_argument("folder", type=Path, help="story set folder (articles.jsonl, truth.json)")
    ap.add_argument("work", type=Path, help="--work folder of a stories/score.py run")
    ap.add_argument("--show", action="store_true", help="print every counted pair")
    a = ap.parse_args(argv)
    require_run("type_angles", a.folder, a.work)
    print(json.dumps(count(a.folder, a.work, a.show)))


if __name__ == "__main__":
    main()
