"""Participants given by the discourse, not the sentence.

News often names an actor once and then continues without repeating it
("NISA said it closed 12 outlets. This followed another crackdown on 30
websites."). An event whose clause has no subject at all takes the source of
the nearest earlier event of the same sentence or of the sentence just before
it in the same block, when the two can be one actor's continued account:

- the antecedent's source is the sentence's own (not itself inherited), linked
  to an actor with a country, and not a place standing in for victims;
- the event is not inside a quotation of somebody else;
- the inherited actor is not the event's target, nor the announcer of an event
  between parties ("X announced the ceasefire": the announcer is no party).

The inherited participant keeps the antecedent's span (its offsets point at the
earlier mention), is marked ``inherited`` and carries the evidence in
``actor.evidence`` ("previous sentence: …" / "same sentence: …"); the event
records ``attributes["source_inherited"]`` with the antecedent's trigger.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Any

from eventwire.annotate.doccache import sent_starts, token_starts
from eventwire.annotate.focus import focus_of
from eventwire.annotate.registry import SPECIAL_CODES
from eventwire.extract.arguments import (
    SERIES_NOUNS,
    SHARE_SUBJECT_DEPS,
    Arguments,
    claimed_event,
    refusal_entry,
    verb_subject,
)
from eventwire.extract.event_context import EventContext
from eventwire.extract.event_places import same_participant
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.modality import (  # a plan or threat needs its own actor
    ASSERTED,
    HYPOTHETICAL,
    PLANNED,
)
from eventwire.extract.participants import participants_of
from eventwire.extract.triggers import Trigger, match_token, sentence_of
from eventwire.model import Block, EventMention, Participant

NOMINAL_NOT_CONTINUING = ("nsubj", "nsubjpass", "csubj", "compound", "amod", "attr", "appos",
                          "ROOT", "npadvmod", "poss")
VERBAL_NOT_CONTINUING = ("pcomp", "amod", "acl", "relcl", "compound", "csubj", "nsubj")
ANY_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent")
CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "xcomp")
MAX_CLIMB = 6
SHARED_TYPES = ("AGREE", "CONSULT", "RETREAT", "COOPERATE")  # the announcer is no party
NOT_INHERITED_KINDS = ("place",)  # a victim's scene, not an actor that goes on acting
SAME_SENTENCE = "same sentence"
PREVIOUS_SENTENCE = "previous sentence"
INHERITED_KEY = "source_inherited"
DISCOURSE_EVIDENCE = ("refers to:", "previous sentence:", "same sentence:", "earlier event:",
                      "story:")
TARGET_INHERITED_KEY = "target_inherited"
EARLIER_EVENT = "earlier event"
PROJECTILE_WORDS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets",
                              "projectile", "projectiles", "shell", "shells", "uav", "uavs",
                              "munition", "munitions", "bomb", "bombs"})
# 'the air force shot down 30 drones': what is shot down is no victim of the defender's country
OTHER_OCCURRENCE_WORDS = frozenset({"earlier", "previous", "prior", "former", "past", "another",
                                    "separate"})  # 'an earlier crackdown': not the one before
RESPONSE_TYPES = ("REJECT", "SUPPORT", "AGREE", "CONCEDE", "ACCUSE")  # answer an earlier act
DEFINITE_DETS = ("the", "this", "that", "these", "those")
RELATIVE_WORDS = ("that", "which", "whom", "what")
RESPONSE_SENTENCES = 10  # sentences before a response searched for the act it answers
GENERIC_ACT_NOUNS = frozenset({"measure", "move", "decision", "step", "action"})
# 'denounced the measures': the nearest earlier act, not one of a type the noun names
GENERIC_ACT_SENTENCES = 1  # its own sentence and the one before
SAID_ACT_TYPES = ("REJECT", "SUPPORT", "ACCUSE")  # answers themselves, not the act answered
PARTNERED_TYPES = ("AGREE",)  # 'X approved the agreement': made with the earlier partners
TARGET_SENTENCES = 3  # sentences before an event naming no target searched for its target
TARGET_EVENTS = 3  # ... or the events before it, where those reach further (a sparse article)
LEAD_SENTENCES = 3  # the headline and lede: their mentions frame the whole article
STORY = "story"
SPEAKER = "speaker"
DENIER = "denier"
SPEAKER_PARTY_TYPES = ("CONSULT", "COOPERATE")  # who reports talks naming nobody is a party
SPEAKER_ACT_TYPES = ("ACCUSE", "REQUEST", "REJECT")  # a speaker's own charges, demands, refusals
SPEAKER_THREAT_TYPES = ("SANCTION", "THREATEN")  # who says one could follow threatens it
SPEAKER_VICTIM_TYPES = ("ASSAULT",)  # a side reporting the other's attack naming no victim
UNREAL_MODALITIES = (PLANNED, HYPOTHETICAL)
CONTEXT_ONLY_EVIDENCE = ("dateline:", "article focus")
COMMENTATOR_CODES = ("NGO", "MED", "EDU")  # analysts and reporters: no party to what they discuss
GROUP_PRONOUNS = ("they", "it")
FORCE_TYPES = ("ASSAULT", "COERCE")  # acts of force: done by those who bear arms or rule
UNARMED_SECTORS = ("BUS", "NGO", "EDU", "MED", "JRN", "HLH")  # bodies that bear no arms
FORCE_SECTORS = ("GOV", "MIL", "REB", "COP", "INS", "SPY", "UAF")  # bodies that may use force
ARMED_KINDS = ("state", "armed_group")
ARMED_SUBJECT_SENTENCES = 4  # sentences before a pronoun of force searched for its doer
PLURAL_GROUP_PRONOUNS = ("they",)
SUBJECT_DEPS = ("nsubj", "nsubjpass")
GROUP_ENTITY_LABELS = ("GPE", "NORP", "ORG")
STORY_SENTENCES = 10  # sentences before an actorless event searched for the story's actor
STORY_SHARE = 0.6  # a story about one country: its place focus holds this share of mentions
JUDGING_TYPES = ("ACCUSE", "PROTEST")  # 'X condemned the attack': X judges it, never did it
ATTACK_TYPE = "ASSAULT"
# 'Police arrested six suspects after / following / over the bombing', 'in the wake of',
# 'in response to', 'in connection with': the act in such a phrase is another, earlier one,
# and who responds to it is not its doer
RESPONSE_WORDS = frozenset({"after", "following", "over", "for", "since", "wake", "aftermath",
                            "response", "retaliation", "reprisal", "connection"})
RESPONSE_VERB = "follow"  # 'the arrests followed the bombing'
RESPONSE_REACH = 5  # heads climbed from the earlier act to the responding trigger
JOINT_TYPES = ("CONSULT", "AGREE", "COOPERATE")  # acts two parties do together
PAIR_POSSESSIVES = ("their",)
JOINT_LOOKBACK = 2  # sentences before a joint act searched for the pair a 'they' refers to
CHARGE_REACH_TYPES = ("ACCUSE",)  # an agentless charge continues a speaker within discourse reach


def sentence_index(doc: Any, char: int) -> int:
    """The index (from 0) of the article sentence holding character offset ``char``."""
    tok = max(bisect.bisect_right(token_starts(doc), char) - 1, 0)
    return max(bisect.bisect_right(sent_starts(doc), tok) - 1, 0)


def sentences_back(ectx: EventContext, ev: EventMention, previous: list[EventMention],
                   n: int, lead: int = 0) -> list[EventMention]:
    """The earlier mentions of ``ev``'s own sentence, of the ``n`` article sentences before
    it and of the article's first ``lead`` sentences. Counted in the parser's sentences, not
    in mentions, so an event another rule finds in an unrelated sentence between the two
    does not push an antecedent out of reach."""
    doc = ectx.ex.doc
    if doc is None:
        return previous
    here = sentence_index(doc, ev.sentence.start)
    return [o for o in previous if (k := sentence_index(doc, o.sentence.start)) < lead
            or here - k <= n]


def subjectless(trig: Trigger, args: Arguments, lexicon: Lexicon) -> bool:
    """True when the trigger's clause names no subject at all: no subject or passive subject
    of its verb (through coordination and control), no actor modifying a nominal, and the
    trigger is neither a subject itself nor a modifier or gerund inside another phrase."""
    if args.source and not _only_shells(args.source, lexicon):
        return False
    tok = trig.token
    if trig.nominal:
        if tok.dep_ in NOMINAL_NOT_CONTINUING or args.clause is None:
            return False
        verb = args.clause
    else:
        if tok.dep_ in VERBAL_NOT_CONTINUING:
            return False
        verb = tok
    return not _has_subject(verb, lexicon.cue("shell_nouns"))


def _only_shells(toks: list[Any], lexicon: Lexicon) -> bool:
    """True when every token is a shell noun ('An earlier complaint alleged …')."""
    shells = lexicon.cue("shell_nouns")
    return all(t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in shells
               for t in toks)


def _has_subject(verb: Any, shells: frozenset[str]) -> bool:
    """True when a verb, or a verb it shares its subject with, has a subject that can name a
    new actor (a shell noun referring back, 'this move', 'the attempt', names none)."""
    seen = 0
    while verb is not None and seen < MAX_CLIMB:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECT_DEPS] or verb_subject(verb)
        if any(_names_actor(s, shells) for s in subjects):
            return True
        if verb.dep_ not in SHARE_SUBJECT_DEPS or verb.head == verb:
            return verb.dep_ not in CLAUSE_DEPS  # a subjectless root or coordinated clause
        verb = verb.head
    return True


def _names_actor(subject: Any, shells: frozenset[str]) -> bool:
    """True for a subject that may name an actor: a name, a pronoun, a passive subject (it
    undergoes the event) or any noun other than an abstract shell noun ('this move')."""
    if subject.dep_ == "nsubjpass" or subject.pos_ in ("PROPN", "PRON") or subject.ent_type_:
        return True
    return subject.lemma_.lower() not in shells


def inherit_source(ectx: EventContext, ev: EventMention, trig: Trigger, args: Arguments,
                   previous: list[EventMention]) -> None:
    """Give a subjectless event the source of the event it continues; an event whose subject
    is itself an event ('the airstrikes killed …') the source of that event; else, for talks
    or a threatened sanction whose clause names nobody, the speaker reporting it."""
    _inherit_source(ectx, ev, trig, args, previous)
    denied = _denied(trig, ectx.lexicon)
    speaker = ev.attribution
    if denied and speaker is not None and speaker.actor is not None and ev.source and \
            all(p.inherited and p.actor is not None and p.actor.country == speaker.actor.country
                for p in ev.source):
        ev.source = []  # 'Kenya dismissed the allegations': not Kenya's, whatever came before
        ev.attributes.pop(INHERITED_KEY, None)
    if not ev.source and (not args.source or _only_shells(args.source, ectx.lexicon)):
        if denied:
            denier_target(ev)
        else:
            speaker_source(ev)


def _denied(trig: Trigger, lexicon: Lexicon) -> bool:
    """True for a charge or demand noun that is the object of a verb of refusal ('the Kremlin
    denied the accusations', 'X rejected the demands', 'X dismissed the allegations'); not a
    charge or demand dismissed "as" something ('dismissed the allegations as lies'), which
    the refuser's own evaluation makes its charge (EVENTS.md)."""
    tok = trig.token
    if not trig.nominal or tok.dep_ not in ("dobj", "conj", "nsubjpass"):
        return False
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    verb = tok.head
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.children, *tok.children)):
        return False  # 'dismissed the allegations as lies': a charge of its own (EVENTS.md)
    return tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and any(
        refusal_entry(e) for e in lexicon.candidates("verb", verb.lemma_))


def denier_target(ev: EventMention) -> None:
    """'The Kremlin has consistently denied the accusations', 'X rejected the demands': who
    refuses a charge or a demand naming no one is the one charged or asked, not its author
    (before, the speaker made the accusations): the speaker becomes the target when the
    charge names none (evidence 'denier: …')."""
    speaker = ev.attribution
    if ev.type not in SPEAKER_ACT_TYPES or ev.target or speaker is None or \
            speaker.actor is None or not speaker.actor.country or \
            str(speaker.actor.evidence or "").startswith(CONTEXT_ONLY_EVIDENCE):
        return
    ev.target = [_inherited(speaker, DENIER)]
    ev.attributes[TARGET_INHERITED_KEY] = {"from": DENIER}


def speaker_source(ev: EventMention) -> None:
    """'X said talks would resume next week', 'the official added that sanctions could follow
    if Y went ahead': talks or cooperation (CONSULT, COOPERATE) that name no actor, or a
    sanction or threat that is only planned or conditional, reported by a speaker linked to
    a country, are the speaker's: a party to the talks, the one threatening; so is a charge,
    demand or refusal naming no one ('X said the gang members were charged', 'X said an
    apology had been demanded from Y'), while attacks and aid a speaker reports are mostly
    others' ('officials said the attacks killed 20 people'). Not when the
    speaker is placed only by the dateline or the article's focus (a reporter's unnamed
    official) or is a commentator (a think tank's analyst, a journalist), nor when the speaker's country is the event's target (evidence 'speaker: …')."""
    speaker = ev.attribution
    if speaker is None or speaker.actor is None or not speaker.actor.country or \
            speaker.actor.kind in NOT_INHERITED_KINDS or \
            str(speaker.actor.evidence or "").startswith(CONTEXT_ONLY_EVIDENCE) or \
            speaker.actor.country in COMMENTATOR_CODES or speaker.actor.sector in COMMENTATOR_CODES:
        return
    if not (ev.type in SPEAKER_PARTY_TYPES or ev.type in SPEAKER_ACT_TYPES or
            (ev.type in SPEAKER_THREAT_TYPES and ev.modality in UNREAL_MODALITIES)):
        return
    if any(t.actor is not None and t.actor.country == speaker.actor.country for t in ev.target):
        return
    ev.source = [_inherited(speaker, SPEAKER)]
    ev.attributes[INHERITED_KEY] = {"from": SPEAKER}


def from_speaker(ev: EventMention) -> bool:
    """True when the event's source is only the speaker reporting it (:func:`speaker_source`)."""
    note = ev.attributes.get(INHERITED_KEY)
    return isinstance(note, dict) and note.get("from") == SPEAKER


def _inherit_source(ectx: EventContext, ev: EventMention, trig: Trigger, args: Arguments,
                    previous: list[EventMention]) -> None:
    """The sentence's and the discourse's source of an event naming none of its own."""
    if _unarmed_antecedent(ev, args):
        ev.source = []  # 'Shipping companies rerouted vessels. They also fired missiles …'
    pair_source(ectx, ev, args, previous)
    pronoun_source(ectx, ev, args, previous)
    if not ev.source and ev.type in FORCE_TYPES and _group_pronoun(args.source):
        armed_subject_before(ectx, ev, args.source[0], previous)
    if ev.source:
        return
    if args.source and not _only_shells(args.source, ectx.lexicon):
        _source_of_subject_event(ev, args, previous)
        if not ev.source and _group_pronoun(args.source):
            story_source(ectx, ev, previous, args.source[0].lower_)  # '"… they burned it"'
        return
    if not subjectless(trig, args, ectx.lexicon):
        if not args.source:
            _same_type_source(ectx, ev, trig, previous)
            if not ev.source:
                story_source(ectx, ev, previous)
        return
    found = _antecedent(ectx, ev, previous)
    if found is not None:
        where, antecedent = found
        parts = [_inherited(p, where) for p in own_participants(antecedent.source)
                 if _usable(ectx, ev, p)]
        note = {"from": where, "trigger": antecedent.trigger.to_dict(), "type": antecedent.type}
    else:
        parts = [_inherited(p, PREVIOUS_SENTENCE) for p in _previous_subject(ectx, ev)
                 if _usable(ectx, ev, p)]
        note = {"from": PREVIOUS_SENTENCE}
    if parts:
        ev.source = parts
        ev.attributes[INHERITED_KEY] = note
    else:
        _same_type_source(ectx, ev, trig, previous)
    if not ev.source:
        story_source(ectx, ev, previous)


def _same_type_source(ectx: EventContext, ev: EventMention, trig: Trigger,
                      previous: list[EventMention]) -> None:
    """'… the talks remain stalled', 'working-level talks in Stockholm broke down': an event
    that names no actor at all continues the closest earlier mention of its type in the
    article whose own source is linked (evidence 'earlier event: …'). Not an event noun
    the text marks as another occurrence ('an earlier crackdown', 'a previous round of
    talks', 'another strike'): that one is not the mention it follows."""
    from eventwire.extract.resolve import context_participants  # resolve imports this module

    if _other_occurrence(trig.token):
        return
    found = context_participants(ectx, ev, within_reach(ectx, ev, previous), need_source=True)
    if found is None:
        return
    parts = [_inherited(p, EARLIER_EVENT) for p in own_participants(found.source)
             if _usable(ectx, ev, p)]
    if parts:
        ev.source = parts
        ev.attributes[INHERITED_KEY] = {"from": EARLIER_EVENT, "type": found.type,
                                        "trigger": found.trigger.to_dict()}


def _other_occurrence(tok: Any) -> bool:
    """True for an event noun a modifier marks as an occurrence other than the one told
    before it ('an earlier crackdown', 'the previous talks', 'another strike', 'a separate
    raid'; also through 'round of': 'a previous round of talks')."""
    heads = [tok]
    if tok.head.i != tok.i and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and \
            tok.head.head.i != tok.head.i:
        heads.append(tok.head.head)  # 'a previous round of talks'
    return any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in OTHER_OCCURRENCE_WORDS
               for head in heads if head.pos_ in ("NOUN", "PROPN") for c in head.children)


def pair_source(ectx: EventContext, ev: EventMention, args: Arguments,
                previous: list[EventMention]) -> None:
    """'Putin spoke with Trump. The call came after Ukraine's strikes. They discussed …': a
    lone 'they' subject (or 'their' owning a nominal trigger) of an act two parties do
    together (talks, an agreement, cooperation) that names no partner of its own, with no
    group named before it in its sentence, refers to the two sides of the nearest earlier
    such act of this sentence or of the two sentences before it (same paragraph): its
    source and target, each linked to a different actor, not a single group named in
    between (evidence 'earlier event: …'). A partner that is itself only a discourse
    reference ('both sides') does not count as named. In a quotation or reported speech,
    only when the speaker is one of the two sides."""
    if ev.type not in JOINT_TYPES or len(args.source) != 1 or not _pair_pronoun(args.source[0]):
        return
    tok = args.source[0]
    if any(_linked(p) and not linked_by_discourse(p) for p in ev.target) or \
            _group_before(ectx, tok):
        return
    other = _joint_antecedent(ectx, ev, previous)
    speaker = _quote_speaker(ectx, tok.idx)
    if other is None or (speaker is not None and not _one_of(speaker, other)):
        return
    ev.source = [_inherited(p, EARLIER_EVENT) for p in other.source if _linked(p)]
    ev.target = [_inherited(p, EARLIER_EVENT) for p in other.target if _linked(p)]
    ev.attributes[INHERITED_KEY] = {"from": EARLIER_EVENT, "type": other.type,
                                    "trigger": other.trigger.to_dict()}


def _one_of(p: Participant, ev: EventMention) -> bool:
    """True when ``p`` is linked to an actor among an event's source and target (a 'they'
    reported by one of the two sides: 'Trump said they discussed …')."""
    return p.actor is not None and any(q.actor is not None and q.actor.id == p.actor.id
                                       for q in (*ev.source, *ev.target))


def _pair_pronoun(tok: Any) -> bool:
    """True for 'they' as a subject or 'their' owning the trigger ('their conversation')."""
    return tok.pos_ == "PRON" and (
        (tok.lower_ in PLURAL_GROUP_PRONOUNS and tok.dep_ in SUBJECT_DEPS) or
        (tok.lower_ in PAIR_POSSESSIVES and tok.dep_ == "poss"))


def _joint_antecedent(ectx: EventContext, ev: EventMention, previous: list[EventMention]
                      ) -> EventMention | None:
    """The nearest earlier act of two parties (``JOINT_TYPES``) in the sentence of ``ev`` or
    the ``JOINT_LOOKBACK`` sentences before it, in the same paragraph, whose linked source and
    target are different actors."""
    doc = ectx.ex.doc
    starts = [doc[i].idx for i in sent_starts(doc)]
    k = bisect.bisect_right(starts, ev.sentence.start) - 1
    lo = starts[max(0, k - JOINT_LOOKBACK)] if starts else 0
    for other in reversed(previous):
        if other.trigger.start >= ev.trigger.start:
            continue
        gap = ectx.text[other.sentence.end:ev.sentence.start]
        if other.sentence.start < lo or "\n\n" in gap or \
                not _same_block(ectx.blocks, other.sentence.end, ev.sentence.start):
            return None
        if other.type not in JOINT_TYPES:
            continue
        sides = {p.actor.id for p in other.source if _linked(p)}
        others = {p.actor.id for p in other.target if _linked(p)}
        if sides and others and not sides & others:
            return other
    return None


def pronoun_source(ectx: EventContext, ev: EventMention, args: Arguments,
                   previous: list[EventMention]) -> None:
    """'The rebels retreated into the hills. They attacked a village. They also burned …':
    'they' / 'it' as the subject, with no group named before it in its sentence and outside
    any quotation, is the source of the first event of the sentence before (same block)
    whose source agrees with it — subject to subject, and through chains of such pronouns;
    evidence 'previous sentence: …'."""
    if ev.sentence.start == 0 or not _group_pronoun(args.source):
        return
    tok = args.source[0]
    named = any(p.actor is not None and not str(p.actor.evidence or "").startswith(
        PREVIOUS_SENTENCE) for p in ev.source)
    if named or _quote_speaker(ectx, tok.idx) is not None or _group_before(ectx, tok):
        return
    for other in previous:
        if other.sentence.end > ev.sentence.start or \
                not _adjacent(ectx, other.sentence.end, ev.sentence.start):
            continue
        parts = [p for p in other.source if _linked(p) and _chained(p)]
        if parts and _pronoun_agrees(ectx, tok.lower_, parts):
            ev.source = [_inherited(p, PREVIOUS_SENTENCE) for p in parts]
            ev.attributes[INHERITED_KEY] = {"from": PREVIOUS_SENTENCE, "type": other.type,
                                            "trigger": other.trigger.to_dict()}
            return


def _unarmed_antecedent(ev: EventMention, args: Arguments) -> bool:
    """True for an act of force ('They also fired missiles at a destroyer') whose 'they' /
    'it' subject the sentence before gave only bodies that bear no arms (companies, rights
    groups, schools, hospitals, the press: ``UNARMED_SECTORS``), which do no such act."""
    return ev.type in FORCE_TYPES and _group_pronoun(args.source) and bool(ev.source) and \
        all(p.actor is not None and p.actor.sector in UNARMED_SECTORS and
            str(p.actor.evidence or "").startswith(PREVIOUS_SENTENCE) for p in ev.source)


def armed_subject_before(ectx: EventContext, ev: EventMention, tok: Any,
                         previous: list[EventMention]) -> None:
    """'The Houthis attacked a cargo ship. The ship was sailing to Egypt. Shipping companies
    rerouted vessels. They also fired missiles at a destroyer': a 'they' / 'it' subject of an
    act of force that nothing nearer answers is the named doer of the nearest earlier event
    in the sentences before (``ARMED_SUBJECT_SENTENCES``, same paragraph) that can use force
    — a state, an armed group, or a body of a state or of an armed group (sectors
    ``FORCE_SECTORS``); doers that bear no arms and people are passed over, any other doer
    stops the search, and in a quotation or reported clause the speaker's own country is
    never 'they' (evidence 'previous sentence: …', marked inherited). 'it' takes one
    singular such actor, 'they' any."""
    doc = ectx.ex.doc
    starts = [doc[i].idx for i in sent_starts(doc)]
    k = bisect.bisect_right(starts, ev.sentence.start) - 1
    if k <= 0:
        return
    lo = starts[max(0, k - ARMED_SUBJECT_SENTENCES)]
    speaker = _quote_speaker(ectx, tok.idx)  # '"They will pay," the X spokesman said': not X
    for other in reversed(previous):
        if other.sentence.start >= ev.sentence.start:
            continue
        if other.sentence.start < lo or not _same_paragraph(ectx, other.trigger.start, tok.idx):
            return
        own = [p for p in own_participants(other.source) if _linked(p) and
               not linked_by_discourse(p) and p.actor.kind not in NOT_INHERITED_KINDS]
        if not own or all(p.actor.sector in UNARMED_SECTORS or p.actor.kind == "person"
                          for p in own):
            continue  # 'Shipping companies rerouted …', 'Analysts said …'
        if not all(p.actor.kind in ARMED_KINDS or p.actor.sector in FORCE_SECTORS
                   for p in own):
            return
        if speaker is not None and speaker.actor is not None and \
                any(p.actor.country == speaker.actor.country for p in own):
            return  # who speaks says 'we' of its own side, never 'they'
        if not _pronoun_agrees(ectx, tok.lower_, own):
            return
        ev.source = [_inherited(p, PREVIOUS_SENTENCE) for p in own]
        ev.attributes[INHERITED_KEY] = {"from": PREVIOUS_SENTENCE, "type": other.type,
                                        "trigger": other.trigger.to_dict()}
        return


def _group_pronoun(toks: list[Any]) -> bool:
    """True for a lone 'they' / 'it' subject."""
    return len(toks) == 1 and toks[0].pos_ == "PRON" and toks[0].lower_ in GROUP_PRONOUNS and \
        toks[0].dep_ in SUBJECT_DEPS


def _group_before(ectx: EventContext, tok: Any) -> bool:
    """True when a group or place is named before ``tok`` in its sentence."""
    sent = sentence_of(tok)
    return any(e.start < tok.idx and e.label in GROUP_ENTITY_LABELS
               for e in ectx.ex.entities if sent.start_char <= e.start)


def _chained(p: Participant) -> bool:
    """True for a participant the sentence names or that an earlier pronoun took from the
    sentence before it (not one the story or an earlier mention of the type gave)."""
    return not p.inherited or str(p.actor.evidence or "").startswith(PREVIOUS_SENTENCE)


def _pronoun_agrees(ectx: EventContext, word: str, parts: list[Participant]) -> bool:
    """'they': several participants or a group; 'it': one organisation or state named by a
    singular noun ('the ministry', not 'its troops')."""
    people = all(p.actor.kind == "person" for p in parts)
    if word in PLURAL_GROUP_PRONOUNS:
        return len(parts) > 1 or not people
    return len(parts) == 1 and not people and not _plural_noun(ectx, parts[0])


def _plural_noun(ectx: EventContext, p: Participant) -> bool:
    """True when a participant's span ends in a plural noun."""
    doc = ectx.ex.doc
    k = bisect.bisect_right(token_starts(doc), p.end - 1) - 1
    return 0 <= k < len(doc) and doc[k].tag_ in ("NNS", "NNPS")


def story_source(ectx: EventContext, ev: EventMention, previous: list[EventMention],
                 pronoun: str | None = None) -> None:
    """'Sanctions are in Congress', 'a war that killed 100,000 people': an event of one actor
    that names no actor at all, in a story about one country (its place focus holds most
    country mentions), takes the source of the closest earlier event (any type) whose own
    source is linked, when that actor is of the story's country: the two signals agree
    (evidence 'story: …'); with ``pronoun`` (an unresolved 'they' / 'it' subject), only an
    actor agreeing with it, and only from an earlier event of the pronoun's own paragraph
    (a pronoun opening a new paragraph does not reach back into the one before, whatever
    that event's type). Events between parties, plans and hypotheticals, and events
    whose sentence names another country, are left alone."""
    focus = focus_of(ectx.ex.doc)
    if ev.type in SHARED_TYPES or ev.modality != ASSERTED or focus is None or \
            focus.country is None or \
            focus.share < STORY_SHARE or _names_other_country(focus, ev):
        return
    for other in reversed(sentences_back(ectx, ev, previous, STORY_SENTENCES, LEAD_SENTENCES)):
        if other.trigger.start >= ev.trigger.start:
            continue
        if pronoun is not None and not _same_paragraph(ectx, other.trigger.start,
                                                       ev.trigger.start):
            return  # 'Pakistan closed the border.\n\nIt also expelled …'
        if _judged_by(ectx, ev, other):
            return  # 'Germany condemned the attack': the judge is no doer of what it judges
        if ev.type == ATTACK_TYPE and other.type != ATTACK_TYPE and any(
                e.type == ATTACK_TYPE and _responds_to(ectx, e, other) for e in (*previous, ev)):
            return  # 'Police arrested six suspects after the bombing. The bombing killed 12'
        own = [p for p in own_participants(other.source) if _linked(p)
               and not linked_by_discourse(p)]
        if ev.type in FORCE_TYPES and not _armed_doers(other, own):
            continue  # 'X's prime minister met the envoy. The shelling went on': no fighter
        if not own:
            continue
        parts = [_inherited(p, STORY) for p in own if p.actor.country == focus.country
                 and not any(same_participant(p, t) for t in ev.target)]
        if parts and pronoun is not None and not _pronoun_agrees(ectx, pronoun, parts):
            return  # 'It accuses …' after 'its soldiers fired …'
        if parts:
            ev.source = parts
            ev.attributes[INHERITED_KEY] = {"from": STORY, "type": other.type,
                                            "trigger": other.trigger.to_dict()}
        return


def _armed_doers(other: EventMention, own: list[Participant]) -> bool:
    """Whether the doers of ``other`` can use force (a state or an armed group, or a body of
    a state or of an armed group: ``ARMED_KINDS`` / ``FORCE_SECTORS``), the only earlier
    doers an ownerless act of force of the story ('the shelling continued') takes: a person
    (a head of government met in diplomacy) or a body that bears no arms is passed over."""
    return bool(own) and all(
        p.actor.kind != "person" and (p.actor.kind in ARMED_KINDS or p.actor.sector in FORCE_SECTORS)
        for p in own)


def _judged_by(ectx: EventContext, ev: EventMention, other: EventMention) -> bool:
    """Whether ``ev`` is what ``other``, a condemnation or protest of its sentence, judges:
    its trigger hangs (within a few heads) from the other's trigger ('Germany condemned the
    attack', 'X denounced the killing of two journalists')."""
    if other.type not in JUDGING_TYPES or other.sentence.start != ev.sentence.start:
        return False
    doc = ectx.ex.doc
    k = bisect.bisect_right(token_starts(doc), ev.trigger.start) - 1
    if not 0 <= k < len(doc):
        return False
    tok = doc[k]
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if other.trigger.start <= tok.idx < other.trigger.end:
            return True
    return False


def _responds_to(ectx: EventContext, act: EventMention, other: EventMention) -> bool:
    """Whether ``other`` (an arrest, a search, a curfew) responds to ``act``: the act's
    trigger hangs, within a few heads, from the other's trigger through 'after',
    'following', 'over', 'for', 'in the wake of', 'in response to', 'in connection with'
    ('Police arrested six suspects after the bombing'), or from a verb the other's trigger
    is the subject of ('The warning from Iran came hours after the strike', 'the arrests
    followed the bombing')."""
    if act.sentence.start != other.sentence.start:
        return False
    doc = ectx.ex.doc
    k = bisect.bisect_right(token_starts(doc), act.trigger.start) - 1
    if not 0 <= k < len(doc):
        return False
    def inside(t: Any) -> bool:
        return other.trigger.start <= t.idx < other.trigger.end

    tok, marked = doc[k], False
    for _ in range(RESPONSE_REACH):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if inside(tok):
            return marked
        if marked and any(c.dep_ in SUBJECT_DEPS and inside(c) for c in tok.children):
            return True  # 'Iran's warning came hours after the strike', 'the arrests followed …'
        marked = marked or tok.lower_ in RESPONSE_WORDS or tok.lemma_ == RESPONSE_VERB
    return False


def _names_other_country(focus: Any, ev: EventMention) -> bool:
    """True when the event's sentence names a country other than the story's ('Thailand
    accused Cambodia of laying mines that wounded …': either side may be meant)."""
    ents = focus.by_sentence.get(focus.sentence_start(ev.sentence.start), [])
    return any(e.actor.country != focus.country for e, _ in ents)


def _previous_subject(ectx: EventContext, ev: EventMention) -> list[Participant]:
    """The linked subject of the main clause of the sentence just before the event's
    ('NISA said that it closed 12 outlets.' → NISA)."""
    doc = ectx.ex.doc
    first = bisect.bisect_left(token_starts(doc), ev.sentence.start)
    starts = sent_starts(doc)
    k = bisect.bisect_left(starts, first)
    if k == 0 or k >= len(starts) or starts[k] != first:
        return []  # the first sentence, or a re-parsed piece not aligned with the article's
    prev = doc[starts[k - 1]:first]
    if not _adjacent(ectx, prev.end_char, ev.sentence.start):
        return []
    subjects = verb_subject(prev.root) if prev.root.pos_ in ("VERB", "AUX") else []
    date = ev.date.get("value")
    return [p for s in subjects[:1] for p in participants_of(ectx, s, date)][:2]


def _source_of_subject_event(ev: EventMention, args: Arguments,
                             previous: list[EventMention]) -> None:
    """'NISA said the airstrikes targeted … and killed X': the event named by the subject
    ('the airstrikes', 'a wave of bombings') acts through its own source."""
    starts = {t.idx for t in args.source} | {
        g.idx for t in args.source if t.lemma_.lower() in SERIES_NOUNS
        for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj"}
    for other in reversed(previous):
        if other.sentence.start != ev.sentence.start or other.trigger.start not in starts:
            continue
        parts = [_inherited(p, SAME_SENTENCE) for p in other.source
                 if _linked(p) and not p.inherited and
                 not any(same_participant(p, t) for t in ev.target)]
        if parts:
            ev.source = parts
            ev.attributes[INHERITED_KEY] = {"from": SAME_SENTENCE, "type": other.type,
                                            "trigger": other.trigger.to_dict()}
        return


def own_participants(parts: list[Participant]) -> list[Participant]:
    """The participants the sentence itself names (not inherited from the discourse)."""
    return [p for p in parts if not p.inherited]


def linked_by_discourse(p: Participant) -> bool:
    """True for a participant inherited or linked only through an earlier sentence ('the
    group' → an organisation named before): such links are not passed on again."""
    return p.inherited or (p.actor is not None and
                           str(p.actor.evidence or "").startswith(DISCOURSE_EVIDENCE))


def _antecedent(ectx: EventContext, ev: EventMention, previous: list[EventMention]
                ) -> tuple[str, EventMention] | None:
    """The nearest earlier event, in this sentence or the one just before it in the same
    block, whose own source names an actor with a country; with where it was found."""
    start = ev.sentence.start
    for other in reversed(previous):
        if other.trigger.start >= ev.trigger.start and other.sentence.start == start:
            continue
        if other.sentence.start == start:
            where = SAME_SENTENCE
        elif other.sentence.end <= start and _adjacent(ectx, other.sentence.end, start):
            where = PREVIOUS_SENTENCE
        else:
            return None  # further back than the previous sentence: no continuation
        if any(_linked(p) for p in own_participants(other.source)):
            return where, other
    return None


def within_reach(ectx: EventContext, ev: EventMention, previous: list[EventMention]
                 ) -> list[EventMention]:
    """The earlier events an agentless charge may take its accuser from ('X accused Y of …
    Y's troops were also accused of …'): only those of its own paragraph, so a charge in a
    new paragraph, after other speakers, is not put in the mouth of an accuser named before
    it; other types keep the whole look-back."""
    if ev.type not in CHARGE_REACH_TYPES:
        return previous
    return [o for o in previous if _same_paragraph(ectx, o.sentence.start, ev.sentence.start)]


def _adjacent(ectx: EventContext, end: int, start: int) -> bool:
    """True when only white space (no paragraph break) separates two sentences."""
    gap = ectx.text[end:start]
    return not gap.strip() and "\n\n" not in gap and _same_block(ectx.blocks, end, start)


def _same_paragraph(ectx: EventContext, a: int, b: int) -> bool:
    """True when no paragraph break (a block boundary or a blank line) lies between
    offsets ``a`` and ``b``."""
    return "\n\n" not in ectx.text[a:b] and _same_block(ectx.blocks, a, b)


def _same_block(blocks: list[Block], a: int, b: int) -> bool:
    """True when no block boundary lies between offsets ``a`` and ``b``."""
    return not any(a <= blk.start <= b and blk.start > 0 for blk in blocks)


def _linked(p: Participant) -> bool:
    """True for a participant linked to an actor with a country that can go on acting."""
    return p.actor is not None and bool(p.actor.country) and \
        p.actor.kind not in NOT_INHERITED_KINDS


def _usable(ectx: EventContext, ev: EventMention, p: Participant) -> bool:
    """True when ``p`` may become the event's source (see the module notes)."""
    if not _linked(p) or any(same_participant(p, t) for t in ev.target):
        return False
    if ev.type in SHARED_TYPES and ev.attribution is not None and \
            same_participant(p, ev.attribution):
        return False
    speaker = _quote_speaker(ectx, ev.trigger.start)
    return speaker is None or (speaker.actor is not None and p.actor is not None and
                               speaker.actor.id == p.actor.id)


def _quote_speaker(ectx: EventContext, pos: int) -> Participant | None:
    """The speaker of the quotation holding ``pos`` (an unknown one counts as somebody)."""
    for q in ectx.ex.quotes:
        if q.content.start <= pos < q.content.end:
            return q.speaker or Participant(q.content.start, q.content.start, "")
    return None


def _inherited(p: Participant, where: str) -> Participant:
    """A copy of ``p`` marked as inherited, with the evidence on its actor."""
    actor = dataclasses.replace(p.actor, evidence=f"{where}: {p.text}") \
        if p.actor is not None else None
    return dataclasses.replace(p, actor=actor, inherited=True)


def inherit_target(ectx: EventContext, ev: EventMention, trig: Trigger,
                   previous: list[EventMention]) -> None:
    """'DHS has dismissed the allegations': a response whose object is a definite mention of
    an earlier act ('the allegations', 'the arrest warrant', 'their proposal') and that names
    no target of its own answers whoever did that act; any other event naming no target
    continues the earlier mention of its type by the same actor."""
    if any(_linked(p) for p in ev.target):
        return
    _inherit_target(ectx, ev, trig, previous)
    if not any(p.actor is not None and p.actor.country for p in ev.target):
        speaker_target(ectx, ev)


def speaker_target(ectx: EventContext, ev: EventMention) -> None:
    """'Israel said Hezbollah fired 30 rockets on Sunday', 'Thailand's army said Cambodian
    troops opened fire first': an attack that names no victim, reported by a speaker of one
    state about an attacker of another, was made on the speaker's side (evidence 'speaker:
    …'). Not when the speaker is placed only by the dateline or the article's focus, is an
    organisation without a state (the UN, a rights group) or a commentator, nor when the
    sentence names a third country (a neighbour or an ally may be the one attacked) or the
    speaker's country is not one of the two sides the article is about (``story_sides``: a
    third party reporting the war)."""
    speaker = ev.attribution
    if ev.type not in SPEAKER_VICTIM_TYPES or ev.modality != ASSERTED or speaker is None or \
            speaker.actor is None or not speaker.actor.country or \
            speaker.actor.country in SPECIAL_CODES or \
            speaker.actor.kind in NOT_INHERITED_KINDS or \
            str(speaker.actor.evidence or "").startswith(CONTEXT_ONLY_EVIDENCE) or \
            speaker.actor.sector in COMMENTATOR_CODES:
        return
    doers = _countries(ev.source)
    if len(doers) != 1 or doers & SPECIAL_CODES or speaker.actor.country in doers or \
            any(p.inherited for p in ev.source):
        return
    from eventwire.extract.resolve import story_sides  # resolve imports this module

    focus = focus_of(ectx.ex.doc)
    if focus is not None:
        named = {e.actor.country for e, _ in
                 focus.by_sentence.get(focus.sentence_start(ev.sentence.start), [])}
        sides = story_sides(focus)
        if named - doers - {speaker.actor.country} or \
                (sides is not None and len(sides) == 2 and speaker.actor.country not in sides):
            return  # 'U.S. officials said Russia launched 100 drones': a third party reports
    ev.target = [*ev.target, _inherited(speaker, SPEAKER)]
    ev.attributes[TARGET_INHERITED_KEY] = {"from": SPEAKER}


def _inherit_target(ectx: EventContext, ev: EventMention, trig: Trigger,
                    previous: list[EventMention]) -> None:
    """The discourse's target of an event naming none of its own (``inherit_target``)."""
    if ev.type not in RESPONSE_TYPES or trig.nominal:
        # 'X claimed the attack': the claimer names itself as the earlier attack's author
        _same_type_target(ectx, ev, previous,
                          claimed_event(trig.token) and _definite(trig.token))
        if ev.type in PARTNERED_TYPES and trig.nominal and _definite(trig.token) and \
                not any(_linked(p) for p in ev.target):
            _agreement_partner(ectx, ev, previous)
        return
    if ev.type in PARTNERED_TYPES and any(_definite(t) for t in (trig.token, *(
            c for c in trig.token.children if c.dep_ == "dobj"))):
        _agreement_partner(ectx, ev, previous)  # 'X ratified the deal'
        if any(_linked(p) for p in ev.target):
            return
    acts = [_act_of(ectx, o) for o in trig.token.children
            if o.dep_ in ANSWERED_DEPS and _definite(o)]  # 'condemned the attack', 'the
    # attack was condemned by X': the object, or the subject of the passive
    acts = [a for a in acts if a is not None] or _relative_act(ectx, trig.token)
    if not acts:
        if not _generic_act_target(ectx, ev, trig, previous):
            _same_type_target(ectx, ev, previous)
        return
    lemma, etype = acts[0]
    for other in reversed(sentences_back(ectx, ev, previous, RESPONSE_SENTENCES, LEAD_SENTENCES)):
        if other.trigger.start >= ev.trigger.start or other.type != etype:
            continue
        if _lemma_of(other) != lemma and other.type == ev.type:
            continue  # 'rejected the rejection': only the same word counts within a type
        if shot_down(other):
            continue  # 'the air force shot down 30 drones' is not the condemned attack
        if _take_targets(ev, other, other.source, EARLIER_EVENT):
            return
        if any(_linked(p) for p in own_participants(other.source)):
            return  # the act was done by the responder itself: nobody else to answer


ANSWERED_DEPS = ("dobj", "nsubjpass")  # the act a response answers: its object, or the
# subject of its passive ('the move was denounced by Minsk')


def _generic_act_target(ectx: EventContext, ev: EventMention, trig: Trigger,
                        previous: list[EventMention]) -> bool:
    """'The EU imposed new sanctions on Belarus. Minsk denounced the measures': a response
    whose object is a definite general word for an act ('the measures', 'the move', 'the
    decision', 'these steps'; ``GENERIC_ACT_NOUNS``), which names no type of its own, answers
    whoever did the nearest earlier act of its sentence or the one before
    (``GENERIC_ACT_SENTENCES``) that another actor than the responder did; whether a target
    was taken. The responder's own acts are passed over ('X imposed curbs and defended the
    measures' answers nobody)."""
    if not any(o.dep_ in ANSWERED_DEPS and _definite(o) and
               o.lemma_.lower() in GENERIC_ACT_NOUNS for o in trig.token.children):
        return False
    for other in reversed(sentences_back(ectx, ev, previous, GENERIC_ACT_SENTENCES)):
        if other.trigger.start >= ev.trigger.start or other.type in SAID_ACT_TYPES:
            continue
        if _same_side(ev.source, other.source) or \
                _countries(own_participants(other.source)) & _countries(ev.source):
            return False  # the responder's own act
        return _take_targets(ev, other, other.source, EARLIER_EVENT)
    return False


def shot_down(ev: EventMention) -> bool:
    """Whether every target of an attack is a projectile ('the air force said it shot down 30
    drones', 'air defences intercepted two missiles'): the act of a defender, whose country
    the dateline or the article rightly gives. It is no attack on the defender's own country
    for the story's attacker to take over (``resolve._story_side``), nor the attack a later
    'condemned the attack' or 'the attack' answers or continues."""
    return bool(ev.target) and all(
        (p.text.lower().split() or [""])[-1] in PROJECTILE_WORDS for p in ev.target)


def _agreement_partner(ectx: EventContext, ev: EventMention, previous: list[EventMention]
                       ) -> None:
    """'Israel's government approved the agreement', 'X ratified the deal': a definite
    agreement that one party's act names with no other party is the one the closest earlier
    agreement of the article made between that party and others; those others are its
    targets."""
    mine = _countries(own_participants(ev.source))
    if len(mine) != 1:
        return
    for other in reversed(sentences_back(ectx, ev, previous, RESPONSE_SENTENCES, LEAD_SENTENCES)):
        if other.type != ev.type or other.trigger.start >= ev.trigger.start:
            continue
        parties = own_participants(other.source) + own_participants(other.target)
        if not mine <= _countries(parties) or not _countries(parties) - mine - SPECIAL_CODES:
            continue
        partners = list({p.actor.id: p for p in reversed(parties) if _linked(p)
                         and p.actor.country not in mine | SPECIAL_CODES}.values())[::-1]
        _take_targets(ev, other, partners, EARLIER_EVENT)
        return


def _same_type_target(ectx: EventContext, ev: EventMention, previous: list[EventMention],
                      any_side: bool = False) -> None:
    """An event of one actor that names no target at all takes the targets of the closest
    earlier mention of its type whose source is of the same country ('Israel carried out
    more strikes' after 'Israeli jets struck Hezbollah …'), or whatever its source
    (``any_side``) when the event is that earlier one claimed ('X claimed the attack').
    Searched: the ``TARGET_SENTENCES`` sentences before, or the last ``TARGET_EVENTS``
    events where those hold fewer (a sparse article), so events another rule finds in an
    unrelated sentence between the two never push the earlier mention out of reach."""
    from eventwire.extract.resolve import context_participants  # resolve imports this module

    one = {p.actor.id for p in ev.source if _linked(p)} if any_side else set()
    if ev.target or not (len(ev.source) == 1 and _linked(ev.source[0]) or len(one) == 1):
        return  # 'the Baloch Liberation Army, or BLA,': one actor named twice
    near = sentences_back(ectx, ev, previous, TARGET_SENTENCES)
    if len(near) < TARGET_EVENTS:
        near = previous[-TARGET_EVENTS:]
    found = context_participants(ectx, ev, previous if any_side else near)
    if found is None or not (any_side or _same_side(ev.source, found.source)):
        return
    _take_targets(ev, found, found.target, EARLIER_EVENT, same_event=any_side)


def _countries(parts: list[Participant]) -> set[str]:
    """The countries of linked participants."""
    return {p.actor.country for p in parts if _linked(p)}


def _definite(tok: Any) -> bool:
    """True for a definite noun phrase that refers back ('the allegations', 'his plan')."""
    return tok.pos_ == "NOUN" and any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in tok.children)


def _relative_act(ectx: EventContext, verb: Any) -> list[tuple[str, str]]:
    """'X accused Y of Z, a charge (that) Y denied': the act a response in a relative clause
    answers is the noun the clause modifies, when the verb has no object of its own."""
    if verb.dep_ != "relcl" or any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_WORDS
                                         for c in verb.children):
        return []
    act = _act_of(ectx, verb.head) if verb.head.pos_ == "NOUN" else None
    return [act] if act is not None else []


def _act_of(ectx: EventContext, obj: Any) -> tuple[str, str] | None:
    """The trigger lemma and type an object noun (or its compound: 'the arrest warrant')
    names, if it names an act."""
    for tok in (obj, *[c for c in obj.children if c.dep_ == "compound"]):
        found = match_token(tok, ectx.lexicon)
        if found is not None and found.entry.type is not None:
            return found.entry.lemma, found.entry.type
    return None


def _lemma_of(ev: EventMention) -> str:
    """The lexicon lemma of an event's trigger."""
    return str((ev.attributes.get("trigger_info") or {}).get("lemma", ""))


def inherit_partner(ev: EventMention, trig: Trigger, args: Arguments,
                    previous: list[EventMention]) -> None:
    """'X met Y and signed an agreement': an event between parties with no target of its
    own, coordinated with an earlier event of its sentence that shares its source, has
    that event's partner."""
    if ev.type not in SHARED_TYPES or any(_linked(p) for p in ev.target):
        return
    heads = set()
    verb = args.clause if trig.nominal and args.clause is not None else trig.token
    while verb.dep_ == "conj" and verb.head != verb and len(heads) < MAX_CLIMB:
        verb = verb.head
        heads.add(verb.idx)
    for other in reversed(previous):
        if other.sentence.start != ev.sentence.start or other.trigger.start not in heads:
            continue
        if other.type not in SHARED_TYPES or not _same_side(ev.source, other.source):
            return
        _take_targets(ev, other, other.target, SAME_SENTENCE)
        return


def _take_targets(ev: EventMention, other: EventMention, given: list[Participant],
                  how: str, same_event: bool = False) -> bool:
    """Add the linked ``given`` participants of ``other`` that are not ``ev``'s sources as
    inherited targets of ``ev`` (recording where they came from); whether any were added.
    When ``ev`` is ``other`` mentioned again (``same_event``), its victims placed at the
    scene and its own inherited targets count too."""
    parts = [_inherited(p, how) for p in (given if same_event else own_participants(given))
             if (_linked(p) or (same_event and p.actor is not None and p.actor.country))
             and not any(same_participant(p, s) for s in ev.source)]
    if parts:
        ev.target = [*ev.target, *parts]
        ev.attributes[TARGET_INHERITED_KEY] = {"from": how, "type": other.type,
                                               "trigger": other.trigger.to_dict()}
    return bool(parts)


def _same_side(a: list[Participant], b: list[Participant]) -> bool:
    """True when two sources name the same actors (by span or actor)."""
    return bool(a) and bool(b) and all(any(same_participant(p, q) for q in b) for p in a)
