"""Why event fusion joined what ECB+ keeps apart: the false links of a fused ECB+ store.

Reads a store written by ``python -m eventwire.evaluation.ecbplus --db PATH`` (after its fuse
replay, so the fused layer is that order's) and the ECB+ gold chains. For every pair of
mentions from different documents that sit in one fused event but match different gold chains
(a false link of B-cubed precision), it counts the rule of ``events.link_verdict`` that
decides the pair (``story``, ``trigger``, ``vague``, ``dated``, ``identity`` ... or
``vague_below`` and other blocked verdicts: then the pair was joined through other mentions),
whether the two triggers share a word (stem or lemma family) or not, whether the two documents
come from one ECB+ half (ecb / ecbplus: a false link across halves joins two occurrences of
one kind that a story merged), and the coreferent pairs each verdict joined, for its precision:

    python -m eventwire.evaluation.ecb_false_links --db PATH [--part tune|check] [--show N]

``--show N`` lists the N largest impure events of the tune topics with, for each mention
outside the event's main chain, the verdict and probability of its best link into that chain
and the non-zero features of the pair; the check topics are only ever counted (their errors
are read by category, never one by one).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from eventwire.evaluation.common import eval_path, skip
from eventwire.evaluation.splits import PARTS, TUNE, ecb_part
from eventwire.fuse import coref
from eventwire.fuse.mentions import Mention


@dataclass
class LinkCounts:
    """False and coreferent cross-document pairs inside fused events, by verdict."""

    false: Counter[str] = field(default_factory=Counter)
    true: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)  # false pairs: same / other word
    halves: Counter[str] = field(default_factory=Counter)  # false pairs: one / two halves


def same_word(a: Mention, b: Mention) -> bool:
    """Whether two mentions' triggers share a stem or a lemma family ("kill" / "killing")."""
    da, db = coref.derived(a), coref.derived(b)
    return bool(da["stem"]) and (da["stem"] == db["stem"] or
                                 coref.one_family(da["lemma"], db["lemma"]))


def half(article: str) -> str:
    """The ECB+ half of a document id ("3_4ecbplus": ecbplus, "3_4ecb": ecb)."""
    return "ecbplus" if article.endswith("ecbplus") else "ecb"


def count_links(events: dict[str, list[tuple[Mention, str]]], verdict: Any) -> LinkCounts:
    """Count the cross-document pairs of each fused event (mentions with their gold chain)
    by ``verdict(a, b)`` (the rule name of ``link_verdict``), false and coreferent apart."""
    out = LinkCounts()
    for members in events.values():
        for i, (a, ga) in enumerate(members):
            for b, gb in members[i + 1:]:
                if a.root == b.root:
                    continue
                rule = verdict(a, b)
                if ga == gb:
                    out.true[rule] += 1
                    continue
                out.false[rule] += 1
                out.words["same word" if same_word(a, b) else "other word"] += 1
                out.halves["one half" if half(a.article) == half(b.article) else
                           "two halves"] += 1
    return out


def impurity(members: list[tuple[Mention, str]]) -> float:
    """The B-cubed precision an event loses, summed over its mentions."""
    sizes = Counter(c for _, c in members)
    return sum(1 - sizes[c] / len(members) for _, c in members)


def fused_events(db: str, part: str) -> dict[str, list[tuple[Mention, str]]]:
    """event id -> [(mention, gold chain)] of the matched mentions of one part's topics."""
    from sqlalchemy import select

    from eventwire.evaluation.ecbplus import load_docs
    from eventwire.fuse.mentions import make_mention
    from eventwire.store import Store
    from eventwire.store import fuse_tables as ft
    from eventwire.store import schema as s

    base = eval_path("ecbplus")
    if base is None:
        skip("ecbplus evaluation data")
    docs = {d.id: d for d in load_docs(base) if ecb_part(d.story.split("_")[0]) == part}
    store = Store(db)
    with store.engine.connect() as conn:
        event_of = {r.mention_id: r.event_id for r in conn.execute(select(ft.event_mentions))}
        story_of = {r.article_id: r.story_id for r in conn.execute(select(ft.story_articles))}
        rows = list(conn.execute(select(s.mentions.c.id, s.mentions.c.data,
                                        s.mentions.c.article_id)))
    store.close()
    out: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
    for r in rows:
        doc = docs.get(r.article_id)
        trig = r.data.get("trigger") or {}
        chain = next((c for s0, e0, c in doc.mentions
                      if s0 < trig.get("end", -1) and e0 > trig.get("start", -1)),
                     None) if doc else None
        if chain is None or str(r.id) not in event_of:
            continue
        m = make_mention(str(r.id), {"id": r.article_id}, r.data, story_of.get(r.article_id))
        out[event_of[str(r.id)]].append((m, chain))
    return out


def show(events: dict[str, list[tuple[Mention, str]]], verdict: Any, common: Any,
         limit: int) -> None:
    """Print the ``limit`` most impure events and how their stray mentions joined."""
    ranked = sorted(events.items(), key=lambda kv: -impurity(kv[1]))
    for eid, members in ranked[:limit]:
        if impurity(members) == 0:
            break
        main_chain = Counter(c for _, c in members).most_common(1)[0][0]
        print(f"## {eid} loss {impurity(members):.1f}: "
              f"{dict(Counter(c for _, c in members))}")
        for m, c in members:
            if c == main_chain:
                continue
            inside = [o for o, g in members if g == main_chain and o.root != m.root]
            if not inside:
                print(f"   {m.article}: only its own article's mentions in the main chain")
                continue
            best = max(inside, key=lambda o: verdict(m, o, True)[1])
            rule, p = verdict(m, best, True)
            vector = coref.features(m, best, common)
            shown = {k: round(x, 2) for k, x in zip(coref.FEATURES, vector, strict=True)
                     if x and k != "bias"}
            print(f"   {m.article} '{(m.data.get('trigger') or {}).get('text')}' -> "
                  f"{best.article} '{(best.data.get('trigger') or {}).get('text')}': "
                  f"{rule} {p:.2f} {shown}")
            print(f"      {m.sentence[:160]}")
            print(f"      {best.sentence[:160]}")


def main(argv: list[str] | None = None) -> None:
    """Count (and for the tune topics show) the false links of a fused ECB+ store."""
    from eventwire.fuse.events import link_verdict

    parser = argparse.ArgumentParser(prog="python -m eventwire.evaluation.ecb_false_links")
    parser.add_argument("--db", required=True, help="a store fused by the ECB+ evaluation")
    parser.add_argument("--part", choices=PARTS, default=TUNE)
    parser.add_argument("--show", type=int, default=0,
                        help="list the N most impure events (tune topics only)")
    args = parser.parse_args(argv)
    events = fused_events(args.db, args.part)
    common = coref.vocabulary([m.sentence for ms in events.values() for m, _ in ms])

    def verdict(a: Mention, b: Mention, with_p: bool = False) -> Any:
        found = link_verdict(a, b, common)
        return found if with_p else found[0]

    counts = count_links(events, verdict)
    print(f"ECB+ {args.part} topics: {sum(len(v) for v in events.values())} matched mentions "
          f"in {len(events)} events; {sum(counts.false.values())} false cross-document "
          f"pairs ({dict(counts.words)}; {dict(counts.halves)})")
    for rule in sorted(set(counts.false) | set(counts.true),
                       key=lambda r: -counts.false[r]):
        print(f"  {rule:14s} false {counts.false[rule]:4d}  coreferent {counts.true[rule]:4d}")
    if args.show and args.part == TUNE:
        show(events, verdict, common, args.show)


if __name__ == "__main__":
    main()
