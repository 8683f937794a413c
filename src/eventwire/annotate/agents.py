"""Generic agents in context: "police", "militants", "the ministry" get a country and sector.

A generic agent names no country. It takes the country its sentence
establishes, else the dateline's, else the article's place focus
(:mod:`focus`), with the sector of its noun and the evidence on the actor.
Unlinked organisation names ("the 3R rebel group") are placed the same way
(PLOVER residence coding).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from eventwire.annotate.focus import Focus, with_country
from eventwire.annotate.registry import slug
from eventwire.model import ActorRef, Entity

PAIR_RE = re.compile(r"(?<=[a-z.])[-–](?=[A-Z])")
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


def _in_dateline(focus: Focus, span: Any) -> bool:
    """Whether a span lies inside the article's dateline."""
    d = focus.dateline
    return d is not None and d.start <= span.start_char < d.end


def _owner_before(doc: Any, i: int, by_end: dict[int, Entity]) -> tuple[str, str] | None:
    """'Swiss doctors', 'Red Cross officials': a linked name right before the agent noun (past
    adjectives) owns it."""
    j = i
    while j > 0 and doc[j - 1].pos_ == "ADJ" and doc[j - 1].ent_type_ == "" and i - j < 2:
        j -= 1
    if j == 0:
        return None
    prev = doc[j - 1]
    ent = by_end.get(prev.idx + len(prev.text))
    if ent is None:
        return None
    return ent.actor.country, f"name: {ent.text}"


def agent_entities(doc: Any, entities: list[Entity], reg: Any, focus: Focus) -> list[Entity]:
    """Entities for the generic agents of ``doc`` placed in their context country."""
    spans = [(e.start, e.end) for e in entities]
    by_end = {e.end: e for e in entities if e.actor is not None and e.actor.country}
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
        if _covered(spans, span.start_char, span.end_char) or _in_dateline(focus, span) or \
                (end < len(doc) and doc[end].ent_type_ == "PERSON"):  # 'Minister Ishaq Dar'
            i = end
            continue
        placed = _owner_before(doc, i, by_end) or \
            focus.context_country(focus.sentence_start(span.start_char))
        if placed is not None:
            code, evidence = placed
            ref = dataclasses.replace(reg.country_ref(code, sector), evidence=evidence)
            out.append(Entity(span.start_char, span.end_char, span.text, AGENT_LABEL, ref))
        i = end
    return out


DATELINE_LABEL = "DATELINE"
KEEP_IN_DATELINE = frozenset({"DATE", "TIME"})
ORG_NAME_POS = frozenset({"PROPN"})
HYPHENS = frozenset({"-", "–"})
SHORT_JOINERS = frozenset({"e", "i", "ul", "al", "el", "ud", "ur"})
WORD_JOINERS = frozenset({"of", "for"})
NAME_LABELS = frozenset({"GPE", "NORP"})


def dateline_entities(entities: list[Entity], reg: Any, focus: Focus, text: str
                      ) -> list[Entity]:
    """Entities with the dateline's place as one DATELINE entity (never a participant)."""
    d = focus.dateline
    if d is None:
        return entities
    kept = [e for e in entities if not (d.start <= e.start < d.end) or e.label in KEEP_IN_DATELINE]
    ref = reg.country_ref(d.country, kind="place") if d.country else None
    kept.append(Entity(d.start, d.place_end, text[d.start:d.place_end], DATELINE_LABEL, ref))
    kept.sort(key=lambda e: (e.start, -e.end))
    return kept


def _name_word(tok: Any, reg: Any) -> bool:
    """A capitalised proper-name word that is not a title, group noun, country word or person."""
    low = tok.lower_
    return (tok.pos_ in ORG_NAME_POS and tok.text[:1].isupper() and low not in reg.titles
            and low not in reg.groups and reg.cue(tok.text) is None and tok.ent_type_ != "PERSON")


def _org_name_end(doc: Any, i: int, reg: Any) -> int:
    """The end token of a proper-name run starting at token ``i`` ('Tehreek-e-Insaf')."""
    j = i
    while j < len(doc):
        tok = doc[j]
        if _name_word(tok, reg):
            j += 1
        elif j > i and tok.text in HYPHENS and not doc[j - 1].whitespace_:
            j += 1
        elif j > i and tok.lower_ in SHORT_JOINERS and doc[j - 1].text in HYPHENS:
            j += 1
        elif j > i and tok.lower_ in WORD_JOINERS and j + 1 < len(doc) and \
                _name_word(doc[j + 1], reg):
            j += 1
        else:
            break
    while j > i and (doc[j - 1].text in HYPHENS or doc[j - 1].lower_ in SHORT_JOINERS
                     or doc[j - 1].lower_ in WORD_JOINERS):
        j -= 1
    return j


def organisation_names(doc: Any, entities: list[Entity], reg: Any) -> list[Entity]:
    """'Pakistan Tehreek-e-Insaf', 'Kenya Airways': a country word that starts a longer proper
    name is one organisation (affiliated with that country), never the country itself."""
    by_start = {t.idx: t.i for t in doc}
    out: list[Entity] = []
    skip_until = -1
    for e in entities:
        if e.start < skip_until:
            continue
        i = by_start.get(e.start)
        if e.label not in NAME_LABELS or i is None or e.actor is None or \
                e.actor.kind not in ("state", "place") or e.text.endswith(("'s", "’s")):
            out.append(e)
            continue
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        end = _org_name_end(doc, span.end, reg) if span is not None else 0
        if span is None or end <= span.end:
            out.append(e)
            continue
        name = doc[span.start:end]
        ref = reg.phoenix.actor(name.text, None) or with_country(
            ActorRef(f"org:{slug(name.text)}", name.text, kind="group"), e.actor.country,
            f"name: {e.text}")
        out.append(Entity(name.start_char, name.end_char, name.text, "ORG", ref))
        skip_until = name.end_char
    return out


POSSESSIVE_END = ("'s", "’s", "'", "’")


def _surname(text: str) -> str:
    """The last word of a personal name, without a possessive ending."""
    last = text.split()[-1] if text.split() else ""
    for end in POSSESSIVE_END:
        last = last.removesuffix(end)
    return last


def carry_surnames(doc: Any, entities: list[Entity]) -> list[Entity]:
    """Later mentions of a linked person by surname ('Moise' after 'Haitian President
    Jovenel Moise') get that person's actor, also for people outside the registry."""
    known: dict[str, tuple[int, Any]] = {}
    out = []
    for e in entities:
        if e.label == "PERSON":
            last = _surname(e.text)
            if e.actor is not None and len(e.text.split()) > 1 and last:
                known.setdefault(last, (e.end, e.actor))
            elif e.actor is None and last in known:
                e = dataclasses.replace(e, actor=known[last][1])
        out.append(e)
    if not known:
        return out
    spans = [(e.start, e.end) for e in out]
    for tok in doc:
        hit = known.get(tok.text)
        if hit is None or tok.idx < hit[0] or tok.pos_ != "PROPN" or \
                _covered(spans, tok.idx, tok.idx + len(tok.text)):
            continue
        out.append(Entity(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", hit[1]))
    out.sort(key=lambda e: (e.start, -e.end))
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


def _cue_before(doc: Any, i: int, reg: Any) -> tuple[str, str] | None:
    """'Bosnian Serb leader X': the leftmost country word within a few tokens before a title."""
    found = None
    for j in range(i - 1, max(i - 1 - MAX_AGENT_WORDS, -1), -1):
        cue = reg.cue(doc[j].text)
        if cue is not None and cue[0] not in ("IGO", "NGO"):
            found = (cue[0], f"title: {doc[j:i + 1].text}")
        elif doc[j].pos_ not in ("PROPN", "ADJ", "NOUN") or doc[j].lower_ in ("the", "a"):
            break
    return found


def titled_unlinked(doc: Any, entities: list[Entity], reg: Any, focus: Focus) -> list[Entity]:
    """'Judge Alejandro Rivera', 'Planning Minister Tran Xuan Gia': an unlinked person after a
    title with no country word becomes an actor with that role, placed by context."""
    from eventwire.annotate.linking import OFFICE_HEADS

    by_start = {t.idx: t.i for t in doc}
    out = []
    for e in entities:
        i = by_start.get(e.start)
        if e.label != "PERSON" or e.actor is not None or i is None or i == 0:
            out.append(e)
            continue
        head = doc[i - 1]
        low = head.lower_
        sector = reg.agents.get(low) or (reg.titles.get(low) and "GOV") or \
            ("GOV" if low in OFFICE_HEADS else None)
        placed = _cue_before(doc, i - 1, reg) if sector else None
        if placed is None and sector and head.text[:1].isupper():
            placed = focus.context_country(focus.sentence_start(e.start), exclude=(e.start, e.end))
        if placed is None:
            out.append(e)
            continue
        j = i - 1
        while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].ent_type_ == "" and \
                doc[j - 1].pos_ in ("PROPN", "NOUN") and i - j < 3:
            j -= 1
        code, evidence = placed
        ref = reg.country_ref(code, sector, doc[j:i].text.lower())
        out.append(dataclasses.replace(e, actor=dataclasses.replace(ref, evidence=evidence)))
    return out


def _country_word_in(text: str, reg: Any) -> tuple[str, str] | None:
    """'The Latvian Constitutional Court': the country a word of the name itself names."""
    for word in text.replace("-", " ").split():
        cue = reg.cue(word.strip(".,'’"))
        if cue is not None and cue[0] not in ("IGO", "NGO") and word[:1].isupper() and \
                cue[2] in ("name", "demonym"):
            return cue[0], f"name: {word}"
    return None


def place_unlinked(doc: Any, entities: list[Entity], reg: Any, focus: Focus) -> list[Entity]:
    """Unlinked organisation entities with the country their context establishes."""
    out = []
    for e in entities:
        if e.actor is not None or e.label not in UNLINKED_GROUP_LABELS or \
                PAIR_RE.search(e.text) or not slug(e.text):
            out.append(e)  # 'Trump-Putin' is a pair of names, split later, never one group
            continue
        placed = _country_word_in(e.text, reg) or \
            focus.context_country(focus.sentence_start(e.start), exclude=(e.start, e.end))
        if placed is None:
            out.append(e)
            continue
        code, evidence = placed
        ref = ActorRef(f"org:{slug(e.text)}", e.text, kind="group")
        out.append(dataclasses.replace(e, actor=with_country(ref, code, evidence)))
    return out
