"""Generic agents in context: "police", "militants", "the ministry" get a country and sector.

A generic agent names no country. It takes the country its sentence
establishes, else the dateline's, else the article's place focus
(:mod:`focus`), with the sector of its noun and the evidence on the actor.
Unlinked organisation names ("the 3R rebel group") are placed the same way
(PLOVER residence coding).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from eventwire.annotate.focus import Focus, with_country
from eventwire.model import ActorRef, Entity

AGENT_POS = frozenset({"NOUN", "PROPN"})
AGENT_LABEL = "ORG"
MAX_AGENT_WORDS = 3
UNLINKED_GROUP_LABELS = frozenset({"ORG", "NORP"})
SKIP_DEPS = frozenset({"compound"})  # 'police station': the agent noun modifies a thing


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of ``spans``."""
    return any(s < end and start < e for s, e in spans)


def _agent_at(reg: Any, doc: Any, lowers: list[str], i: int) -> tuple[int, str] | None:
    """(end token, sector) of the longest generic-agent noun phrase starting at token ``i``."""
    if lowers[i] not in reg.agent_first:
        return None
    for k in range(MAX_AGENT_WORDS, 0, -1):
        if i + k > len(doc):
            continue
        sector = reg.agents.get(" ".join(lowers[i:i + k]))
        if sector is None:
            continue
        last = doc[i + k - 1]
        if last.pos_ not in AGENT_POS or (last.dep_ in SKIP_DEPS and last.head.i > last.i
                                          and last.head.pos_ == "NOUN"):
            continue
        return i + k, sector
    return None


def agent_entities(doc: Any, entities: list[Entity], reg: Any, focus: Focus) -> list[Entity]:
    """Entities for the generic agents of ``doc`` placed in their context country."""
    spans = [(e.start, e.end) for e in entities]
    lowers = [t.lower_ for t in doc]
    out: list[Entity] = []
    i = 0
    while i < len(doc):
        hit = _agent_at(reg, doc, lowers, i)
        if hit is None:
            i += 1
            continue
        end, sector = hit
        span = doc[i:end]
        if _covered(spans, span.start_char, span.end_char) or \
                (focus.dateline and span.start_char < focus.dateline.end):
            i = end
            continue
        placed = focus.context_country(focus.sentence_start(span.start_char))
        if placed is not None:
            code, evidence = placed
            ref = dataclasses.replace(reg.country_ref(code, sector), evidence=evidence)
            out.append(Entity(span.start_char, span.end_char, span.text, AGENT_LABEL, ref))
        i = end
    return out


PHOENIX_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def phoenix_link(entities: list[Entity], reg: Any, date: Any) -> list[Entity]:
    """Unlinked entities linked through the Phoenix dictionaries (people, groups, places)."""
    out = []
    for e in entities:
        if e.actor is None and e.label in PHOENIX_LABELS:
            ref = None if e.label in PLACE_LABELS else reg.phoenix.actor(e.text, date)
            code = reg.phoenix.place(e.text) if ref is None and e.label in PLACE_LABELS else None
            if code is not None:
                ref = reg.country_ref(code, kind="place")
            if ref is not None:
                e = dataclasses.replace(e, actor=ref)
        out.append(e)
    return out


def place_unlinked(doc: Any, entities: list[Entity], reg: Any, focus: Focus) -> list[Entity]:
    """Unlinked organisation entities with the country their context establishes."""
    out = []
    for e in entities:
        if e.actor is not None or e.label not in UNLINKED_GROUP_LABELS:
            out.append(e)
            continue
        placed = focus.context_country(focus.sentence_start(e.start), exclude=(e.start, e.end))
        if placed is None:
            out.append(e)
            continue
        code, evidence = placed
        ref = ActorRef(f"group:{code}:{e.text}", e.text, kind="group")
        out.append(dataclasses.replace(e, actor=with_country(ref, code, evidence)))
    return out
