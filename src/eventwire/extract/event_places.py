"""Where an event happens and what that says about its participants.

The location becomes the target when there is none, and the country of
unnamed or unlinked perpetrators (PLOVER residence coding).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from eventwire.annotate.focus import focus_of
from eventwire.annotate.registry import country_name
from eventwire.extract.event_context import EventContext
from eventwire.extract.triggers import Trigger
from eventwire.model import ActorRef, EventMention, Participant

COLLECTIVE_KINDS = ("state", "country", "place", "affiliated")
DOMESTIC_MODES = ("COERCE/curfew", "COERCE/martial-law")  # measures a state takes at home
DOMESTIC_THREAT_TYPES = ("THREATEN",)  # 'prepared to impose martial law'
DOMESTIC_RE = re.compile(r"\b(?:curfew|martial law|emergency|state of siege)\b", re.I)
SPECIAL_CODES = frozenset({"IGO", "NGO", "IMG", "MNC", "UNK"})
CIVILIAN_SECTOR = "CVL"
NO_LOCATION_TARGET = ("CONSULT", "AGREE", "REQUEST", "ACCUSE", "REJECT", "SUPPORT")
AUTHORITY_TYPES = ("COERCE",)  # an agentless arrest or ban is done by the place's authorities
AUTHORITY_SECTOR = "GOV"
STATE_ACT_MODES = ("COERCE/arrest", "COERCE/deport", "COERCE/ban", "COERCE/censor")
STATE_FOCUS_SHARE = 0.5  # a place focus clear enough to stand for where an arrest happened
HELD_BY_OTHERS = re.compile(r"\b(?:hostages?|captives?|abductees?|POWs?|prisoners? of war)\b",
                            re.I)
CROWD_TYPES = ("PROTEST",)  # a protest with no protesters named is by the place's people


def authority_from_location(ectx: EventContext, ev: EventMention, agentless: bool) -> None:
    """'was detained in North Korea', 'were arrested in Istanbul': the state where a
    coercion of an agentless passive happens is its source (its authorities), not a target."""
    if ev.type not in AUTHORITY_TYPES or ev.source or not agentless:
        return
    place = location_target(ectx, ev)
    if place is None or place.actor is None or not place.actor.country:
        place = _located_in_sentence(ectx, ev)  # 'After arriving in the U.S., X was detained'
    if place is None or place.actor is None or not place.actor.country:
        return
    actor = ActorRef(f"country:{place.actor.country}", place.actor.name, place.actor.country,
                     AUTHORITY_SECTOR, place.actor.kind,
                     evidence=f"authorities where it happened: {place.text}")
    ev.source = [dataclasses.replace(place, actor=actor)]
    ev.attributes["source_from"] = "location"
    if ev.attributes.get("target_from") == "location":
        ev.target = []
        del ev.attributes["target_from"]


def authority_from_article(ectx: EventContext, ev: EventMention, agentless: bool) -> None:
    """'KABUL — A journalist was detained on Monday': an agentless arrest, deportation or ban
    that neither its sentence's place nor the events before it give a doer is done by the
    authorities of the article's state (``_article_state``)."""
    if ev.type not in AUTHORITY_TYPES or ev.source or not agentless:
        return
    state = _article_state(ectx, ev)
    if state is not None:
        ev.source = [state]
        ev.attributes["source_from"] = "article"


def _article_state(ectx: EventContext, ev: EventMention) -> Participant | None:
    """For an agentless arrest, deportation or ban whose sentence names no country at all:
    the state of the article's dateline, else of its place focus when that holds at least
    ``STATE_FOCUS_SHARE`` of its country mentions, when the nearest sentence before it that
    names a country names no other: its authorities, as a participant spanning the trigger (evidence 'authorities of the article: dateline …' / '… article focus …')."""
    if ev.mode not in STATE_ACT_MODES:
        return None
    focus = focus_of(ectx.ex.doc)
    if focus is None or focus.by_sentence.get(focus.sentence_start(ev.sentence.start)):
        return None
    if focus.dateline is not None and focus.dateline.country:
        code, why = focus.dateline.country, f"dateline: {focus.dateline.place}"
    elif focus.country and focus.share >= STATE_FOCUS_SHARE:
        code, why = focus.country, f"article focus ({focus.share:.0%} of country mentions)"
    else:
        return None
    if any(e.actor.country != code for e in focus.named_before(ev.sentence.start)):
        return None  # 'Russian forces entered the village. Ten men were detained': not Kyiv's
    actor = ActorRef(f"country:{code}", country_name(code), code, AUTHORITY_SECTOR, "state",
                     evidence=f"authorities of the article: {why}")
    return Participant(ev.trigger.start, ev.trigger.end, ev.trigger.text, actor)


def released_by_own_state(ev: EventMention, agentless: bool) -> None:
    """'Two soldiers were freed', 'prisoners were pardoned and released': an agentless
    release naming no releaser, even in the text around it, is read as the released's own
    state's (a government freeing its prisoners), with the authorities' sector; not for
    hostages, captives and prisoners of war, whom another side holds."""
    if ev.type != "RETREAT" or ev.mode != "RETREAT/release" or ev.source or not agentless:
        return
    freed = next((p for p in ev.target if p.actor is not None and p.actor.country
                  and p.actor.country not in SPECIAL_CODES), None)
    if freed is None or HELD_BY_OTHERS.search(freed.text):
        return  # hostages and prisoners of war are held by another side
    code = freed.actor.country
    actor = ActorRef(f"country:{code}", country_name(code), code, AUTHORITY_SECTOR, "state",
                     evidence=f"state of the released: {freed.text}")
    ev.source = [dataclasses.replace(freed, actor=actor)]
    ev.attributes["source_from"] = "released"


def _located_in_sentence(ectx: EventContext, ev: EventMention) -> Participant | None:
    """The one country the event's sentence locates something in, as a participant."""
    focus = focus_of(ectx.ex.doc)
    ent = focus.located_in(focus.sentence_start(ev.sentence.start)) \
        if focus is not None else None
    if ent is None or ent.actor is None:
        return None
    return Participant(ent.start, ent.end, ent.text, ent.actor)


def residence_from_location(ectx: EventContext, ev: EventMention, trig: Trigger,
                            previous: list[EventMention] = ()) -> None:
    """Unlinked or unnamed perpetrators of a located event take the place's country
    (PLOVER residence coding): 'prisoners rioted at a jail in Dili', 'a roadside
    bombing near Samarra killed ...'; not when the subject event names its author ('a
    bombing claimed by X killed ...': X, through that event). A protest naming no
    protesters ('protests erupted in Dhaka') is by the people of the place it happens in
    (the place its own clause names, never the dateline), unless a possessor names whose
    it is ('their protests')."""
    if ev.type in NO_LOCATION_TARGET or ev.location is None:
        return
    if not ev.source and _authored_subject(ectx, trig, previous):
        return
    place = location_target(ectx, ev)
    if place is None or place.actor is None:
        return
    if ev.source and all(p.actor is None for p in ev.source):
        if any(_region_word(ectx, p.text) for p in ev.source):
            return  # 'European peacekeepers arrived in X': many countries, not X's
        if _attacked_state(ev, place):
            return  # 'militants fired rockets at Israel': attacked, most often from outside
        ev.source = [dataclasses.replace(p, actor=place.actor) for p in ev.source]
        ev.attributes["source_from"] = "location"
    elif not ev.source and not trig.nominal and event_subject(ectx, trig):
        ev.source = [place]
        ev.attributes["source_from"] = "location"
    elif not ev.source and ev.type in CROWD_TYPES and place.actor.country and \
            not any(c.dep_ == "poss" for c in trig.token.children):
        actor = dataclasses.replace(place.actor, evidence=f"place of the protest: {place.text}")
        ev.source = [dataclasses.replace(place, actor=actor)]
        ev.attributes["source_from"] = "location"


def _attacked_state(ev: EventMention, place: Participant) -> bool:
    """Whether the event's place is a state named outright as its target ('militants fired
    rockets at Israel'), not a place in it ('at Haifa', 'in the Mopti region'): the state an
    unnamed agent acts on gives it no country."""
    return place.actor is not None and place.actor.kind != "place" and any(
        p.start == place.start and p.end == place.end for p in ev.target)


def _region_word(ectx: EventContext, text: str) -> bool:
    """Whether a participant's text is a world region's or bloc's word ('European',
    'Western', 'Gulf Arab': ``regions`` in the actor lexicon), which names many countries,
    never the one an event's place names."""
    regions = getattr(ectx.registry, "regions", None) or ()
    return text.lower().removeprefix("the ").strip() in regions


def _authored_subject(ectx: EventContext, trig: Trigger, previous: list[EventMention]) -> bool:
    """True when a subject of the verb is the trigger of an earlier event of its sentence
    whose source names an actor with a country ('a bombing claimed by X killed …')."""
    starts = {t.idx for t in event_subjects(ectx, trig)}
    return any(o.trigger.start in starts and o.sentence.start <= trig.token.idx < o.sentence.end
               and any(p.actor is not None and p.actor.country and p.actor.kind != "place"
                       for p in o.source) for o in previous)


def event_subjects(ectx: EventContext, trig: Trigger) -> list[Any]:
    """Subjects of the verb that are themselves event nouns ('a roadside bombing killed')."""
    if trig.nominal:
        return []
    groups = ectx.lexicon.cue("residence_groups")
    return [c for c in trig.token.children if c.dep_ == "nsubj" and (
        ectx.lexicon.candidates("noun", c.lemma_.lower()) or c.lemma_.lower() in groups)]


def direct_objects(trig: Trigger) -> list[Any]:
    """Direct objects of a verbal trigger ('held talks [in Geneva]')."""
    return [] if trig.nominal else [c for c in trig.token.children if c.dep_ == "dobj"]


def event_subject(ectx: EventContext, trig: Trigger) -> bool:
    """True when the verb's subject is itself an event noun."""
    return bool(event_subjects(ectx, trig))


PLACE_OBJECT_TYPES = ("ASSAULT",)  # 'shelled Tyre', 'struck Kiryat Shmona': the place hit
PLACE_OBJECT_LABELS = ("GPE", "LOC", "FAC")


def attacked_place(ectx: EventContext, ev: EventMention) -> dict[str, Any] | None:
    """Where an attack with no place phrase happened: its one target when that target is
    a town, region or site ('shelled Tyre', 'rockets hit Kiryat Shmona'), never a state
    or a group ('Israel struck Lebanon' names who was struck, not where)."""
    if ev.type not in PLACE_OBJECT_TYPES or len(ev.target) != 1:
        return None
    part = ev.target[0]
    ents = [e for i in range(part.start, part.end) for e in ectx.by_char.get(i, [])
            if e.start >= part.start and e.end == part.end]  # 'the Bekaa Valley'
    if not ents or ents[0].label not in PLACE_OBJECT_LABELS:
        return None
    if part.actor is not None and part.actor.kind != "place":
        return None  # a state or a group
    loc: dict[str, Any] = {"text": part.text, "start": part.start, "end": part.end,
                           "from": "target"}
    country = ectx.place_country(part.text, ev.date.get("value")) or \
        (part.actor.country if part.actor is not None else None)
    if country:
        loc["country"] = country
    return loc


def location_target(ectx: EventContext, ev: EventMention) -> Participant | None:
    """The event's location as a target participant (PLOVER codes the place when no target),
    unless the place is only the venue of talks or of what they made."""
    loc = ev.location or {}
    if "start" not in loc:
        return None
    focus = focus_of(ectx.ex.doc)
    if focus is not None and loc["start"] in focus.venues:
        return None  # 'the ceasefire agreed in Addis Ababa': where it was made, no party
    actor = ectx.link(loc["text"], ev.date.get("value"))
    if actor is None and loc.get("country"):
        actor = ActorRef(id=f"country:{loc['country']}", name=loc["text"],
                         country=loc["country"], kind="place")
    return Participant(loc["start"], loc["end"], loc["text"], actor) if actor else None


def domestic_target(ev: EventMention) -> Participant | None:
    """'X imposed a curfew', 'X declared martial law', 'X is prepared to impose martial
    law': a state's emergency measure with no target named is directed at its own
    population, coded with the state's country and the civilian sector."""
    measure = (ev.mode in DOMESTIC_MODES or ev.type in DOMESTIC_THREAT_TYPES) and \
        DOMESTIC_RE.search(ev.trigger.text) is not None  # not a siege laid on a city
    if ev.target or not measure:
        return None
    codes = {p.actor.country for p in ev.source if p.actor is not None and p.actor.country}
    if len(codes) != 1 or codes & SPECIAL_CODES:
        return None
    code = codes.pop()
    actor = ActorRef(id=f"country:{code}", name=ev.trigger.text, country=code,
                     sector=CIVILIAN_SECTOR, kind="country",
                     evidence=f"domestic measure: {ev.trigger.text}")
    return Participant(ev.trigger.start, ev.trigger.end, ev.trigger.text, actor)


def same_participant(a: Participant, b: Participant) -> bool:
    """True when two participants are the same span or the same individual actor."""
    if (a.start, a.end) == (b.start, b.end):
        return True
    return (a.actor is not None and b.actor is not None and a.actor.id == b.actor.id
            and a.actor.kind not in COLLECTIVE_KINDS)


MISSION_NOUNS = frozenset({"embassy", "consulate", "legation", "chancery"})
HIGH_COMMISSION = ("high", "commission")  # a Commonwealth state's embassy
MISSION_PREPS = frozenset({"outside", "at", "near", "before", "to", "toward", "towards",
                           "opposite", "in", "by", "around", "on", "against"})
MISSION_OBJECT_DEPS = frozenset({"dobj"})  # 'picketed the French embassy'
CONTEXT_PLACED = ("article focus", "sentence:", "dateline")  # a country the text around gave
MISSION_JUDGED_TYPES = ("ACCUSE",)  # 'protested outside the X embassy' read as a protest in words


def _mission(tok: Any) -> bool:
    """Whether a noun names a state's diplomatic mission ('embassy', 'consulate', 'high
    commission')."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and (lemma in MISSION_NOUNS or (
        lemma == HIGH_COMMISSION[1] and any(c.lower_ == HIGH_COMMISSION[0] for c in tok.children)))


def protested_missions(tok: Any) -> list[Any]:
    """The diplomatic missions a protest is held at: the object of a place phrase on the
    protest's word ('outside / at / near the X embassy', 'in front of the X consulate'),
    or its direct object ('picketed the X embassy')."""
    found = [c for c in tok.children if c.dep_ in MISSION_OBJECT_DEPS and _mission(c)]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in MISSION_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if _mission(obj):
                found.append(obj)
            else:  # 'in front of the X embassy'
                found += [m for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                          for m in p.children if m.dep_ == "pobj" and _mission(m)]
    return found


def mission_protest(ectx: EventContext, ev: EventMention, trig: Trigger,
                    participants: Any) -> None:
    """'Hundreds of Kurds demonstrated outside the Turkish embassy in Berlin', 'students
    protested in front of the Chinese consulate in Manila': a protest held at a state's
    embassy or consulate is directed at that state (the mission is its target, not the city
    it stands in), and the protesters whom only the text around placed in the mission's
    state are placed in the country the protest happens in (PLOVER residence coding)."""
    if ev.type not in CROWD_TYPES + MISSION_JUDGED_TYPES or \
            (ev.target and ev.attributes.get("target_from") != "location"):
        return
    date = ev.date.get("value")
    owners = [p for m in protested_missions(trig.token) for p in participants(m, date)
              if p.actor is not None and p.actor.country and
              p.actor.country not in SPECIAL_CODES and
              not str(p.actor.evidence or "").startswith(CONTEXT_PLACED)]
    codes = {p.actor.country for p in owners}
    if len(codes) != 1:
        return
    ev.target = owners[:1]
    ev.attributes["target_from"] = "mission"
    code = codes.pop()
    loc = ev.location or {}
    here = loc.get("country")
    if not here or here == code:
        return
    for k, p in enumerate(ev.source):
        if p.actor is not None and p.actor.country == code and \
                str(p.actor.evidence or "").startswith(CONTEXT_PLACED):
            ev.source[k] = dataclasses.replace(p, actor=dataclasses.replace(
                p.actor, country=here, evidence=f"place of the protest: {loc.get('text')}"))
