"""Generic agents in context: "police", "militants", "the ministry" get a country and sector.

A generic agent names no country. It takes the country its sentence
establishes, else the dateline's, else the article's place focus
(:mod:`focus`), with the sector of its noun and the evidence on the actor.
Unlinked organisation names ("the 3R rebel group") are placed the same way
(PLOVER residence coding).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Any

from eventwire.annotate.doccache import column, doc_text, token_starts, tokens, tokens_in
from eventwire.annotate.focus import (
    MEDIATOR_RE,
    NAMED_BEFORE_SENTENCES,
    Focus,
    attack_nouns,
    modifier_mention,
    with_country,
)
from eventwire.annotate.registry import LEADING_ARTICLE_RE, org_id, slug
from eventwire.model import ActorRef, Entity

PAIR_RE = re.compile(r"(?<=[a-z.])[-–](?=[A-Z])")
NAME_WORD_RE = re.compile(r"[^\s\-–]+")
POSSESSIVE_END_RE = re.compile(r"(?:'s|’s)$")
STANCE_NAME_RE = re.compile(r"(?:anti|pro)\s?[-–]\s?\S+", re.IGNORECASE)  # 'Pro-Russian'

AGENT_POS = frozenset({"NOUN", "PROPN"})
AGENT_LABEL = "ORG"
MAX_AGENT_WORDS = 3
MAX_APPOSITION_WORDS = 6  # words searched for an office after 'Name,'
MAX_OWNER_WORDS = 8  # words searched for the body a described person belongs to
OWNER_PREPS = frozenset({"of", "for", "at", "from", "with"})  # 'head of X', 'a spokesman for X'
MEMBER_NOUNS = frozenset({"member", "members", "head", "chief", "founder", "co-founder",
                          "deputy", "employee", "staffer", "worker", "volunteer", "resident",
                          "native", "citizen", "national"})
UNLINKED_GROUP_LABELS = frozenset({"ORG", "NORP"})
MISREAD_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "PERSON", "FAC"})
SKIP_DEPS = frozenset({"compound"})
NAME_MODIFIER_DEPS = frozenset({"amod", "compound"})
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})
AGENT_PLACE_PREPS = frozenset({"in", "inside", "on", "from"})  # 'militants in / from X'
PLACE_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})  # 'on Afghan soil'
PLACE_KINDS = frozenset({"state", "place"})
BODY_PREPS = frozenset({"from", "of", "for"})  # 'a delegation from Hamas', 'fighters of the
# group', 'a spokesman for the Red Cross'
UNDERGOING_SECTORS = frozenset({"CVL", "REF"})  # 'victims of X', 'refugees from X': not X's
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
BODY_CODES = frozenset({"IGO"})  # international bodies: posts there are countries' posts
BODY_STATE_SENTS = 3  # sentences a definite body noun's antecedent state is sought in
CONTEXT_ONLY = ("sentence:", "dateline", "article focus", "refers to:", "scene:")  # evidence
# of an agent placed by the text around it, not by its own words
SAME_BODY_SENTS = 8  # an earlier mention of the same body noun this far back is its referent
PRINCIPAL_KINDS = frozenset({"state", "person", "government_body"})
TITLE_SECTOR = "GOV"  # an office holder named by a bare title
OFFICE_OF_PREPS = frozenset({"of", "at"})  # the office of some body, not a state's
VAGUE_OFFICES = frozenset({"leader"})  # 'the leader' names no particular office
COUNTERPART_DEPS = ("dobj", "dative")  # 'criticised Chile', 'gave Chile aid'
MOVING_VERBS = frozenset({"deploy", "redeploy", "send", "dispatch", "mass", "amass", "move",
                          "mobilize", "mobilise", "station", "withdraw", "pull", "position"})
OWNER_DEPS = frozenset({"poss", "compound", "amod"})  # 'Thailand's army', 'the Thai army'
ACTOR_NAME_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
PARTY_LEMMAS = frozenset({"official", "government", "minister", "ministry", "diplomat", "envoy",
                          "ambassador", "delegation", "leader", "president", "authority",
                          "force", "troop", "soldier", "army", "military", "police", "rebel",
                          "militant", "fighter", "counterpart", "side", "country", "nation"})
NAME_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})  # 'Israeli jets'
NAMED_PARTY_LABELS = ("GPE", "ORG", "PERSON")  # a party named outright, not by a demonym
SHARED_SUBJECT_DEPS = ("advcl", "conj", "xcomp")  # verbs that may share a clause's subject
ARMED_AGENT_SECTORS = ("MIL",)  # 'troops', 'soldiers', 'forces'
REPORTED_DEPS = ("ccomp",)  # 'said (that) Turkey must ...': what the agent says
REPORTING_AFTER_DEPS = ("conj", "parataxis")  # '..., an official said': parsed after it
COUNTERPART_PREPS = frozenset({"with", "against", "to", "toward", "towards", "on", "upon"})
# 'talks with X', 'called on X': whom the clause is done with, to or on
RECIPIENT_PREPS = frozenset({"to"})  # 'sent food [to] refugees': what the subject transfers
UNDERGOER_PREPS = frozenset({"at", "on", "against", "toward", "towards", "into"})  # 'fired at X'
CAUSE_PREPS = frozenset({"in", "during", "amid", "amidst"})  # 'killed [in] a raid by X'
PLACE_PREPS = frozenset({"near", "across", "throughout", "within", "outside", "at", "along"})
# Verbs of armed harm whose victims a foreign state's forces do not make their own: 'Russian
# drones struck a base and two soldiers were killed' (not acts a state does to its own
# people, such as executing, detaining or abusing)
HARM_VERBS = frozenset({
    "kill", "wound", "injure", "attack", "strike", "hit", "shell", "bomb", "bombard", "shoot",
    "ambush", "raid", "target", "assault", "massacre", "pound", "storm", "strafe", "snipe",
    "rocket", "mortar", "airstrike", "assassinate", "slay", "slaughter", "besiege", "invade",
    "overrun", "gun"})
NON_STATE_SECTORS = frozenset({"REB", "INS", "OPP", "CRM", "SEP", "UAF"})  # armed groups
LED_WORDS = frozenset({"led", "commanded", "run", "controlled", "dominated"})  # 'police station': the agent noun modifies a thing


def _lowers(doc: Any) -> list[str]:
    """Lower-cased token texts, once per document (from the LOWER array, no Token objects)."""
    return column(doc, "lower")


def _token_at(doc: Any, char: int) -> int | None:
    """The index of the token starting at character ``char`` (None when none does)."""
    starts = token_starts(doc)
    k = bisect.bisect_left(starts, char)
    return k if k < len(starts) and starts[k] == char else None


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of ``spans``."""
    return any(s < end and start < e for s, e in spans)


def _agent_at(reg: Any, doc: Any, lowers: list[str], i: int) -> tuple[int, str] | None:
    """(end token, sector) of the longest generic-agent noun phrase starting at token ``i``."""
    toks = tokens(doc)
    if lowers[i] not in reg.agent_first:
        return None
    sourced = _informant_at(reg, doc, lowers, i)
    if sourced is not None:
        return sourced
    for k in range(MAX_AGENT_WORDS, 0, -1):
        if i + k > len(doc):
            continue
        sector = reg.agents.get(" ".join(lowers[i:i + k]))
        if sector is None:
            continue
        last = toks[i + k - 1]
        if last.pos_ not in AGENT_POS or (last.dep_ in SKIP_DEPS and last.head.i > last.i
                                          and last.head.pos_ == "NOUN"):
            continue
        return i + k, sector
    return None


INFORMANT_NOUNS = frozenset({"source", "sources"})


def _informant_at(reg: Any, doc: Any, lowers: list[str], i: int) -> tuple[int, str] | None:
    """'military sources', 'government sources', 'security sources', 'police sources':
    unnamed informants of a body (Phoenix lists only 'official sources' and 'rebel
    sources') are agents of that body's sector, the sector of the word itself
    ('military' MIL, 'government' GOV) or of its officials ('security officials' COP)."""
    if i + 1 >= len(doc) or lowers[i + 1] not in INFORMANT_NOUNS or \
            tokens(doc)[i + 1].pos_ not in AGENT_POS:
        return None
    sector = reg.agents.get(lowers[i]) or reg.agents.get(f"{lowers[i]} officials")
    return (i + 2, sector) if sector else None


def _in_dateline(focus: Focus, span: Any) -> bool:
    """Whether a span lies inside the article's dateline."""
    d = focus.dateline
    return d is not None and d.start <= span.start_char < d.end


def _owner_before(doc: Any, i: int, by_end: dict[int, Entity]) -> tuple[str, str] | None:
    """'Swiss doctors', 'Red Cross officials', 'Vietnamese-led forces': a linked name right
    before the agent noun (past adjectives and compound nouns, ``_plain_modifier``, or joined
    by '-led', also past the group noun it
    leads: 'Saudi-led coalition jets') owns it; so does a linked possessor that is no mere
    place ('the EU's top diplomat', 'the African Union's envoy', 'Hamas's fighters')."""
    j = i
    if j >= 2 and doc[j - 1].pos_ == "NOUN" and doc[j - 1].dep_ == "compound" and \
            doc[j - 1].ent_type_ == "" and doc[j - 1].head.i >= i:
        j -= 1  # 'Chinese coast guard ships', 'Israeli border police': a plain noun of the
        # body's own name between the owner and the agent noun
    while j > 0 and _plain_modifier(doc[j - 1]) and i - j < 2:
        j -= 1  # 'Swiss army doctors', 'Iranian oil companies': past adjectives and nouns
    if j >= 4 and doc[j - 1].pos_ == "NOUN" and doc[j - 1].dep_ == "compound" and \
            doc[j - 2].lower_ in LED_WORDS and doc[j - 3].text in HYPHENS:
        j -= 1  # 'Saudi-led coalition jets': the led group's own aircraft
    if j >= 3 and doc[j - 1].lower_ in LED_WORDS and doc[j - 2].text in HYPHENS:
        j -= 2  # 'Vietnamese-led forces', 'Saudi-commanded troops'
    if j == 0:
        return None
    prev = doc[j - 1]
    ent = by_end.get(prev.idx + len(prev.text))
    if ent is None and j >= 2 and prev.text in POSSESSIVE_END and prev.dep_ == "case":
        owner = by_end.get(doc[j - 2].idx + len(doc[j - 2].text))  # 'the EU's top diplomat'
        if owner is not None and owner.actor.kind != "place":
            return owner.actor.country, f"possessor: {owner.text}"
    if ent is None or modifier_mention(doc_text(doc), ent.start, ent.end) or \
            STANCE_NAME_RE.fullmatch(ent.text):
        return None  # 'pro-Russian separatists', 'Iranian-backed militias': no owner named
    principal = principal_before(doc, ent, lambda t: by_end.get(t.idx + len(t.text)))
    if principal is not None:  # 'Russia's U.N. ambassador': Russia's, not the U.N.'s
        ent = principal
    return ent.actor.country, f"name: {ent.text}"


def _plain_modifier(tok: Any) -> bool:
    """A word between an owner's name and the agent noun it owns: an adjective, or a
    lower-case noun the parser hangs on the agent as a compound ('oil' in 'Iranian oil
    companies', 'security' in 'Israeli security officials'); never a name."""
    return tok.ent_type_ == "" and (tok.pos_ == "ADJ" or (
        tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.text.islower()))


def principal_before(doc: Any, body: Entity, ending_at: Any) -> Entity | None:
    """'Russia's U.N. ambassador', 'Britain's NATO envoy': a country possessing the name of an
    international body that qualifies a post is the post holder's principal; the body only
    says where the post is. So is a country word right before the name of an international
    force: 'French UNPROFOR troops', 'Irish UNIFIL soldiers' are a national contingent.
    ``ending_at(token)`` is the linked entity ending at a token."""
    toks = tokens(doc)
    if body.actor is None or body.actor.country not in BODY_CODES:
        return None
    k = _token_at(doc, body.start)
    if k is None or k < 1:
        return None
    if toks[k - 1].text in POSSESSIVE_END:
        owner = ending_at(toks[k - 2]) if k >= 2 else None
    elif body.actor.sector == "MIL" and toks[k - 1].ent_type_ in ("NORP", "GPE"):
        owner = ending_at(toks[k - 1])  # 'French UNPROFOR troops'
    else:
        return None
    if owner is None or owner.actor is None or owner.actor.kind not in PRINCIPAL_KINDS or \
            owner.actor.country in BODY_CODES:
        return None
    return owner


def _country_possessor(doc: Any, i: int, focus: Focus) -> tuple[str, str] | None:
    """'Pakistan closed its airspace. Ishaq Dar, the country's foreign minister, …': an agent
    possessed by 'the country's' / 'the nation's' belongs to the country named last before
    it (in this or the two sentences before), else to the dateline's or article's."""
    toks = tokens(doc)
    j = i
    while j > 0 and toks[j - 1].pos_ == "ADJ" and toks[j - 1].ent_type_ == "" and i - j < 2:
        j -= 1
    if j < 3 or toks[j - 1].text not in POSSESSIVE_END or toks[j - 2].lower_ not in \
            COUNTRY_NOUNS or toks[j - 3].lower_ != "the":
        return None
    ents = focus.named_before(toks[j - 3].idx)
    if len({e.actor.country for e in ents}) > 1:  # the one named as a subject
        ents = [e for e in ents if (t := _token_at(doc, e.start)) is not None and
                (toks[t].dep_ in SUBJECT_DEPS or toks[t].head.dep_ in SUBJECT_DEPS)]
    if len({e.actor.country for e in ents}) == 1:
        return ents[-1].actor.country, f"refers to: {ents[-1].text}"
    return None if ents else focus.context_country(-1)


def _located_after(doc: Any, end: int, linked: list[Entity]) -> tuple[str, str] | None:
    """'militants present on Afghan soil', 'rebels operating in Bolivia', 'troops inside
    Syria': a place phrase after the agent noun, directly or through a participle or
    adjective, locates the agent itself (before any country its sentence names)."""
    toks = tokens(doc)
    head = toks[end - 1]
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in AGENT_PLACE_PREPS]
    for mod in head.children:
        if mod.dep_ in ("acl", "amod") and mod.i > head.i:
            preps += [c for c in mod.children if c.dep_ == "prep" and c.lower_ in AGENT_PLACE_PREPS]
    for prep in preps:
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            for tok in (obj, *(c for c in obj.children if c.dep_ in PLACE_MODIFIER_DEPS)):
                ent = next((e for e in linked if e.start <= tok.idx < e.end), None)
                if ent is not None and ent.actor.kind in PLACE_KINDS:
                    return ent.actor.country, f"located: {ent.text}"
    return None


def _body_after(doc: Any, end: int, linked: list[Entity], sector: str
                ) -> tuple[str, str] | None:
    """'a delegation from Hamas', 'officials from the World Health Organization', 'fighters of
    the Islamic State', 'a spokesman for the Red Cross', 'a spokeswoman for the UN refugee
    agency': a linked body (no place, no person) after 'from' / 'of' / 'for' on the agent
    noun, or naming the body noun there, is the agent's own, as a body named before it is
    ('Hamas officials'); not for those who undergo what a body does ('victims of X',
    'hostages of X'). A place after 'for' is no body ('the envoy for Sudan': a portfolio)."""
    if sector in UNDERGOING_SECTORS:
        return None
    head = doc[end - 1]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in BODY_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            words = (obj, *(c for c in obj.children if c.dep_ == "compound" and c.i < obj.i))
            for word in words:
                ent = next((e for e in linked if e.start <= word.idx < e.end), None)
                if ent is not None and ent.actor.kind not in PLACE_KINDS and \
                        ent.actor.kind != "person":
                    return ent.actor.country, f"member of: {ent.text}"
    return None


STATE_BODY_SECTORS = frozenset({"GOV", "MIL"})  # 'the Syrian government', 'the Russian army'
ENEMY_WORDS = frozenset({"enemy"})  # 'the Israeli enemy': the state an article's side fights


def _state_after(reg: Any, doc: Any, end: int, linked: list[Entity], sector: str
                 ) -> tuple[str, str] | None:
    """'forces of the Syrian government', 'troops of the Russian army', 'warplanes of the
    Israeli enemy', 'soldiers of Ukraine': an of-phrase naming a state, or a state's
    government, army or enemy by its demonym, owns the agent noun before any place the
    sentence names ('troops of the Russian army attacked a village near Kharkiv'); not a
    sponsor ('the Iranian-backed militia') nor for those who undergo ('victims of …')."""
    if sector in UNDERGOING_SECTORS:
        return None
    text = doc_text(doc)
    head = doc[end - 1]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            own = next((e for e in linked if e.start <= obj.idx < e.end), None)
            if own is not None and own.actor.kind == "state":
                return own.actor.country, f"of: {own.text}"
            if own is not None or not (obj.lower_ in ENEMY_WORDS or
                                       reg.agents.get(obj.lower_) in STATE_BODY_SECTORS):
                continue
            for mod in (c for c in obj.children if c.dep_ in NAME_MODIFIER_DEPS and c.i < obj.i):
                ent = next((e for e in linked if e.start <= mod.idx < e.end), None)
                if ent is not None and ent.actor.kind in PLACE_KINDS and \
                        ent.actor.country and not modifier_mention(text, ent.start, ent.end):
                    return ent.actor.country, f"of: {ent.text} {obj.text}"
    return None


def _counterparts(head: Any, parties: bool = True) -> tuple[tuple[int, int], ...]:
    """'The foreign minister criticised Chile', 'police arrested two Chilean nationals': the
    character spans of the object and of the partner or target phrases of the clause whose
    subject the agent is. A country named there is the other party, not the agent's own
    (a place phrase inside them, 'protesters in Lima', still places the agent). So is one
    named in what the agent says ('an official said Turkey must return the missiles'); with
    ``parties`` False only that is counted (a titled person 'visited the Bolivian town')."""
    if parties and _undergoer(head):
        return _actor_spans(head.head if head.dep_ == "dobj" else head.head.head)
    if parties and head.dep_ == "nsubjpass" and head.head.i != head.i:
        doers = _doer_spans(head.head)  # 'villagers were killed by / in a raid by Thai troops'
        if doers:
            return doers
    if head.dep_ not in SUBJECT_DEPS or head.head.i == head.i:
        return ()
    verb = head.head
    deps = COUNTERPART_DEPS + REPORTED_DEPS if parties else REPORTED_DEPS
    phrases = [c for c in verb.children if c.dep_ in deps]
    if verb.dep_ in REPORTING_AFTER_DEPS and verb.head.i < verb.i and _reporting(verb):
        phrases.append(verb.head)  # 'Chile must withdraw its envoy, an official said'
        skip = {t.i for t in verb.subtree}
    else:
        skip = set()
    phrases += [g for c in verb.children if parties and c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPS
                for g in c.children if g.dep_ == "pobj"]
    if not parties:  # a titled person: only a party named outright ('Pope Benedict urged
        # Iraq', 'Minister X met Kim Jong Un'), not a place it visits ('the Bolivian town')
        named = [c for c in verb.children if c.dep_ in COUNTERPART_DEPS] + \
            [g for c in verb.children if c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPS
             for g in c.children if g.dep_ == "pobj"]
        phrases += [c for c in named if c.pos_ == "PROPN" and c.ent_type_ in NAMED_PARTY_LABELS]
    if parties:
        phrases += _attacked_states(verb)  # 'militants fired rockets at Israel'
    if parties:  # 'rebels seized the base, killing four Malian soldiers', 'troops entered
        # the town and detained two Chilean nationals': the verbs sharing the agent's subject
        for shared in _shared_subject_verbs(verb):
            phrases += [c for c in shared.children if c.dep_ in COUNTERPART_DEPS]
            phrases += [g for c in shared.children if c.dep_ == "prep" and
                        c.lower_ in COUNTERPART_PREPS for g in c.children if g.dep_ == "pobj"]
    spans = []
    for phrase in phrases:
        toks = _without_places(phrase)
        spans += [(t.idx, t.idx + len(t.text)) for t in toks if t.i not in skip]
    return tuple(spans)


# Words of a stance against something: what follows them names the thing opposed
STANCE_LEMMAS = frozenset({
    "angry", "furious", "outraged", "incensed", "enraged", "angered", "upset", "irate",
    "indignant", "frustrated", "unhappy", "fearful", "afraid", "wary", "worried", "resentful",
    "hostile", "opposed", "protest", "demonstrate", "rally", "oppose",
    "fear", "blame", "resent", "denounce", "decry"})
STANCE_PREPS = frozenset({"at", "against", "over", "about", "of", "to", "by"})


def _opposed(head: Any) -> tuple[tuple[int, int], ...]:
    """'Farmers angry at Ukrainian grain imports', 'workers protesting against Chinese steel',
    'fishermen fearful of Turkish patrols', 'residents were angry over Russian strikes':
    the character spans (outside place phrases) of what someone in the agent's sentence is
    angry at, protests against, opposes, fears or blames, the agent's own phrase aside. A
    country named there is the thing opposed, not the agent's own, nor that of a party the
    angry ones protest against ('… protested against the president')."""
    phrases = []
    words = {t.i: t for name in ("lemma", "lower")
             for t in tokens_in(head.sent, STANCE_LEMMAS, name)}
    for word in words.values():
        phrases += [c for c in word.children if c.dep_ == "dobj"]
        phrases += [g for c in word.children if c.dep_ in ("prep", "agent") and
                    c.lower_ in STANCE_PREPS
                    for g in c.children if g.dep_ == "pobj"]
    spans = []
    for phrase in phrases:
        toks = _without_places(phrase)
        if head.i in {t.i for t in phrase.subtree}:
            continue  # the agent itself is what is opposed ('protested against the president')
        spans += [(t.idx, t.idx + len(t.text)) for t in toks]
    return tuple(spans)


ATTACK_AIM_VERBS = HARM_VERBS | {"fire", "launch", "lob"}  # 'fired rockets at X'


def _attacked_states(verb: Any) -> list[Any]:
    """'Militants fired rockets at Israel', 'gunmen launched attacks on Nigeria', 'rebels
    lobbed shells into Chad': the objects of the target prepositions (at, on, against,
    toward, into) of an attack verb or of its direct object. A country named there is what
    the agent attacks, most often from outside, so it does not place the agent; a place in
    it ('fired at Haifa') still does, where no country is named outright."""
    if verb.lemma_.lower() not in ATTACK_AIM_VERBS:
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [g for h in holders for c in h.children
            if c.dep_ == "prep" and c.lower_ in UNDERGOER_PREPS
            for g in c.children if g.dep_ == "pobj"]


def _shared_subject_verbs(verb: Any) -> list[Any]:
    """The verbs below ``verb`` that share its subject: a participle clause ('…, killing
    X'), a coordinated verb ('… and detained X') or a to-infinitive ('vowed to attack X')
    with no subject of its own."""
    return [c for c in verb.children if c.dep_ in SHARED_SUBJECT_DEPS and c.pos_ == "VERB"
            and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
            and (c.dep_ != "advcl" or c.tag_ == "VBG")]


def _other_actors(head: Any) -> tuple[tuple[int, int], ...]:
    """The character spans of the names of the other actors of an agent's sentence, which
    the article focus placing it is taken without: the heads (with their name modifiers) of
    its clause's object and partner phrases naming a party (a name, officials, troops, a
    government; not 'with Brazilian drones'), and the named subjects of the clauses below its
    verb ('the government rejected the proposal China had put forward', 'the government said
    it would complain after Israeli jets struck a village'). A country merely mentioned
    ('the violation of Lebanese airspace', what a speaker says) still counts; a go-between
    or backer hyphened to its participle anywhere in the clause ('signed an Egyptian-brokered
    truce', 'joined the UN-backed talks') is another party too."""
    if head.dep_ not in SUBJECT_DEPS or head.head.i == head.i:
        return ()
    verb = head.head
    own = {t.i for t in head.subtree}
    heads = [c for c in verb.children if c.dep_ in COUNTERPART_DEPS]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPS
              for g in c.children if g.dep_ == "pobj"]
    heads = [h for h in heads if h.pos_ == "PROPN" or h.ent_type_ in ACTOR_NAME_LABELS or
             h.lemma_.lower() in PARTY_LEMMAS]  # not 'attacked the town with Brazilian drones'
    heads += [h for h in _attacked_states(verb) if h.pos_ == "PROPN"]
    heads += [h for h in _helpers(verb) + _answered_doers(verb) if h.pos_ == "PROPN"]
    if head.dep_ == "nsubjpass":
        heads += _doers(verb)  # 'villagers were killed in a Lorani raid'
    todo = [c for c in verb.children if c.i not in own]
    while todo:  # not inside place phrases ('in the area where X's province meets Y's')
        tok = todo.pop()
        if tok.dep_ == "prep" and tok.lower_ in AGENT_PLACE_PREPS | PLACE_PREPS:
            continue
        if tok.dep_ in SUBJECT_DEPS and tok.pos_ != "PRON":
            heads.append(tok)
        todo.extend(tok.children)
    text = doc_text(head.doc)  # 'the rebels signed an Egyptian-brokered truce': the mediator
    heads += [t for t in verb.subtree if t.i not in own and
              MEDIATOR_RE.match(text, t.idx + len(t.text)) is not None]
    spans = []
    for h in heads:
        for t in (h, *(c for c in h.children if c.dep_ in NAME_OWNER_DEPS)):
            spans.append((t.idx, t.idx + len(t.text)))
    return tuple(spans)


HELPER_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid", "cooperation"})
ANSWERED_ACT_PREPS = frozenset({"for", "over", "against", "after", "following"})


def _helpers(verb: Any) -> list[Any]:
    """'With the support of France, the government launched an offensive', '… with Russia's
    help': the helper, an ally of the agent, not the agent's own country."""
    nouns = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in HELPER_NOUNS]
    return [o for n in nouns for c in n.children
            for o in ([c] if c.dep_ == "poss" else
                      [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep"
                      and c.lower_ in ("of", "from") else [])]


def _answered_doers(verb: Any) -> list[Any]:
    """'The president threatened retaliation for any attack by Iran', '… sanctions over the
    seizure of tankers by Iran': the doer of the act the agent answers is the other side."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    acts = [g for h in holders for c in h.children if c.dep_ == "prep"
            and c.lower_ in ANSWERED_ACT_PREPS for g in c.children if g.dep_ == "pobj"
            and g.pos_ == "NOUN"]
    owners = acts + [g for a in acts for c in a.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
    return [g for o in owners for c in o.children if c.dep_ in ("prep", "agent")
            and c.lower_ in ("by", "from") for g in c.children if g.dep_ == "pobj"]


def _mover(head: Any, by_end: dict[int, Entity]) -> tuple[str, str] | None:
    """'Nigeria deployed troops to the Cameroonian border', 'Russia massed troops near the
    Ukrainian border', 'Israel withdrew soldiers from southern Lebanon': forces a subject
    deploys, sends or pulls back are its own, not the country they are sent to (evidence
    `"moved by: Nigeria"`); the subject or its owner must be a linked name."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in MOVING_VERBS:
        return None
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        for tok in (subj, *(c for c in subj.children if c.dep_ in OWNER_DEPS)):
            ent = by_end.get(tok.idx + len(tok.text))
            if ent is not None and ent.actor.country not in BODY_CODES and \
                    not modifier_mention(doc_text(head.doc), ent.start, ent.end):
                return ent.actor.country, f"moved by: {ent.text}"
    return None


def _undergoer(head: Any) -> bool:
    """Whether an agent noun is what its clause's subject acts on: the object of the verb
    ('Houthi rebels attacked a cargo ship'), of a target preposition on it ('fired
    rockets at military bases'), or the recipient of what it sends or gives ('flew relief
    supplies to flood victims', 'sent food to refugees')."""
    if head.dep_ == "dobj":
        return head.head.pos_ in ("VERB", "AUX")
    if head.dep_ != "pobj" or head.head.head.pos_ != "VERB":
        return False
    prep, verb = head.head, head.head.head
    if prep.lower_ in RECIPIENT_PREPS and prep.dep_ in ("prep", "dative"):
        return any(c.dep_ == "dobj" for c in verb.children)
    return prep.dep_ == "prep" and prep.lower_ in UNDERGOER_PREPS


def _announcer_spans(head: Any) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """'The Kremlin announced that Russian forces had captured the village', 'Washington said
    American forces had killed a militant commander': for an agent its clause's subject acts
    on, the character spans of the subject of the reporting verb above that clause (the
    announcer) and of the clause's own subject (the doer), both outside place phrases; two
    empty tuples otherwise."""
    if not _undergoer(head):
        return (), ()
    verb = head.head if head.dep_ == "dobj" else head.head.head
    if verb.dep_ not in REPORTED_DEPS or verb.head.i == verb.i or not _reporting(verb.head):
        return (), ()
    said = tuple((t.idx, t.idx + len(t.text)) for c in verb.head.children
                 if c.dep_ in SUBJECT_DEPS for t in _without_places(c))
    return said, _actor_spans(verb)


def _own_side_announcer(head: Any, linked: list[Entity]) -> tuple[tuple[int, int], ...]:
    """The announcer's spans (``_announcer_spans``) when every country it names is one the
    doer's own phrase names: an attacker's side reporting its own act says nothing of where
    the victim is ("The Kremlin announced that Russian forces had captured the village" does
    not make the village Russian), while a victim's side reporting the act still places it
    ("Ukraine said Russian forces shelled the village")."""
    said, doer = _announcer_spans(head)
    if not said or not doer:
        return ()

    def countries(spans: tuple[tuple[int, int], ...]) -> set[str]:
        return {e.actor.country for e in linked
                if any(e.start < b and a < e.end for a, b in spans)}

    own = countries(said)
    return said if own and own <= countries(doer) else ()


def _own_forces_announced(head: Any, sector: str, linked: list[Entity]
                          ) -> tuple[str, str] | None:
    """(country, evidence) of troops whose act a military reports: 'A spokesman for the
    Israeli military said troops had killed three militants in Jenin', 'Russia's army said
    soldiers had captured a village in Donetsk': the generic armed agent that is the subject
    of a clause reported by a state's military (every linked actor of the reporting verb's
    subject is of one country, one of them of sector ``MIL``) is that military's, not the country of
    the place the clause names. A health ministry, a rights group or a UN body reporting
    that troops killed civilians does not place them."""
    if sector not in ARMED_AGENT_SECTORS or head.dep_ != "nsubj":
        return None
    verb = head.head
    if verb.dep_ not in REPORTED_DEPS or verb.head.i == verb.i or not _reporting(verb.head):
        return None
    said = [(t.idx, t.idx + len(t.text)) for c in verb.head.children
            if c.dep_ in SUBJECT_DEPS for t in _without_places(c)]
    ents = [e for e in linked if any(e.start < b and a < e.end for a, b in said)]
    mil = [e for e in ents if e.actor.sector in ARMED_AGENT_SECTORS]
    if not mil or len({e.actor.country for e in ents}) != 1:
        return None
    return mil[0].actor.country, f"sentence: {mil[0].text}"


ATTRIBUTION_PREPS = frozenset({"according"})  # 'according to X, militants fired ...'
MAX_REPORT_DEPTH = 6  # clause levels climbed from an agent to the speaker that reports it


def reporters(head: Any) -> tuple[tuple[int, int], ...]:
    """The character spans (outside their place phrases) of who reports the clause an agent
    acts in: the subject of a reporting verb above it ('Norland officials said (that)
    militants fired ...', '"Militants fired ...," a Norland official said', '..., officials
    said'), the object of 'according to' on its verb or a verb above it ('According to
    Norland officials, militants fired ...'). The teller of an act is not its doer."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # 'militants and gunmen fired ...': the first conjunct's clause
    if head.dep_ not in SUBJECT_DEPS or head.head.i == head.i:
        return ()
    spans: list[tuple[int, int]] = []
    verb = head.head
    for _ in range(MAX_REPORT_DEPTH):
        tellers = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ATTRIBUTION_PREPS
                   for t in (c, *(k for k in c.children if k.dep_ == "prep"))
                   for g in t.children if g.dep_ == "pobj"]
        tellers += [s for r in verb.children if r.dep_ in REPORTING_AFTER_DEPS and r.i > verb.i
                    and _reporting(r) for s in r.children if s.dep_ in SUBJECT_DEPS]
        if verb.dep_ in REPORTED_DEPS and verb.head.i != verb.i and _reporting(verb.head):
            tellers += [s for s in verb.head.children if s.dep_ in SUBJECT_DEPS]
        for t in tellers:
            spans += [(k.idx, k.idx + len(k.text)) for k in _without_places(t)]
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return tuple(spans)


def _told_by_others(head: Any, sector: str) -> tuple[tuple[int, int], ...]:
    """For an armed group or criminals ('militants', 'gunmen', 'the militia'), who reports
    their act (``reporters``): a state's officials or police telling what militants did
    name the teller's country, not the militants'. A state body ('the army', 'police') a
    state's own officials report on stays theirs, and so do forces a state's military
    reports (``_own_forces_announced``)."""
    return reporters(head) if sector in NON_STATE_SECTORS else ()


def _undergoer_parties(head: Any, linked: list[Entity]) -> tuple[tuple[int, int], ...]:
    """For an agent its clause's subject acts on ('Russian forces captured the village'), the
    spans the article focus placing it is taken without: that subject and an announcer of the
    doer's own side (``_own_side_announcer``). Without such an announcer the doer's country
    still places what it acts on ('The Peruvian congress elected the central bank governor':
    a Peruvian governor)."""
    if not _undergoer(head):
        return ()
    own = _own_side_announcer(head, linked)
    if not own:
        return ()
    verb = head.head if head.dep_ == "dobj" else head.head.head
    return _actor_spans(verb) + own


DYING_LEMMAS = frozenset({"die", "perish"})  # 'X died in an airstrike': X suffers it


def _harm_verb(verb: Any) -> bool:
    """Whether a verb is an act of armed harm (``HARM_VERBS``)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in HARM_VERBS


def _harmed_by_state(head: Any, linked: list[Entity]) -> tuple[tuple[int, int], ...]:
    """For an agent an act of armed harm befalls ('Russian shelling killed four soldiers',
    'two soldiers were killed when Russian drones struck a base', 'Russian missiles hit the
    base and two soldiers were killed'), the character spans of the attacker's phrase when
    every name in it is a state's (a demonym, a state or its forces): a foreign state's
    forces do not make their victims their own, so neither the sentence nor the article
    focus places the victim by them. An armed group's attack ('Boko Haram fighters attacked
    a checkpoint, killing two policemen') often strikes its own country and is left to the
    usual context."""
    if head.dep_ == "conj" and head.head.dep_ in ("dobj", "pobj"):
        head = head.head  # 'struck Kyiv and two soldiers', the parser's coordination
    spans: tuple[tuple[int, int], ...] = ()
    if _undergoer(head):
        verb = head.head if head.dep_ == "dobj" else head.head.head
        if _harm_verb(verb):
            spans = _actor_spans(verb)
    elif (head.dep_ == "nsubjpass" and _harm_verb(head.head)) or \
            (head.dep_ == "nsubj" and head.head.lemma_.lower() in DYING_LEMMAS):
        verb = head.head  # 'two civilians died in a Russian drone strike', as 'were killed'
        spans = _doer_spans(verb)
        for clause in [c for c in verb.children if c.dep_ == "advcl"] + \
                ([verb.head] if verb.dep_ == "conj" else []):
            if _harm_verb(clause) and clause.i != verb.i:  # 'when X struck', 'X hit … and'
                spans += _actor_spans(clause)
    if not spans:
        return ()
    named = [e for e in linked if any(e.start < b and a < e.end for a, b in spans)]
    if not named or any(e.actor.kind != "state" or e.actor.sector in NON_STATE_SECTORS
                        for e in named):
        return ()
    return spans


def _doer_spans(verb: Any) -> tuple[tuple[int, int], ...]:
    """The character spans of the doers of a passive verb's act (``_doers``), outside
    their place phrases."""
    spans = []
    for phrase in _doers(verb):
        spans += [(t.idx, t.idx + len(t.text)) for t in _without_places(phrase)]
    return tuple(spans)


def _doers(verb: Any) -> list[Any]:
    """The heads of who does a passive verb's act to its subject: its by-agent ('shops were looted by Lorani soldiers') and the named doer
    of the attack it happens in ('killed in a Lorani airstrike', 'wounded during shelling
    by Lorani troops', 'in raids carried out by Lorani police'). Their country does not
    place the victims."""
    phrases = [g for c in verb.children if c.dep_ == "agent" for g in c.children
               if g.dep_ == "pobj"]
    if not phrases and any(c.dep_ == "nsubjpass" for c in verb.children):
        phrases = [g for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
                   for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
                   for g in b.children if g.dep_ == "pobj"]  # 'was denied visas by X'
    if not phrases and any(c.dep_ == "nsubjpass" for c in verb.children):
        phrases = [g for c in verb.conjuncts if c.i > verb.i and c.tag_ == "VBN"
                   and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
                   for a in c.children if a.dep_ == "agent"
                   for g in a.children if g.dep_ == "pobj"]  # 'was attacked and burned by X'
    attacks = attack_nouns()
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in CAUSE_PREPS:
            continue
        for noun in (g for g in c.children if g.dep_ in ("pobj", "pcomp")):
            if noun.lemma_.lower() not in attacks and noun.lower_ not in attacks:
                continue
            phrases += [m for m in noun.children if m.dep_ in OWNER_DEPS | {"nmod"}
                        and m.ent_type_ in ACTOR_NAME_LABELS]
            by = [b for b in noun.children if b.dep_ in ("prep", "agent") and b.lower_ == "by"]
            by += [b for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN"
                   for b in a.children if b.dep_ == "agent"]
            phrases += [g for b in by for g in b.children if g.dep_ == "pobj"]
    return phrases


def _actor_spans(verb: Any) -> tuple[tuple[int, int], ...]:
    """The character spans of a verb's subject phrase outside its place phrases: the actor
    whose country does not place what it acts on ('Thai troops shelled villages')."""
    spans = []
    for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        spans += [(t.idx, t.idx + len(t.text)) for t in _without_places(subj)]
    return tuple(spans)


def _reporting(verb: Any) -> bool:
    """Whether a verb reports speech ('said', 'told', 'added')."""
    return verb.lemma_.lower() in _reporting_verbs()


def _reporting_verbs() -> frozenset[str]:
    """The reporting verbs of the event patterns (plover_patterns.json, the cached lexicon)."""
    from eventwire.extract.lexicon import load_lexicon

    return load_lexicon().cue("reporting_verbs")


def _agent_context(focus: Focus, start: int, tok: Any, linked: list[Entity], sector: str | None
                   ) -> tuple[str, str] | None:
    """The context country of a generic agent whose head word is ``tok``: the sentence's,
    article's or story's country, not counting the spans that name the other side of its clause
    (what it opposes, the state that harmed it, what others are told), each found once."""
    shared = _opposed(tok) + _harmed_by_state(tok, linked) + _told_by_others(tok, sector)
    return focus.context_country(
        focus.sentence_start(start),
        others=_counterparts(tok) + _own_side_announcer(tok, linked) + shared,
        parties=_other_actors(tok) + _undergoer_parties(tok, linked) + shared,
        said=_said_about_others(tok))


def _entity_context(doc: Any, e: Entity, focus: Focus, parties: bool = True
                    ) -> tuple[str, str] | None:
    """The context country of an unlinked name, as a generic agent's (not counting the
    other party of its clause or what it says)."""
    toks = tokens(doc)
    i = _token_at(doc, e.start)
    head = toks[i] if i is not None else None
    while head is not None and head.head.i != head.i and (e.start <= head.head.idx < e.end or (
            head.dep_ in NAME_MODIFIER_DEPS and head.head.pos_ in AGENT_POS)):
        head = head.head  # 'Muslim hackers': the name modifies the noun that acts
    opposed = _opposed(head) if head is not None else ()
    return focus.context_country(focus.sentence_start(e.start), exclude=(e.start, e.end),
                                 others=_counterparts(head, parties) + opposed
                                 if head is not None else (),
                                 parties=_other_actors(head) + opposed
                                 if head is not None and parties else (),
                                 said=_said_about_others(head) if head is not None else ())


def _said_about_others(head: Any) -> tuple[tuple[int, int], ...]:
    """'Security sources said the planners are based in Norland', 'police said the gunmen
    had fled to Norland': the character spans of what an agent says about another subject,
    the clause's place phrases included. A place there locates that subject or its deed, not
    the speaker, who is placed by the rest of the sentence, the dateline or the article
    ('an official said Norland must withdraw' is excluded by ``_counterparts`` already).
    A clause about the speaker itself ('the army said it had entered X') is not counted
    here, but the origin of a projectile in the sentence is (``_launch_origins``)."""
    spans = list(_launch_origins(head))
    if head.dep_ not in SUBJECT_DEPS or head.head.i == head.i or not _reporting(head.head):
        return tuple(spans)
    verb = head.head
    clauses = [c for c in verb.children if c.dep_ in REPORTED_DEPS]
    for clause in clauses:
        subjects = [s for s in clause.children if s.dep_ in SUBJECT_DEPS]
        if not subjects or any(s.pos_ == "PRON" for s in subjects):
            continue
        toks = list(clause.subtree)
        spans.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return tuple(spans)


LAUNCH_LEMMAS = frozenset({"fire", "launch", "shoot", "lob"})  # 'a missile fired from X'


def _launch_origins(head: Any) -> tuple[tuple[int, int], ...]:
    """'The army said it intercepted a missile fired from Yemen', 'air defences shot down
    drones launched from Russia': the character spans of the from-phrases of a past participle
    of firing or launching on a noun of the agent's sentence (outside the agent's own
    phrase). They name where the projectile's unnamed launcher stands, not where the agent
    is, which the rest of the sentence, the dateline or the article places."""
    found = tokens_in(head.sent, LAUNCH_LEMMAS)
    if not found:
        return ()
    own = {t.i for t in head.subtree}
    spans = []
    for tok in found:
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in LAUNCH_LEMMAS \
                or tok.i in own:
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
            sub = list(prep.subtree)
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return tuple(spans)


def _without_places(tok: Any) -> list[Any]:
    """The tokens of the phrase headed by ``tok`` outside its place phrases ('in Lima')."""
    out = [tok]
    for c in tok.children:
        if not (c.dep_ == "prep" and c.lower_ in AGENT_PLACE_PREPS | PLACE_PREPS):
            out += _without_places(c)
    return out


def is_former(doc: Any, j: int, former: set[str]) -> bool:
    """True when token ``j`` marks a past role: 'former', 'ex-', 'then-', 'onetime', 'one-time'."""
    toks = tokens(doc)
    if j < 0:
        return False
    low = toks[j].lower_
    if low in HYPHENS and j > 0:
        j, low = j - 1, toks[j - 1].lower_
    return low in former or (low == "time" and j >= 2 and toks[j - 1].text in HYPHENS
                             and toks[j - 2].lower_ == "one")


def _former_owner(doc: Any, i: int, by_end: dict[int, Entity], reg: Any) -> bool:
    """'an ex-NATO official', 'a former EU commissioner': the name before the agent noun is an
    organisation the person served in the past, so it owns nothing now."""
    toks = tokens(doc)
    j = i
    while j > 0 and toks[j - 1].pos_ == "ADJ" and toks[j - 1].ent_type_ == "" and i - j < 2:
        j -= 1
    if j == 0 or (ent := by_end.get(toks[j - 1].idx + len(toks[j - 1].text))) is None:
        return False
    first = j - 1
    while first > 0 and toks[first - 1].idx >= ent.start:
        first -= 1
    return is_former(doc, first - 1, reg.former)


def _ngo(reg: Any, head: str, sector: str) -> tuple[str, str] | None:
    """'rights groups', 'aid agencies': non-governmental organisations take PLOVER's NGO code."""
    if sector == "NGO" and head in reg.ngo_heads:
        return "NGO", "sector: non-governmental organisation"
    return None


def misread_agents(entities: list[Entity], reg: Any) -> list[Entity]:
    """Entities without the unlinked names that are only a capitalised generic agent noun
    ('Gunmen killed …', 'Police said …' tagged as places or organisations by the tagger), so
    that the agent is placed in its context like any other. A lower-case generic agent noun
    the tagger made a name is no registry name either, even when linked: 'Nigeria's senate'
    is Nigeria's legislature placed by its possessor, not the U.S. Congress that the
    registry's alias 'senate' names."""
    return [e for e in entities if not _lower_agent(e, reg) and (
            e.actor is not None or e.label not in MISREAD_LABELS
            or e.text.lower() not in reg.agents or not e.text[:1].isupper()
            or e.text[1:] != e.text[1:].lower())]


def _lower_agent(e: Entity, reg: Any) -> bool:
    """A lower-case generic agent noun tagged as an organisation ('senate', 'army')."""
    return e.label in MISREAD_LABELS and e.text.islower() and e.text in reg.agents


ONE_STATE_OFFICES = {"pope": "VAT"}  # a title only one state has


def agent_entities(doc: Any, entities: list[Entity], reg: Any, focus: Focus,
                   date: Any = None) -> list[Entity]:
    """Entities for the generic agents of ``doc`` placed in their context country; a bare
    title only one state has ('the Pope') is that state's office holder on ``date``."""
    toks = tokens(doc)
    spans = [(e.start, e.end) for e in entities]
    by_end = {e.end: e for e in entities if e.actor is not None and e.actor.country}
    linked = list(by_end.values())
    lowers = _lowers(doc)
    out: list[Entity] = []
    i = 0
    offices = {e.actor.role for e in entities if e.actor is not None and e.actor.kind == "person"}
    for start in _agent_starts(reg, lowers):
        if start < i:
            continue  # inside the agent or title found before
        i = start
        hit = _agent_at(reg, doc, lowers, i)
        role = None
        if hit is None:
            titled = _bare_title_at(reg, doc, lowers, i, offices)
            if titled is not None:  # 'the president': its holder, placed as an agent is
                hit, role = (titled[0], TITLE_SECTOR), titled[1]
        if hit is None:
            continue
        end, sector = hit
        span = doc[i:end]
        if _covered(spans, span.start_char, span.end_char) or _in_dateline(focus, span) or \
                (end < len(doc) and toks[end].ent_type_ == "PERSON"):  # 'Minister Ishaq Dar'
            i = end
            continue
        if _former_owner(doc, i, by_end, reg):  # 'an ex-NATO official': no NATO actor now
            i = end
            continue
        if _regional(reg, doc, lowers, i) or _of_bloc(reg, doc, lowers, end):
            # 'Western governments', 'ministers of Muslim nations': many countries, none placed
            example = _example_country(toks[end - 1], linked)  # … unless it names one
            if example is not None:
                ref = reg.country_ref(example[0], sector, role)
                out.append(Entity(span.start_char, span.end_char, span.text, AGENT_LABEL,
                                  dataclasses.replace(ref, evidence=example[1])))
            i = end
            continue
        titled_span = role is not None or any(" ".join(lowers[k:end]) in reg.titles
                                              for k in range(max(0, i - 2), i + 1))
        if role in ONE_STATE_OFFICES:  # 'the Pope urged Israel': the Holy See's, never Israel's
            code = ONE_STATE_OFFICES[role]
            holder = reg.holder(code, role, date) if date is not None else None
            ref = reg.resolve(holder, date) if holder else reg.country_ref(code, sector, role)
            out.append(Entity(span.start_char, span.end_char, span.text, AGENT_LABEL,
                              dataclasses.replace(ref, evidence=f"office: {role}")))
            i = end
            continue
        placed = (_paired_title(doc, i, end, linked, focus) if titled_span else None) or \
            _owner_before(doc, i, by_end) or _country_possessor(doc, i, focus) or \
            _mover(toks[end - 1], by_end) or \
            _ngo(reg, lowers[end - 1], sector) or _body_after(doc, end, linked, sector) or \
            _state_after(reg, doc, end, linked, sector) or _located_after(doc, end, linked) or \
            _own_forces_announced(toks[end - 1], sector, linked) or \
            _agent_context(focus, span.start_char, toks[end - 1], linked, sector)
        if placed is not None and placed[1].startswith(CONTEXT_PLACED):
            placed = _expelled_envoy(toks[end - 1], linked, focus, span.start_char, placed)
        if placed is not None and placed[1].startswith(("dateline", "article focus")) and \
                _definite_body(doc, i, end, sector, role):
            placed = _body_before(doc, focus, i, end, linked) or placed
        if placed is None and _definite_body(doc, i, end, sector, role):
            placed = _state_before(doc, focus, i, toks[end - 1], linked,
                                   _counterparts(toks[end - 1]))
        if placed is not None:
            code, evidence = placed
            ref = dataclasses.replace(reg.country_ref(code, sector, role), evidence=evidence)
            out.append(Entity(span.start_char, span.end_char, span.text, AGENT_LABEL, ref))
        i = end
    return out


ENVOY_NOUNS = frozenset({"diplomat", "diplomats", "ambassador", "ambassadors", "envoy",
                         "envoys", "attache", "attaché", "attaches", "attachés", "consul",
                         "consuls", "chargé", "charge"})
EXPELLING_LEMMAS = frozenset({"expel", "oust", "eject", "kick", "summon", "declare"})
EXPULSION_NOUNS = frozenset({"expulsion", "expulsions", "ouster"})
CONTEXT_PLACED = ("sentence:", "dateline", "article focus")  # a placement by the text around


def _expelled_envoy(head: Any, linked: list[Entity], focus: Focus, char: int,
                    placed: tuple[str, str]) -> tuple[str, str] | None:
    """'ADDIS ABABA — Ethiopia expelled the diplomats', 'Mali summoned the ambassador': the
    envoys a state expels, ousts or summons serve the state that sent them, never the one
    acting on them, which the dateline, the article or the sentence often names. When the
    context placed the envoy in the expelling or summoning subject's country, the one other
    country its sentence names outside that subject places it ('… in retaliation for a
    similar move by Poland'); with none or several, nothing does."""
    if head.lower_ not in ENVOY_NOUNS:
        return placed
    verb = None
    if head.dep_ == "dobj" and head.head.lemma_.lower() in EXPELLING_LEMMAS:
        verb = head.head  # 'expelled the diplomats', 'declared two diplomats persona non grata'
    elif head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lower_ in EXPULSION_NOUNS:  # 'ordered the expulsion of diplomats'
        noun = head.head.head
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj") else None
        while verb is not None and verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
    if verb is None:
        return placed
    spans = _actor_spans(verb)
    acting = {e.actor.country for e in linked if e.actor is not None and e.actor.country and
              any(e.start < b and a < e.end for a, b in spans)}
    if placed[0] not in acting:
        return placed
    k = focus.sentence_start(char)
    others = {e.actor.country: e for e, _ in focus.by_sentence.get(k, [])
              if e.actor.country not in acting and
              not any(e.start < b and a < e.end for a, b in spans)}
    if len(others) != 1:
        return None
    code, ent = next(iter(others.items()))
    return code, f"sentence: {ent.text}"


def _definite_body(doc: Any, i: int, end: int, sector: str, role: str | None) -> bool:
    """Whether the agent at ``i:end`` is a bare definite body noun ('the ministry', 'the
    foreign ministry', 'the army'): after 'the', lower-case words only, a state body's sector."""
    toks = tokens(doc)
    return role is None and sector in STATE_BODY_SECTORS and i > 0 and \
        toks[i - 1].lower_ == "the" and all(t.text.islower() for t in toks[i:end])


def _body_before(doc: Any, focus: Focus, i: int, end: int, linked: list[Entity]
                 ) -> tuple[str, str] | None:
    """(country, evidence) of the body a definite body noun refers back to: the one country of
    the bodies with the same head noun named earlier in its sentence or in the sentence just
    before ('Chile's foreign ministry summoned the envoy. The ministry said …'); with none
    there, the one country of those named (by their own words, not their context) in the
    nearest sentence naming one, up to ``SAME_BODY_SENTS`` back."""
    toks = tokens(doc)
    head = toks[end - 1].lower_
    k = bisect.bisect_right(focus.sent_starts, toks[i].idx) - 1
    if k < 0:
        return None
    since = focus.sent_starts[max(0, k - 1)]
    ents = [e for e in linked if since <= e.start and e.end <= toks[i].idx and
            e.actor is not None and e.actor.country and e.text.lower().split()[-1:] == [head]]
    for back in range(2, SAME_BODY_SENTS + 1):  # none just before: the nearest sentence
        if ents or k - back < 0:  # naming the body further back
            break
        lo, hi = focus.sent_starts[k - back], focus.sent_starts[k - back + 1]
        ents = [e for e in linked if lo <= e.start and e.end <= hi and e.actor is not None and
                e.actor.country and not str(e.actor.evidence or "").startswith(CONTEXT_ONLY)
                and e.text.lower().split()[-1:] == [head] and len(e.text.split()) > 1]
    codes = {e.actor.country for e in ents}
    if len(codes) != 1:
        return None
    return ents[-1].actor.country, f"refers to: {ents[-1].text}"


def _state_before(doc: Any, focus: Focus, i: int, head: Any, linked: list[Entity],
                  others: tuple[tuple[int, int], ...]) -> tuple[str, str] | None:
    """(country, evidence) of the state a definite body noun that its own sentence leaves
    unplaced refers back to ('Pakistan closed the crossing with Afghanistan. Traders were
    stranded. The government accused Afghan forces of firing first': Pakistan): the nearest
    earlier sentence (its own before it, then up to ``BODY_STATE_SENTS`` - 1 back, same
    paragraph) naming a state other than the counterparts of its clause (``others``), that
    state when it is one, else the one it names as a subject; None when that sentence names
    several and no one subject, or none is in reach. Not when the same body noun was named
    in the ``SAME_BODY_SENTS`` sentences before: the reference is to that body."""
    toks = tokens(doc)
    start = toks[i].idx
    k = bisect.bisect_right(focus.sent_starts, start) - 1
    text = doc_text(doc)
    lo = focus.sent_starts[max(0, k - SAME_BODY_SENTS)] if k >= 0 else 0
    if any(lo <= t.idx and t.lemma_.lower() == head.lemma_.lower()
           for t in toks[:i] if t.pos_ == "NOUN"):
        return None  # 'Thailand's army … The army': the body named before, not a state
    away = {e.actor.country for e in linked if any(e.start < b and a < e.end for a, b in others)}
    for back in range(BODY_STATE_SENTS):
        if k - back < 0:
            return None
        lo = focus.sent_starts[k - back]
        hi = focus.sent_starts[k - back + 1] if back else start
        if "\n\n" in text[lo:start]:
            return None  # a new paragraph: its own state is named there, or not at all
        ents = [e for e in linked if lo <= e.start and e.end <= min(hi, start) and
                e.actor is not None and e.actor.kind == "state" and e.actor.country and
                not e.actor.evidence and e.actor.country not in away | BODY_CODES]
        if not ents:
            continue
        if len({e.actor.country for e in ents}) > 1:
            ents = [e for e in ents if (t := _token_at(doc, e.start)) is not None and
                    (toks[t].dep_ in SUBJECT_DEPS or toks[t].head.dep_ in SUBJECT_DEPS)]
        if len({e.actor.country for e in ents}) != 1:
            return None
        return ents[-1].actor.country, f"refers to: {ents[-1].text}"
    return None


def _regional(reg: Any, doc: Any, lowers: list[str], i: int) -> bool:
    """'Western governments', 'Gulf states', 'Latin American leaders', 'Arab foreign
    ministers': a group noun after a capitalised region or bloc word (``regions``, past the
    modifiers) names many countries, never the one its context names ('South African',
    'Central African' are a country's demonyms and stay country words; 'pro-Western' is a
    stance)."""
    j = i
    while j > 0 and i - j < 2 and lowers[j - 1] in reg.modifiers:
        j -= 1
    if j == 0 or not doc[j - 1].text[:1].isupper():
        return False
    if j >= 2:
        pair = " ".join(lowers[j - 2:j])
        if pair in reg.regions:
            return True
        if reg.cue(doc[j - 2:j].text) is not None or lowers[j - 2] in HYPHENS:
            return False
    return lowers[j - 1] in reg.regions


BLOC_DETS = frozenset({"the", "several", "many", "some", "all", "various", "other", "fellow"})


def _of_bloc(reg: Any, doc: Any, lowers: list[str], end: int) -> bool:
    """'Foreign ministers of Muslim nations', 'leaders of Western countries', 'envoys of the
    Gulf Arab states': an agent of a group of many states named by a region, bloc or faith
    word is none of them, and never the country of the place they meet in ('… meeting in
    Istanbul')."""
    j = end + 1
    if end >= len(doc) or lowers[end] != "of":
        return False
    while j < len(doc) and lowers[j] in BLOC_DETS:
        j += 1
    for k in (2, 1):
        if j + k < len(doc) and doc[j].text[:1].isupper() and \
                lowers[j + k] in STATE_GROUP_NOUNS and \
                (" ".join(lowers[j:j + k]) in reg.regions or
                 (k == 1 and lowers[j] in FAITH_BLOC_WORDS)):
            return True
    return False


EXAMPLE_PREPS = frozenset({"including", "like"})


def _example_country(head: Any, linked: list[Entity]) -> tuple[str, str] | None:
    """'Arab states including Egypt and Jordan', 'European leaders, such as Hungary's prime
    minister': the one country of the members a regional group is exemplified by."""
    names = []
    for c in head.children:
        if c.dep_ == "prep" and (c.lower_ in EXAMPLE_PREPS or (
                c.lower_ == "as" and c.i > 0 and c.nbor(-1).lower_ == "such")):
            for obj in (o for o in c.children if o.dep_ == "pobj"):
                names += [obj, *obj.conjuncts]
    found = {e.actor.country: e for t in names for e in linked if e.start <= t.idx < e.end}
    if len(found) != 1 or len(names) == 0:
        return None
    code, e = next(iter(found.items()))
    return code, f"example: {e.text}"


ONE_DETS = frozenset({"the", "a", "an"})


FAITH_BLOC_WORDS = frozenset({"muslim", "islamic"})
STATE_GROUP_NOUNS = frozenset({"nations", "countries", "states", "governments", "capitals"})


def region_name(doc: Any, e: Entity, reg: Any) -> bool:
    """Whether an entity is only a region or bloc word ('Western', 'Latin American') naming
    many countries: not 'the Southeast Asian nation', 'an Arab republic' (one country, a
    singular noun with an article, which its context names) nor 'Asian American' (a
    people of the country the next word names)."""
    low = e.text.lower()
    low = low[4:] if low.startswith("the ") else low
    head = _modified(doc, e)
    if low in FAITH_BLOC_WORDS:  # 'Islamic countries', 'Muslim nations': many states
        i = _token_at(doc, e.start)
        nxt = tokens(doc)[i + 1] if i is not None and i + 1 < len(doc) else head
        return head.lower_ in STATE_GROUP_NOUNS or nxt.lower_ in STATE_GROUP_NOUNS
        # 'Muslim nations meeting in X', which the parser makes a compound
    if low not in reg.regions:
        return False
    i = _token_at(doc, e.start)
    if i is None:
        return True
    toks = tokens(doc)
    k = i + len(e.text.split())
    if k < len(toks) and (cue := reg.cue(toks[k].text)) is not None and \
            cue[2] in ("demonym", "people"):
        return False
    one = head.tag_ in ("NN", "NNP") and any(
        c.lower_ in ONE_DETS and c.dep_ == "det" for c in head.children)
    return not one


def _paired_title(doc: Any, i: int, end: int, linked: list[Entity], focus: Focus
                  ) -> tuple[str, str] | None:
    """'Modi and the prime minister agreed …': a bare title coordinated with a named person
    of one country is that person's counterpart, the office holder of the other country the
    article's earlier sentences name (the nearest naming one other than the person's)."""
    toks = tokens(doc)
    head = toks[end - 1]
    mates = [head.head] if head.dep_ == "conj" else []
    mates += [c for c in head.children if c.dep_ == "conj"]
    people = [e for m in mates for e in linked if e.start <= m.idx < e.end and
              e.actor.kind == "person" and e.actor.country]
    if len({e.actor.country for e in people}) != 1:
        return None
    own = people[0].actor.country
    k = bisect.bisect_right(focus.sent_starts, toks[i].idx) - 1
    for back in range(1, NAMED_BEFORE_SENTENCES + 1):
        if k - back < 0:
            break
        others = {e.actor.country: e for e, _ in focus.by_sentence.get(focus.sent_starts[k - back], [])
                  if e.actor.country != own}
        if len(others) == 1:
            code, ent = next(iter(others.items()))
            return code, f"counterpart: {ent.text}"
        if others:
            return None
    return None


def _agent_starts(reg: Any, lowers: list[str]) -> list[int]:
    """The tokens where a generic agent or a bare title may start: a word that begins an
    agent noun phrase, or any word after 'the' (:func:`_agent_at` and :func:`_bare_title_at`
    find nothing elsewhere)."""
    first = reg.agent_first
    return [i for i, (before, word) in enumerate(zip(["", *lowers], lowers, strict=False))
            if word in first or before == "the"]


def _bare_title_at(reg: Any, doc: Any, lowers: list[str], i: int, offices: set[str | None]
                   ) -> tuple[int, str] | None:
    """(end token, office) of a bare definite title at token ``i`` ('the president', 'the
    foreign minister') when the article names nobody holding that office: an office holder
    the context places, as a generic agent is ('the president' under a Lima dateline is
    Peru's government with the role 'president')."""
    toks = tokens(doc)
    if i == 0 or lowers[i - 1] != "the":
        return None
    for k in range(MAX_AGENT_WORDS, 0, -1):
        office = reg.titles.get(" ".join(lowers[i:i + k])) if i + k <= len(doc) else None
        if office is not None:
            last = toks[i + k - 1]
            if office in offices or office in VAGUE_OFFICES or last.pos_ not in AGENT_POS or \
                    (i + k < len(doc) and lowers[i + k] in OFFICE_OF_PREPS) or \
                    (last.dep_ == "appos" and last.head.ent_type_ == "PERSON"):
                return None  # 'the vice president of studies at X', 'Jane Doe, the president'
            return i + k, office
    return None


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
    end = max(d.place_end, d.name_end)  # 'ABUJA, Nigeria —': the country is no participant
    kept.append(Entity(d.start, end, text[d.start:end], DATELINE_LABEL, ref))
    kept.sort(key=lambda e: (e.start, -e.end))
    return kept


def _name_word(tok: Any, reg: Any) -> bool:
    """A capitalised proper-name word that is not a title, group noun, country word or person."""
    low = tok.lower_
    return (tok.pos_ in ORG_NAME_POS and tok.text[:1].isupper() and low not in reg.titles
            and low not in reg.groups and reg.cue(tok.text) is None
            and tok.ent_type_ not in ("PERSON", "DATE", "TIME"))  # 'Israel Saturday': no name


def _org_name_end(doc: Any, i: int, reg: Any) -> int:
    """The end token of a proper-name run starting at token ``i`` ('Tehreek-e-Insaf')."""
    toks = tokens(doc)
    j = i
    while j < len(doc):
        tok = toks[j]
        if _name_word(tok, reg):
            j += 1
        elif j > i and tok.text in HYPHENS and not toks[j - 1].whitespace_:
            j += 1
        elif j > i and tok.lower_ in SHORT_JOINERS and toks[j - 1].text in HYPHENS:
            j += 1
        elif j > i and tok.lower_ in WORD_JOINERS and j + 1 < len(doc) and \
                _name_word(toks[j + 1], reg):
            j += 1
        else:
            break
    while j > i and (toks[j - 1].text in HYPHENS or toks[j - 1].lower_ in SHORT_JOINERS
                     or toks[j - 1].lower_ in WORD_JOINERS):
        j -= 1
    return j


def organisation_names(doc: Any, entities: list[Entity], reg: Any) -> list[Entity]:
    """'Pakistan Tehreek-e-Insaf', 'Kenya Airways': a country word that starts a longer proper
    name is one organisation (affiliated with that country), never the country itself."""
    out: list[Entity] = []
    skip_until = -1
    for e in entities:
        if e.start < skip_until:
            continue
        i = _token_at(doc, e.start)
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
            ActorRef(org_id(name.text), name.text, kind="group"), e.actor.country,
            f"name: {e.text}")
        out.append(Entity(name.start_char, name.end_char, name.text, "ORG", ref))
        skip_until = name.end_char
    return out


NAME_STATE_JOINERS = (" of ", " of the ")  # 'the Kurdish Democratic Party of Iran'
NOT_NAMED_KINDS = frozenset({"state", "place", "person", "igo"})


def state_named_after(doc: Any, entities: list[Entity]) -> list[Entity]:
    """'The Kurdish Democratic Party of Iran', 'the Communist Party of Nepal': a linked body
    whose name goes on with 'of' and a state is that state's body, whatever country the
    shorter name links to (the Iraqi KDP): one organisation entity over the whole name, in
    the named state, with the body's sector and kind (evidence ``"name: Iran"``)."""
    text = doc_text(doc)
    ordered = sorted(entities, key=lambda x: (x.start, -x.end))
    out: list[Entity] = []
    taken: set[int] = set()
    for k, e in enumerate(ordered):
        if k in taken:
            continue
        a = e.actor
        after = [(j, f) for j, f in enumerate(ordered[k + 1:], k + 1) if f.start >= e.end][:1]
        if a is None or a.kind in NOT_NAMED_KINDS or a.country in BODY_CODES or not after or \
                e.text.endswith(POSSESSIVE_END):
            out.append(e)
            continue
        j, f = after[0]
        if f.actor is None or f.actor.kind != "state" or f.label != "GPE" or \
                f.actor.country == a.country or text[e.end:f.start] not in NAME_STATE_JOINERS:
            out.append(e)
            continue
        name = text[e.start:f.end]
        ref = ActorRef(org_id(name), name, sector=a.sector, kind=a.kind)
        out.append(Entity(e.start, f.end, name, e.label,
                          with_country(ref, f.actor.country, f"name: {f.text}")))
        taken.add(j)
    return out


POSSESSIVE_END = ("'s", "’s", "'", "’")
EAST_ASIAN_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,5}$")  # 'Ching-te', 'Jae-in', 'Ing-wen'


def _surname(text: str) -> str:
    """The family name of a personal name, without a possessive ending: the last word, or
    the first for a name whose given name is hyphenated in East Asian order ('Lai Ching-te',
    'Moon Jae-in')."""
    words = text.split()
    if not words:
        return ""
    last = words[-1]
    for end in POSSESSIVE_END:
        last = last.removesuffix(end)
    if len(words) == 2 and EAST_ASIAN_GIVEN.match(last):
        return words[0]
    return last


def _inner_surnames(text: str) -> list[str]:
    """The capitalised inner words of a name of three words or more, any of which may be
    the family name used alone later ('Mendez' of 'Carlos Mendez Arce', 'Lula' of 'Luiz
    Inacio Lula da Silva'); particles ('bin', 'da', 'al-') are left out."""
    words = text.split()
    return [w for w in words[1:-1] if w[:1].isupper() and w.isalpha()] if len(words) > 2 else []


def _misread_name(e: Entity) -> bool:
    """A one-word organisation or group entity that nothing links but its context ('Adwan
    accused …' tagged as an organisation after 'Hamas official Yusra Adwan')."""
    return e.label in ("ORG", "NORP") and " " not in e.text and (
        e.actor is None or (e.actor.kind == "group" and e.actor.evidence is not None and
                            e.actor.id == org_id(e.text)))


def carry_surnames(doc: Any, entities: list[Entity]) -> list[Entity]:
    """Later mentions of a linked person by surname ('Moise' after 'Haitian President
    Jovenel Moise') get that person's actor, also for people outside the registry; a later
    name the tagger read as a person may also be an inner word of a longer name ('Mendez'
    after 'Carlos Mendez Arce', the first of two Spanish family names); so is a surname the
    tagger read as a one-word organisation or group that only its context placed."""
    known: dict[str, tuple[int, Any]] = {}
    inner: dict[str, tuple[int, Any]] = {}
    out = []
    for e in entities:
        if e.label == "PERSON":
            last = _surname(e.text)
            if e.actor is not None and len(e.text.split()) > 1 and last:
                known.setdefault(last, (e.end, e.actor))
                for word in _inner_surnames(e.text):
                    inner.setdefault(word, (e.end, e.actor))
            elif e.actor is None and last in known:
                e = dataclasses.replace(e, actor=known[last][1])
            elif e.actor is None and len(e.text.split()) == 1 and last in inner:
                e = dataclasses.replace(e, actor=inner[last][1])
        elif e.text in known and e.start >= known[e.text][0] and _misread_name(e):
            e = dataclasses.replace(e, label="PERSON", actor=known[e.text][1])
        out.append(e)
    if not known:
        return out
    return _add_later_tokens(doc, out, {**inner, **known}, "PERSON", proper_only=True)


def _add_later_tokens(doc: Any, entities: list[Entity], known: dict[str, tuple[int, Any]],
                      label: str, proper_only: bool = False) -> list[Entity]:
    """Entities for the tokens spelled as a ``known`` key after its first mention and not
    inside another entity (proper nouns only if asked), with that key's actor; sorted."""
    out = list(entities)
    spans = [(e.start, e.end) for e in out]
    orth = column(doc, "orth")
    for i in [i for i, word in enumerate(orth) if word in known]:
        hit = known[orth[i]]
        tok = doc[i]
        if tok.idx < hit[0] or (proper_only and tok.pos_ != "PROPN") or \
                _covered(spans, tok.idx, tok.idx + len(tok.text)):
            continue
        out.append(Entity(tok.idx, tok.idx + len(tok.text), tok.text, label, hit[1]))
    out.sort(key=lambda e: (e.start, -e.end))
    return out


PHOENIX_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SUBDIVISION_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG", "PERSON"})
# a province 'in X' the tagger read any way ('in Zamfara' LOC, 'in Sinaloa' ORG, 'in Rakhine'
# PERSON); a name the Phoenix dictionaries hold as a person or group keeps that reading
NOT_SUBDIVISION_NAMES = frozenset({"guantanamo"})  # the U.S. base more often than the province
LOCATION_WORDS = frozenset({"in", "at", "near", "outside", "inside", "around"})
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "province", "district", "region",
                              "county", "capital", "port", "state"})


SUBDIVISION_RE = re.compile(r"(?:\s+|^)(?:province|state|region|governorate|district)\b",
                            re.IGNORECASE)


def _called_subdivision(e: Entity, doc: Any) -> bool:
    """Whether the text calls a place a province, state, region, governorate or district
    ('Borno State', 'in Cabo Delgado province'): only then is a subdivision name read as one
    ('Guantanamo' alone is the U.S. base as often as the Cuban province)."""
    if SUBDIVISION_RE.search(e.text):
        return True
    return doc is not None and SUBDIVISION_RE.match(doc_text(doc)[e.end:e.end + 16]) is not None


def phoenix_link(entities: list[Entity], reg: Any, date: Any, doc: Any = None) -> list[Entity]:
    """Unlinked entities linked through the Phoenix dictionaries (people, groups, places)."""
    out = []
    for e in entities:
        cue = reg.cue(e.text) if e.actor is None and e.label == "PERSON" else None
        if cue is not None and cue[2] == "name":  # 'Mauritius' mislabelled as a person
            e = dataclasses.replace(e, label="GPE", actor=reg.country_ref(cue[0]))
        if e.actor is None and e.label == "PERSON" and doc is not None and \
                _placed_as_location(doc, e) and reg.phoenix.actor(e.text, date) is None and \
                (code := reg.phoenix.place(e.text)) is not None:
            e = dataclasses.replace(e, label="GPE", actor=reg.country_ref(code, kind="place"))
        if e.actor is None and e.label in PHOENIX_LABELS:
            ref = None if e.label in PLACE_LABELS else reg.phoenix.actor(e.text, date)
            code = reg.phoenix.place(e.text) if ref is None and e.label in PLACE_LABELS else None
            if code is None and ref is None and e.label in PLACE_LABELS and \
                    _called_subdivision(e, doc):
                code = reg.phoenix.subdivision(e.text, called=True)  # 'Mulanje district'
            if code is None and ref is None and e.label in SUBDIVISION_LABELS and \
                    doc is not None and _placed_as_location(doc, e) and \
                    e.text.lower() not in NOT_SUBDIVISION_NAMES:
                # 'farmers in Sindh', 'police in Borno': a province named as where people are
                code = reg.phoenix.place(e.text) if e.label not in PLACE_LABELS else None
                code = code or reg.phoenix.subdivision(e.text)
                if code is not None:
                    e = dataclasses.replace(e, label="GPE")
            if code is not None:
                ref = reg.country_ref(code, kind="place")
            if ref is not None:
                e = dataclasses.replace(e, actor=ref)
        out.append(e)
    return out


def _placed_as_location(doc: Any, e: Entity) -> bool:
    """'in Goma', 'the town of Goma': a name the tagger read as a person used as a place."""
    toks = tokens(doc)
    i = _token_at(doc, e.start)
    if i is None or i == 0:
        return False
    before = toks[i - 1].lower_
    return before in LOCATION_WORDS or (before == "of" and i >= 2 and
                                        toks[i - 2].lower_ in SETTLEMENT_NOUNS)


def _cue_before(doc: Any, i: int, reg: Any) -> tuple[str, str] | None:
    """'Bosnian Serb leader X', "Nigeria's army spokesman X": the leftmost country word within a
    few tokens before a title."""
    toks = tokens(doc)
    found = None
    for j in range(i - 1, max(i - 1 - MAX_AGENT_WORDS, -1), -1):
        cue = reg.cue(toks[j].text)
        if cue is not None and cue[0] not in ("IGO", "NGO"):
            k, cue = _longer_name(doc, j, cue, reg)
            found = (cue[0], f"title: {doc[k:i + 1].text}")
        elif toks[j].tag_ == "POS" and j > 0 and reg.cue(toks[j - 1].text) is not None:
            continue  # "Nigeria's army spokesman X"
        elif toks[j].pos_ not in ("PROPN", "ADJ", "NOUN") or toks[j].lower_ in ("the", "a"):
            break
    return found


LONGER_NAME_WORDS = 4  # 'Democratic Republic of Congo': the longest name a country word ends


def _longer_name(doc: Any, j: int, cue: tuple, reg: Any) -> tuple[int, tuple]:
    """The start and cue of the longest country name that ends with the country word at ``j``:
    'South Sudan' for 'Sudan' in "South Sudan's President X", 'Northern Ireland' for 'Ireland',
    'Equatorial Guinea' for 'Guinea', 'Republic of Congo' for 'Congo'."""
    for k in range(max(j - LONGER_NAME_WORDS + 1, 0), j):
        longer = reg.cue(doc[k:j + 1].text)
        if longer is not None and longer[0] not in ("IGO", "NGO"):
            return k, longer
    return j, cue


def _apposition_cue(doc: Any, e: Entity, reg: Any) -> tuple[str, str] | None:
    """'Ji Seong-ho, a North Korean defector', 'X, spokesman for the Ukrainian navy': a country
    word in an apposition after a name (after 'for' a demonym only: 'the envoy for Syria' is a
    portfolio)."""
    toks = tokens(doc)
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None or span.end + 2 >= len(doc) or toks[span.end].text != ",":
        return None
    j = span.end + 1
    if toks[j].lower_ in ("a", "an", "the"):
        j += 1
    prep = None
    for k in range(j, min(j + 5, len(doc))):
        for n in (2, 1):
            cue = reg.cue(doc[k:k + n].text) if k + n <= len(doc) else None
            if cue is not None and cue[0] not in ("IGO", "NGO") and cue[2] in ("name", "demonym"):
                if prep == "for" and cue[2] != "demonym":
                    return None  # 'X, the special envoy for Syria': a portfolio
                return cue[0], f"apposition: {doc[span.end + 1:k + n].text}"
        if toks[k].lower_ == "of" and k > j and _office_word(toks[k - 1], reg):
            prep = "of"
            continue  # 'X, the interior minister of Bolivia,'
        if toks[k].lower_ == "for" and k > j and _belonging_noun(toks[k - 1], reg):
            prep = "for"
            continue  # 'X, spokesman for the Ukrainian navy,'
        if prep and toks[k].lower_ == "the" and toks[k - 1].lower_ == prep:
            continue
        if toks[k].pos_ not in ("ADJ", "PROPN", "NOUN", "ADV"):
            break
    return None


def _belonging_noun(tok: Any, reg: Any) -> bool:
    """A noun naming someone's post or place in a body: an office ('leader', 'spokesman'),
    a generic agent ('militant', 'firefighter') or a member noun ('member', 'head')."""
    return _office_word(tok, reg) or tok.lower_ in reg.agents or tok.lower_ in MEMBER_NOUNS


def _described_owner(doc: Any, e: Entity, entities: list[Entity], reg: Any) -> Entity | None:
    """The body an unlinked person belongs to by the words right after the name: an
    apposition whose post noun that body modifies or governs ('X, a senior al-Shabab
    leader', 'X, president of Republika Srpska's national assembly', 'X, a firefighter
    from Edmonton'), or 'X of the Y Society'. Never a person, and never the object of
    any other noun ('X, a critic of Y', 'X, an ally of Y' say nothing of X's side)."""
    toks = tokens(doc)
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc):
        return None
    starts = {}
    for other in entities:
        if other is e or other.actor is None or not other.actor.country or \
                other.actor.kind == "person":
            continue
        tok = _token_at(doc, other.start)
        if tok is not None:
            starts.setdefault(tok, other)
    if toks[span.end].lower_ == "of":  # 'Oaitse Nawa of the Elephant Protection Society'
        return starts.get(span.end + 1) or (
            starts.get(span.end + 2) if toks[span.end + 1].lower_ == "the" else None)
    if toks[span.end].text != ",":
        return None
    words: list[Any] = []
    for tok in doc[span.end + 1:min(span.end + 1 + MAX_OWNER_WORDS, len(doc))]:
        if tok.is_punct and tok.text not in ("-", "–"):
            break
        if tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") or \
                tok.lower_ in ("who", "which", "that"):
            break  # 'X, and the head of Y': a second person, not X's post
        words.append(tok)
    for n, tok in enumerate(words):
        owner = starts.get(tok.i)
        if owner is None:
            continue
        before = [w for w in words[:n] if w.pos_ != "DET"]
        owned = doc.char_span(owner.start, owner.end, alignment_mode="expand")
        after = [w for w in words[n:] if owned is not None and w.i >= owned.end]
        if before and before[-1].lower_ in OWNER_PREPS:  # 'head of X', 'from X'
            if before[-1].lower_ in ("for", "with") and owner.actor.kind in PLACE_KINDS:
                return None  # 'the special representative for North Korea': a portfolio
            post = [w for w in before[:-1] if w.pos_ in ("NOUN", "PROPN")]
            return owner if post and _belonging_noun(post[-1], reg) else None
        if not before or all(w.pos_ in ("ADJ", "ADV") for w in before):  # 'a senior X leader'
            nouns = [w for w in after if w.pos_ in ("NOUN", "PROPN")]
            return owner if nouns and _belonging_noun(nouns[0], reg) else None
        return None
    return None


def described_people(doc: Any, entities: list[Entity], reg: Any) -> list[Entity]:
    """Unlinked people with the country of the body the words after their name make them
    part of (:func:`_described_owner`; evidence 'member of: …'), with that body's sector
    (a place gives none: the person is only from there)."""
    out = []
    for e in entities:
        owner = _described_owner(doc, e, entities, reg) if e.label == "PERSON" and \
            e.actor is None else None
        if owner is None:
            out.append(e)
            continue
        sector = owner.actor.sector if owner.actor.kind not in PLACE_KINDS else "ELI"
        ref = ActorRef(f"person:{slug(e.text)}", e.text, kind="person")
        ref = dataclasses.replace(with_country(ref, owner.actor.country,
                                               f"member of: {owner.text}"), sector=sector)
        out.append(dataclasses.replace(e, actor=ref))
    return out


def _office_word(tok: Any, reg: Any) -> bool:
    """True for a word naming an office ('minister', 'president', 'commander')."""
    from eventwire.annotate.linking import OFFICE_HEADS

    return tok.lower_ in OFFICE_HEADS or tok.lower_ in reg.titles


def _apposition_office(doc: Any, e: Entity, reg: Any) -> str | None:
    """'X, Bolivia's interior minister,', 'X, the interior minister of Bolivia,': the office
    an apposition after a name gives its person (its title up to the office word)."""
    toks = tokens(doc)
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or toks[span.end].text != ",":
        return None
    words: list[Any] = []
    for tok in doc[span.end + 1:min(span.end + 1 + MAX_APPOSITION_WORDS, len(doc))]:
        if tok.is_punct:
            break
        if _office_word(tok, reg):
            mods = [w for w in words if w.pos_ in ("ADJ", "NOUN") and w.ent_type_ == "" and
                    w.i == tok.i - 1]
            office = " ".join(w.lower_ for w in (*mods, tok))
            return reg.titles.get(office, office)
        words.append(tok)
    return None


def _title_start(doc: Any, k: int) -> int:
    """The first word of a capitalised title ending at token ``k`` ('Foreign Minister')."""
    toks = tokens(doc)
    j = k
    while j > 0 and toks[j - 1].text[:1].isupper() and toks[j - 1].ent_type_ == "" and \
            toks[j - 1].pos_ in ("PROPN", "NOUN") and k - j < 2:
        j -= 1
    return j


def _possessed_title(doc: Any, j: int, k: int, focus: Focus) -> tuple[str, str] | None:
    """'the country's Foreign Minister X': the country named before owns the title (which
    starts at token ``j``, or a word earlier when the tagger took that word for a name)."""
    for start in range(j, max(j - 2, k - MAX_AGENT_WORDS, 0), -1):
        placed = _country_possessor(doc, start, focus)
        if placed is not None:
            return placed
    return None


def _title_owner(doc: Any, j: int, entities: list[Entity]) -> Entity | None:
    """'Hamas official X', 'Hezbollah's spokesman X', 'ICRC spokesperson X': the linked body
    (not a person, not a state: a country word is read by :func:`_cue_before`) named right
    before a title that starts at token ``j``, with or without a possessive."""
    toks = tokens(doc)
    end = j - 1 if j > 0 and toks[j - 1].tag_ != "POS" else j - 2
    if end < 0:
        return None
    last = toks[end].idx + len(toks[end].text)
    for other in entities:
        a = other.actor
        if other.end == last and a is not None and a.country and a.kind != "person" and \
                a.kind not in PLACE_KINDS:
            return other
    return None


def _member_ref(e: Entity, owner: Entity, title: str) -> ActorRef:
    """A person outside the registry who holds a post in ``owner``: its country and sector."""
    a = owner.actor
    return ActorRef(f"person:{slug(e.text)}", e.text, a.country, a.sector, "person",
                    title.lower(), f"member of: {owner.text}")


MAX_SEAT_WORDS = 5  # words between 'of' and the comma: 'the mayor of [the city of Kharkiv],'
MAX_NAME_WORDS = 4  # words of the set-off name: 'Ihor Terekhov', 'Babagana Umara Zulum'
NAME_END_POS = frozenset({"VERB", "AUX"})  # 'the governor of X, Y Z said …' (no closing comma)


def _seat_before(doc: Any, comma: int, entities: list[Entity], reg: Any
                 ) -> tuple[int, int, ActorRef, str] | None:
    """'the mayor of Kharkiv,', 'the governor of Borno state,', 'the head of Hezbollah's media
    relations,': an office word, 'of' and a linked place, state or registry body right before
    the comma at token ``comma``: (first token of the office, start character of what the
    of-phrase names, the ref a person holding the office takes, the office)."""
    toks = tokens(doc)
    of = next((k for k in range(comma - 1, max(comma - 2 - MAX_SEAT_WORDS, -1), -1)
               if toks[k].lower_ == "of"), None)
    if of is None or of == 0 or not (_office_word(toks[of - 1], reg) or
                                     toks[of - 1].lower_ == "head"):
        return None
    if any(t.is_punct and t.tag_ != "POS" for t in toks[of + 1:comma]):
        return None
    start, stop = toks[of + 1].idx, toks[comma].idx
    j = of - 1
    while j > 0 and toks[j - 1].pos_ in ("NOUN", "ADJ") and toks[j - 1].ent_type_ == "" and \
            of - 1 - j < 2:
        j -= 1  # 'police chief', 'deputy mayor', 'regional governor'
    office = doc[j:of].text.lower()
    sector = reg.agents.get(office) or reg.agents.get(toks[of - 1].lower_) or TITLE_SECTOR
    for e in entities:
        a = e.actor
        if a is None or not a.country or a.kind == "person" or e.start < start or \
                e.start >= stop:
            continue
        if a.kind in PLACE_KINDS:
            return j, start, dataclasses.replace(reg.country_ref(a.country, sector, office),
                                                 evidence=f"title: {office} of {e.text}"), office
        if a.evidence is None:  # a registry body: 'the head of Hezbollah's media relations'
            return j, start, ActorRef("", "", a.country, a.sector, "person", office,
                                      f"member of: {e.text}"), office
    place = doc_text(doc)[start:stop].strip()
    place = LEADING_ARTICLE_RE.sub("", place)
    code = reg.phoenix.place(place) if place[:1].isupper() else None
    if code is None:  # 'Kharkiv, Ihor Terekhov' read as one organisation: its place part
        return None
    return j, start, dataclasses.replace(reg.country_ref(code, sector, office),
                                         evidence=f"title: {office} of {place}"), office


def _set_off_name(doc: Any, comma: int, reg: Any) -> int | None:
    """The end token of a personal name of two to four capitalised words set off after the
    comma at token ``comma`` and closed by a comma or a verb ('…, Ihor Terekhov, said')."""
    toks = tokens(doc)
    k = comma + 1
    while k < len(doc) and k - comma - 1 < MAX_NAME_WORDS and toks[k].text[:1].isupper() and \
            toks[k].is_alpha is not False and not toks[k].is_punct and \
            reg.cue(toks[k].text) is None and toks[k].lower_ not in reg.titles:
        k += 1
    if k - comma - 1 < 2 or k >= len(doc):
        return None
    return k if toks[k].text == "," or toks[k].pos_ in NAME_END_POS else None


def seat_holders(doc: Any, entities: list[Entity], reg: Any) -> list[Entity]:
    """'The mayor of Kharkiv, Ihor Terekhov, said …', 'the governor of Borno state, Babagana
    Zulum,', 'the police chief of Karachi, X,': a name set off by commas after an office of a
    place (or of a registry body) is a person holding that office there, with the place's
    country (or the body's, as a member) and the office as role, also when the tagger read
    the name as an organisation or a place, or ran the place and the name into one entity.
    Later surnames follow (:func:`carry_surnames`). A name the registry links is left alone."""
    toks = tokens(doc)
    out = list(entities)
    for c in [t.i for t in toks if t.text == ","]:
        end = _set_off_name(doc, c, reg)
        seat = _seat_before(doc, c, out, reg) if end is not None else None
        if seat is None:
            continue
        j, place_start, ref, office = seat
        n0, n1 = toks[c + 1].idx, toks[end - 1].idx + len(toks[end - 1].text)
        if any(e.actor is not None and e.actor.kind == "person" and e.actor.evidence is None
               and e.start < n1 and n0 < e.end for e in out):
            continue  # a registry person
        name = doc_text(doc)[n0:n1]
        keep = []
        for e in out:
            if e.start < n1 and n0 < e.end:
                if e.start < toks[c].idx:  # 'Kharkiv, Ihor Terekhov' as one entity
                    place = doc_text(doc)[e.start:toks[c].idx]
                    code = reg.phoenix.place(place)
                    keep.append(Entity(e.start, toks[c].idx, place, "GPE",
                                       reg.country_ref(code, kind="place") if code else None))
                continue
            keep.append(e)
        keep.append(Entity(n0, n1, name, "PERSON", dataclasses.replace(
            ref, id=f"person:{slug(name)}", name=name, kind="person")))
        keep.sort(key=lambda e: (e.start, -e.end))
        out = keep
    return out


def titled_unlinked(doc: Any, entities: list[Entity], reg: Any, focus: Focus) -> list[Entity]:
    """'Judge Alejandro Rivera', 'Planning Minister Tran Xuan Gia': an unlinked person after a
    title with no country word becomes an actor with that role, placed by context."""
    toks = tokens(doc)
    from eventwire.annotate.linking import OFFICE_HEADS

    out = []
    for e in entities:
        i = _token_at(doc, e.start) if e.label == "PERSON" and e.actor is None else None
        if e.label != "PERSON" or e.actor is not None or i is None:
            out.append(e)
            continue
        k = i - 2 if i >= 2 and toks[i - 1].text == "," else i - 1  # "its president, X"
        low = toks[k].lower_ if k >= 0 else ""  # a name opening the text has no title before
        pair = f"{toks[k - 1].lower_} {low}" if k >= 1 and k == i - 1 else ""
        agent_title = pair in reg.agents  # 'opposition leader X', 'rebel commander X'
        sector = reg.agents.get(pair) or reg.agents.get(low) or \
            (reg.titles.get(low) and "GOV") or ("GOV" if low in OFFICE_HEADS else None)
        j = _title_start(doc, k)
        placed = (_cue_before(doc, k, reg) or _possessed_title(doc, j, k, focus)) \
            if sector else None
        owner = _title_owner(doc, j, entities) if placed is None and sector else None
        if owner is not None:
            out.append(dataclasses.replace(e, actor=_member_ref(e, owner, doc[j:k + 1].text)))
            continue
        if placed is None and sector and (toks[k].text[:1].isupper() or k < i - 1 or
                                          agent_title):
            placed = _entity_context(doc, e, focus, parties=False)
        office = None
        if placed is None:
            placed = _apposition_cue(doc, e, reg)
            office = _apposition_office(doc, e, reg) if placed is not None else None
            sector, k = ("GOV" if office else "ELI"), i  # a described person: no office known
            j = k
        if placed is None:
            out.append(e)
            continue
        code, evidence = placed
        ref = reg.country_ref(code, sector, doc[j:k + 1].text.lower() if k < i else office)
        out.append(dataclasses.replace(e, actor=dataclasses.replace(ref, evidence=evidence)))
    return out


MEMBER_TITLE_HEADS = frozenset({"chief", "head", "president", "chairman", "chairwoman",
                                "chairperson", "chair", "director", "secretary-general",
                                "envoy", "commissioner", "coordinator", "representative",
                                "spokesman", "spokeswoman", "spokesperson", "official",
                                "prosecutor", "leader", "commander", "general"})
MAX_TITLE_GAP = 3  # lower-case words between the body and the title: 'UN [human rights] chief'


def titled_members(doc: Any, entities: list[Entity], reg: Any) -> list[Entity]:
    """'UNHCR chief X', 'UN aid chief X', 'African Union Commission chairman X': a registry
    person holding no office on the article's date (the registry's roles ended, or the
    Phoenix dictionaries never dated one) whom the text titles as the head or an official
    of a linked body right before the title is that body's member, with its country and
    sector and the title as ``role`` (evidence ``"member of: …"``), as a person outside the
    registry is (:func:`titled_unlinked`). The text is the record of the post held when it
    was written; an undated article is resolved as of today, after many terms ended. Not
    a past post ('former UN envoy X'), nor a post at a body possessed by a state or led by
    a country word ('Russia's UN ambassador X', 'French UN envoy X': the state's, as
    elsewhere), nor a state's own title ('Chad's President X'). Later mentions of the
    person in the article follow."""
    toks = tokens(doc)
    changed: dict[str, ActorRef] = {}
    out = []
    for e in entities:
        a = e.actor
        if (same := _relinked(e, changed)) is not None:
            out.append(same)
            continue
        i = _token_at(doc, e.start) if a is not None and a.kind == "person" and \
            a.role is None and a.evidence is None else None
        if i is None or i < 2:
            out.append(e)
            continue
        k = i - 1
        title = toks[k].lower_
        if title not in MEMBER_TITLE_HEADS and title not in reg.titles:
            out.append(e)
            continue
        j = k
        while j > 0 and k - j < MAX_TITLE_GAP and toks[j - 1].ent_type_ == "" and \
                toks[j - 1].pos_ in ("NOUN", "ADJ") and toks[j - 1].text.islower() and \
                toks[j - 1].lower_ not in reg.former:
            j -= 1
        owner = _title_owner(doc, j, entities)
        if owner is None or owner.actor.kind in PLACE_KINDS or owner.actor.country == a.country:
            out.append(e)
            continue
        o = _token_at(doc, owner.start)
        if o is None or any(w.lower_.rstrip("-") in reg.former or w.tag_ == "POS"
                            for w in toks[max(0, o - 2):o]) or \
                (o > 0 and toks[o - 1].ent_type_ in ("GPE", "NORP")):
            out.append(e)  # 'former UN envoy X', "Russia's UN envoy X", 'French UN envoy X'
            continue
        ref = dataclasses.replace(a, country=owner.actor.country, sector=owner.actor.sector,
                                  role=doc[j:k + 1].text.lower(),
                                  evidence=f"member of: {owner.text}")
        changed[a.id] = ref
        out.append(dataclasses.replace(e, actor=ref))
    return out


def _relinked(e: Entity, changed: dict[str, ActorRef]) -> Entity | None:
    """A later mention of a person a titled pass re-linked at an earlier mention, given the
    same record (None when the entity's actor was not re-linked or carries evidence of its own)."""
    a = e.actor
    if a is not None and a.id in changed and a.evidence is None:
        return dataclasses.replace(e, actor=changed[a.id])
    return None


def titled_namesakes(doc: Any, entities: list[Entity], reg: Any) -> list[Entity]:
    """'Colombian Defense Minister Pedro Sanchez', "Colombia's defence minister, Pedro
    Sanchez": a registry person (linked by name alone) whom the text titles, right before the
    name, with a state office of another country is a namesake of the registry's entry, or
    the registry's entry is out of date: the title the text gives is the record (the title's
    one country, sector ``GOV``, the title as ``role``; evidence ``"title: …"``). The title
    must name a single country word ('Pakistani-born British MP X' names two) and end in an
    office word. Later mentions of the person in the article follow."""
    from eventwire.annotate.linking import OFFICE_HEADS

    toks = tokens(doc)
    changed: dict[str, ActorRef] = {}
    out = []
    for e in entities:
        a = e.actor
        if (same := _relinked(e, changed)) is not None:
            out.append(same)
            continue
        i = _token_at(doc, e.start) if e.label == "PERSON" and a is not None and \
            a.kind == "person" and a.evidence is None and a.country and \
            a.country not in NAMESAKE_KEPT_CODES else None
        if i is None or i < 2:
            out.append(e)
            continue
        k = i - 2 if toks[i - 1].text == "," else i - 1  # "Colombia's defence minister, X"
        if toks[k].lower_ not in reg.titles and toks[k].lower_ not in OFFICE_HEADS:
            out.append(e)
            continue
        placed = _cue_before(doc, k, reg)
        j = k
        while j > 0 and k - j < MAX_AGENT_WORDS and (
                toks[j - 1].pos_ in ("PROPN", "ADJ", "NOUN") or toks[j - 1].tag_ == "POS") \
                and toks[j - 1].lower_ not in ("the", "a"):
            j -= 1
        codes = {c[0] for t in toks[j:k] if (c := reg.cue(t.text)) is not None}
        if placed is None or len(codes) != 1 or placed[0] == a.country or \
                placed[0] in NAMESAKE_KEPT_CODES:
            out.append(e)
            continue
        ref = dataclasses.replace(reg.country_ref(placed[0], "GOV", doc[j:k + 1].text.lower()),
                                  id=a.id, name=a.name, kind="person", evidence=placed[1])
        changed[a.id] = ref
        out.append(dataclasses.replace(e, actor=ref))
    return out


NAMESAKE_KEPT_CODES = frozenset({"IGO", "NGO", "IMG", "MNC"})


def _country_word_in(text: str, reg: Any) -> tuple[str, str] | None:
    """'The Latvian Constitutional Court': the country a word of the name itself names (not
    a sponsor, origin or stance: 'the Iranian-backed Kataib group', 'anti-Pakistan fighters')."""
    for m in NAME_WORD_RE.finditer(text):
        if modifier_mention(text, m.start(), m.end()):
            continue
        word = m.group()
        bare = POSSESSIVE_END_RE.sub("", word).strip(",'’")  # 'U.S.' keeps its final dot,
        # 'Latvian,' loses the comma, 'Mauritius’s' its possessive ending
        cue = reg.cue(bare) or reg.cue(bare.strip("."))
        if cue is not None and cue[0] not in ("IGO", "NGO") and word[:1].isupper() and \
                cue[2] in ("name", "demonym"):
            return cue[0], f"name: {word}"
    return None


PEOPLE_SHARE_WORDS = frozenset({"minority", "minorities", "majority"})


def _marked_people(doc: Any, lowers: list[str], e: Entity, national: bool) -> bool:
    """Whether a nationality word names a community of people rather than its state: marked
    as ethnic ('ethnic Albanians', 'ethnic Albanian guerrillas') or as a share of a
    population, right after the word or in the mention ('the Serb minority', 'Albanian
    minority leaders', 'Serb-majority municipalities', 'the Hungarian-minority party'; only
    when ``national``: the mention's country comes from its nationality word)."""
    i = _token_at(doc, e.start)
    if i is None:
        return False
    if lowers[i] == "ethnic" or (i > 0 and lowers[i - 1] == "ethnic"):
        return True
    if not national:
        return False
    end = bisect.bisect_left(token_starts(doc), e.end)  # the first token after the mention
    at = [k for k in range(i + 1, end) if lowers[k] in PEOPLE_SHARE_WORDS]
    after = end + 1 if lowers[end:end + 1] == ["-"] else end
    if after < len(lowers) and lowers[after] in PEOPLE_SHARE_WORDS:
        at.append(after)
    # a stake is no people: 'a Chinese majority-owned firm', 'Russian majority-held shares'
    return any(lowers[k + 1:k + 2] != ["-"] for k in at)


def _people_word(text: str, reg: Any) -> str | None:
    """The country of the first nationality word of a mention ('Greeks' in 'Ethnic Greeks')."""
    for m in NAME_WORD_RE.finditer(text):
        cue = reg.cue(POSSESSIVE_END_RE.sub("", m.group()).strip(",'’"))
        if cue is not None and cue[2] in ("demonym", "people"):
            return cue[0]
    return None


def ethnic_groups(doc: Any, entities: list[Entity], reg: Any, focus: Focus) -> list[Entity]:
    """'ethnic Albanians', 'the Serb minority', 'Serb-majority towns': a people (sector
    ``CVL`` unless the mention names another, 'ethnic Albanian guerrillas'), placed where
    the sentence says they are (PLOVER residence coding), never the state the demonym names."""
    out = []
    lowers = _lowers(doc)
    for e in entities:
        if e.label not in ("NORP", "ORG", "GPE"):
            out.append(e)
            continue
        people = _people_word(e.text, reg)
        # 'Ethnic Greeks' the linker left unlinked (no place of residence in the mention), or
        # the tagger read as a place: a people word all the same
        ethnic = people is not None if e.label == "GPE" or e.actor is None else True
        ethnic = ethnic and _marked_people(doc, lowers, e, people is not None if e.actor is None
                                           else e.actor.id.startswith("country:"))
        if not ethnic:
            out.append(e)
            continue
        own = e.actor.country if e.actor is not None else people
        sent = focus.sentence_start(e.start)
        others = [(x, loc) for x, loc in focus.by_sentence.get(sent, []) if x.actor.country != own]
        placed = None
        if others:
            located = {x.actor.country: x for x, loc in others if loc}
            pick = next(iter(located.values())) if len(located) == 1 else (
                others[0][0] if len({x.actor.country for x, _ in others}) == 1 else None)
            if pick is not None:
                placed = (pick.actor.country, f"residence: {pick.text}")
        sector = (e.actor.sector if e.actor is not None else None) or "CVL"
        ref = reg.country_ref(placed[0], sector) if placed else None
        # unplaced: a people of no known country, which no later step reads as the state
        out.append(dataclasses.replace(e, actor=dataclasses.replace(ref, evidence=placed[1])
                                       if ref else ActorRef(f"people:{slug(e.text)}", e.text,
                                                            None, sector, "group",
                                                            evidence="people: unplaced")))
    return out


NAME_HEAD_END_RE = re.compile(r"\s+(?:for|of|to|on|in|against|without)\s.*$")


def _ngo_name(text: str, reg: Any) -> tuple[str, str] | None:
    """'the Elephant Protection Society', 'the Foundation for Press Freedom': an unlinked
    name headed by a civil-society noun (``ngo_name_heads``: its last word before any 'for'
    / 'of' / 'to' phrase) is a non-governmental organisation, PLOVER's NGO code, wherever it
    works; a country word of the name's head ('the Nigerian Bar Association', 'the Kenya
    Wildlife Society') places it in that country instead, with the NGO sector
    (``place_unlinked``), as PLOVER codes a domestic body."""
    words = NAME_HEAD_END_RE.sub("", text).split()
    if len(words) < 2 or not words[-1][:1].isupper() or \
            words[-1].lower() not in reg.ngo_name_heads:
        return None
    return "NGO", f"civil-society name: {words[-1]}"


def _modified(doc: Any, e: Entity) -> Any:
    """The noun a modifier entity belongs to ('Arab' in 'Arab states': 'states')."""
    toks = tokens(doc)
    i = _token_at(doc, e.start)
    head = toks[i] if i is not None else doc[0]
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i != head.i:
        head = head.head
    return head




def _same_name_inside(e: Entity, linked: list[Entity]) -> Entity | None:
    """The linked entity inside an unlinked one that differs from it only by a leading
    'the' and a possessive ending ("The African Union's" holding "African Union")."""
    bare = LEADING_ARTICLE_RE.sub("", POSSESSIVE_END_RE.sub("", e.text.strip())).strip()
    for other in linked:
        if e.start <= other.start and other.end <= e.end and \
                LEADING_ARTICLE_RE.sub("", other.text.strip()) == bare:
            return other
    return None


COUNT_NOUNS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})
PEOPLE_MISREADS = frozenset({"LOC", "GPE", "PERSON"})  # labels a counted people's name is
# misread with (one person is never counted)
MIN_PEOPLE_CHARS = 4


def counted_peoples(doc: Any, entities: list[Entity]) -> list[Entity]:
    """'Hundreds of Kashmiris protested', '200 Redlanders were detained': a capitalised
    plural the tagger gave no entity, counted by a number or a quantity noun, names a
    people; it becomes an unlinked group name (NORP) that ``place_unlinked`` places by its
    context, as a tagged one ('Hundreds of Liberians'); so does such a word tagged as a place
    or a person that nothing links. Not a word of a longer name."""
    spans = [(e.start, e.end) for e in entities]
    found: list[Entity] = []
    misread: set[int] = set()
    for tok in tokens(doc):
        text = tok.text
        if tok.pos_ not in AGENT_POS or tok.is_sent_start or len(text) < MIN_PEOPLE_CHARS or not text.isalpha() or \
                not text[:1].isupper() or text.isupper() or not text.endswith("s") or \
                tok.dep_ == "compound" or any(c.dep_ in ("compound", "amod", "poss")
                                              for c in tok.children):
            continue
        counted = any(c.dep_ == "nummod" for c in tok.children) or (
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i
            and tok.head.head.lower_ in COUNT_NOUNS)
        if not counted:
            continue
        start, end = tok.idx, tok.idx + len(text)
        if not _covered(spans, start, end):
            found.append(Entity(start, end, text, "NORP"))
        else:  # read as a place ('Hundreds of Kashmiris' tagged LOC) and linked to none
            misread.update(i for i, e in enumerate(entities) if e.start == start and
                           e.end == end and e.actor is None and e.label in PEOPLE_MISREADS)
    if not found and not misread:
        return entities
    kept = [dataclasses.replace(e, label="NORP") if i in misread else e
            for i, e in enumerate(entities)]
    return sorted([*kept, *found], key=lambda e: (e.start, -e.end))


def place_unlinked(doc: Any, entities: list[Entity], reg: Any, focus: Focus) -> list[Entity]:
    """Unlinked organisation entities with the country their context establishes."""
    out = []
    linked = [e for e in entities if e.actor is not None and e.actor.country]
    for e in entities:
        if e.actor is not None or e.label not in UNLINKED_GROUP_LABELS or \
                PAIR_RE.search(e.text) or not slug(e.text) or STANCE_NAME_RE.fullmatch(e.text):
            out.append(e)  # 'Trump-Putin' is a pair of names, split later, never one group;
            continue  # 'Pro-Russian', 'anti-Western' name a stance, no group
        inner = _same_name_inside(e, linked)
        if inner is not None:  # "The African Union's": the linked "African Union" it holds
            out.append(dataclasses.replace(e, actor=inner.actor))
            continue
        if region_name(doc, e, reg):  # 'Western', 'Arab' before a group noun: a region,
            example = _example_country(_modified(doc, e), linked)  # no one country unless
            out.append(e if example is None else dataclasses.replace(  # it is exemplified
                e, actor=with_country(ActorRef(org_id(e.text), e.text, kind="group"),
                                      *example)))
            continue
        if _site_name(doc, e):  # 'the Heglig oil field', 'the Tharjath pumping station':
            out.append(e)       # the name of a site, no group of the sentence's country
            continue
        body = _body_named_first(e, linked)
        if body is not None:  # 'the United Nations Emergency Relief Coordinator': the UN's
            ref = ActorRef(org_id(e.text), e.text, sector=body.actor.sector, kind="group")
            out.append(dataclasses.replace(e, actor=with_country(
                ref, body.actor.country, f"member of: {body.text}")))
            continue
        ngo = _ngo_name(e.text, reg)
        own = _country_word_in(NAME_HEAD_END_RE.sub("", e.text) if ngo else e.text, reg)
        # 'the Nigerian Bar Association': a domestic body is its country's, with the NGO
        # sector, as PLOVER codes residence ('the Foundation for Press Freedom in X' works
        # in X: still NGO)
        placed = own or ngo or _state_word_before(e, linked) or _entity_context(doc, e, focus)
        if placed is None:
            out.append(e)
            continue
        code, evidence = placed
        ref = ActorRef(org_id(e.text), e.text, sector="NGO" if ngo else None,
                       kind="group")
        out.append(dataclasses.replace(e, actor=with_country(ref, code, evidence)))
    return out


NOT_BODY_KINDS = frozenset({"state", "place", "person"})

# Nouns of sites and installations a proper name can modify: 'the Heglig oil field', 'the
# Tharjath pumping station', 'the Ras Tanura refinery', 'the Kakhovka dam'.
SITE_NOUNS = frozenset({"field", "oilfield", "gasfield", "station", "refinery", "plant",
                        "pipeline", "terminal", "dam", "mine", "airport", "airfield",
                        "port", "harbour", "harbor", "crossing", "bridge", "reservoir",
                        "depot", "facility", "complex", "well", "deposit"})


def _site_name(doc: Any, e: Entity) -> bool:
    """Whether an unlinked name only modifies the noun of a site ('the Heglig oil field',
    'the Tharjath pumping station', 'at the Zawiya refinery'): a place's name, not a group
    ('the Wagner camp' is no site noun: a group's camp stays the group's)."""
    toks = tokens(doc)
    i = _token_at(doc, e.start)
    if i is None:
        return False
    head = toks[i]
    while head.dep_ == "compound" and head.head.i != head.i and head.head.i > head.i:
        head = head.head
        if head.idx >= e.end and head.lemma_.lower() in SITE_NOUNS and head.pos_ == "NOUN":
            return True
    return False


def _body_named_first(e: Entity, linked: list[Entity]) -> Entity | None:
    """The linked body (not a state, place or person) whose name opens an unlinked longer
    name, past a leading 'the': 'the United Nations Emergency Relief Coordinator', 'the
    African Union Commission chairman' are posts and organs of that body, in its country
    (``IGO`` for an international one), never in the country their sentence names."""
    bare = LEADING_ARTICLE_RE.sub("", e.text)
    first = e.start + len(e.text) - len(bare)
    for other in linked:
        a = other.actor
        if a is not None and a.kind not in NOT_BODY_KINDS and other.start in (e.start, first) \
                and other.end < e.end:
            return other
    return None


def _state_word_before(e: Entity, linked: list[Entity]) -> tuple[str, str] | None:
    """'Iraqi Kurdish leaders', 'Syrian Kurds': a state's name or demonym right before an
    unlinked people word says which state's part of a people living in several is meant,
    before the places of the sentence ('Iraqi Kurdish leaders met in Ankara': Iraq's)."""
    for other in linked:
        a = other.actor
        if 0 < e.start - other.end <= 1 and a is not None and a.kind == "state" and \
                other.label in NAME_LABELS and not other.text.endswith(POSSESSIVE_END):
            return a.country, f"name: {other.text}"
    return None


ACRONYM_SKIP = frozenset({"and", "of", "the", "for", "on", "in", "&"})
ACRONYM_LABELS = ("ORG", "NORP", "GPE")


def initials(name: str) -> list[str]:
    """The acronyms a multi-word name gives: 'U.S. Immigration and Customs Enforcement' →
    'UICE' and, without its first word, 'ICE' (three letters at least)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ACRONYM_SKIP]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return []
    full = "".join(w[0] for w in words)
    rest = full[1:] if len(words) > 3 else ""
    return [full, *([rest] if len(rest) >= 3 else [])]


def carry_acronyms(doc: Any, entities: list[Entity]) -> list[Entity]:
    """Later mentions of a linked organisation by its acronym ('ICE' after 'Immigration and
    Customs Enforcement', 'BLA' after 'the Baloch Liberation Army') get its actor."""
    known: dict[str, tuple[int, ActorRef]] = {}
    for e in entities:
        if e.actor is None or e.label not in ACRONYM_LABELS:
            continue
        for key in initials(e.text):
            known.setdefault(key, (e.end, e.actor))
    if not known:
        return entities
    out = []
    for e in entities:
        hit = known.get(e.text) if e.actor is None else None
        out.append(dataclasses.replace(e, actor=hit[1]) if hit and e.start >= hit[0] else e)
    return _add_later_tokens(doc, out, known, "ORG")
