"""Turn argument tokens into Participants linked to actors (compound actors, pronouns)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from eventwire.annotate.agents import (
    BODY_CODES,
    CONTEXT_ONLY,
    SITE_NOUNS,
    is_former,
    principal_before,
    reporters,
)
from eventwire.annotate.doccache import children, column, conjuncts, heads, inside_entity, spaces
from eventwire.annotate.focus import ORIGIN_WORDS, focus_of
from eventwire.extract.arguments import in_stance, is_label, verb_subject
from eventwire.extract.event_context import EventContext
from eventwire.extract.interview import Turn, answerer, in_label, interview_turns, turn_at
from eventwire.extract.triggers import quantity_head, sentence_of
from eventwire.model import ActorRef, Entity, Participant

CONTROL_WORDS = ("controlled", "held", "occupied", "annexed", "administered", "dominated")
BASE_WORDS = ("based", "headquartered")  # 'the Paris-based watchdog': where it sits, not who acts
# 'Russian-occupied Crimea', 'Houthi-controlled areas': the holder of a place is not the place
SPEAKER_EVIDENCE = "speaker: "  # evidence of a participant owned by a quote's "our" / "my"

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
PERSON_LABELS = ("PERSON",)
GROUP_LABELS = ("GPE", "NORP", "ORG")
NP_MODIFIER_DEPS = ("compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "advmod",
                    "case", "punct", "cc", "conj", "prep", "pobj", "appos")
CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp")  # clauses a noun phrase leaves out
MAX_ANTECEDENT_SENTS = 3
PAIR_SENTS = 6  # 'both sides' names the two parties of a story named further back
DEFINITE_SENTS = 8  # 'the base' refers to a mention of the base this many sentences back
BARE_PAIR_SENTS = 2  # 'the countries' (no 'two'): only when its sentence and the one before
# name exactly two countries
MAX_SPEAKER_GAP = 400  # characters between a quote and a pronoun referring to its speaker
NOT_ACTOR_ENTS = ("DATE", "TIME", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
NATIONAL_KINDS = ("state", "country", "place")
AFFILIATION_DEPS = ("poss", "amod", "compound", "nmod")
PLACE_PREPS = ("in", "throughout", "across", "of")
NP_PREPS = ("of", "in", "from", "throughout", "across")
ALLY_NOUNS = ("ally", "proxy", "client")  # 'X's allies in Y': Y's residents, not X's own
MEETING_NOUNS = ("meeting", "gathering", "conference", "summit", "talks", "talk", "session",
                 "negotiation", "negotiations",
                 "convention")  # their place is a venue, no participant's country
SUBJECT_DEPS = ("nsubj", "nsubjpass")
LOCATIVE_PREPS = ("in", "at", "across", "throughout", "inside", "near")
CONTROL_PREPS = ("of", "for", "from")  # 'accused it of', 'blamed them for', 'barred it from'
OBJECT_PRONOUN_DEPS = ("dobj", "dative", "iobj", "pobj")  # not 'its', which may be its subject's
FIRST_PERSON = ("i", "we", "me", "us", "my", "our")
SECOND_PERSON = ("you", "your")
PLURAL_PRONOUNS = ("they", "them", "their", "we", "us", "our")
MAX_CLAUSE_CLIMB = 3  # clauses climbed from a verb of attack to its speaker's
PARTITIVE_PRONOUNS = ("them", "these", "those")  # 'four of them': a part of a group named before
NAME_SPLIT = re.compile(r"(?<=[a-z.])[-–](?=[A-Z])")
NOT_PARTICIPANT_LABELS = ("DATELINE",)
VICTIM_POS = ("NOUN",)
PAIR_WORDS = ("both", "two")
DEFINITE_WORDS = ("the", "this", "that")
GROUP_KINDS = ("armed_group", "group", "party", "ngo", "igo", "business")
GROUP_NAME_LABELS = ("ORG", "PERSON", "GPE", "NORP")  # a linked group's name, however tagged
# bodies that tell of a group's acts without being the group: a group noun in the clause they
# report is another party ('according to the UN, the militia …'); an armed group or a party
# telling of 'the group' may speak of itself ('the M23 said the group would pull out')
TELLER_KINDS = ("igo", "ngo", "business")
LEADER_OFFICES = ("president", "prime minister", "chancellor", "king", "queen", "emir",
                  "supreme leader", "leader", "premier", "sultan", "crown prince")
PAIR_NOUNS = ("minister", "leader", "president")
PARTY_NOUNS = ("country", "nation", "side", "government", "neighbor", "neighbour", "state",
               "capital", "military", "army")
TOLD_PAIR_NOUNS = ("party", "minister", "leader", "delegation")  # a pair only when the text
# paired two, or (``STORY_PAIR_NOUNS``) when the article is about two countries
STORY_PAIR_NOUNS = ("minister", "leader", "delegation")  # 'both leaders', 'both delegations'
PAIR_SECTOR_NOUNS = ("leader", "minister", "delegation", "government", "army", "military")
NOT_PARTY_KINDS = ("place", "igo", "ngo", "media")
COUNTRY_NOUNS = ("country", "nation", "kingdom", "republic")
LAUNCH_LEMMAS = frozenset({"fire", "launch", "lob", "shoot"})  # 'fired from X': the attacker's
CONTEXT_PLACED = ("sentence:", "dateline:", "article focus")  # an agent placed by context
POST_NOUNS = ("mission", "missions", "delegation", "delegations", "representative",
              "representatives")  # a country's posts at an international body
DIPLOMATIC_SECTOR = "GOV"  # a country's post at an international body
OWNED_KINDS = ("person", "state")  # owners whose agents are their country's
NAMING_VERBS = ("call", "name", "know", "dub")  # 'a militia called X', 'a group known as X'
BLOC_NOUNS = ("bloc",)  # 'the bloc': the regional body the article named last
SET_OFF_TITLES = 2  # title words before a name set off by commas ("General", "Rear Admiral")
STATIONED_PLACED = ("located:",)  # an agent placed by a place phrase after it ('in Lima')
MISSION_NOUNS = frozenset({  # a state's mission or envoy abroad: the sending state's
    "embassy", "embassies", "consulate", "consulates", "mission", "missions", "legation",
    "chancery", "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
    "attache", "attaché", "consul"})
PLACED_BY_CONTEXT = ("sentence:", "dateline:", "article focus")  # a generic agent's evidence
# when only the text around it, not the agent itself, gave its country
DATELINE_HEIR_DEPS = ("appos", "conj", "npadvmod", "dep")  # the subject after a dateline
RELATIVE_POSSESSIVE = "WP$"  # 'whose'
MAX_RELATIVE_CLIMB = 4  # heads from 'whose' to its relative clause ('whose phone calls to …')
SHARED_OBJECT_PRONOUNS = ("them", "it", "him", "her")  # pronouns a coordinated verb's object names
NARROWING_DEPS = ("amod", "compound", "nmod", "nummod", "poss", "prep", "appos")


def _origin_modifier(tok: Any) -> bool:
    """'Israeli-made drones', 'Iranian-supplied missiles': a country word naming where a thing
    comes from, not who acts; 'Russian-occupied Crimea', 'the Serb-controlled region',
    'rebel-held villages': who holds a place is not the place (``CONTROL_WORDS``); 'the
    Paris-based watchdog', 'a Washington-based think tank': where a body sits is not the body
    (``BASE_WORDS``), which its own noun or name names."""
    doc = tok.doc
    inside = inside_entity(doc)
    i = tok.i
    while i + 1 < len(doc) and inside[i + 1]:
        i += 1
    return i + 2 < len(doc) and column(doc, "orth")[i + 1] in ("-", "–") and \
        column(doc, "lower")[i + 2] in ORIGIN_WORDS + CONTROL_WORDS + BASE_WORDS


def _base_of(ctx: EventContext, toks: list[Any]) -> tuple[str, str] | None:
    """(country, place) of the place a noun phrase's 'X-based' / 'X-headquartered' modifier
    names ('the Beirut-based group': Lebanon, Beirut), if any."""
    doc = toks[0].doc if toks else None
    for t in toks:
        if t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "–") and \
                doc[t.i + 2].lower_ in BASE_WORDS:
            ent = ctx.entity(t)
            if ent is not None and ent.actor is not None and ent.actor.country and \
                    ent.actor.country not in ("IGO", "NGO"):
                return ent.actor.country, ent.text
    return None


def _excluded(ctx: EventContext, tok: Any) -> bool:
    """Tokens never taken as participants: the dateline, weapon origins, interview labels,
    onlookers ('with X as observers')."""
    ent = ctx.entity(tok)
    return (ent is not None and ent.label in NOT_PARTICIPANT_LABELS) or \
        _origin_modifier(tok) or in_label(_turns(ctx), tok.idx) or onlooker(tok)


ONLOOKER_NOUNS = frozenset({"observer", "witness", "guarantor", "host", "monitor", "mediator",
                            "facilitator", "broker", "moderator", "chair", "co-chair"})


def onlooker(tok: Any) -> bool:
    """'Thailand and Cambodia held talks, with the United States and China as observers',
    'the two sides signed the deal, with Qatar acting as mediator': a party named in a
    with-phrase that casts it as an observer, witness, guarantor, host or mediator of what
    others do is neither their partner nor one of the sides (the parser hangs the 'as'
    phrase on the with-phrase's noun, or on the verb right after the with-phrase)."""
    head = tok
    if tok.dep_ == "pcomp" and tok.head.lower_ == "with":  # 'with Qatar acting as …'
        head = next((c for c in tok.children if c.dep_ == "nsubj"), tok)
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "nsubj" and head.head.dep_ == "pcomp" and head.head.head.lower_ == "with":
        roles = [p for p in head.head.children if p.dep_ == "prep" and p.lower_ == "as"]
    elif head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.dep_ == "prep":
        prep = head.head
        last = max(t.i for t in prep.subtree)
        roles = [p for p in head.children if p.dep_ == "prep" and p.lower_ == "as"] + \
            [p for p in prep.head.children if p.dep_ == "prep" and p.lower_ == "as" and
             p.i == last + 1]
    else:
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in ONLOOKER_NOUNS
               for p in roles for g in p.children)


def _in_dateline(ctx: EventContext, tok: Any) -> bool:
    """Whether a token lies in the article's dateline ('ASTANA, Kazakhstan (AP) —')."""
    focus = focus_of(ctx.ex.doc) if tok.doc is ctx.ex.doc else None
    line = focus.dateline if focus is not None else None
    return line is not None and line.start <= tok.idx < line.end


def _past_dateline(ctx: EventContext, tok: Any) -> Any | None:
    """'ASTANA, Kazakhstan — Kazakhstan expelled ...', 'KYIV, Ukraine — Ukraine's foreign
    minister met ...': the parser takes the dateline's place as the clause's subject and the
    real subject, right after the dash, as its apposition (or conjunct). The first such
    phrase past the dateline is the argument the dateline token stands in for."""
    ent = ctx.entity(tok)
    if ent is None or ent.label not in NOT_PARTICIPANT_LABELS or not _in_dateline(ctx, tok):
        return None
    todo, seen = [tok], {tok.i}
    while todo:
        cur = todo.pop(0)
        for kid in cur.children:
            if kid.i in seen or kid.dep_ not in DATELINE_HEIR_DEPS:
                continue
            seen.add(kid.i)
            if not _in_dateline(ctx, kid):
                if kid.i > tok.i and kid.pos_ in ("NOUN", "PROPN", "PRON"):
                    return kid
                continue
            todo.append(kid)
    return None


def _turns(ctx: EventContext) -> list[Turn]:
    """The article's interview turns, found once."""
    if ctx.turns is None:
        ctx.turns = interview_turns(ctx.text)
    return ctx.turns


def _turn_speaker(ctx: EventContext, tok: Any) -> Participant | None:
    """In an interview, 'I' / 'we' is the turn's speaker and 'you' the one who answers."""
    turns = _turns(ctx)
    turn = turn_at(turns, tok.idx) if turns else None
    if turn is not None and tok.lower_ in SECOND_PERSON:
        turn = answerer(turns, turn)
    if turn is None:
        return None
    actor = _speaker_actor(ctx, turn)
    if actor is None:
        return None
    text = ctx.text[turn.label_start:turn.name_end]
    return Participant(turn.label_start, turn.name_end, text,
                       dataclasses.replace(actor, evidence=f"interview turn: {text}"))


def _speaker_actor(ctx: EventContext, turn: Turn) -> ActorRef | None:
    """The actor a turn's label names: a linked entity in the label, else the article's
    linked person with that last name."""
    date = ctx.ex.article.published
    for ent in _entities(ctx):
        if ent.actor is not None and turn.label_start <= ent.start < turn.name_end:
            return ent.actor
    for ent in _entities(ctx):
        if ent.actor is not None and ent.label in PERSON_LABELS and \
                ent.text.split()[-1] == turn.key:
            return ent.actor
    return ctx.link(ctx.text[turn.label_start:turn.name_end], date)


def _entities(ctx: EventContext) -> list[Entity]:
    """The article's linked entities, in text order."""
    return list(ctx.ex.entities)


def _np_tokens(tok: Any) -> list[Any]:
    """Tokens of the noun phrase headed by ``tok`` (left modifiers plus 'of/in X' phrases),
    found once per token (several events ask for the same phrase)."""
    doc = tok.doc
    key = ("eventwire", "np_tokens", tok.i)
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = tuple(t.i for t in _find_np_tokens(tok))
    return [doc[i] for i in found]


def _find_np_tokens(tok: Any) -> list[Any]:
    """``_np_tokens`` computed from the parse."""
    left = _left_words(tok)
    right = []
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in NP_PREPS:
            if child.lower_ != "of" and tok.lemma_.lower() in MEETING_NOUNS:
                continue  # 'ministers of Muslim nations [meeting] in Istanbul': the venue
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN", "NUM"):
                    right.extend(_np_tokens(obj) if child.lower_ == "of" else
                                 [t for t in obj.subtree if t.i <= obj.i])
        elif child.dep_ == "amod":  # 'militants loyal to X'
            right.extend(child.subtree)
    return sorted({*left, tok, *right}, key=lambda t: t.i)


def _left_words(tok: Any) -> list[Any]:
    """The words of ``tok``'s subtree up to ``tok`` that are neither spaces nor inside a
    clause hanging off the phrase (relative, adverbial, complement), read from the
    document's head index: the words from the subtree's left edge on, each tried by walking
    up its heads (a subtree walk would also build every word right of ``tok``)."""
    doc = tok.doc
    head, dep, space = heads(doc), column(doc, "dep"), spaces(doc)
    out = []
    for i in range(tok.left_edge.i, tok.i + 1):
        j = i
        while j != tok.i and head[j] != j and dep[j] not in CLAUSE_DEPS:
            j = head[j]
        if j == tok.i and not space[i]:
            out.append(doc[i])
    return out


def _sector_of(ctx: EventContext, tok: Any) -> str | None:
    """The PLOVER sector a head noun names ('officials' → GOV), if any; none for the last
    word of a state's name ('the Soviet Union' is no labour union)."""
    if tok.ent_type_ == "GPE":
        return None
    lemma = tok.lemma_.lower()
    if lemma == "tank" and any(c.lower_ == "think" for c in tok.children):
        return None  # a think tank is no armoured vehicle
    for sector, nouns in ctx.lexicon.patterns.get("sector_nouns", {}).items():
        if lemma in nouns:
            return sector
    return None


# Posts, vehicles and sites a body mans: 'a police checkpoint', 'a military convoy', 'army
# positions' stand for the police or the army when they are attacked or seized.
FACILITY_NOUNS = frozenset({"checkpoint", "convoy", "post", "outpost", "station", "barracks",
                            "patrol", "headquarters", "camp", "position", "garrison",
                            "compound", "vehicle"})


def _facility_sector(ctx: EventContext, tok: Any) -> str | None:
    """The sector of the agent noun modifying a facility noun ('a [police] checkpoint' →
    COP, 'a [military] convoy' → MIL): the body that mans it, which the phrase names."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in FACILITY_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i < tok.i:
            sector = _sector_of(ctx, c)
            if sector is not None:
                return sector
    return None


def _with_sector(actor: ActorRef | None, sector: str | None) -> ActorRef | None:
    """A copy of a country-level actor with the head noun's sector filled in."""
    if actor is None or sector is None or actor.sector:
        return actor
    return dataclasses.replace(actor, sector=sector)


def _place_actor(ctx: EventContext, text: str) -> ActorRef | None:
    """A country actor for a city or region name from the places table."""
    code = ctx.lexicon.places.get(text.lower().removeprefix("the ").strip())
    if code is None:
        return None
    return ActorRef(id=code, name=text, country=code, kind="country")


def _entity_actor(ctx: EventContext, ent: Entity, date: str | None) -> ActorRef | None:
    """The actor of an entity: from the linker, the registry, or the places table."""
    return (ent.actor or ctx.link(ent.text, date) or _place_actor(ctx, ent.text)
            or _country_in_name(ctx, ent, date))


def _country_in_name(ctx: EventContext, ent: Entity, date: str | None) -> ActorRef | None:
    """For an unknown organisation named after a country ('Serbian Workers' Union'):
    the country, marked as an affiliation."""
    if ent.label not in ("ORG", "NORP"):
        return None
    regions = getattr(ctx.registry, "regions", ())
    for m in re.finditer(r"[A-Z][\w.-]+", ent.text):
        word = m.group()
        before = ent.text[:m.start()].split()
        if before and f"{before[-1]} {word}".lower() in regions:
            continue  # 'Latin American': a country word ending a region's name
        actor = ctx.link(word, date) or _place_actor(ctx, word)
        if actor is not None and actor.country and actor.kind in ("state", "country", "place"):
            return ActorRef(id=actor.id, name=actor.name, country=actor.country,
                            kind="affiliated")
    return None


def _participant(ctx: EventContext, ent: Entity, date: str | None, sector: str | None
                 ) -> Participant:
    """A Participant for an entity, with its actor and the head noun's sector."""
    actor = _with_sector(_entity_actor(ctx, ent, date), sector)
    return Participant(ent.start, ent.end, ent.text, actor)


def _entity_participants(ctx: EventContext, ent: Entity, date: str | None, sector: str | None
                         ) -> list[Participant]:
    """Participants for an entity; an unlinked 'Trump-Putin' gives both names."""
    p = _participant(ctx, ent, date, sector)
    if p.actor is None and NAME_SPLIT.search(ent.text):
        return split_names(ctx, ent.start, ent.text, date) or [p]
    return [p]


def split_names(ctx: EventContext, start: int, text: str, date: str | None
                ) -> list[Participant]:
    """Participants of a hyphenated pair of names ('Trump-Putin', 'Russia-Ukraine')."""
    out = []
    pos = 0
    for part in NAME_SPLIT.split(text):
        offset = text.index(part, pos)
        pos = offset + len(part)
        actor = ctx.link(part, date) or _place_actor(ctx, part)
        if actor is None:
            return []
        out.append(Participant(start + offset, start + pos, part, actor))
    return out if len(out) > 1 else []


def _entities_in(ctx: EventContext, toks: list[Any]) -> list[Entity]:
    """Distinct actor entities covering the given tokens, in text order."""
    seen: list[Entity] = []
    for t in toks:
        ent = ctx.entity(t)
        if ent is not None and ent.label in ACTOR_LABELS and ent not in seen and \
                not _origin_modifier(t) and not in_stance(t) and \
                not _capitalised_modifier(ctx, t, ent):
            seen.append(ent)
    return seen


def _capitalised_modifier(ctx: EventContext, tok: Any, ent: Entity) -> bool:
    """True for a one-word person the tagger made of a sentence's capitalised first word
    that modifies an agent noun and names no known actor ('[Riot] police fired tear gas'):
    a word of the agent's own name ('riot police'), not a person beside it. A place or a
    group there ('Zentran soldiers') still names the agent's side."""
    if ent.actor is not None or ent.label != "PERSON" or not tok.is_sent_start or \
            tok.dep_ != "compound" or \
            ent.end - ent.start != len(tok.text) or tok.head.i <= tok.i:
        return False
    nouns = ctx.lexicon.patterns.get("sector_nouns", {})
    return any(tok.head.lemma_.lower() in group for group in nouns.values())


def _named_site(ctx: EventContext, tok: Any) -> Any | None:
    """The site noun an unlinked name only modifies ('Tharjath' in 'the Tharjath pumping
    station', 'Heglig' in 'the Heglig oil field'), when the argument is the name."""
    if tok.pos_ != "PROPN" or tok.dep_ != "compound":
        return None
    own = ctx.entity(tok)
    if own is not None and own.actor is not None:
        return None
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in SITE_NOUNS:
            return head
    return None


def _site_names_dropped(tok: Any, ents: list[Entity]) -> list[Entity]:
    """Without the unlinked names that only name a site the head noun is ('the Tharjath
    pumping station', 'the Heglig oil field'): the site is a thing, which the phrase without
    its name places as any unnamed target is; a linked name stays ('the Ukrainian-held
    Zaporizhzhia plant' names no group, but 'a Gazprom pipeline' names its owner)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SITE_NOUNS:
        return ents
    return [e for e in ents if e.actor is not None or e.end > tok.idx]


def _best_entities(ctx: EventContext, tok: Any) -> list[Entity]:
    """The entities that name the actor of the phrase headed by ``tok``.

    The entity covering the head wins ("Russian President Vladimir Putin");
    otherwise coordinated modifiers give several ("Russian and Ukrainian
    officials"); otherwise the entity nearest the head.
    """
    coordinated = _coordinated_modifiers(ctx, tok)
    if len(coordinated) > 1:
        return coordinated
    own = ctx.entity(tok)
    ents = _entities_in(ctx, _np_tokens(tok))
    resident = _residence(ctx, tok)
    if resident is not None and own is not None and own.actor is not None and \
            own.actor.country == _entity_actor(ctx, resident, ctx.ex.article.published).country:
        return [own]  # 'protesters in Lima': the protesters, placed in Peru, not the capital
    if resident is not None:
        return [resident]
    if own is not None and own.actor is None:
        inner = ctx.smallest_entity(tok)  # "Rubio’s" mislabelled wide, 'Rubio' linked inside
        if inner is not None and inner.actor is not None:
            own = inner
    if own is None and not ents:  # 'the new president, Lai Ching-te': the name in apposition
        appos = [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]
        ents = [e for e in _entities_in(ctx, appos)
                if e.actor is not None and not _past_role(ctx, e, appos)][:1]
    if own is not None and placed_by_context(own.actor):
        named = _apposed_person(ctx, tok)
        if named is not None:  # 'the defence minister of X, Jane Doe': the person
            return [named]
    state = _apposed_state(ctx, tok) if own is None else None
    if state is not None:  # 'NATO ally Turkey', 'the AU's chair, Angola': the state acts
        return [state]
    if own is not None and own.label in ACTOR_LABELS:
        chosen = own
    elif not ents:
        return []
    else:
        left = [e for e in ents if e.end <= tok.idx]
        chosen = left[-1] if left else ents[0]
        if left and _post_noun(ctx, tok):  # 'Russia's U.N. envoy': the country it represents
            chosen = principal_before(tok.doc, chosen, ctx.entity) or chosen
    return [_prefer_linked(ctx, chosen, ents, tok)]


def _apposed_state(ctx: EventContext, tok: Any) -> Entity | None:
    """A country named in apposition to a role noun ('NATO ally Turkey', 'EU member Hungary',
    'the AU's chair, Angola'): the state is who acts; the organisation or country before the
    noun only says what the state is to it."""
    if tok.pos_ != "NOUN":
        return None
    appos = [t for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
             for t in c.subtree]
    date = ctx.ex.article.published
    for e in _entities_in(ctx, appos):
        actor = _entity_actor(ctx, e, date)
        if e.label == "GPE" and actor is not None and actor.kind in NATIONAL_KINDS and \
                not _past_role(ctx, e, appos):
            return e
    return None


def placed_by_context(actor: ActorRef | None) -> bool:
    """Whether a generic agent's country came only from the text around it (its sentence,
    the dateline, the article's focus), not from the agent's own words."""
    return actor is not None and (actor.evidence or "").startswith(PLACED_BY_CONTEXT)


def _apposed_person(ctx: EventContext, tok: Any) -> Entity | None:
    """A linked person in apposition to the phrase headed by ``tok``, also after its
    of-object ("the defence minister of the neighbouring state, Jane Doe,": the parse
    hangs the name on the object)."""
    heads = [tok, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj")]
    appos = [t for h in heads for c in h.children if c.dep_ == "appos" for t in c.subtree]
    found = next((e for e in _entities_in(ctx, appos) if e.label == "PERSON" and e.actor
                  and e.actor.kind == "person" and not _past_role(ctx, e, appos)), None)
    return found or _set_off_person(ctx, heads[-1])


def _set_off_person(ctx: EventContext, tok: Any) -> Entity | None:
    """A linked person set off by commas right after the phrase headed by ``tok`` when the
    parse hangs the name elsewhere ("met the commander of the navy, Admiral Jane Doe, in
    the port"): a comma, at most ``SET_OFF_TITLES`` capitalised title words, the person's
    name, then a comma or the sentence's end."""
    doc = tok.doc
    end = max(t.i for t in tok.subtree) + 1
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    while i < len(doc) and i - end - 1 <= SET_OFF_TITLES:
        ent = ctx.entity(doc[i])
        if ent is not None:
            last = i + 1  # the token after the entity's last
            while last < len(doc) and doc[last].idx < ent.end:
                last += 1
            closed = last >= len(doc) or doc[last].text in (",", ".") or \
                doc[last].is_sent_start
            person = ent.label == "PERSON" and ent.actor is not None and \
                ent.actor.kind == "person" and ent.start == doc[i].idx
            return ent if person and closed else None
        if not doc[i].text[:1].isupper():
            return None
        i += 1
    return None


def _group_head(ctx: EventContext, tok: Any) -> Any:
    """The noun that names the group: 'Thousands of [Kurds]', 'a group of [leaders]'."""
    return quantity_head(tok, ctx.lexicon.cue("quantity_nouns"), steps=None)


def _residence(ctx: EventContext, tok: Any) -> Entity | None:
    """PLOVER residence coding: a non-state group 'in/throughout X' takes X's country."""
    head = _group_head(ctx, tok)
    own = ctx.entity(head)
    ally = head.lemma_.lower() in ALLY_NOUNS  # 'Israel's militia ally in southern Lebanon'
    is_group = (own is not None and own.label == "NORP") or ally or \
        head.lemma_.lower() in ctx.lexicon.cue("residence_groups")
    if not is_group or (_affiliated(ctx, head) and not ally):
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        venue = {x.i for m in prep.subtree if m.lemma_.lower() in MEETING_NOUNS
                 for c in m.children if c.dep_ == "prep" and c.lower_ != "of"
                 for x in c.subtree}  # 'leaders of Western nations meeting in Rome'
        for t in prep.subtree:
            if t.i in venue:
                continue
            ent = ctx.entity(t)
            if ent is not None and ent.label in ("GPE", "LOC") and \
                    _entity_actor(ctx, ent, ctx.ex.article.published) is not None:
                return ent
    return None


def _affiliated(ctx: EventContext, head: Any) -> bool:
    """True when the phrase names its own affiliation before the head ('Bangladesh's leader',
    'Afghan refugees', 'Al-Shabab militants' however the tagger labels the group's name):
    then 'in X' after it is where they are, not whose they are."""
    for mod in head.children:
        if mod.dep_ in AFFILIATION_DEPS and mod.i < head.i:
            ent = ctx.entity(mod)
            if ent is not None and (ent.label in GROUP_LABELS or (
                    ent.label in GROUP_NAME_LABELS and ent.actor is not None and
                    ent.actor.kind in GROUP_KINDS and ent.actor.country)):
                return True
    return False


def _prefer_linked(ctx: EventContext, chosen: Entity, ents: list[Entity], tok: Any) -> Entity:
    """Prefer a linked entity of the phrase or of an apposition over an unlinked name."""
    date = ctx.ex.article.published
    if _entity_actor(ctx, chosen, date) is not None:
        return chosen
    appos = [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]
    for e in [*ents, *[a for a in _entities_in(ctx, appos) if not _past_role(ctx, a, appos)]]:
        if e is not chosen and _entity_actor(ctx, e, date) is not None:
            return e
    return chosen


def _past_role(ctx: EventContext, ent: Entity, appos: list[Any]) -> bool:
    """'Barnier, a former EU commissioner': an organisation the apposition says the person
    served in the past ('former', 'ex-', 'then-', 'onetime') does not act through them."""
    former = getattr(ctx.registry, "former", None) or set()
    actor = _entity_actor(ctx, ent, ctx.ex.article.published)
    if not appos or ent.label not in GROUP_LABELS or \
            (actor is not None and actor.kind in NATIONAL_KINDS):
        return False  # 'a former Ukrainian minister' is still Ukrainian
    doc = appos[0].doc
    for t in appos:
        if t.idx >= ent.start:
            break
        if is_former(doc, t.i, former):
            return True
    return False


def _coordinated_modifiers(ctx: EventContext, tok: Any) -> list[Entity]:
    """Entities of coordinated modifiers: 'Russian and Ukrainian officials' → both."""
    out: list[Entity] = []
    doc = tok.doc
    kids, deps, lower = children(doc), column(doc, "dep"), column(doc, "lower")
    mods = [j for j in kids[tok.i] if deps[j] in ("amod", "compound", "nmod")]
    mods += [g for p in kids[tok.i] if deps[p] == "prep" and lower[p] in ("of", "from")
             for g in kids[p] if deps[g] == "pobj"]  # 'officials from France and Italy'
    for j in mods:
        m = doc[j]
        others = conjuncts(m)
        if not others:
            continue
        for c in (m, *others):
            ent = ctx.smallest_entity(c)
            if ent is not None and ent not in out:
                out.append(ent)
    return out


def resolve_pronoun(ctx: EventContext, tok: Any) -> Entity | None:
    """The antecedent entity of a personal pronoun: the nearest fitting earlier entity."""
    groups = ctx.lexicon.patterns.get("pronouns", {})
    word = tok.lower_
    if word in groups.get("person", []):
        labels: tuple[str, ...] = PERSON_LABELS
    elif word in groups.get("thing", []) or word in groups.get("group", []):
        labels = GROUP_LABELS
    else:
        return None
    lo = _window_start(tok) if labels is PERSON_LABELS else sentence_of(tok).start
    own = _own_subject(tok)
    nearest: tuple[Entity, int] | None = None  # a person who is not a subject
    for i in range(tok.i - 1, lo - 1, -1):
        ent = ctx.entity(tok.doc[i])
        if ent is None or ent.label not in labels or i in own or \
                _plural_group_of(tok, tok.doc[i]):
            continue
        if nearest is not None and sentence_of(tok.doc[i]).start != nearest[1]:
            break  # a subject wins only within the nearest sentence that names a person
        if _subject_like(tok.doc[i]) or (own and labels is GROUP_LABELS and
                                         _controlled_object(tok) and _agrees(tok, tok.doc[i])
                                         and not _located(tok.doc[i])):
            return ent
        if labels is PERSON_LABELS and nearest is None:
            nearest = (ent, sentence_of(tok.doc[i]).start)
    return nearest[0] if nearest is not None else None


TITLE_SENTS = 2  # 'the former minister' is 'he' in its sentence and the next one


def _title_heads(ctx: EventContext) -> frozenset[str]:
    """The single nouns naming a person's office: the last word of each title of the
    registry's lexicon ('president', 'minister' of 'foreign minister', 'spokesman'), not of
    an of-phrase title ('head of state')."""
    titles = getattr(ctx.registry, "titles", None) or {}
    return frozenset(t.split()[-1] for t in titles if " of " not in t and "-" not in t)


def _title_antecedent(ctx: EventContext, tok: Any) -> Any | None:
    """'The court sentenced the former minister … Prosecutors had accused him of …': a
    personal pronoun with no person named before it in its window is the nearest singular
    office noun ('minister', 'president', 'spokesman') in its sentence or the one before,
    outside a name and outside the subject of its own clause; the office holder is then
    placed by context as a bare title is."""
    groups = ctx.lexicon.patterns.get("pronouns", {})
    if tok.lower_ not in groups.get("person", []):
        return None
    heads = _title_heads(ctx)
    own = _own_subject(tok)
    for i in range(tok.i - 1, _window_start(tok, TITLE_SENTS) - 1, -1):
        cand = tok.doc[i]
        if cand.pos_ == "NOUN" and cand.tag_ == "NN" and cand.lower_ in heads and \
                not cand.ent_type_ and i not in own and \
                cand.dep_ not in ("compound", "amod", "poss"):
            return cand
    return None


def conjunct_object(tok: Any) -> Any | None:
    """The object of an earlier coordinated verb that an object pronoun of a later one takes
    up: 'X detained two villagers and shot them', 'X surrounded the town and shelled it',
    'X rounded up the men, tied them up and opened fire on them' (them: the men), 'X stopped
    an activist and detained her'. The object must agree in number ('them' a plural noun;
    'it', 'him', 'her' a singular one), and the later
    verb must have no subject of its own ('X detained the men and a court charged them'
    leaves the pronoun to the other rules). None otherwise."""
    if tok.lower_ not in SHARED_OBJECT_PRONOUNS or tok.dep_ not in ("dobj", "pobj"):
        return None
    verb = tok.head
    for _ in range(3):  # 'opened fire on them': through the preposition and the object
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    while verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.head != verb and \
            not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i]
        if not objs or verb.pos_ != "VERB":
            return None
        obj = objs[0]
        if obj.pos_ == "PRON":
            continue  # 'tied them up and shot them': the verb before names them
        if obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in NOT_ACTOR_ENTS:
            return None
        plural = _plural(obj) or obj.tag_ == "NNPS"
        return obj if plural == (tok.lower_ == "them") else None
    return None


def _plural_group_of(pronoun: Any, tok: Any) -> bool:
    """True for a singular 'it' / 'its' and a nationality word on a plural noun ('Serbian
    troops … fired on its soldiers'): the pronoun is not the troops, nor their country."""
    if pronoun.lower_ in PLURAL_PRONOUNS:
        return False
    return tok.tag_ == "NNS" or (tok.ent_type_ == "NORP" and tok.dep_ in ("amod", "compound")
                                 and tok.head.tag_ == "NNS")


def _own_subject(tok: Any) -> set[int]:
    """The words of the subject of the clause whose object is the pronoun ``tok``, which a
    pronoun other than a reflexive never refers to: 'X imposed sanctions on Y, accusing it
    of fraud', 'X met Y and praised him' (it, him: Y)."""
    if tok.dep_ not in OBJECT_PRONOUN_DEPS:
        return set()
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {t.i for s in verb_subject(verb) for t in s.subtree}


def _controlled_object(tok: Any) -> bool:
    """True for an object pronoun that does what its verb's complement says ('accusing it of
    fraud', 'urged them to withdraw', 'barred them from entering'): an actor, unlike the
    'it' of 'signed the deal and ratified it'."""
    verb = tok.head
    return tok.dep_ == "dobj" and any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in CONTROL_PREPS)
        for c in verb.children if c.i > tok.i)


def _located(tok: Any) -> bool:
    """True for a name in a place phrase ('women in Afghanistan'): where someone is, not who."""
    head = tok
    while head.dep_ == "compound" and head.head != head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS


def _opening_group_pronoun(ctx: EventContext, tok: Any) -> Participant | None:
    """A group pronoun subject (or the possessor of the subject: 'Its troops …') with no group
    named before it in its sentence: the linked subject of the sentence before, with the
    evidence."""
    groups = ctx.lexicon.patterns.get("pronouns", {})
    opening = tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS)
    if tok.lower_ not in (*groups.get("thing", []), *groups.get("group", [])) or not opening or \
            any(t.i < tok.i and (e := ctx.entity(t)) is not None and e.label in GROUP_LABELS
                for t in sentence_of(tok)):
        return None
    ent = _previous_subject_group(ctx, tok)
    if ent is None:
        return None
    p = _participant(ctx, ent, ctx.ex.article.published, None)
    if p.actor is not None:
        p.actor = dataclasses.replace(p.actor, evidence=f"previous sentence: {ent.text}")
    return p


def _previous_subject_group(ctx: EventContext, tok: Any) -> Entity | None:
    """'The BLA claimed the attack. They said …': a group pronoun opening its sentence's
    subject with no group named before it refers to the linked subject of the sentence
    before (same paragraph)."""
    start = sentence_of(tok).start
    if start == 0 or "\n\n" in ctx.text[tok.doc[start - 1].idx:tok.idx]:
        return None
    prev = sentence_of(tok.doc[start - 1])
    for t in prev:
        ent = ctx.entity(t)
        if ent is not None and ent.label in GROUP_LABELS and ent.actor is not None and \
                _subject_like(t) and _agrees(tok, t):
            return ent
    return None


def _agrees(pronoun: Any, tok: Any) -> bool:
    """Number agreement of a group pronoun with a name: 'they' takes any group (news says
    'they' of an organisation too), 'it' a singular organisation or country, or the
    singular head noun of a linked body's subject phrase ('the foreign ministry')."""
    if pronoun.lower_ in PLURAL_PRONOUNS:
        return True
    if tok.tag_ == "NN" and tok.dep_ in SUBJECT_DEPS:
        return True  # 'the foreign ministry summoned X. It demanded …': a linked body's noun
    return tok.ent_type_ in ("ORG", "GPE") and tok.tag_ not in ("NNS", "NNPS")


def _subject_like(tok: Any) -> bool:
    """True for a token in a subject phrase ('Hungary', 'Fijian rebels')."""
    return tok.dep_ in SUBJECT_DEPS or (tok.head.dep_ in SUBJECT_DEPS and
                                        tok.dep_ in ("amod", "compound", "poss"))


def _quote_speaker(ctx: EventContext, tok: Any) -> Participant | None:
    """The speaker of the quote a first-person pronoun sits in ('"We will respond," X said')."""
    for q in ctx.ex.quotes:
        if q.content.start <= tok.idx < q.content.end and q.speaker is not None:
            return q.speaker
    return None


def _previous_speaker(ctx: EventContext, tok: Any) -> Participant | None:
    """'"...," Orban said. "..." He rejected ...': a singular personal pronoun with no
    antecedent in reach refers to the speaker of the closest quote before it."""
    if tok.lower_ not in ctx.lexicon.patterns.get("pronouns", {}).get("person", []) or \
            tok.lower_ in PLURAL_PRONOUNS:
        return None
    best = None
    for q in ctx.ex.quotes:
        if q.speaker is None or q.speaker.actor is None or q.content.end > tok.idx:
            continue
        if tok.idx - q.content.end <= MAX_SPEAKER_GAP and (best is None or
                                                           q.content.end > best.content.end):
            best = q
    return best.speaker if best is not None else None


def _governing_subject(tok: Any, quantities: Any = ()) -> Any | None:
    """For 'X said they ...' / 'X ..., as he embarked': the subject X of the governing verb;
    for 'X reaffirmed its commitment': the subject X of the possessive's own clause; for
    'X said his government would …' or 'X said three of its soldiers were killed' (a part of
    the subject, ``quantities`` the quantity nouns: 'dozens of its fighters'): the subject X
    of the verb governing that clause."""
    if tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS:
        return _subject_above(tok.head.head, tok)
    part = _subject_part(tok.head, quantities) if tok.dep_ == "poss" else None
    if part is not None:
        return _subject_above(part.head, tok)
    if tok.dep_ == "poss":
        return _clause_subject(tok)
    if tok.dep_ not in SUBJECT_DEPS:
        return None
    return _subject_above(tok.head, tok)


def _subject_part(noun: Any, quantities: Any) -> Any | None:
    """The quantity subject a noun is the of-object of ('[three] of its soldiers were
    killed', '[several] of their ships', '[dozens] of its fighters'); None otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    part = prep.head
    if part.dep_ not in SUBJECT_DEPS or not (
            part.pos_ in ("NUM", "DET", "ADJ", "PRON") or part.lemma_.lower() in quantities):
        return None
    return part


def _attacked_owner(ctx: EventContext, tok: Any) -> Any | None:
    """'The ministry said enemy forces opened fire on its troops', 'X vowed to respond after
    a strike killed two of its soldiers': a possessive pronoun in the object of a verb of
    attack is the victim's owner, not the attacker the verb's own subject names; it is the
    subject of the clause above (the speaker, the one who responds), when they agree in
    number."""
    if tok.dep_ != "poss":
        return None
    head = tok.head
    while head.dep_ in ("dobj", "pobj", "prep", "conj") and head.head != head:
        head = head.head
    if head.pos_ != "VERB" or not any(e.type == "ASSAULT" for e in
                                      ctx.lexicon.candidates("verb", head.lemma_)):
        return None
    verb = head
    for _ in range(MAX_CLAUSE_CLIMB):
        if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or verb.head == verb:
            return None
        verb = verb.head
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"
                and not is_label(c)]
        if subj:
            return subj[0] if _plural(subj[0]) == (tok.lower_ in PLURAL_PRONOUNS) else None
    return None


def _subject_above(verb: Any, pronoun: Any) -> Any | None:
    """The non-pronoun subject of the verb governing ``verb``'s clause, when it agrees in
    number with ``pronoun``; not the speaker of a reporting verb after the clause."""
    if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or verb.head == verb:
        return None
    subj = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"
            and not is_label(c)]
    if not subj or _plural(subj[0]) != (pronoun.lower_ in PLURAL_PRONOUNS):
        return None
    if verb.dep_ == "ccomp" and subj[0].i > pronoun.i:
        return None  # 'They killed 20 civilians, residents said': who reports them after
        # the fact speaks of others ('we' would be themselves)
    return subj[0]


def _clause_subject(tok: Any) -> Any | None:
    """The non-pronoun subject of the verb whose object phrase holds a possessive pronoun,
    when they agree in number ('the leaders reaffirmed their commitment'); for a verb that
    answers what another party made ('Ukraine said Germany had rejected its request') the
    subject of the clause above, as the answerer is not who made it."""
    head = tok.head
    while head.dep_ in ("dobj", "pobj", "prep", "conj") and head.head != head:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lemma_.lower() in ANSWERING_VERBS:  # 'Ukraine said X rejected its request'
        return _subject_above(head, tok)
    subj = [c for c in head.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"
            and not is_label(c)]
    if not subj or _plural(subj[0]) != (tok.lower_ in PLURAL_PRONOUNS):
        return None
    return subj[0]


ANSWERING_VERBS = frozenset({"reject", "deny", "refuse", "decline", "dismiss", "rebuff",
                             "spurn", "accept", "grant", "approve", "heed", "answer"})
# a verb answering what another party made: 'X rejected its request' is someone else's


def _plural(tok: Any) -> bool:
    """True for a plural noun phrase ('officials', 'Russia and Ukraine')."""
    return tok.tag_ in ("NNS", "NNPS") or bool(tok.conjuncts)


def _window_start(tok: Any, sentences: int = MAX_ANTECEDENT_SENTS) -> int:
    """Index of the first token of the antecedent window (this and earlier sentences)."""
    lo = sentence_of(tok).start
    for _ in range(sentences - 1):
        if lo == 0:
            break
        lo = sentence_of(tok.doc[lo - 1]).start
    return lo


def _pair_of_people(ctx: EventContext, tok: Any) -> list[Entity]:
    """'both leaders', 'the two presidents', a bare 'the prime ministers': the last two
    linked people named before."""
    mods = [c for c in tok.children if c.dep_ not in ("punct", "cc", "conj")]
    bare = [c.lower_ for c in mods if c.dep_ == "det"] == ["the"] and all(
        c.dep_ == "det" or (c.dep_ in ("compound", "amod") and c.ent_type_ == "") for c in mods)
    if tok.tag_ != "NNS" or not (bare or any(c.lower_ in PAIR_WORDS for c in tok.children
                                             if c.dep_ in ("det", "nummod", "predet"))):
        return []
    titles = ctx.registry.titles if ctx.registry is not None else {}
    if tok.lemma_.lower() not in titles and tok.lemma_.lower() not in PAIR_NOUNS:
        return []
    found: list[Entity] = []
    for i in range(tok.i - 1, _window_start(tok) - 1, -1):
        ent = ctx.entity(tok.doc[i])
        if ent is None or ent.label != "PERSON" or ent.actor is None or \
                any(f.actor.id == ent.actor.id for f in found) or \
                (bare and not _holds(ent, tok.lemma_.lower())):
            continue
        found.append(ent)
        if len(found) == 2:
            return found[::-1]
    return []


def _holds(ent: Entity, title: str) -> bool:
    """True when a person holds the office a plural title names ('the prime ministers': a
    prime minister; 'the leaders': a head of state or government)."""
    role = (ent.actor.role or "") if ent.actor is not None else ""
    if title == "leader":
        return role in LEADER_OFFICES
    return bool(role) and (role == title or role.endswith(" " + title))


def _pair_reference(tok: Any) -> str | None:
    """The kind of a plural definite reference of two parties: 'paired' ('both sides', 'the
    two countries', 'both militaries'), 'bare' ('the countries'), 'told' (a pair the text must
    have named: 'the two parties', 'both foreign ministers' with no two people linked), else
    None."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS" or (lemma not in PARTY_NOUNS and lemma not in TOLD_PAIR_NOUNS):
        return None
    paired = any(c.lower_ in PAIR_WORDS for c in tok.children
                 if c.dep_ in ("det", "nummod", "predet", "preconj"))
    if paired:
        return "told" if lemma in TOLD_PAIR_NOUNS else "paired"
    if lemma in PARTY_NOUNS and [c.lower_ for c in tok.children] == ["the"]:
        return "bare"
    return None


def _is_party(ent: Entity | None) -> bool:
    """True for a linked entity that can be a side: a country's actor named by its own words
    (no place, international or non-governmental body, outlet, nor a name placed only by the
    text around it)."""
    return ent is not None and ent.label in ACTOR_LABELS and ent.actor is not None and \
        bool(ent.actor.country) and ent.actor.kind not in NOT_PARTY_KINDS and \
        not str(ent.actor.evidence or "").startswith(CONTEXT_ONLY)


def _state_party(ctx: EventContext, ent: Entity | None) -> bool:
    """A party that can be one of two states paired: not a person, named or by a title or a
    post abroad, nor a nationality owning one (two envoys named together, 'the U.S.
    ambassador and the Chinese ambassador', 'American and Chinese ambassadors looking on',
    are no pair of sides)."""
    if not _is_party(ent) or ent.actor.kind == "person" or ent.label == "PERSON" or \
            ent.actor.role:
        return False
    titles = ctx.registry.titles if ctx.registry is not None else {}
    last = ctx.ex.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if last is None:
        return True
    owner = last.root
    while owner.dep_ == "conj" and owner.head.i != owner.i:
        owner = owner.head  # 'American and Chinese ambassadors': the first conjunct's noun
    heads = [last.root] + ([owner.head] if owner.dep_ in ("amod", "compound", "poss", "nmod")
                           else [])
    return not any(h.lemma_.lower() in titles or h.lemma_.lower() in MISSION_NOUNS or
                   h.lemma_.lower() in PAIR_NOUNS for h in heads)


def _sentence_pair(ctx: EventContext, toks: list[Any]) -> list[Entity] | None:
    """The two parties one stretch of a sentence pairs: two parties (no people,
    ``_state_party``) of different countries joined as conjuncts ('X and Y held talks',
    'talks between X and Y', 'Thai troops and
    Cambodian soldiers'). [] when a coordination joins three countries or more (which two is not
    said), None when it pairs none."""
    seen: dict[int, Entity] = {}
    for t in toks:
        ent = ctx.entity(t)
        if _state_party(ctx, ent) and not onlooker(t):
            seen.setdefault(ent.start, ent)
    parties = sorted(seen.values(), key=lambda e: e.start)
    inside = {t.i for t in toks}
    for ent in parties:
        root = next((t for t in toks if ctx.entity(t) is ent and
                     (t.head.i == t.i or ctx.entity(t.head) is not ent)), None)
        if root is None:
            continue
        group: list[Entity] = []
        for member in (root, *conjuncts(root)):
            other = ctx.entity(member) if member.i in inside else None
            if _state_party(ctx, other) and all(g.actor.country != other.actor.country for g in group):
                group.append(other)
        if len(group) > 2:
            return []
        if len(group) == 2:
            return sorted(group, key=lambda e: e.start)
    return None


def _pair_of_parties(ctx: EventContext, tok: Any) -> list[Entity | ActorRef]:
    """'both sides', 'the two countries', 'the two neighbours', 'both militaries': the two
    parties the text last paired — the nearest stretch, from the reference's own sentence
    back through the ``PAIR_SENTS`` before it, that joins two parties of different countries
    ('X and Y', 'between X and Y': ``_sentence_pair``), so a
    third state named apart as host or mediator is neither side; in an article about two
    countries (``_story_pair``) only a pairing of those two counts (two envoys of outside
    powers named together are not 'both sides'). A coordination of three
    countries or more says no pair. A name whose country comes only from the text around it
    (an unknown outlet placed by the dateline in 'told The Harbour Times', an 'official'
    referring back) is no party named. Failing a pairing, the article's two main countries
    (``resolve.story_sides``: exactly two dominate its country mentions), else the last two
    parties of different countries named (neither for 'the two parties', 'both foreign
    ministers', which the text must pair). A bare 'the countries' takes the two countries its sentence and the one before
    name, when they name exactly two."""
    kind = _pair_reference(tok)
    if kind is None:
        return []
    lo = _window_start(tok, BARE_PAIR_SENTS if kind == "bare" else PAIR_SENTS)
    if kind != "bare":
        story = _story_pair(ctx)
        sides = {a.country for a in story}
        end = tok.i
        while end > lo:
            start = max(sentence_of(tok.doc[end - 1]).start, lo)
            pair = _sentence_pair(ctx, list(tok.doc[start:end]))
            if pair is not None and (not pair or not sides or
                                     {e.actor.country for e in pair} == sides):
                return pair
            end = start
        if kind == "told" and not (story and tok.lemma_.lower() in STORY_PAIR_NOUNS):
            return []
        if story:
            return story
    found: list[Entity] = []
    for i in range(tok.i - 1, lo - 1, -1):
        ent = ctx.entity(tok.doc[i])
        if not _is_party(ent) or any(f.actor.country == ent.actor.country for f in found):
            continue
        found.append(ent)
        if len(found) == 2 and kind != "bare":
            return found[::-1]
        if len(found) > 2:
            return []  # 'the countries' among three named: which two is not said
    return found[::-1] if kind == "bare" and len(found) == 2 else []


def _story_pair(ctx: EventContext) -> list[ActorRef]:
    """The two countries an article is about when exactly two dominate its country mentions
    (``resolve.story_sides``), in the order it first names them; else []."""
    from eventwire.extract.resolve import story_sides  # resolve imports this module

    focus = focus_of(ctx.ex.doc)
    sides = story_sides(focus) if focus is not None else None
    if sides is None or len(sides) != 2:
        return []
    order = [e.actor.country for k in sorted(focus.by_sentence)
             for e, _ in focus.by_sentence[k] if e.actor.country in sides]
    return [ActorRef(f"country:{code}", code, code, None, "state", None,
                     "refers to: the article's two sides")
            for code in sorted(sides, key=lambda c: order.index(c) if c in order else 0)]


def _country_reference(ctx: EventContext, tok: Any) -> Participant | None:
    """'Botswana resumed hunting. The country was criticized …': a bare definite 'the country'
    / 'the nation' refers to the country the nearest sentence naming one names (its subject
    when it names several), else to the dateline's or the article's country."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in COUNTRY_NOUNS or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in NARROWING_DEPS for c in tok.children):
        return None  # 'the neighbouring country', 'the country of origin', 'a country'
    actor = _named_country(ctx, tok)
    if actor is None:
        focus = focus_of(ctx.ex.doc)
        placed = focus.context_country(-1) if focus is not None else None
        if placed is None:
            return None
        code, evidence = placed
        actor = ActorRef(f"country:{code}", code, code, None, "state", None,
                         f"refers to: {evidence}")
    det = next(c for c in tok.children if c.dep_ == "det")
    start, end = min(det.idx, tok.idx), tok.idx + len(tok.text)
    return Participant(start, end, ctx.text[start:end], actor)


def _possessed_country(ctx: EventContext, tok: Any, date: str | None) -> Participant | None:
    """'Abiy said his country would reject the deal', '"Our country will not bow," the
    minister said': a singular 'country' / 'nation' owned by a possessive pronoun and
    nothing else is the state of the pronoun's referent (a person's, a body's or a state's
    country; first person: the quote's speaker), not nobody; 'his home country', 'their
    countries' and an owner with no country name nobody."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in COUNTRY_NOUNS:
        return None
    mods = [c for c in tok.children if c.i < tok.i]
    if len(mods) != 1 or mods[0].dep_ != "poss" or mods[0].pos_ != "PRON" or \
            mods[0].lower_ in SECOND_PERSON or ctx.registry is None:
        return None
    owner = [p for p in _participants_of_head(ctx, mods[0], date)
             if p.actor is not None and p.actor.country]
    if len({p.actor.country for p in owner}) != 1 or owner[0].actor.country in BODY_CODES:
        return None
    actor = dataclasses.replace(ctx.registry.country_ref(owner[0].actor.country),
                                evidence=f"possessor: {owner[0].text}")
    start, end = mods[0].idx, tok.idx + len(tok.text)
    return Participant(start, end, ctx.text[start:end], actor)


def _named_country(ctx: EventContext, tok: Any) -> ActorRef | None:
    """The country a 'the country' refers to, from this and the two sentences before (named
    countries only: generic agents placed by context carry evidence and are skipped)."""
    by_sentence: dict[int, list[tuple[Entity, bool]]] = {}
    for i in range(tok.i - 1, _window_start(tok) - 1, -1):
        ent = ctx.entity(tok.doc[i])
        if ent is not None and ent.actor is not None and ent.actor.kind == "state" and \
                ent.actor.country and not ent.actor.evidence and ent.end <= tok.idx:
            by_sentence.setdefault(sentence_of(tok.doc[i]).start, []).append(
                (ent, _subject_like(tok.doc[i])))
    if not by_sentence:
        return None
    named = by_sentence[max(by_sentence)]
    if len({e.actor.country for e, _ in named}) > 1:
        named = [(e, subj) for e, subj in named if subj]
        if len({e.actor.country for e, _ in named}) != 1:
            return None
    ent = named[0][0]
    return dataclasses.replace(ent.actor, evidence=f"refers to: {ent.text}")


def _reference_participant(ctx: EventContext, tok: Any, actor: ActorRef,
                           head_only: bool = False) -> Participant:
    """A participant an actor names through a reference phrase ('the two countries'); the
    second of a pair spans the head noun alone, so the two stay two participants."""
    toks = [tok] if head_only else _np_tokens(tok)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return Participant(start, end, ctx.text[start:end], actor)


def _pair_sector(ctx: EventContext, tok: Any, p: Participant) -> Participant:
    """A side of 'both leaders', 'both delegations', 'the two governments' (government),
    'both armies' (military): the sector the reference noun names, given to a state named
    with none ('both sides', 'the two countries' name no sector)."""
    if tok.lemma_.lower() not in PAIR_SECTOR_NOUNS or p.actor is None or p.actor.sector or \
            p.actor.kind not in NATIONAL_KINDS:
        return p
    sector = _sector_of(ctx, tok)
    if sector:
        p.actor = dataclasses.replace(p.actor, sector=sector)
    return p


def _referred(p: Participant, ent: Entity) -> Participant:
    """A participant named by a reference to an earlier mention, with the evidence."""
    if p.actor is not None:
        p.actor = dataclasses.replace(p.actor, evidence=f"refers to: {ent.text}")
    return p


def participants_of(ctx: EventContext, tok: Any, date: str | None, expand: bool = True,
                    scene: frozenset[str] | None = None) -> list[Participant]:
    """Participants named by the phrase headed by ``tok`` (and its conjuncts if ``expand``).

    With ``scene`` (the attacker's countries), an unnamed victim ('villages', 'the convoy',
    '11 coal miners') is placed where the event happens (PLOVER residence coding).
    """
    out: list[Participant] = []
    if expand and tok.ent_type_ not in NOT_ACTOR_ENTS and _excluded(ctx, tok):
        tok = _past_dateline(ctx, tok) or tok  # 'SEOUL, South Korea — South Korea and Japan'
    for head in (tok, *conjuncts(tok)) if expand else (tok,):
        out.extend(_participants_of_head(ctx, head, date, scene))
    unique: list[Participant] = []
    for p in out:
        if all((p.start, p.end) != (q.start, q.end) for q in unique):
            unique.append(p)
    return unique


def _participants_of_head(ctx: EventContext, tok: Any, date: str | None,
                          scene: frozenset[str] | None = None) -> list[Participant]:
    """Participants for one conjunct head."""
    if tok.ent_type_ in NOT_ACTOR_ENTS:
        return []
    if _excluded(ctx, tok):
        after = _past_dateline(ctx, tok)
        return _participants_of_head(ctx, after, date, scene) if after is not None else []
    if tok.pos_ == "PRON" and tok.lower_ in FIRST_PERSON + SECOND_PERSON:
        speaker = (_quote_speaker(ctx, tok) if tok.lower_ in FIRST_PERSON else None) or \
            _turn_speaker(ctx, tok)
        return [speaker] if speaker is not None else []
    if _partitive(ctx, tok):  # 'four of them', 'some of those'
        return _partitive_antecedent(ctx, tok, date, scene)
    if tok.tag_ == RELATIVE_POSSESSIVE:  # 'X, whose envoy …': X
        owner = relative_owner(tok)
        return _participants_of_head(ctx, owner, date, scene) if owner is not None else []
    if tok.tag_ == "WDT" and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" and \
            _enactment(tok.head.head):  # 'passed a law that bans …': the law's author
        authors = _enactment_author(ctx, tok.head.head, date)
        if authors or tok.head.head.lemma_.lower() not in DOCUMENT_NOUNS:
            return authors  # 'a UN report that accuses …' without an issuer: read as before
    if tok.pos_ == "PRON":
        governing = _attacked_owner(ctx, tok) or \
            _governing_subject(tok, ctx.lexicon.cue("quantity_nouns"))
        if governing is not None:
            found = _participants_of_head(ctx, governing, date, scene)
            if found:
                return found
        shared = conjunct_object(tok)
        if shared is not None:
            found = _participants_of_head(ctx, shared, date, scene)
            if found:
                return found
        ant = resolve_pronoun(ctx, tok)
        if ant is None:
            found = _opening_group_pronoun(ctx, tok) or _previous_speaker(ctx, tok)
            if found is None:
                titled = _title_antecedent(ctx, tok)
                return _participants_of_head(ctx, titled, date, scene) \
                    if titled is not None else []
            return [found]
        return [_participant(ctx, ant, date, None)]
    pair = _pair_of_people(ctx, tok)
    if pair:
        return [_participant(ctx, e, date, None) for e in pair]
    parties = _pair_of_parties(ctx, tok)
    if parties:
        return [_pair_sector(ctx, tok, _referred(_participant(ctx, e, date, None), e)
                             if isinstance(e, Entity) else
                             _reference_participant(ctx, tok, e, k > 0))
                for k, e in enumerate(parties)]
    country = _country_reference(ctx, tok) or _possessed_country(ctx, tok, date)
    if country is not None:
        return [country]
    named = _given_name(tok)
    given = _participants_of_head(ctx, named, date, scene) if named is not None else []
    if any(p.actor is not None for p in given):
        return given  # 'a militia called X': X when linked, else the militia's own words
    if in_stance(tok):  # 'anti-American protests': America, what the protest is against
        actor = ctx.link(tok.text, date)
        return [Participant(tok.idx, tok.idx + len(tok.text), tok.text, actor)] if actor else []
    site = _named_site(ctx, tok)
    if site is not None:  # 'attacked the Tharjath pumping station': the station
        return _participants_of_head(ctx, site, date, scene)
    ents = _site_names_dropped(tok, _best_entities(ctx, tok))
    if not ents:
        tok = _group_head(ctx, tok)  # 'thousands of teachers'
        ents = _site_names_dropped(tok, _best_entities(ctx, tok))
    sector = _sector_of(ctx, tok) or _facility_sector(ctx, tok)
    referred = _armed_group_reference(ctx, tok, sector) or _named_body_reference(ctx, tok)
    if referred is not None:
        return [referred]
    spoken = _speaker_owned(ctx, tok, sector) if not ents else None
    if spoken is not None:
        return [spoken]
    owned = _owned_agent(ctx, tok, ents, date, sector)
    if owned is not None:
        return [owned]
    resident = _group_in_place(ctx, tok, ents, sector)
    if resident is not None:
        return [resident]
    if ents:
        return [p for e in ents for p in _entity_participants(ctx, e, date, sector)]
    if _enactment(tok) and (tok.dep_ == "nsubj" or any(  # 'The decree bans women from …',
            c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.tag_ == "WDT" for g in c.children)
            for c in tok.children)):  # 'passed a law that bans …'
        authors = _enactment_author(ctx, tok, date)
        if authors:
            return authors
    toks = _np_tokens(tok)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    while toks and toks[0].dep_ in ("det", "poss", "punct"):
        toks = toks[1:]
        start = toks[0].idx if toks else start
    text = ctx.text[start:end]
    pair = split_names(ctx, tok.idx, tok.text, date) if NAME_SPLIT.search(tok.text) else []
    if pair:
        return pair
    base = _base_of(ctx, toks)
    if any(_origin_modifier(t) for t in toks) and base is None:  # 'Israeli-made drones':
        text, start = tok.text, tok.idx  # only the head counts
        end = start + len(text)
    if base is None:
        actor = _with_sector(ctx.link(text, date) or ctx.link(tok.text, date), sector)
    else:  # 'the Paris-based watchdog Reporters Without Borders': the name, not the capital;
        last = max(tok.subtree, key=lambda t: t.i)
        named = ctx.link(ctx.text[tok.idx:last.idx + len(last.text)], date) \
            if tok.text[:1].isupper() else None
        actor = named or dataclasses.replace(  # 'the Beirut-based group': where it sits
            ctx.registry.country_ref(base[0], sector), evidence=f"located: {base[1]}")
    if actor is None:
        actor = _described_group(ctx, tok) or _bloc_reference(ctx, tok) or \
            _definite_reference(ctx, tok, date)
    if actor is None and scene is not None and tok.pos_ in VICTIM_POS:
        # 'the police station', 'the soldiers': the scene's country, with the noun's sector
        actor = _with_sector(_scene_actor(ctx, tok, scene), sector)
    if actor is None and given:
        return given
    if actor is None and sector is None and tok.pos_ != "PROPN":
        return []
    return [Participant(start, end, text, actor)]


ENACTMENT_NOUNS = frozenset({"law", "decree", "rule", "regulation", "edict", "directive",
                             "bill", "legislation", "ordinance", "amendment"})
ENACTING_VERBS = frozenset({"pass", "adopt", "issue", "enact", "approve", "sign", "introduce",
                            "impose", "announce", "publish", "unveil", "promulgate", "decree",
                            "draft", "implement", "endorse", "ratify"})
ENACTMENT_SENTS = 3  # 'X passed a law … The law bans …': sentences searched for the enacting
# documents that speak for whoever issued them ('X released a report. The report accuses …')
DOCUMENT_NOUNS = frozenset({"report", "resolution", "communique", "communiqué", "declaration",
                            "letter", "statement"})
ISSUING_VERBS = frozenset({"release", "submit", "send", "write", "present", "deliver", "table",
                           "circulate", "put"})
WRITTEN_IN_PREPS = frozenset({"in"})  # 'X said in a statement': X wrote it


def _enactment(tok: Any) -> bool:
    """Whether a noun names an act of law or rule-making ('the law', 'a decree', 'the new
    rules') or a document that speaks for its author ('the report', 'the resolution')."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ENACTMENT_NOUNS | DOCUMENT_NOUNS


def _enacted_by(tok: Any) -> list[Any]:
    """The heads of who made the enactment ``tok`` names in its own clause: the subject of
    the verb taking it as object ('X passed a law', 'X issued new rules', 'X released a
    report'), the by-agent of a participle on it ('a decree issued by X'), and for a document
    the subject of a verb it is written in ('X said in a statement'); [] when none."""
    verbs = ENACTING_VERBS | ISSUING_VERBS if tok.lemma_.lower() in DOCUMENT_NOUNS \
        else ENACTING_VERBS
    if tok.dep_ in ("dobj", "conj") and tok.head.pos_ == "VERB" and \
            tok.head.lemma_.lower() in verbs:
        return verb_subject(tok.head)
    if tok.lemma_.lower() in DOCUMENT_NOUNS and tok.dep_ == "pobj" and \
            tok.head.lower_ in WRITTEN_IN_PREPS and tok.head.head.pos_ == "VERB":
        return verb_subject(tok.head.head)
    return [g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in verbs
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def _enactment_author(ctx: EventContext, tok: Any, date: str | None) -> list[Participant]:
    """'Serbia's parliament passed a law on foreign agents. The law requires …', 'The Taliban
    issued a decree. The decree bans women from …', 'the government passed a law that bans
    …': a law, decree or set of rules that is the subject of an act names no doer, but who
    made it does — who made it in its own clause, else, for a definite 'the law' / 'the
    rules' (no other modifier), who made the nearest earlier mention of the same noun within
    ``ENACTMENT_SENTS`` sentences; nobody when none is told or the maker names no actor."""
    def authors(heads: list[Any]) -> list[Participant]:
        found = [p for h in heads if h.pos_ != "PRON" or h.lower_ not in ("that", "which")
                 for p in _participants_of_head(ctx, h, date) if p.actor is not None]
        return [dataclasses.replace(p, actor=dataclasses.replace(
            p.actor, evidence=p.actor.evidence or f"enacted by: {p.text}")) for p in found]

    own = authors(_enacted_by(tok))
    if own:
        return own
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ != "punct"]
    if [c.lower_ for c in mods if c.dep_ == "det"] not in (["the"], ["this"], ["these"]) or \
            any(c.dep_ in ("poss", "compound", "nmod", "nummod") for c in mods):
        return []
    lemma = tok.lemma_.lower()
    for i in range(tok.i - 1, _window_start(tok, ENACTMENT_SENTS) - 1, -1):
        earlier = tok.doc[i]
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma:
            return authors(_enacted_by(earlier))
    return []


def relative_owner(tok: Any) -> Any | None:
    """The noun a relative clause opened by possessive 'whose' describes ('Qatar, whose
    phone calls opened the talks', 'the ministry, whose spokesman denied it', 'Jane Doe,
    a lawyer whose client was detained': Qatar, the ministry, Jane Doe), climbing from the
    owned noun to the relative clause (a few heads at most); None for a question's 'whose'
    or a clause the parser did not hang on a noun."""
    cur = tok
    for _ in range(MAX_RELATIVE_CLIMB):
        if cur.head == cur:
            return None
        if cur.dep_ == "relcl":
            head = cur.head
            if head.dep_ == "appos" and head.head != head and (
                    head.head.pos_ == "PROPN" or head.head.ent_type_ in GROUP_LABELS +
                    PERSON_LABELS):
                return head.head  # 'X, a lawyer whose client …': X
            return head if head.pos_ in ("NOUN", "PROPN") else None
        cur = cur.head
    return None


def _partitive(ctx: EventContext, tok: Any) -> bool:
    """True for a number or quantifier whose of-object is 'them' / 'those' / 'these' ('four
    of them', 'many of those', 'some of them')."""
    if tok.pos_ not in ("NUM", "DET", "ADJ", "PRON") and \
            tok.lemma_.lower() not in ctx.lexicon.cue("quantity_nouns"):
        return False
    return any(g.dep_ == "pobj" and g.lower_ in PARTITIVE_PRONOUNS
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)


def _partitive_antecedent(ctx: EventContext, tok: Any, date: str | None,
                          scene: frozenset[str] | None) -> list[Participant]:
    """'shot dead two militants, and four of them blew themselves up', 'Police arrested six
    protesters. Two of them …': a part of 'them' / 'those' is a part of the nearest plural
    noun phrase before it (in its sentence, else in the sentence before it in the same
    paragraph), with the participants it names; nothing when it names none."""
    sent = sentence_of(tok)
    lo = sent.start
    if lo > 0 and "\n\n" not in ctx.text[tok.doc[lo - 1].idx:tok.idx]:
        lo = sentence_of(tok.doc[lo - 1]).start
    for i in range(tok.i - 1, lo - 1, -1):
        cand = tok.doc[i]
        if cand.tag_ not in ("NNS", "NNPS") or cand.dep_ in ("compound", "amod", "poss") or \
                cand.ent_type_ in NOT_ACTOR_ENTS:
            continue
        found = _participants_of_head(ctx, cand, date, scene)
        if not any(p.actor is not None for p in found):
            return []  # the nearest group names nobody: no guess further back
        for p in found:  # the group's own evidence stays (a context-placed group)
            if p.actor is not None and p.actor.evidence is None:
                p.actor = dataclasses.replace(p.actor, evidence=f"part of: {cand.text}")
        return found
    return []


def _given_name(tok: Any) -> Any | None:
    """'a militia called the Red Hand', 'a group known as X': the name a common noun is
    given stands for it (the name's head), else None."""
    if tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in NAMING_VERBS:
            continue
        names = [g for g in c.children if g.dep_ in ("oprd", "attr", "dobj")] + \
            [g for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
             for g in p.children if g.dep_ == "pobj"]
        names = [g for g in names if g.pos_ == "PROPN" or g.ent_type_ in GROUP_LABELS]
        if names:
            return names[0]
    return None


def _post_noun(ctx: EventContext, tok: Any) -> bool:
    """Whether a noun names a post or the people holding it ('envoy', 'officials', 'mission'),
    which a country can hold at an international body."""
    low = tok.lower_
    reg = ctx.registry
    return low in POST_NOUNS or (reg is not None and (low in reg.titles or low in reg.agents))


def _owned_agent(ctx: EventContext, tok: Any, ents: list[Entity], date: str | None,
                 sector: str | None) -> Participant | None:
    """'Trump … his administration', 'the BLA said its fighters …': a generic agent with a
    possessive pronoun belongs to the pronoun's referent (its country for a person or a
    state, the organisation itself otherwise), not to the country its context gives."""
    placed = len(ents) == 1 and ents[0].actor is not None and (
        str(ents[0].actor.evidence or "").startswith(CONTEXT_PLACED) or (
            str(ents[0].actor.evidence or "").startswith(STATIONED_PLACED)
            and tok.lower_ in MISSION_NOUNS))  # 'its embassy in Lima': its, in Peru
    body = len(ents) == 1 and ents[0].end <= tok.idx and ents[0].actor is not None and \
        ents[0].actor.country in BODY_CODES and _post_noun(ctx, tok)  # 'its U.N. mission'
    agents = ctx.registry.agents if ctx.registry is not None else {}
    if not (placed or body) and (ents or (sector is None and tok.lower_ not in agents)):
        return None
    poss = [c for c in _group_head(ctx, tok).children if c.dep_ == "poss" and (
        c.pos_ == "PRON" or c.tag_ == RELATIVE_POSSESSIVE) and c.lower_ not in FIRST_PERSON +
        SECOND_PERSON]  # 'its troops', 'three of its soldiers'
    owner = _participants_of_head(ctx, poss[0], date) if poss else []
    if len(owner) != 1 or owner[0].actor is None or not owner[0].actor.country:
        return None
    actor = owner[0].actor
    if body and actor.country in BODY_CODES:
        return None
    if actor.kind in OWNED_KINDS and ctx.registry is not None:
        own_sector = ents[0].actor.sector if placed else sector or agents.get(tok.lower_)
        actor = ctx.registry.country_ref(actor.country,
                                         own_sector or (DIPLOMATIC_SECTOR if body else None))
    start, end = (ents[0].start, ents[0].end) if placed else (tok.idx, tok.idx + len(tok.text))
    return Participant(start, end, ctx.text[start:end],
                       dataclasses.replace(actor, evidence=f"possessor: {owner[0].text}"))


GROUP_PLACE_PREPS = frozenset({"in", "from", "across", "throughout"})
GROUP_PLACE_KINDS = frozenset({"place", "state", "country"})


def _group_in_place(ctx: EventContext, tok: Any, ents: list[Entity], sector: str | None
                    ) -> Participant | None:
    """'Preachers in Qom condemned …', 'Shepherds in Iran said …': a plural common-noun
    subject that is no known agent, whose one name is a place or state in an in / from /
    across / throughout phrase on it, is the group, placed in that country (evidence
    'located: Qom'), not the city, nor the state as if its government acted."""
    if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "NOUN" or tok.tag_ != "NNS" or \
            len(ents) != 1 or ctx.registry is None:
        return None
    ent = ents[0]
    actor = ent.actor
    if actor is None or not actor.country or actor.kind not in GROUP_PLACE_KINDS or \
            actor.country in BODY_CODES:
        return None
    inside = any(p.dep_ == "prep" and p.lower_ in GROUP_PLACE_PREPS and any(
        g.idx <= ent.start < g.idx + len(g.text) for g in p.subtree) for p in tok.children)
    if not inside:
        return None
    ref = dataclasses.replace(ctx.registry.country_ref(actor.country, sector),
                              evidence=f"located: {ent.text}")
    return Participant(tok.idx, tok.idx + len(tok.text), tok.text, ref)


def _speaker_owned(ctx: EventContext, tok: Any, sector: str | None) -> Participant | None:
    """'"Thai forces attacked our positions," the Cambodian spokeswoman said': a noun owned
    by a first-person possessive inside a quotation belongs to the quote's speaker (the
    country of a person or state speaking, the organisation itself otherwise; evidence
    'speaker: …'). A speaker with no known country gives nothing."""
    poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("our", "my")]
    speaker = _quote_speaker(ctx, poss[0]) if poss else None
    if speaker is None or speaker.actor is None or not speaker.actor.country:
        return None
    actor = speaker.actor
    if actor.kind in OWNED_KINDS and ctx.registry is not None:
        actor = ctx.registry.country_ref(actor.country, sector)
    return Participant(tok.idx, tok.idx + len(tok.text), tok.text,
                       dataclasses.replace(actor, evidence=f"{SPEAKER_EVIDENCE}{speaker.text}"))


def speakers_side(p: Participant) -> bool:
    """Whether a participant is the speaker's own side, read from a first-person possessive
    inside the quotation (``_speaker_owned``: '"our conduct"')."""
    return p.actor is not None and (p.actor.evidence or "").startswith(SPEAKER_EVIDENCE)


def _described_group(ctx: EventContext, tok: Any) -> ActorRef | None:
    """'The group also opposes …', 'the outfit said': a definite group noun refers to the
    nearest organisation named in this or the two sentences before (evidence
    'refers to: …'), whatever label the tagger gave the name of the linked group ('M23'
    tagged as a place, passed over for an outlet or a body named further back); not one that
    reports the clause the noun acts in as an observer ('According to the UN, the militia
    abducted …'; an armed group telling of 'the group' may speak of itself)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.lexicon.cue("group_nouns") or \
            not any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in tok.children):
        return None
    told = reporters(tok)  # 'according to X, the group abducted …': X tells, is not the group
    for i in range(tok.i - 1, _window_start(tok) - 1, -1):
        ent = ctx.entity(tok.doc[i])
        if ent is not None and ent.label in GROUP_NAME_LABELS and ent.actor is not None and \
                ent.actor.kind in GROUP_KINDS and ent.end <= tok.idx and \
                not (ent.actor.kind in TELLER_KINDS
                     and any(ent.start < b and a < ent.end for a, b in told)) and \
                not (tok.tag_ == "NN" and _described_plural(tok.doc, ent)):
            return dataclasses.replace(ent.actor, evidence=f"refers to: {ent.text}")
    return None


def _described_plural(doc: Any, ent: Entity) -> bool:
    """True for a mention that describes several bodies by a plural common noun ('aid
    groups', 'rights organisations'), which a singular 'the group' does not refer to."""
    last = [t for t in doc.char_span(ent.start, ent.end, alignment_mode="expand") or ()]
    return bool(last) and last[-1].tag_ == "NNS" and last[-1].text.islower()


def _armed_group_reference(ctx: EventContext, tok: Any, sector: str | None) -> Participant | None:
    """'The Tarvan Front seized two posts. The rebels then attacked a convoy': a bare definite
    plural noun of armed men ('the rebels', 'the militants', 'the insurgents', 'the fighters')
    stands for the armed group named outright in this or the two sentences before, taking that
    group and its country rather than the country its context gives (evidence 'refers to: …').
    Only when one group is named there: with two ('X clashed with Y. The rebels …') which one
    is meant is not said."""
    if sector != "REB" or tok.tag_ != "NNS" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in NARROWING_DEPS for c in tok.children):
        return None  # 'the Houthi rebels', 'the rebels of the north', 'some rebels'
    groups: list[Entity] = []
    for i in range(tok.i - 1, _window_start(tok) - 1, -1):
        ent = ctx.entity(tok.doc[i])
        if ent is not None and ent.actor is not None and ent.actor.kind == "armed_group" and \
                ent.actor.country and not ent.actor.evidence and ent.end <= tok.idx and \
                ent not in groups:
            groups.append(ent)
    if len({e.actor.id for e in groups}) != 1:
        return None
    det = next(c for c in tok.children if c.dep_ == "det")
    start, end = det.idx, tok.idx + len(tok.text)
    return Participant(start, end, ctx.text[start:end],
                       dataclasses.replace(groups[0].actor, evidence=f"refers to: {groups[0].text}"))


NAME_WORDS_RE = re.compile(r"[a-z]+")
NOT_BODY_KINDS = ("person", "state", "place")  # 'the country', 'the city': not a body's name
NOT_BODY_WORDS = ("state",)  # 'Islamic State ... the state': the government, not the group
STATE_FORCE_WORDS = ("army", "military", "navy", "police")  # 'the Arakan Army ... the army':
# the state's own force, not the armed group whose name holds the word
GROUP_ONLY_KINDS = ("armed_group", "group", "party")  # bodies no state's force belongs to


def _named_body_reference(ctx: EventContext, tok: Any) -> Participant | None:
    """'The International Court of Justice opened hearings … The court ordered Kenya to …',
    'the Security Council met … the council condemned', 'NATO … the alliance': a bare
    definite singular noun (only 'the' before it) that is a word of the name (or of a
    registry name or alias) of a body named in this or the two sentences before stands for
    that body, the nearest one, with its own country (evidence 'refers to: …'), not the
    country the context gives a generic noun. Not a state, place or person ('the republic',
    'the city'), not 'the state', nor the army or police after an armed group's name that
    holds the word ('the Arakan Army ... the army': the state's army)."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.text.islower() or \
            [c.lower_ for c in tok.children if c.i < tok.i] != ["the"] or ctx.registry is None:
        return None
    word = tok.lower_
    if word in NOT_BODY_WORDS:
        return None
    seen: set[int] = set()
    for i in range(tok.i - 1, _window_start(tok) - 1, -1):
        ent = ctx.entity(doc[i])
        if ent is None or ent.start in seen or ent.actor is None or ent.end > tok.idx or \
                ent.actor.kind in NOT_BODY_KINDS or ent.actor.kind is None:
            continue
        seen.add(ent.start)
        record = ctx.registry.actors.get(ent.actor.id)
        names = [ent.text, ent.actor.name] + \
            ([record.name, *record.aliases] if record is not None else [])
        if ent.actor.kind in GROUP_ONLY_KINDS and word in STATE_FORCE_WORDS:
            continue
        if any(word in NAME_WORDS_RE.findall(n.lower()) for n in names):
            det = next(c for c in tok.children if c.i < tok.i)
            start, end = det.idx, tok.idx + len(tok.text)
            return Participant(start, end, ctx.text[start:end],
                               dataclasses.replace(ent.actor, evidence=f"refers to: {ent.text}"))
    return None


def _bloc_reference(ctx: EventContext, tok: Any) -> ActorRef | None:
    """'the bloc', 'the bloc's': the bloc of the regional body or alliance the article named
    last before it ('European Union … the bloc' → the EU; evidence 'refers to: …')."""
    if tok.lemma_.lower() not in BLOC_NOUNS or ctx.registry is None or \
            not any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in tok.children):
        return None
    blocs = ctx.registry.blocs
    for i in range(tok.i - 1, -1, -1):
        ent = ctx.entity(tok.doc[i])
        if ent is not None and ent.actor is not None and ent.actor.id in blocs and \
                blocs[ent.actor.id] in ctx.registry.actors:
            ref = ctx.registry.resolve(blocs[ent.actor.id])
            return dataclasses.replace(ref, evidence=f"refers to: {ent.text}")
    return None


def _definite_reference(ctx: EventContext, tok: Any, date: str | None) -> ActorRef | None:
    """'the U.S. naval base at X … the base held 200 detainees': a bare definite singular
    noun (no modifier but 'the'; not an event noun) is the nearest earlier mention of the
    same noun that an owner narrows (bare 'the base' mentions between are the same base): a
    country word or linked name before it ('the U.S. naval base', 'Kenya's embassy') or a
    possessive pronoun resolved to its referent ('its naval base'); its owner's country
    (evidence 'refers to: …')."""
    doc = tok.doc
    kids, lower = children(doc), column(doc, "lower")
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or \
            [lower[j] for j in kids[tok.i] if j < tok.i] != ["the"] or \
            ctx.lexicon.candidates("noun", tok.lemma_) or \
            tok.lemma_.lower() in COUNTRY_NOUNS + BLOC_NOUNS:
        return None
    lemma = tok.lemma_.lower()
    lemmas, pos = column(doc, "lemma"), column(doc, "pos")
    for i in range(tok.i - 1, _window_start(tok, DEFINITE_SENTS) - 1, -1):
        if lemmas[i] != lemma or pos[i] != "NOUN" or doc[i].tag_ != "NN":
            continue  # 'aid groups … the group': a plural is not the one thing referred to
        earlier = doc[i]
        for mod in earlier.children:
            if mod.i > earlier.i or mod.dep_ not in ("poss", "compound", "amod", "nmod"):
                continue
            if mod.pos_ == "PRON":
                if mod.lower_ in FIRST_PERSON + SECOND_PERSON:
                    continue
                owners = _participants_of_head(ctx, mod, date)
                owner = owners[0].actor if len(owners) == 1 else None
            else:
                ent = ctx.entity(mod)
                owner = ent.actor if ent is not None and ent.label in ACTOR_LABELS else None
            if owner is not None and owner.country and owner.kind != "person":
                phrase = tok.doc[mod.i:earlier.i + 1].text
                return ActorRef(f"country:{owner.country}", owner.country, owner.country,
                                None, "place" if owner.kind == "place" else "state", None,
                                f"refers to: {phrase}")
        if [lower[j] for j in kids[i] if j < i] != ["the"]:
            return None  # the nearest described mention names no owner: no guess further
    return None


def _launch_sites(sent: Any) -> tuple[tuple[int, int], ...]:
    """'Militants fired rockets from Gaza at southern towns', 'rockets fired from Lebanon
    struck a town': the character spans of the from-phrases of a verb of firing or launching,
    where the attacker stands, never the scene of the victims it aims at."""
    spans = []
    for prep in sent:
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # 'drones from X'
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.head.i != prep.i and \
                verb.lemma_.lower() in LAUNCH_LEMMAS:
            sub = list(prep.subtree)
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return tuple(spans)


def _scene_actor(ctx: EventContext, tok: Any, not_codes: frozenset[str]) -> ActorRef | None:
    """The country where the event of an unnamed victim happens, with the evidence."""
    focus = focus_of(ctx.ex.doc)
    if focus is None or tok.lemma_.lower() in ctx.lexicon.cue("quantity_nouns"):
        return None
    origins = {ent.actor.country for t in sentence_of(tok) if _origin_modifier(t)
               and (ent := ctx.entity(t)) is not None and ent.actor is not None}
    placed = focus.scene_country(focus.sentence_start(tok.idx), not_codes | origins,
                                 _launch_sites(sentence_of(tok)))
    if placed is None:
        return None
    code, evidence = placed
    return ActorRef(f"country:{code}", code, code, None, "place", None, evidence)
