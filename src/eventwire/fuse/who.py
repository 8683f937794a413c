"""Who started an event and who mediated it, as each outlet's sentence states it.

Both are read from a mention's sentence with the article's linked entities:

- the mediator: the actors after "brokered by" / "mediated by" / "facilitated by"
  ("brokered by Washington and Paris"), the actor right before "-brokered"
  ("the U.S.-brokered truce"), or the actors right before "mediated the talks",
  "'s mediation", "mediating", "acted as mediator"; "alone" or "only" after the
  list marks it as complete;
- the starter: the nearest actor before a "who started it" phrase ("Hezbollah had
  started the exchange", "accused Cambodia of firing first", "fired the first
  shots"), skipping actors negated ("and not the Resistance") or speaking
  ("Thailand said ..."), or the actor right after "the first shots were fired by".

Actors are compared by country (a state, its army and its leaders are one side),
armed groups and organisations by their own id. Two mediator lists conflict when
neither contains the other, or when one is stated as complete and the other
names more; two starters conflict when they differ.
"""

from __future__ import annotations

import re
from typing import Any

MEDIATED_BY_RE = re.compile(
    r"\b(?:brokered|mediated|facilitated|negotiated)\s+(?:jointly\s+)?by\s+"
    r"(?P<who>[^;:.()\"]{2,120})", re.I)
LIST_GAP_RE = re.compile(r"^\s*(?:,\s*)?(?:and\s+|&\s*)?(?:the\s+)?$", re.I)
HYPHEN_MEDIATED_RE = re.compile(r"[-\u2010\u2011]\s*(?:brokered|mediated)\b", re.I)
MEDIATOR_AFTER_RE = re.compile(  # the mediators are named right before: "Qatar's mediation"
    r"(?:'s\s+mediation\b|\s+(?:mediated|brokered)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:deal|"
    r"agreement|truce|ceasefire|talks|accord|meeting)\b|\s+mediating\b|\s+(?:acted|served)\s+"
    r"as\s+(?:a\s+|the\s+)?(?:mediators?|brokers?)\b)", re.I)
EXCLUSIVE_RE = re.compile(r"\b(?:alone|only|solely|single-handedly|on its own)\b", re.I)
STARTER_RE = re.compile(
    r"\b(?:(?:started|starting|began|begun|beginning|initiated|initiating|provoked|provoking|"
    r"triggered|triggering|sparked|sparking)\s+(?:the|this|that)\s+(?:latest\s+|"
    r"deadly\s+|cross-border\s+|border\s+)?(?:exchange|fighting|clash(?:es)?|hostilities|"
    r"escalation|firing|shooting|confrontation|violence|skirmish(?:es)?|battle)"
    r"|(?:fired|firing|opened\s+fire|opening\s+fire|struck|striking|attacked|attacking|shot|"
    r"shooting|broke\s+the\s+(?:truce|ceasefire|agreement)|breaking\s+the\s+(?:truce|"
    r"ceasefire|agreement))\s+first"
    r"|first\s+to\s+(?:open\s+fire|fire|attack|strike|shoot|violate)"
    r"|(?:fired|firing)\s+the\s+first\s+(?:shots?|rounds?|salvo)"
    r"|(?:initiated|initiating|provoked|provoking)\s+the\s+(?:attack|assault|incursion)"
    r"|launched\s+the\s+first\s+(?:attack|strike|assault))\b", re.I)
STARTER_BY_RE = re.compile(  # the starter is named after: "the first shots were fired by X"
    r"\b(?:(?:first\s+(?:shots?|rounds?)|fighting|clash(?:es)?|exchange|hostilities)\s+"
    r"(?:was|were|had\s+been)\s+(?:fired|started|initiated|provoked|triggered)\s+by)\s+",
    re.I)
STARTER_WINDOW = 80  # characters before the phrase searched for who did it
NEGATED_BEFORE_RE = re.compile(r"\b(?:not|rather than|instead of|never)\s+(?:the\s+)?$", re.I)
SPEAKING_AFTER_RE = re.compile(
    r"^\W*(?:'s\s+\w+\s+)?(?:said|says|stressed|insisted|told|claimed|argued|maintained|"
    r"accused|blamed|alleged|reported|stated|added|denied)\b", re.I)
ACTOR_LABELS = ("GPE", "ORG", "NORP", "PERSON")
MEDIATED_TYPES = frozenset({"AGREE", "CONSULT", "RETREAT", "COOPERATE"})  # deals, talks, truces
STARTED_TYPES = frozenset({"ASSAULT", "COERCE"})
TRIGGER_REACH = 60  # characters between an event's trigger and the phrase about it


def side_of(actor: dict[str, Any]) -> str | None:
    """The comparable side of an actor: its country for states, armies and people, its own
    id for armed groups and organisations."""
    aid, country, kind = str(actor.get("id") or ""), actor.get("country"), actor.get("kind")
    if aid.startswith("country:") or kind in ("state", "person"):
        return str(country or aid).upper() or None
    return aid or (str(country).upper() if country else None)


def actors_in(entities: list[dict[str, Any]], lo: int, hi: int) -> list[dict[str, Any]]:
    """Linked entities (with an actor) inside [lo, hi), in text order."""
    return sorted((e for e in entities if (e.get("actor") or {}).get("id")
                   and lo <= int(e.get("start", -1)) and int(e.get("end", 0)) <= hi
                   and (e.get("label") in ACTOR_LABELS or not e.get("label"))),
                  key=lambda e: e["start"])


def sentence_of(m: Any) -> tuple[str, int]:
    """The text of a mention's sentence and its start offset in the article."""
    sent = m.data.get("sentence") or {}
    return sent.get("text") or "", int(sent.get("start") or 0)


def near_trigger(m: Any, at: int) -> bool:
    """Whether the mention's trigger lies within TRIGGER_REACH characters of ``at``."""
    trig = m.data.get("trigger") or {}
    start, end = int(trig.get("start", -10**9)), int(trig.get("end", -10**9))
    return min(abs(at - start), abs(at - end)) <= TRIGGER_REACH


def mediators(m: Any, entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """``{"sides", "complete", "text", "span"}``: who the sentence says brokered the event."""
    text, base = sentence_of(m)
    if m.data.get("type") not in MEDIATED_TYPES:
        return None
    if (found := MEDIATED_BY_RE.search(text)) and near_trigger(m, base + found.start()):
        who = listed(actors_in(entities, base + found.start("who"), base + found.end("who")),
                     text, base, base + found.start("who"))
        if not who:
            return None
        end = int(who[-1]["end"])
        tail = text[end - base:].split(",", 1)[0]
        complete = bool(EXCLUSIVE_RE.match(tail.strip()))
        span = (base + found.start(), end + (len(tail) if complete else 0))
    elif (found := HYPHEN_MEDIATED_RE.search(text)) and near_trigger(m, base + found.start()):
        at = base + found.start()
        who = [e for e in actors_in(entities, base, at) if at - int(e["end"]) <= 1][-1:]
        complete, span = False, (who[0]["start"] if who else at, base + found.end())
    elif (found := MEDIATOR_AFTER_RE.search(text)) and near_trigger(m, base + found.end()):
        at = base + found.start()
        who = listed_before(actors_in(entities, base, at), text, base, at)
        complete, span = False, (who[0]["start"] if who else at, base + found.end())
    else:
        return None
    sides = sorted({s for s in (side_of(e["actor"]) for e in who) if s})
    if not sides:
        return None
    return {"sides": sides, "complete": complete,
            "span": {"start": span[0], "end": span[1], "text": text[span[0] - base:span[1] - base]}}


def listed(found: list[dict[str, Any]], text: str, base: int, at: int) -> list[dict[str, Any]]:
    """The entities forming a list that starts at ``at`` ("Malaysia, the United States and
    China"); the list ends at the first gap that is not a separator."""
    out: list[dict[str, Any]] = []
    for e in found:
        if not LIST_GAP_RE.match(text[at - base:int(e["start"]) - base]):
            break
        out.append(e)
        at = int(e["end"])
    return out


def listed_before(found: list[dict[str, Any]], text: str, base: int,
                  at: int) -> list[dict[str, Any]]:
    """The entities forming a list that ends at ``at`` ("Malaysia and the United States")."""
    out: list[dict[str, Any]] = []
    for e in reversed(found):
        if not LIST_GAP_RE.match(text[int(e["end"]) - base:at - base]):
            break
        out.insert(0, e)
        at = int(e["start"])
    return out


def starter(m: Any, entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """``{"sides", "span"}``: who the sentence says started the event (fired first)."""
    text, base = sentence_of(m)
    if m.data.get("type") not in STARTED_TYPES:
        return None
    if by := STARTER_BY_RE.search(text):
        after = actors_in(entities, base + by.end(), base + by.end() + STARTER_WINDOW)
        if after and int(after[0]["start"]) - base - by.end() <= 4:
            side = side_of(after[0]["actor"])
            if side:
                end = int(after[0]["end"])
                return {"sides": [side], "span": {"start": base + by.start(), "end": end,
                                                  "text": text[by.start():end - base]}}
    found = STARTER_RE.search(text)
    if not found:
        return None
    at = base + found.start()
    for e in reversed(actors_in(entities, max(base, at - STARTER_WINDOW), at)):
        rel_start, rel_end = int(e["start"]) - base, int(e["end"]) - base
        if NEGATED_BEFORE_RE.search(text[max(0, rel_start - 20):rel_start]):
            continue
        if SPEAKING_AFTER_RE.match(text[rel_end:rel_end + 30]):
            continue
        side = side_of(e["actor"])
        if side:
            return {"sides": [side], "span": {"start": int(e["start"]), "end": base + found.end(),
                                              "text": text[rel_start:found.end()]}}
    return None


def mediators_compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two mediator statements can both be true."""
    sa, sb = set(a["sides"]), set(b["sides"])
    if sa == sb:
        return True
    if sa < sb:
        return not a["complete"]
    if sb < sa:
        return not b["complete"]
    return False
