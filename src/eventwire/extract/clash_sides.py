"""The two sides of a fight that names neither ("fighting erupted along the border",
"clashes resumed", "exchanges of fire continued").

A clash noun or verb (``episodes.CLASH_LEMMAS``: fighting, clash, skirmish, exchange of
fire, battle, traded fire) tells both sides acting on each other, so when its sentence
names no party, the parties are the pair its clause names ("Thai-Cambodian fighting",
"clashes along their border": ``episodes.episode_sides`` / ``episodes.both_sides``), else
the two countries the article is about (``resolve.story_sides``: its two most named
countries, clearly ahead of any third). The parties are stored as inherited participants
whose evidence says where they came from ("clash sides: …" / "story sides: …"), with the
attribute ``sides_from`` {"from": "clause" | "story", "countries": [...]}; the confidence
model reads them as participants given by the context (``participants_from`` "context"),
never as named by the sentence. One-sided acts with an unnamed agent (killed, shelled,
wounded) are not touched, nor a clash in a sentence or place of a third country, nor one
told as hypothetical or planned.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from eventwire.annotate.focus import focus_of
from eventwire.extract.episodes import both_sides, episode_sides, is_clash
from eventwire.extract.resolve import INHERITED_NOTES, story_sides
from eventwire.model import EventMention, Participant

ASSERTED = "asserted"
SIDES_KEY = "sides_from"


def clash_sides(events: list[EventMention], ectx: Any) -> None:
    """Give each asserted clash mention that names no party the two sides of its clause or,
    failing that, of its article (see the module's doc)."""
    registry = ectx.registry
    clashes = [ev for ev in events if _unnamed_clash(ev)]
    if registry is None or not clashes:
        return
    focus = focus_of(ectx.ex.doc) if ectx.ex.doc is not None else None
    article = story_sides(focus) if focus is not None else None
    for ev in clashes:
        found = _clause_pair(ev, registry, ectx)
        how = "clause"
        if found is None:
            if article is None or len(article) != 2 or _third_country(ev, focus, article):
                continue
            found, how = _ordered(article, focus), "story"
        a, b = (registry.country_ref(code) for code in found)
        names = f"{a.name} and {b.name}"
        label = "clash sides" if how == "clause" else "story sides"
        ev.source, ev.target = ([Participant(ev.trigger.start, ev.trigger.end, ref.name,
                                             dataclasses.replace(ref, evidence=f"{label}: {names}"),
                                             inherited=True)] for ref in (a, b))
        ev.attributes[SIDES_KEY] = {"from": how, "countries": list(found)}
        ev.attributes.setdefault("participants_from", "context")
        for key in INHERITED_NOTES:
            ev.attributes[key] = {"from": f"{how} sides"}


def _unnamed_clash(ev: EventMention) -> bool:
    """An asserted mention of a fight between two sides that names no party."""
    lemma = str((ev.attributes.get("trigger_info") or {}).get("lemma") or "")
    return is_clash(ev.type, lemma) and ev.modality == ASSERTED and not ev.source and \
        not ev.target and ev.sentence is not None and ev.sentence.start is not None and \
        bool(ev.sentence.text)


def _clause_pair(ev: EventMention, registry: Any, ectx: Any) -> list[str] | None:
    """The pair of countries the clash's own clause names or refers to together."""
    sent = ev.sentence
    at, end = ev.trigger.start - sent.start, ev.trigger.end - sent.start
    found = episode_sides(sent.text, at, end, registry.cue) or \
        both_sides(sent.text, at, end, "", registry.cue)
    return list(found[0]) if found is not None else None


def _third_country(ev: EventMention, focus: Any, sides: set[str]) -> bool:
    """Whether the clash's sentence or place names a country outside the article's pair
    (the fight may be another one)."""
    named = {e.actor.country for e, _ in
             focus.by_sentence.get(focus.sentence_start(ev.sentence.start), [])
             if e.actor is not None and e.actor.country}
    place = str((ev.location or {}).get("country") or "").upper()
    return bool(named - sides) or bool(place and place not in sides)


def _ordered(sides: set[str], focus: Any) -> list[str]:
    """The article's two sides, the more named first."""
    counts: dict[str, int] = {}
    for ents in focus.by_sentence.values():
        for e, _ in ents:
            if e.actor is not None and e.actor.country in sides:
                counts[e.actor.country] = counts.get(e.actor.country, 0) + 1
    return sorted(sides, key=lambda c: (-counts.get(c, 0), c))
