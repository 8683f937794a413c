"""Actor linking as a pipeline component, plus helpers for later components.

``link_component`` fills ``ex.entities`` with every spaCy entity and the actor
mentions spaCy missed ("the Kremlin", "Russian officials", "the U.S.
president"), each linked to the registry as of the article's publication date,
and appends ``role_anachronism`` flags ("former President" for a sitting one).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from functools import lru_cache
from typing import Any

from eventwire.annotate.agents import (
    agent_entities,
    carry_acronyms,
    carry_surnames,
    counted_peoples,
    dateline_entities,
    described_people,
    ethnic_groups,
    misread_agents,
    organisation_names,
    phoenix_link,
    place_unlinked,
    seat_holders,
    state_named_after,
    titled_members,
    titled_namesakes,
    titled_unlinked,
)
from eventwire.annotate.doccache import ENT_STARTS_KEY, ENTS_KEY, doc_ents
from eventwire.annotate.focus import (
    build_focus,
    find_dateline,
    foreign_gazetteer_places,
    place_shared_names,
    remember_focus,
)
from eventwire.annotate.linking import DocLinks, Mention, link_doc
from eventwire.annotate.registry import Actor, Registry, RegistryError, Role
from eventwire.model import ActorRef, Entity, Extraction, Flag, Span

DATELINE_SPILL_LABELS = ("DATE", "TIME", "CARDINAL")  # 'May 3 - Hezbollah': no date after the dash

__all__ = ["Actor", "Registry", "RegistryError", "Role", "actor_at", "default_registry",
           "entity_at", "link_component", "resolve_at"]

KIND_LABEL = {"person": "PERSON", "state": "GPE"}
ADDED_KINDS = {"role", "group"}
WHOLE_NAME_KINDS = {"person", "state", "place"}  # entities of these kinds keep the NER span  # mentions kept even when they overlap an NER entity
NAMED_AFTER_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
OWNER_KINDS = ("state", "country")  # a possessor that names whose office a person holds
MAX_OFFICE_WORDS = 3
OFFICE_SECTOR = "GOV"
NAME_WORD_RE = re.compile(r"\b[A-Z][a-z]")  # a capitalised word after the person's name
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                             "western", "central", "northeastern", "northwestern",
                             "southeastern", "southwestern", "north-eastern", "north-western",
                             "south-eastern", "south-western"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The package registry without user files, cached per process."""
    return Registry.load()


def _registry(ctx: Any) -> Registry:
    """The context's registry, or the package default."""
    reg = getattr(ctx, "registry", None)
    return reg if isinstance(reg, Registry) else default_registry()


def _entities(ex: Extraction, links: DocLinks) -> list[Entity]:
    """NER entities with actors attached, plus actor mentions the NER missed."""
    doc, text = ex.doc, ex.article.text
    out: list[Entity] = []
    used: set[int] = set()
    mentions = sorted(links.mentions, key=lambda m: (m.start, -m.end))
    starts = [m.start for m in mentions]
    longest = max((m.end - m.start for m in mentions), default=0)
    for ent in doc_ents(doc):
        # only mentions starting within ``longest`` tokens before the entity can overlap it
        lo = bisect.bisect_left(starts, ent.start - longest + 1)
        idx = _covering(mentions[lo:bisect.bisect_left(starts, ent.end)], ent.start, ent.end)
        idx = _region_of_state(mentions, lo, ent) if idx is None else lo + idx
        if idx is not None and ent.label_ == "PERSON" and mentions[idx].actor.kind != "person" \
                and mentions[idx].kind != "titled":
            idx = None  # 'Bloomberg' the person is not Bloomberg the news agency
        actor = mentions[idx].actor if idx is not None else None
        label = ent.label_
        start, end = ent.start_char, ent.end_char
        if idx is not None:
            used.add(idx)
            if actor.kind == "person" and label != "PERSON":
                label = "PERSON"
            m = mentions[idx]
            if m.kind == "alias" and actor.kind not in WHOLE_NAME_KINDS and \
                    (m.start < ent.start or m.end > ent.end):
                # 'Pakistan Tehreek-e-Insaf': the registry name is the entity, not 'Pakistan'
                start, end, label = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), \
                    "ORG"
        out.append(Entity(start, end, text[start:end], label, actor))
    spans = [(e.start, e.end) for e in out]
    for i, m in enumerate(mentions):
        if i in used and m.kind not in ADDED_KINDS:
            continue
        span = doc[m.start:m.end]
        inside = any(s <= span.start_char and span.end_char <= e for s, e in spans)
        if (span.start_char, span.end_char) in spans or (inside and m.kind == "cue") or \
                (m.actor.kind == "person" and _named_after(out, span.start_char, span.end_char)):
            continue
        label = "PERSON" if m.kind == "titled" else (
            KIND_LABEL.get(m.actor.kind or "", "ORG") if m.kind != "group" else "ORG")
        out.append(Entity(span.start_char, span.end_char, text[span.start_char:span.end_char],
                          label, m.actor))
    out.sort(key=lambda e: (e.start, -e.end))
    return out


def _named_after(entities: list[Entity], start: int, end: int) -> bool:
    """'Queen Elizabeth Central Hospital', 'the Nelson Mandela Foundation': a person's name
    inside a longer name of an institution, place or work is not the person."""
    return any(e.start <= start and end <= e.end and e.label in NAMED_AFTER_LABELS
               and NAME_WORD_RE.search(e.text[end - e.start:]) for e in entities)


def _region_of_state(mentions: list[Mention], lo: int, ent: Any) -> int | None:
    """'Northern Syria', 'Southern Lebanon': a place entity made of direction words and a
    state's name is a region of that state (a name like 'South Sudan' links whole before)."""
    if ent.label_ not in PLACE_LABELS:
        return None
    k = ent.start
    while k < ent.end - 1 and ent.doc[k].lower_ in DIRECTION_WORDS:
        k += 1
    if k == ent.start:
        return None
    return next((i for i in range(lo, len(mentions)) if mentions[i].start == k
                 and mentions[i].end == ent.end and mentions[i].actor.kind == "state"), None)


def _covering(mentions: list[Mention], start: int, end: int) -> int | None:
    """Index of the mention covering more than half of tokens [start, end), if any.

    Among several, the one sticking out least beyond the entity wins, so the
    entity 'U.S.' gets the country and not 'the U.S. president' around it.
    """
    best, best_key = None, None
    for i, m in enumerate(mentions):
        overlap = min(end, m.end) - max(start, m.start)
        if overlap * 2 <= end - start:
            continue
        key = (overlap, -((m.end - m.start) - overlap))
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best


def _flags(ex: Extraction, links: DocLinks) -> list[Flag]:
    """Role flags as model Flags with character spans."""
    doc, text = ex.doc, ex.article.text
    out = []
    for f in links.flags:
        t0, t1 = f["title"]
        n0, n1 = f["name"]
        title = doc[t0:t1]
        name = doc[n0:n1]
        data = {k: f[k] for k in ("actor", "registry_role", "as_of", "reason")}
        out.append(Flag("role_anachronism", f["message"],
                        Span.of(text, title.start_char, title.end_char),
                        [Span.of(text, name.start_char, name.end_char)], data))
    return out


def _split_at_dateline(doc: Any, text: str, reg: Any) -> None:
    """'KYIV, May 3 - Ukraine said …': an entity the tagger ran across the dateline's dash
    ('May 3 - Ukraine' as one date) keeps its words after the dateline when they name a
    country or a registry actor, so the first name of the story is not lost (a date before
    the dash stays a date)."""
    from spacy.tokens import Span as SpacySpan

    d = find_dateline(text, reg)
    if d is None:
        return
    ents, changed = [], False
    for e in doc.ents:
        k = next((t.i for t in e if t.idx >= d.end), None) if e.start_char < d.end < e.end_char \
            else None
        if k is None:
            ents.append(e)
            continue
        head = [t.i for t in doc[e.start:k] if not t.is_punct]
        if head and e.label_ in DATELINE_SPILL_LABELS:
            ents.append(SpacySpan(doc, e.start, head[-1] + 1, label=e.label_))  # 'May 3'
        changed = True
        rest = doc[k:e.end]
        found = None if reg.cue(rest.text) else reg.match(rest.text)
        if reg.cue(rest.text) or found is not None:  # a known name, else the tagger's guess
            label = "GPE" if found is None else ("PERSON" if found.kind == "person" else "ORG")
            ents.append(SpacySpan(doc, k, e.end, label=label))
    if changed:
        doc.ents = ents
        for key in (ENTS_KEY, ENT_STARTS_KEY):
            doc.user_data.pop(key, None)


ACRONYM_RE = re.compile(r"[A-Z]{2,}")
UNLABELLED_KINDS = frozenset({"person", "state", "place", "media"})  # the tagger's own
# (a media outlet publishes and is no participant; 'VOA:' labels a turn)


def _label_acronyms(doc: Any, reg: Any) -> None:
    """'an OAU proposal', 'ECOWAS troops', 'IAEA inspectors': an acronym the tagger left
    outside any entity (read as an adjective or common noun before the noun it qualifies)
    that is exactly the registry name of a body (an international organisation, an armed
    group, a party; no person, state, place or media outlet) becomes an ORG entity, so the
    parse-based rules that look for a named doer or owner ('accepted X's proposal', 'X
    troops') see it as a name, as they do when the tagger finds it ('The OAU condemned the
    coup'). Not in a line written in capitals ('PEOPLE WHO FLED'), where a word beside it
    is in capitals too."""
    from spacy.tokens import Span as SpacySpan

    found = []
    for tok in doc:
        if tok.ent_type_ or not ACRONYM_RE.fullmatch(tok.text) or any(
                ACRONYM_RE.fullmatch(doc[k].text) for k in (tok.i - 1, tok.i + 1)
                if 0 <= k < len(doc)):
            continue
        ids = reg.alias_index.get(tok.text)
        actor = reg.resolve(ids[0]) if ids else None
        if actor is not None and actor.kind not in UNLABELLED_KINDS:
            found.append(SpacySpan(doc, tok.i, tok.i + 1, label="ORG"))
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
        for key in (ENTS_KEY, ENT_STARTS_KEY):
            doc.user_data.pop(key, None)


CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _split_place_from_time(doc: Any, reg: Any) -> None:
    """'struck Kyiv overnight', 'in Gaza Tuesday': a date or time entity the tagger ran over
    the name of a place before it ('Kyiv overnight' as one time) gives the place back its own
    entity, so the place is the act's target or location and the time stays the time. Only
    leading proper nouns that name a country, capital or gazetteer place are split off (a
    month or weekday name stays part of the date). A name entity that ends in a weekday after
    such a place ('Kherson Sunday') is split the same way."""
    from spacy.tokens import Span as SpacySpan

    ents, changed = [], False
    for e in doc.ents:
        k = e.start
        while k < e.end and doc[k].tag_ == "NNP" and doc[k].lower_ not in CALENDAR_WORDS:
            k += 1
        label = e.label_ if e.label_ in ("DATE", "TIME") else "DATE"
        if (e.label_ not in ("DATE", "TIME") and  # 'Kherson Sunday' read as one name
                (k != e.end - 1 or doc[k].lower_ not in WEEKDAYS)) or \
                k in (e.start, e.end) or reg.cue(doc[e.start:k].text) is None:
            ents.append(e)
            continue
        ents.append(SpacySpan(doc, e.start, k, label="GPE"))
        ents.append(SpacySpan(doc, k, e.end, label=label))
        changed = True
    if changed:
        doc.ents = ents
        for key in (ENTS_KEY, ENT_STARTS_KEY):
            doc.user_data.pop(key, None)


TARGET_PREPOSITIONS = frozenset({"on", "against"})
NAME_LABELS = frozenset({"ORG", "GPE", "NORP"})


def _known_name(reg: Any, text: str) -> bool:
    """True for a text that is exactly a registry name ('the European Union', 'EU')."""
    bare = text[4:] if text.lower().startswith("the ") else text
    return bool(reg.alias_index.get(text) or reg.alias_index.get(bare))


def _split_at_target_preposition(doc: Any, reg: Any) -> None:
    """'sanctions imposed by the European Union on Belarus', 'tariffs announced by the
    European Commission against China': a name entity the tagger ran over a preposition
    ('on', 'against') into a country's or a place's name after it is two names, the body
    exactly named by the registry before it and the place after, so the place is the act's
    target and the body its doer. A name that is itself a registry name, or whose words
    after the preposition name no place ('the Council on Foreign Relations', 'the UN
    Special Rapporteur on Myanmar', whose first words are no registry name), is kept."""
    from spacy.tokens import Span as SpacySpan

    ents, changed = [], False
    for e in doc.ents:
        k = next((t.i for t in e if t.lower_ in TARGET_PREPOSITIONS and t.i > e.start), None)
        if e.label_ not in NAME_LABELS or k is None or k + 1 >= e.end or \
                _known_name(reg, e.text) or not _known_name(reg, doc[e.start:k].text) or \
                any(t.tag_ not in ("NNP", "NNPS", "DT") for t in doc[k + 1:e.end]) or \
                reg.cue(doc[k + 1:e.end].text) is None:
            ents.append(e)
            continue
        ents.append(SpacySpan(doc, e.start, k, label=e.label_))
        ents.append(SpacySpan(doc, k + 1, e.end, label="GPE"))
        changed = True
    if changed:
        doc.ents = ents
        for key in (ENTS_KEY, ENT_STARTS_KEY):
            doc.user_data.pop(key, None)


ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})


def _drop_capitalised_adjectives(doc: Any, reg: Any) -> None:
    """'Sharp criticism came from Beijing', 'Fierce clashes …': an adjective opening a
    sentence, capitalised only for that, that the tagger read as a one-word name
    (an organisation, a person) before the lower-case noun it qualifies is no name, so it is
    neither the doer of that noun's act nor placed by the sentence's country. A nationality
    ('Russian troops', NORP) and any word the registry names are kept."""
    ents = list(doc.ents)
    keep = [e for e in ents if not (
        e.end - e.start == 1 and e.label_ in ("ORG", "PERSON") and doc[e.start].is_sent_start
        and doc[e.start].tag_ in ADJECTIVE_TAGS and doc[e.start].dep_ == "amod"
        and e.end < len(doc) and doc[e.end].is_lower and doc[e.end].pos_ == "NOUN"
        and doc[e.start].head.i == e.end and not _known_name(reg, e.text)
        and reg.cue(e.text) is None)]
    if len(keep) != len(ents):
        doc.ents = keep
        for key in (ENTS_KEY, ENT_STARTS_KEY):
            doc.user_data.pop(key, None)


def link_component(ex: Extraction, ctx: Any) -> None:
    """Pipeline component: fill ``ex.entities`` (linked as of the article date) and role flags."""
    if ex.doc is None:
        return
    reg = _registry(ctx)
    _split_at_dateline(ex.doc, ex.article.text, reg)
    _split_place_from_time(ex.doc, reg)
    _split_at_target_preposition(ex.doc, reg)
    _drop_capitalised_adjectives(ex.doc, reg)
    _label_acronyms(ex.doc, reg)
    links = link_doc(reg, ex.doc, ex.article.published_date)
    entities = phoenix_link(_entities(ex, links), reg, ex.article.published_date, ex.doc)
    entities = organisation_names(ex.doc, entities, reg)
    entities = state_named_after(ex.doc, entities)
    entities = foreign_gazetteer_places(ex.article.text, entities, reg)
    entities = seat_holders(ex.doc, entities, reg)  # before the focus counts its places
    entities = titled_namesakes(ex.doc, entities, reg)  # before the focus counts them
    focus = build_focus(ex.doc, ex.article.text, ex.article.title, entities, reg)
    remember_focus(ex.doc, focus)
    entities = place_shared_names(ex.doc, entities, reg, focus)
    entities = dateline_entities(entities, reg, focus, ex.article.text)
    entities = ethnic_groups(ex.doc, entities, reg, focus)
    entities = titled_unlinked(ex.doc, entities, reg, focus)
    entities = titled_members(ex.doc, entities, reg)
    entities = counted_peoples(ex.doc, entities)
    entities = place_unlinked(ex.doc, entities, reg, focus)
    entities = described_people(ex.doc, entities, reg)
    entities = misread_agents(entities, reg)
    entities += agent_entities(ex.doc, entities, reg, focus, ex.article.published_date)
    entities.sort(key=lambda e: (e.start, -e.end))
    entities = carry_surnames(ex.doc, entities)
    entities = carry_acronyms(ex.doc, entities)
    entities = possessed_people(ex.doc, entities, reg, ex.article.published_date)
    ex.entities = entities
    ex.flags.extend(_flags(ex, links))


def _possessor_country(doc: Any, entities: list[Entity], ent: Entity) -> str | None:
    """The country of a state named as the possessor right before an entity ('Jordan's
    King Abdullah', 'Jordan's Abdullah'), else None."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return None
    end = doc[span.start - 1].idx
    owner = next((e for e in entities if e.end == end and e.actor is not None), None)
    if owner is None or owner.actor.kind not in OWNER_KINDS or not owner.actor.country:
        return None
    return owner.actor.country


def _title_of(reg: Registry, doc: Any, ent: Entity) -> str | None:
    """The office a person's mention names at its start ('King Abdullah': king)."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    words = [t.lower_ for t in span] if span is not None else []
    for k in range(min(len(words) - 1, MAX_OFFICE_WORDS), 0, -1):
        office = reg.titles.get(" ".join(words[:k]))
        if office:
            return office
    return None


def possessed_people(doc: Any, entities: list[Entity], reg: Registry, date: dt.date | None
                     ) -> list[Entity]:
    """'Jordan's King Abdullah': a person whose possessor is a state belongs to that state.
    When the registry linked the name to someone of another country (a namesake), the
    person becomes the holder of the named office in the possessor country on the date,
    or that country's office when the registry knows no holder (evidence 'possessor: …')."""
    out = []
    for e in entities:
        code = _possessor_country(doc, entities, e) if e.label == "PERSON" and \
            e.actor is not None and e.actor.kind == "person" else None
        if code is None or code == e.actor.country:
            out.append(e)
            continue
        office = _title_of(reg, doc, e) or e.actor.role
        holder = reg.holder(code, office, date) if office else None
        if holder is not None and set(reg.actors[holder].name.lower().split()) & \
                set(e.text.lower().split()):
            actor = reg.resolve(holder, date)
        else:
            actor = reg.country_ref(code, OFFICE_SECTOR, office)
        out.append(dataclasses.replace(
            e, actor=dataclasses.replace(actor, evidence=f"possessor: {code}")))
    return out


def entity_at(ex: Extraction, start: int, end: int) -> Entity | None:
    """The linked entity best covering the character span [start, end)."""
    best, best_key = None, None
    for e in ex.entities:
        if e.actor is None:
            continue
        overlap = min(end, e.end) - max(start, e.start)
        if overlap <= 0:
            continue
        key = (overlap, -abs((e.end - e.start) - (end - start)))
        if best_key is None or key > best_key:
            best, best_key = e, key
    return best


def actor_at(ex: Extraction, start: int, end: int) -> ActorRef | None:
    """The actor linked to the entity best covering the character span [start, end)."""
    e = entity_at(ex, start, end)
    return e.actor if e else None


def resolve_at(ctx: Any, actor: ActorRef, date: dt.date | None) -> ActorRef:
    """Re-resolve a linked actor as of another date (e.g. the event's date)."""
    reg = _registry(ctx)
    if actor.kind == "person" and actor.id in reg.actors:
        return reg.resolve(actor.id, date)
    return actor  # states, groups and organisations do not change with the date
