"""Cross-mention resolution for events: attribution, context participants, CONSULT modes."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from eventwire.annotate.doccache import column
from eventwire.annotate.registry import SPECIAL_CODES
from eventwire.extract.discourse import (
    EARLIER_EVENT,
    LEAD_SENTENCES,
    linked_by_discourse,
    sentences_back,
    shot_down,
)
from eventwire.extract.event_context import EventContext
from eventwire.extract.participants import participants_of, placed_by_context
from eventwire.extract.triggers import sentence_of
from eventwire.model import ActorRef, EventMention, Participant

CONVERSATION_LEMMAS = ("speak", "talk", "conversation", "discussion", "dialogue", "dialog",
                       "discuss", "chat", "exchange", "call", "communication")
CONTEXT_SENTENCES = 10  # sentences before an event searched for the mention it refers back to
INHERITED_NOTES = ("source_inherited", "target_inherited")  # where inherited participants came from
MULTILATERAL_PARTIES = 3
CONTEXT_NOTES = ("participants_from", "context_trigger")
ATTACK_TYPES = frozenset({"ASSAULT"})
PLACED_SOURCES = ("location",)  # a source read from where the event happens
MILITARY_SECTORS = ("MIL",)  # a military reporting an attack on another country made it
REPORTER_SECTORS = ("MED",)  # news outlets report a war, they are no side of it
ARTICLE_EVIDENCE = ("dateline:", "article focus")  # placed by the article, not the sentence
STORY_EVIDENCE = ("story attacker", "story victim", "domestic attack")  # placed by the article's attacks
ENEMY_SUBJECT_RE = re.compile(  # 'the enemy (also / then / had) shelled', 'an enemy assault',
    # 'the enemy then launched a wave of raids'
    r"\b(?:the enemy(?=\s+(?:(?:[a-z]+ly|also|again|then|has|had)\s+){0,2}"
    r"(?:(?:launched|carried out|conducted|staged|mounted|opened)\s+(?:[\w-]+\s+){0,4})?$)|"
    r"enemy(?=\s+$))", re.I)
ENEMY_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})  # what 'the enemy' does
ENEMY_RE = re.compile(r"\benem(?:y|ies)\b", re.I)  # 'the enemy', 'enemy drones'
OPPOSING_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})  # acts that show two parties opposed
SIDE_ENEMY = "side enemy"  # evidence of 'the enemy' read from the side that names it
COUNTERPART_TYPES = frozenset({"THREATEN", "REQUEST", "SANCTION"})  # addressed to the other side of a dispute
ADVERSARIAL_TYPES = frozenset({"THREATEN", "SANCTION"})  # aimed at the other side of a dispute
COUNTERPART_SHARE = 0.6  # a two-sided article: its two most named countries hold this share
CLOSURE_MODE = "COERCE/restrict"  # closing a border, crossing, frontier, checkpoint or airspace
CLOSURE_LEMMAS = frozenset({"close", "shut", "reclose", "seal"})
PROVENANCE_KEYS = ("participants_from", "context_trigger", "mode_from", "pattern")  # earlier events searched for implicit participants


def attribution_of(ectx: EventContext, tok: Any, date: str | None) -> Participant | None:
    """Who says the event happened: a quote's speaker, a reporting verb's subject, 'according to'."""
    for q in ectx.ex.quotes:
        if q.content.start <= tok.idx < q.content.end and q.speaker is not None:
            return q.speaker
    reporting = ectx.lexicon.cue("reporting_verbs")
    t = tok
    while t.head != t:
        child, t = t, t.head
        if t.lemma_ in reporting and t.pos_ == "VERB" and child.dep_ not in ("nsubj", "nsubjpass"):
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            found = [p for p in participants_of(ectx, subj[0], date) if p.actor] if subj else []
            if found:
                return found[0]
    sent, doc = sentence_of(tok), tok.doc
    lower, dep = column(doc, "lower"), column(doc, "dep")
    for i in range(sent.start, sent.end):
        if lower[i] == "according" and dep[i] == "prep":
            t = doc[i]
            objs = [g for c in t.children for g in c.children if g.dep_ == "pobj"]
            objs += [g for g in t.children if g.dep_ == "pobj"]
            found = [p for p in participants_of(ectx, objs[0], date) if p.actor] if objs else []
            if found:
                return found[0]
    return None


def context_window(ectx: EventContext, ev: EventMention, previous: list[EventMention]
                   ) -> list[EventMention]:
    """The earlier mentions an event may refer back to: those of its own sentence, of the
    ``CONTEXT_SENTENCES`` sentences before it and of the article's first ``LEAD_SENTENCES``
    (a headline's ceasefire is the one 'the truce' names thirty sentences on). Counted in
    the article's sentences, not in mentions, so an event another rule finds in an unrelated
    sentence between the two does not push the antecedent out of reach."""
    return sentences_back(ectx, ev, previous, CONTEXT_SENTENCES, LEAD_SENTENCES)


def context_participants(ectx: EventContext, ev: EventMention, previous: list[EventMention],
                         need_source: bool = False) -> EventMention | None:
    """The closest earlier mention of the same type with explicit participants (not one
    whose source an earlier mention of its type gave, nor a shooting down of projectiles
    for an attack: ``shot_down``), within ``context_window``."""
    found = [o for o in reversed(context_window(ectx, ev, previous)) if o.type == ev.type
             and o.attributes.get("participants_from") != "context" and (o.source or o.target)
             and (o.attributes.get(INHERITED_NOTES[0]) or {}).get("from") != EARLIER_EVENT
             and shot_down(o) == shot_down(ev)  # 'shot down 30 drones' is not 'the attack'
             and (not need_source or (o.source and _targets_agree(ev, o)
                                      and not any(map(linked_by_discourse, o.source))))]
    found = [o for o in found if o.modality == "asserted"] or found
    found = [o for o in found if o.source and o.target] or found
    same_mode = [o for o in found if ev.mode is not None and o.mode == ev.mode]
    same_kind = [o for o in found if _conversational(ev) in _kinds(o)]
    return (same_mode or same_kind or found or [None])[0]


def planned_antecedent(ectx: EventContext, ev: EventMention, previous: list[EventMention]
                       ) -> bool:
    """True when the closest earlier mention of the same type, kind and actors within
    ``context_window`` is planned (a planned withdrawal says nothing of the ceasefire: two
    modes of RETREAT)."""
    keys = _actor_keys(ev)
    for other in reversed(context_window(ectx, ev, previous)):
        if other.mode and ev.mode and other.mode != ev.mode:
            continue
        if other.type == ev.type and keys and keys <= _actor_keys(other):
            return other.modality == "planned"
    return False


def _targets_agree(ev: EventMention, other: EventMention) -> bool:
    """True when two mentions' targets do not name different countries."""
    a = {p.actor.country for p in ev.target if p.actor}
    b = {p.actor.country for p in other.target if p.actor}
    return not a or not b or bool(a & b)


def _actor_keys(ev: EventMention) -> set[str]:
    """Actor ids (or texts) of an event's participants."""
    return {p.actor.id if p.actor else p.text.lower() for p in (*ev.source, *ev.target)}


def _countries(ev: EventMention) -> set[str]:
    """Countries of an event's linked participants."""
    return {p.actor.country for p in (*ev.source, *ev.target) if p.actor and p.actor.country}


def infer_consult_modes(events: list[EventMention]) -> None:
    """Give conversational CONSULT mentions a mode from the article or from the setting.

    A mention without a mode takes the mode of another CONSULT with the same
    participants that names it ("the conversation" ... "the phone call");
    a conversation between parties of different countries with no place and
    no visit is marked phone, as inferred. Neither when the mention's own sentence
    places its parties together (``_told_in_person``: "landed in X and held talks",
    "face to face", "at the summit"): the trigger's evidence of presence outweighs
    the calls the article tells elsewhere.
    """
    consults = [e for e in events if e.type == "CONSULT"]
    explicit = [o for o in consults if o.mode and "mode_from" not in o.attributes
                and o.attributes.get("participants_from") != "context"]
    for ev in consults:
        if ev.mode is None and len(_countries(ev)) >= MULTILATERAL_PARTIES:
            ev.mode = "CONSULT/multilateral"
            ev.attributes["mode_from"] = "participants"
        if ev.mode is not None or ev.location is not None or not _conversational(ev):
            continue
        if _told_in_person(ev):
            ev.attributes["in_person"] = "sentence"
            continue
        keys = _actor_keys(ev)
        same = [o for o in explicit if keys and len(keys & _actor_keys(o)) >= 2]
        if same:
            ev.mode = same[0].mode
            ev.attributes["mode_from"] = "context"
        elif _remote_conversation(ev):
            ev.mode = "CONSULT/phone"
            ev.attributes["mode_from"] = "inferred"


PRESENCE_RE = re.compile(  # the sentence brings the parties to one place
    r"\b(?:land(?:ed|ing)|arriv(?:ed|ing)|touch(?:ed|ing) down)\s+(?:in|at)\b"
    r"|\b(?:fl[eo]w|flying|travell?(?:ed|ing)|went|headed)\s+(?:on\s+)?to\b"
    r"|\bvisit(?:ed|ing|s)?\b|\bhost(?:ed|ing|s)\b|\bin[- ]person\b"
    r"|\bface[- ]to[- ]face\b|\bat\s+(?:the|a)\s+(?:\w+\s+){0,3}summit\b"
    r"|\bon\s+the\s+sidelines\b", re.IGNORECASE)
REMOTE_RE = re.compile(  # ... unless it tells a call too ('spoke by phone after landing')
    r"\b(?:tele)?phon(?:e|ed|ing)\b|\b(?:a|the|phone|video)\s+calls?\b|\bvideo\b"
    r"|\bvirtual(?:ly)?\b|\bonline\b", re.IGNORECASE)


def _told_in_person(ev: EventMention) -> bool:
    """Whether the mention's own sentence places its parties together ('arrived in X and
    held talks', 'met face to face', 'talks at the summit') and tells no call."""
    text = ev.sentence.text
    return PRESENCE_RE.search(text) is not None and REMOTE_RE.search(text) is None


VISITING_RE = re.compile(r"\bvisiting\s+(?:[^\s,;]+\s+)?$", re.IGNORECASE)
VISITOR_TYPES = ("CONSULT",)
VISITOR_SPAN = 24  # characters before a participant searched for 'visiting'


def visitors_as_sources(events: list[EventMention], text: str) -> None:
    """'X met the visiting Iraqi prime minister', 'X held talks with visiting King Y': the
    PLOVER codebook codes a visit's visitor as its ACTOR and the host as its RECIPIENT, so a
    target the text calls visiting becomes the meeting's source and the sources its targets
    (mode ``CONSULT/visit`` when none was given)."""
    for ev in events:
        if ev.type not in VISITOR_TYPES or not ev.source or not ev.target:
            continue
        guests = [p for p in ev.target if not p.inherited and _called_visiting(ev, p, text)]
        if not guests or len(guests) == len(ev.target) and ev.mode == "CONSULT/multilateral":
            continue
        rest = [p for p in ev.target if p not in guests]
        ev.source, ev.target = guests, [*ev.source, *rest]
        if ev.mode is None:
            ev.mode = "CONSULT/visit"
        ev.attributes["source_from"] = "visitor"


def _called_visiting(ev: EventMention, p: Participant, text: str) -> bool:
    """Whether the text calls the participant visiting ('met the visiting Iraqi prime
    minister'); not when that 'visiting' is the event's own trigger, whose object is the
    host ('the Kenyan president, visiting Beijing, signed …': Beijing is visited)."""
    lo = max(0, p.start - VISITOR_SPAN)
    m = VISITING_RE.search(text[lo:p.start])
    return m is not None and not ev.trigger.start <= lo + m.start() < ev.trigger.end


def _conversational(ev: EventMention) -> bool:
    """True when the trigger names a conversation rather than a meeting or visit."""
    words = ev.trigger.text.lower()
    return any(w in words for w in CONVERSATION_LEMMAS)


def _kinds(ev: EventMention) -> set[bool]:
    """Whether each trigger of a mention, merged ones included, names a conversation
    ('held two meetings with X, … in the talks' is a meeting too)."""
    words = [ev.trigger.text, *(t.get("text", "") for t in ev.attributes.get("also_triggers", []))]
    return {any(w in text.lower() for w in CONVERSATION_LEMMAS) for text in words}


def _remote_conversation(ev: EventMention) -> bool:
    """A conversation between parties of two countries, with no place given."""
    return ev.location is None and len(_countries(ev)) >= 2


def reduce_sentence_events(events: list[EventMention],
                           apart: Callable[[EventMention, EventMention], bool] | None = None,
                           lead: Callable[[EventMention], bool] | None = None,
                           joined: Callable[[EventMention, EventMention], bool] | None = None
                           ) -> list[EventMention]:
    """Merge same-type mentions in a sentence that describe one event ('attacked ..., killing');
    ``apart(a, b)`` keeps two mentions that are separate acts from merging; ``joined(a, b)``
    merges two whose participants differ when the syntax tells one act twice; a mention
    ``lead`` marks carries the merged one (``_carries``)."""
    out: list[EventMention] = []
    for ev in events:
        twin = next((o for o in out if o.type == ev.type and o.modality == ev.modality
                     and (_compatible(o, ev) or (joined is not None and joined(o, ev)))
                     and not (apart and apart(o, ev))), None)
        if twin is None:
            out.append(ev)
            continue
        if _carries(ev, twin, lead):
            out[out.index(twin)] = ev
            twin, ev = ev, twin
        twin.confidence = max(twin.confidence, ev.confidence)  # the merged mention's
        took = False
        for side, key in (("source", INHERITED_NOTES[0]), ("target", INHERITED_NOTES[1])):
            mine, theirs = getattr(twin, side), getattr(ev, side)
            chosen = _better(mine, theirs)
            setattr(twin, side, chosen)
            if chosen is theirs and chosen is not mine:  # the note follows the participants
                took = True
                twin.attributes.pop(key, None)
                if key in ev.attributes:
                    twin.attributes[key] = ev.attributes[key]
        if (took or _from_context(twin)) and not _from_context(ev) and (ev.source or ev.target):
            for key in CONTEXT_NOTES:  # participants named in the sentence are no context ones
                twin.attributes.pop(key, None)
        twin.mode = twin.mode or ev.mode
        for key, value in ev.attributes.items():
            if key not in PROVENANCE_KEYS and key not in INHERITED_NOTES:
                twin.attributes.setdefault(key, value)
        twin.attributes.setdefault("also_triggers", []).append(ev.trigger.to_dict())
    return out


def _carries(ev: EventMention, twin: EventMention,
             lead: Callable[[EventMention], bool] | None) -> bool:
    """Whether ``ev`` rather than ``twin`` carries their merged mention: the one ``lead``
    marks (a clash told as an episode in its sentence's main clause, "the fighting began on
    Thursday when ... opened fire": ``episodes.leads_its_sentence``), else the more
    confident."""
    if lead is not None:
        told = lead(ev), lead(twin)
        if told[0] != told[1]:
            return told[0]
    return ev.confidence > twin.confidence


def _from_context(ev: EventMention) -> bool:
    """True for a mention whose participants an earlier mention of its type gave."""
    return ev.attributes.get(CONTEXT_NOTES[0]) == "context"


def _better(a: list[Participant], b: list[Participant]) -> list[Participant]:
    """The participant list with more linked actors (the first on a tie)."""
    linked = sum(p.actor is not None for p in a), sum(p.actor is not None for p in b)
    return b if linked[1] > linked[0] else a or b


def _compatible(a: EventMention, b: EventMention) -> bool:
    """True when two same-type mentions share participants or one has none."""
    ka, kb = _actor_keys(a), _actor_keys(b)
    return not ka or not kb or bool(ka & kb)


def story_attackers(events: list[EventMention], registry: Any, focus: Any = None,
                    doc: Any = None) -> None:
    """A generic attacker that the context placed in its own victim's country ("fighter
    jets struck targets across southern Lebanon": the sentence names only Lebanon) is of
    the country whose named forces attack that victim elsewhere in the article, when
    they are all of one country and no named party of the victim's own country attacks
    it (a domestic conflict keeps the place's country). Evidence "story attacker: …".
    The reverse for victims: an unnamed victim the dateline or the article's focus placed
    in its own attacker's country ("Russian missiles struck Kyiv. Two people were killed":
    the article names only Russia as a country) is of the country that attacker's named
    victims belong to. Evidence "story victim: …". With the article's ``focus``, an attack
    naming no attacker in a domestic conflict is of its place's country (below; ``doc``, the
    parsed article, gives the attacker's own words)."""
    _fire_returned_targets(events)
    _story_side(events, registry, "source", _placed, "story attacker")
    _story_side(events, registry, "target", _scene_placed, "story victim")
    if focus is not None:
        _domestic_attackers(events, registry, focus, doc)
        _story_enemy(events, registry, focus)
        _side_enemy(events, registry, focus)
        _closure_own_targets(events)
        _story_counterpart(events, registry, focus)
    _reporting_military(events)


def _reporting_military(events: list[EventMention]) -> None:
    """An attack naming no attacker whose victims are of another country than the military
    that reports it is that military's own ('An Israeli military spokesman said the strike
    targeted a Hezbollah commander', 'the Russian army said its strike hit Ukrainian
    positions'): an army announces its own strikes on the other side; the reporter's
    participant becomes the source, also in place of the authorities of the place the
    attack happened in (``PLACED_SOURCES``), which are only a guess. Evidence "reporting military: …", attribute
    ``source_from`` "reporting military"."""
    for ev in events:
        speaker = ev.attribution
        placed = ev.attributes.get("source_from") in PLACED_SOURCES  # a guess from the place
        if ev.type not in ATTACK_TYPES or (ev.source and not placed) or speaker is None or \
                speaker.actor is None or speaker.actor.sector not in MILITARY_SECTORS:
            continue
        own = speaker.actor.country
        victims = _side_countries(ev.target)
        if not own or own in SPECIAL_CODES or not victims or own in victims:
            continue
        ev.source = [dataclasses.replace(speaker, actor=dataclasses.replace(
            speaker.actor, evidence=f"reporting military: {speaker.text}"))]
        ev.attributes["source_from"] = "reporting military"


RETURN_FIRE_LEMMAS = frozenset({"return", "respond", "retaliate", "reply", "react"})
FIRST_FIRE_RE = re.compile(r"\b(?:after|when|once)\b", re.I)  # 'returned fire after X fired'


def _fire_returned_targets(events: list[EventMention]) -> None:
    """'Thai soldiers returned fire after Cambodian troops opened fire', 'responded with
    gunfire when rebels attacked': fire returned with no target of its own is aimed at the
    attacker of the attack its sentence puts before it (a later ASSAULT of the same sentence,
    introduced by 'after', 'when' or 'once', with a source of another side). Marked inherited,
    attribute ``target_inherited`` {"from": "fire returned"}."""
    for ev in events:
        info = ev.attributes.get("trigger_info") or {}
        if ev.type not in ATTACK_TYPES or ev.target or not isinstance(info, dict) or \
                info.get("lemma") not in RETURN_FIRE_LEMMAS:
            continue
        own = {p.actor.id for p in ev.source if p.actor} | {p.text.lower() for p in ev.source}
        for o in events:
            if o is ev or o.type not in ATTACK_TYPES or not o.source or \
                    o.sentence.start != ev.sentence.start or o.trigger.start <= ev.trigger.end:
                continue
            between = ev.sentence.text[ev.trigger.end - ev.sentence.start:
                                       o.trigger.start - ev.sentence.start]
            if FIRST_FIRE_RE.search(between) is None or \
                    any((p.actor and p.actor.id in own) or p.text.lower() in own
                        for p in o.source):
                continue
            ev.target = [dataclasses.replace(p, inherited=True) for p in o.source]
            ev.attributes[INHERITED_NOTES[1]] = {"from": "fire returned"}
            break


def _story_enemy(events: list[EventMention], registry: Any, focus: Any) -> None:
    """'The enemy shelled the outskirts', 'an enemy drone targeted a car', 'repelled an enemy
    assault': in an article written from one side (its dateline's country, else its place
    focus), "the enemy" is the country whose named forces attack that side elsewhere in the
    article, when they are all of one country; never the side itself, whose country the
    context gave the agent. Evidence "story enemy: …"."""
    if not any(_enemy(ev.sentence.text) or any(_enemy(p.text) for p in ev.source + ev.target)
               for ev in events):
        return  # every rewrite below reads 'enemy' in an event's sentence or participant
    own = focus.dateline.country if focus.dateline is not None and focus.dateline.country \
        else focus.country
    if not own:
        return
    attackers = {p.actor.country for ev in events if ev.type in ATTACK_TYPES
                 and own in _side_countries(ev.target) for p in ev.source
                 if p.actor and p.actor.country and p.actor.country != own
                 and not p.inherited and not _placed(p) and not _enemy(p.text)
                 and not str(p.actor.evidence or "").startswith(STORY_EVIDENCE)}
    if not attackers:  # every attack of the article is the enemy's: its other country
        attackers = _other_country(focus, own)
    if len(attackers) != 1 or registry is None:
        return
    ref = registry.country_ref(next(iter(attackers)), "MIL")
    for ev in events:
        for side in ("source", "target"):
            parts = getattr(ev, side)
            for i, p in enumerate(parts):
                if not _enemy(p.text) or (p.actor is not None and not p.actor.evidence):
                    continue  # linked by its own words
                parts[i] = dataclasses.replace(p, actor=dataclasses.replace(
                    ref, evidence=f"story enemy: {ref.name}"))
        named = _enemy_named(ev) if ev.type in ENEMY_ACT_TYPES and (
            not ev.source or ev.attributes.get("source_from") == "domestic attack") else None
        if named is not None:  # 'the enemy also shelled', 'repelled an enemy assault'
            start = ev.sentence.start + named.start()
            ev.source = [Participant(start, start + len(named.group(0).rstrip()),
                                     named.group(0).rstrip(), dataclasses.replace(
                                         ref, evidence=f"story enemy: {ref.name}"))]
            ev.attributes.pop("source_from", None)


def _side_enemy(events: list[EventMention], registry: Any, focus: Any) -> None:
    """'Hezbollah said it targeted an enemy gathering', 'the army said it struck enemy
    positions', 'our forces repelled an enemy attack': "the enemy" in an act is the adversary
    of the side that names it — the act's other party (the attacker of 'enemy positions', the
    defender against 'an enemy attack') named by its own words, else the act's speaker. That
    side's adversary is the one country opposing it in the article's attacks, coercions and
    threats (named on the other side of an act from that side), else the other country of the
    article's two-country dispute (``story_sides``); with none or several, "the enemy" stays
    unresolved, and a guess by the article's side (``_story_enemy``) that made it the naming
    side itself is dropped. Evidence "side enemy: …"."""
    if registry is None or not any(_unlinked_enemy(p, ev) for ev in events
                                   for p in ev.source + ev.target):
        return
    opposed: dict[str, set[str]] = {}
    for ev in events:
        if ev.type not in OPPOSING_TYPES:
            continue
        src, tgt = _named_countries(ev.source), _named_countries(ev.target)
        for a in src:
            opposed.setdefault(a, set()).update(tgt - {a})
        for a in tgt:
            opposed.setdefault(a, set()).update(src - {a})
    sides = story_sides(focus)
    for ev in events:
        for side, other in (("source", "target"), ("target", "source")):
            parts = getattr(ev, side)
            if not any(_unlinked_enemy(p, ev) for p in parts):
                continue
            own = _named_countries(getattr(ev, other))
            if not own and ev.attribution is not None and ev.attribution.actor is not None \
                    and ev.attribution.actor.country not in SPECIAL_CODES:
                own = {ev.attribution.actor.country} - {""}
            if len(own) != 1:
                continue
            (a,) = own
            foes = opposed.get(a, set()) or (sides - {a} if sides and len(sides) == 2
                                              and a in sides else set())
            for i, p in enumerate(parts):
                if not _unlinked_enemy(p, ev):
                    continue
                if len(foes) == 1:
                    ref = registry.country_ref(next(iter(foes)), "MIL")
                    parts[i] = dataclasses.replace(p, actor=dataclasses.replace(
                        ref, evidence=f"{SIDE_ENEMY}: {ref.name}"))
                elif p.actor is not None and p.actor.country == a:
                    parts[i] = dataclasses.replace(p, actor=None)  # never the naming side


ENEMY_OWNER_RE = re.compile(r"\benemy(?:['’]s)?\s+$", re.I)  # 'the enemy's <position>'


def _unlinked_enemy(p: Participant, ev: EventMention) -> bool:
    """'The enemy', 'enemy positions', or a place or unit owned by the enemy just before it
    ("the enemy's Hill 12 position", "enemy Hill 12"), that its own words do not link (no
    actor, or one the article's context gave)."""
    if p.actor is not None and not p.actor.evidence:
        return False
    before = ev.sentence.text[:max(0, p.start - ev.sentence.start)]
    return _enemy(p.text) or (p.actor is None and ENEMY_OWNER_RE.search(before) is not None)


def _named_countries(parts: list[Participant]) -> set[str]:
    """The countries of a side's participants that their own words link: not inherited, not
    placed by the text around them or the article's attacks, not 'the enemy'."""
    return {p.actor.country for p in parts if p.actor and p.actor.country
            and p.actor.country not in SPECIAL_CODES and not p.inherited
            and not p.actor.evidence and not _enemy(p.text)}


def _story_counterpart(events: list[EventMention], registry: Any, focus: Any) -> None:
    """'Ankara is warning it could respond', 'Washington imposed new tariffs', 'the UN called
    for an immediate ceasefire': a threat, sanction or demand that names no target is
    addressed to the story's other side. In an article about a dispute between two countries
    (its two most named countries hold at least ``COUNTERPART_SHARE`` of its country
    mentions, the second named at least twice and 1.5 times as often as any third) that is the
    country of the two that is not the speaker's; in an article about one country (it holds
    ``COUNTERPART_SHARE`` of the mentions, no other named twice) that country, when the
    speaker is of another (a foreign government, the UN). The speaker must be named by its
    sentence (not inherited, not placed by the dateline or the article's focus) and be of one
    country; its sentence may name no third country. Never the speaker's own side. Evidence
    "story counterpart: …", marked inherited, attribute ``target_inherited``
    {"from": "story counterpart"}."""
    if registry is None or not any(_counterpart_act(ev) and not ev.target
                                   for ev in events):
        return
    sides = story_sides(focus)
    if sides is None:
        return
    for ev in events:
        if not _counterpart_act(ev) or ev.target:
            continue
        own = _side_countries(ev.source)
        if len(own) != 1 or any(p.inherited or str(p.actor.evidence or "").startswith(
                ARTICLE_EVIDENCE) for p in ev.source if p.actor):
            continue  # the speaker must be named by its sentence
        others = sides - own
        if len(others) != 1 or (len(sides) == 2 and (not own <= sides
                                                     or not _adversarial_act(ev))):
            continue  # a party's demand in a dispute may be an appeal to anyone
        (other,) = others
        named = {e.actor.country for e, _ in
                 focus.by_sentence.get(focus.sentence_start(ev.sentence.start), [])}
        if named - sides - own:
            continue  # a third country of the sentence may be the addressee
        ref = _named_counterpart(events, own, other) or registry.country_ref(other)
        ev.target = [Participant(ev.trigger.start, ev.trigger.end, ref.name,
                                 dataclasses.replace(ref, evidence=f"story counterpart: {ref.name}"),
                                 inherited=True)]
        ev.attributes[INHERITED_NOTES[1]] = {"from": "story counterpart"}


def _named_counterpart(events: list[EventMention], own: set[str], other: str) -> Any:
    """The actor of country ``other`` that the speaker's side targets most often in the
    article's other events (named in their own sentences, at least twice and more often than
    any other actor of that country: "Hezbollah" in a war of Israel and Lebanon), else None."""
    counts: Counter[str] = Counter()
    refs = {}
    for ev in events:
        if not _side_countries(ev.source) & own:
            continue
        for p in ev.target:
            if p.actor is not None and p.actor.country == other and not p.inherited and \
                    not p.actor.evidence and p.actor.kind != "place":
                counts[p.actor.id] += 1
                refs.setdefault(p.actor.id, p.actor)
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return refs[top[0][0]]


def is_closure(ev: EventMention) -> bool:
    """Whether a mention closes, shuts or seals a border, crossing, frontier, checkpoint or
    airspace (the restriction entries of those verbs)."""
    info = ev.attributes.get("trigger_info")
    return ev.mode == CLOSURE_MODE and isinstance(info, dict) and \
        info.get("lemma") in CLOSURE_LEMMAS


def _counterpart_act(ev: EventMention) -> bool:
    """A threat, demand, sanction or closure: addressed to the other side of a dispute."""
    return ev.type in COUNTERPART_TYPES or is_closure(ev)


def _adversarial_act(ev: EventMention) -> bool:
    """A threat, sanction or closure: aimed at the other side of a dispute."""
    return ev.type in ADVERSARIAL_TYPES or is_closure(ev)


def _closure_own_targets(events: list[EventMention]) -> None:
    """A closure is aimed at the country the border, crossing or airspace is closed to
    ("closed its border with X", "the crossing into X", "its airspace to X aircraft", the
    other country of an "X-Y border"), never at the closing side's own country: a target of
    the source's country ("closed all Thai border crossings", one the dateline or the
    article's focus placed) is dropped, and the story's other side may take its place
    (``_story_counterpart``)."""
    for ev in events:
        if not ev.target or not is_closure(ev):
            continue
        own = _side_countries(ev.source)
        if own:
            ev.target = [p for p in ev.target
                         if not (p.actor and p.actor.country in own)]


def _country_counts(focus: Any, own: str = "") -> Counter[str]:
    """How often the article names each country (no special codes; not ``own``)."""
    return Counter(e.actor.country for ents in focus.by_sentence.values() for e, _ in ents
                   if e.actor.country and e.actor.country != own
                   and e.actor.country not in SPECIAL_CODES)


def story_sides(focus: Any) -> set[str] | None:
    """The one or two countries an article is about (see ``_story_counterpart``), else None."""
    counts = _country_counts(focus)
    top = counts.most_common(3) + [("", 0), ("", 0)]
    total = sum(counts.values())
    if not total:
        return None
    if top[1][1] < 2 and top[0][1] >= COUNTERPART_SHARE * total:
        return {top[0][0]}
    if top[1][1] < 2 or 3 * top[2][1] > 2 * top[1][1] or \
            top[0][1] + top[1][1] < COUNTERPART_SHARE * total:
        return None
    return {top[0][0], top[1][0]}


def _other_country(focus: Any, own: str) -> set[str]:
    """The country the article names most after its own side, when it is clearly ahead
    (named at least twice, more often than any other)."""
    top = _country_counts(focus, own).most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return set()
    return {top[0][0]}


def _enemy(text: str) -> bool:
    """Whether a participant's words name 'the enemy' ('enemy', 'the enemy's forces')."""
    return ENEMY_RE.search(text) is not None


def _enemy_named(ev: EventMention) -> Any:
    """The match of 'the enemy' as the subject just before an attack's trigger ('the enemy
    also shelled', 'the enemy again opened fire') or of 'enemy' modifying its noun ('an
    enemy assault'), else None."""
    before = ev.sentence.text[:max(0, ev.trigger.start - ev.sentence.start)]
    return ENEMY_SUBJECT_RE.search(before)


def _domestic_attackers(events: list[EventMention], registry: Any, focus: Any,
                        doc: Any = None) -> None:
    """An attack naming no attacker at all ("twelve soldiers were killed in an attack in
    the Mopti region"), whose place and victims are all of one country, in an article
    whose attacks name no other country (attacker, victim or place), is of that country
    (a domestic conflict; an article with victims on both sides is a war between states).
    The victims' country must come from the victims themselves, the event's place, a place
    their sentence locates something in or the dateline: never from a country the sentence
    names for another part ("the attack was reported by Bolivian radio", "after the attack,
    Pakistan closed the border") nor from the article's focus alone.
    Evidence "domestic attack: …", attribute ``source_from`` "domestic attack". The source's
    words are the attacker's own phrase, the active subject of the trigger ('Gang members
    attacked …'), or the launch site's name; with neither, the country's name (never the
    trigger word itself)."""
    attacks = [ev for ev in events if ev.type in ATTACK_TYPES]
    involved = {p.actor.country for ev in attacks for p in ev.source + ev.target
                if p.actor and p.actor.country}
    involved |= {ev.location["country"] for ev in attacks
                 if ev.location and ev.location.get("country")}
    for ev in events:
        if ev.type not in ATTACK_TYPES or ev.source or _owned_trigger(ev):
            continue
        if any(_diplomatic_victim(p) for p in ev.target):
            continue  # 'the attack on its embassy': a mission abroad, hit where it stands
        if ev.attributes.get("target_from") != "location" and any(
                _state_itself(p) for p in ev.target):
            continue  # 'gunmen fired shells into Chad': a state attacked from outside
        if _undergone_attack(ev) and any(_self_named_victim(p) for p in ev.target):
            continue  # 'Kyiv came under artillery fire': the city is not its own attacker
        where = (ev.location or {}).get("country")
        victims = _side_countries(ev.target)
        if not where and not all(_victim_placed(p, ev, focus) for p in ev.target
                                 if p.actor and p.actor.country):
            continue  # e.g. a country its sentence names for another part ("condemned by
            # Chile"), not a place it locates the attack in ("in the Mopti region")
        codes = victims | {where} if where else victims
        if not victims or len(codes) != 1 or involved - codes:
            continue
        (code,) = codes
        if not where and _condemned_by_victims(ev, events, code):
            continue  # 'Chile condemned the attack on its soldiers': by whom is not said
        if _foreign_side_reports(ev, code):
            continue
        sites = _launch_sites(ev, focus) - codes
        if sites:  # 'Rockets fired from Lebanon struck a kibbutz': no domestic attack
            if len(sites) == 1 and registry is not None:
                ref = registry.country_ref(next(iter(sites)))
                ev.source = [_attacker_words(ev, doc, focus, ref, f"fired from: {ref.name}")]
                ev.attributes["source_from"] = "launch site"
            continue
        ref = registry.country_ref(code) if registry is not None else \
            ActorRef(id=f"country:{code}", name=code, country=code, kind="state")
        ev.source = [_attacker_words(ev, doc, focus, ref, f"domestic attack: {ref.name}")]
        ev.attributes["source_from"] = "domestic attack"


def _attacker_words(ev: EventMention, doc: Any, focus: Any, ref: ActorRef,
                    evidence: str) -> Participant:
    """The participant an attack naming no linked attacker gets for the country ``ref`` its
    context gives: for a launch site, the span naming it ('Rockets fired from Lebanon');
    else the trigger's active subject ('Gang members attacked a police station'); else the
    country's name over the trigger's span (the span the event's confidence has always seen
    for this source, which counts it as the sentence's own). Never the trigger's words."""
    actor = dataclasses.replace(ref, evidence=evidence)
    if evidence.startswith("fired from") and focus is not None:
        for e, _ in focus.by_sentence.get(focus.sentence_start(ev.sentence.start), []):
            if e.actor is not None and e.actor.country == ref.country and \
                    ev.sentence.start <= e.start and e.end <= ev.trigger.start:
                return Participant(e.start, e.end, e.text, actor)
    else:
        span = _subject_span(ev, doc, focus)
        if span is not None:
            return Participant(span.start_char, span.end_char, span.text, actor)
    return Participant(ev.trigger.start, ev.trigger.end, ref.name, actor)


SUBJECT_LEFT = ("det", "amod", "compound", "nummod", "quantmod", "poss", "case", "advmod")


def _subject_span(ev: EventMention, doc: Any, focus: Any) -> Any:
    """The phrase of the active subject of a verbal trigger ('Gang members' in 'Gang members
    attacked …', 'members of a gang' in 'members of a gang attacked …'), or None (a noun
    trigger, a passive, a headline parsed apart, a pronoun, a dateline or no subject)."""
    if doc is None:
        return None
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    while tok.dep_ in ("xcomp", "conj") and tok.pos_ == "VERB" and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        tok = tok.head  # 'gunmen stormed and attacked', 'gunmen tried to attack'
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    floor = ev.sentence.start
    if focus is not None and focus.dateline is not None:
        floor = max(floor, focus.dateline.end)  # 'KABUL, Afghanistan — Gunmen …'
    subj = next((c for c in reversed(list(tok.lefts)) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ in ("PRON", "DET") or subj.idx < floor:
        return None
    left = min([subj.i] + [t.i for c in subj.lefts if c.dep_ in SUBJECT_LEFT
                           for t in c.subtree])
    right = subj.i
    for c in subj.rights:
        if c.dep_ == "prep" and c.right_edge.i < tok.i:
            right = max(right, c.right_edge.i)  # 'members of a gang'
        else:
            break
    while left < subj.i and (doc[left].is_punct or doc[left].idx < floor):
        left += 1
    return doc[left:right + 1]


def _undergone_attack(ev: EventMention) -> bool:
    """Whether an attack is read from its victim's coming or being under it ('Kyiv came
    under artillery fire', 'the troops came under heavy shelling'): the role-reversed
    phrase or an attack noun governed by 'under', whose subject is the one attacked."""
    info = ev.attributes.get("trigger_info") or {}
    return info.get("reversed") == "1" or (info.get("dep") == "pobj" and
                                           info.get("head") == "under")


def _self_named_victim(p: Participant) -> bool:
    """Whether a victim names its country itself ('Kyiv', 'Ukrainian troops'), not by a
    place, dateline or focus its sentence or article gives ('soldiers ... in the Mopti
    region'): the subject of 'came under fire' so named is attacked by another side, so
    its own country is never read as the attacker."""
    return p.actor is not None and bool(p.actor.country) and not p.actor.evidence


CONDEMNING_TYPES = frozenset({"ACCUSE"})  # 'condemned', 'denounced', 'blamed'
CONDEMNED_OBJECT_RE = re.compile(r"^\s*(?:(?:the|an?|this|that|these|those|its|their|"
                                 r"[\w.-]+(?:'s|’s))\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _state_itself(p: Participant) -> bool:
    """Whether a victim is a state named outright as a whole ('fired rockets at Israel',
    'shells fired into Chad'), not its people, forces or a place in it: a state attacked
    as a whole is attacked from outside, never by a domestic attacker."""
    return p.actor is not None and p.actor.kind == "state" and p.actor.sector is None and \
        p.actor.evidence is None and p.actor.id.startswith("country:")


def _condemned_by_victims(ev: EventMention, events: list[EventMention], code: str) -> bool:
    """'Chile condemned the attack on its soldiers', 'Nigeria denounced Sunday's deadly
    attack on its troops': an attack naming no attacker and no place, the object of a
    condemnation by a state of its victims' country, is by someone that state does not
    name (most often not itself), so no domestic attacker is read from the victims."""
    for o in events:
        if o is ev or o.type not in CONDEMNING_TYPES or o.trigger.end > ev.trigger.start or \
                not o.sentence.start <= ev.trigger.start < o.sentence.end:
            continue
        between = ev.sentence.text[o.trigger.end - ev.sentence.start:
                                   ev.trigger.start - ev.sentence.start]
        if CONDEMNED_OBJECT_RE.match(between) and any(
                p.actor is not None and p.actor.country == code for p in o.source):
            return True
    return False


DIPLOMATIC_VICTIMS = frozenset({"embassy", "embassies", "consulate", "consulates",
                                "ambassador", "ambassadors", "diplomat", "diplomats",
                                "envoy", "envoys", "legation", "chancery"})


def _diplomatic_victim(p: Participant) -> bool:
    """'the attack on its embassy', 'gunmen shot the ambassador': a state's mission or envoy
    abroad, whose country names the victim, never a domestic attacker."""
    words = p.text.lower().replace("’", "'").split()
    return bool(words) and words[-1].removesuffix("'s") in DIPLOMATIC_VICTIMS


LAUNCHED_FROM_RE = re.compile(r"\b(?:fired|launched|lobbed|shot)\s+from\s+(?:the\s+)?$",
                             re.IGNORECASE)  # 'rockets fired from [Lebanon]'


def _launch_sites(ev: EventMention, focus: Any) -> set[str]:
    """The countries of the states or places its sentence says an attack naming no attacker
    was fired or launched from ('Rockets fired from Lebanon struck a kibbutz', 'a drone
    launched from Yemen hit Eilat'): the unnamed attacker's position."""
    if focus is None:
        return set()
    start = ev.sentence.start
    return {e.actor.country for e, _ in focus.by_sentence.get(focus.sentence_start(start), [])
            if e.actor is not None and e.actor.country and e.actor.country not in SPECIAL_CODES
            and LAUNCHED_FROM_RE.search(ev.sentence.text[:max(0, e.start - start)])}


def _foreign_side_reports(ev: EventMention, code: str) -> bool:
    """Whether the attack is reported by a side of another country than its victims ('An
    Israeli military spokesman said the strike targeted a Hezbollah commander', 'the
    Russian defence ministry said the strikes hit Ukrainian positions'): a party of a war
    between states, so the conflict is not shown to be domestic. A news outlet reporting
    it ('Bolivian radio said') is no side."""
    speaker = ev.attribution.actor if ev.attribution is not None else None
    return speaker is not None and bool(speaker.country) and speaker.country != code and \
        speaker.country not in SPECIAL_CODES and speaker.sector not in REPORTER_SECTORS


def _victim_placed(p: Participant, ev: EventMention, focus: Any) -> bool:
    """Whether a victim's country comes from the victim itself, the dateline, a place its
    sentence locates something in ("in the Mopti region") or, when its sentence names no
    country, the article's focus where the article locates something in that country; not
    from another party the sentence names, nor from a focus only named parties give."""
    evidence = str(p.actor.evidence or "")
    if evidence.startswith("dateline:"):
        return True
    if evidence.startswith(("scene:", "sentence:")):
        place = focus.located_in(focus.sentence_start(ev.sentence.start))
        return place is not None and place.actor.country == p.actor.country
    if evidence.startswith("article focus"):
        return not focus.by_sentence.get(focus.sentence_start(ev.sentence.start)) and any(
            loc and e.actor.country == p.actor.country
            for ents in focus.by_sentence.values() for e, loc in ents)
    return not evidence.startswith(("story victim", "refers to:", "previous sentence:",
                                    "same sentence:", "earlier event:"))


POSSESSOR_RE = re.compile(r"(?:\b(?:its|their|his|her|our)|\w['’]s?)\s+(?:[\w-]+\s+){0,2}$",
                          re.I)


def _owned_trigger(ev: EventMention) -> bool:
    """Whether a possessor before the trigger noun names its doer ("its strikes", "the
    enemy's deadly raids"), even one no actor links."""
    before = ev.sentence.text[:max(0, ev.trigger.start - ev.sentence.start)]
    return POSSESSOR_RE.search(before[-60:]) is not None


def _story_side(events: list[EventMention], registry: Any, side: str, placed: Any,
                label: str) -> None:
    """Re-place the ``side`` participants of attacks that ``placed`` says only context
    placed, in the country of the other side, by the named parties of that side elsewhere."""
    other = "target" if side == "source" else "source"
    named: dict[str, set[str]] = {}
    for ev in events:
        if ev.type in ATTACK_TYPES and not shot_down(ev):
            for p in getattr(ev, side):
                if p.actor and p.actor.country and not p.inherited and not placed(p):
                    for c in _side_countries(getattr(ev, other)):
                        named.setdefault(c, set()).add(p.actor.country)
    for ev in events:
        if ev.type not in ATTACK_TYPES or shot_down(ev):
            continue
        theirs = _side_countries(getattr(ev, other))
        parts = getattr(ev, side)
        for i, p in enumerate(parts):
            if not placed(p) or p.inherited or p.actor.country not in theirs:
                continue
            others = named.get(p.actor.country, set())
            if len(others) != 1 or p.actor.country in others:
                continue
            (code,) = others
            ref = registry.country_ref(code, p.actor.sector) if registry is not None else \
                dataclasses.replace(p.actor, id=f"country:{code}", name=code, country=code)
            kind = p.actor.kind if side == "target" else ref.kind
            parts[i] = dataclasses.replace(p, actor=dataclasses.replace(
                ref, kind=kind, evidence=f"{label}: {ref.name}"))


def _side_countries(parts: list[Participant]) -> set[str]:
    """The countries of one side's linked participants."""
    return {p.actor.country for p in parts if p.actor and p.actor.country}


def _scene_placed(p: Participant) -> bool:
    """Whether a victim's country came only from the article around its sentence (its
    dateline or place focus: its own sentence names no country for it)."""
    return p.actor is not None and str(p.actor.evidence or "").startswith(ARTICLE_EVIDENCE)


def _placed(p: Participant) -> bool:
    """Whether a participant's country came only from the text around it."""
    return placed_by_context(p.actor)
