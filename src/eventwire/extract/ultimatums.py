"""An ultimatum: a party's own future act set on a condition it wants the other side to meet.

CAMEO codes a warning of the warner's own action as 13x whatever the action is ("Warsaw is
warning it could buy its tanks elsewhere"); a plain future under a negated condition is such a
warning: "X will buy its aircraft elsewhere *if the freeze is not lifted*", "X will turn to
other suppliers *unless* the ban ends". The condition names what the other side must do, the
consequent what follows if it does not: a THREATEN of the one who states it, whatever the
type of the act (a purchase, a search for alternatives, a move to another partner). An
unconditioned future ("will buy aircraft") and a positive condition ("will help if asked",
"talks will resume if the weather allows") stay what they were: an offer or a plan, no threat.
A consequent that is itself negated ("will not buy any more unless ...") is the refusal it
already reads as. Only a statement's content or the narrator's own sentence: not a belief or a
forecast ("analysts expect X will buy elsewhere if ...").

A search for alternatives set on such a condition is the same warning though the lexicon
types no act in it ("X will *look for other partners* if the dam is not stopped", "will
*seek other suppliers* unless the ban is lifted", "will have to *turn to other partners*"):
``search_threats`` gives the THREATEN from the clause's subject, else the one who states it.
A search with no negated condition ("will look for alternatives to coal") is no event.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from eventwire.annotate.doccache import tokens_in
from eventwire.extract.discourse import EARLIER_EVENT, _take_targets, sentences_back
from eventwire.extract.event_context import EventContext
from eventwire.extract.intent import (
    COOPERATIVE_TYPES,
    INTENT_AUX,
    STATEMENT_VERBS,
    WARNING_VERBS,
    _aux,
    _counterfactual,
    _derived,
    speaker_token,
)
from eventwire.extract.lexicon import Entry, Lexicon
from eventwire.extract.modality import believed
from eventwire.extract.triggers import Trigger
from eventwire.model import EventMention, Participant

# a harmless act becomes a threat only through the negated condition it is set on
ULTIMATUM_TYPES = COOPERATIVE_TYPES
NEGATING_MARKS = ("unless",)
CANNOT = ("cannot", "can't")
HOW = "ultimatum"  # the derived event's intent_of.how
ULTIMATUM_SENTENCES = 3  # article sentences back an ultimatum's target may continue
OBLIGING_VERBS = ("have", "need")  # 'will have to buy elsewhere'
# a search for other partners: the verb, the preposition its object takes (none: a direct
# object), and the objects that are alternatives ('other' makes a partner or a supplier one)
SEARCH_VERBS = {"look": "for", "search": "for", "seek": "", "explore": "", "find": "",
                "turn": "to", "switch": "to"}
SEARCH_LEMMAS = frozenset(SEARCH_VERBS)
ALTERNATIVES = ("alternative", "option")
PARTNERS = ("supplier", "seller", "partner", "source", "market", "buyer")
OTHER_MODIFIERS = ("other", "alternative", "different", "new")


def _negated_condition(head: Any) -> bool:
    """True when ``head`` has an 'unless' clause, or an 'if' clause whose verb is negated
    ('if the freeze is not lifted', 'if they cannot be acquired', 'if X does not withdraw')."""
    for c in head.children:
        if c.dep_ != "advcl":
            continue
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if marks & set(NEGATING_MARKS):
            return True
        if "if" in marks and any(m.dep_ == "neg" or m.lower_ in CANNOT
                                 for m in c.children):
            return True
    return False


def _obliged_heads(tok: Any) -> list[Any]:
    """The verb, and the 'have' or 'need' it is the infinitive of: 'X *will have to* look for
    alternatives if ...' marks its future and hangs its condition on 'have'."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in OBLIGING_VERBS and head.i != tok.i:
        return [tok, head]
    return [tok]


def ultimatum_threat(ev: EventMention, tok: Any, lex: Lexicon,
                     speaker: list[Participant]) -> EventMention | None:
    """The THREATEN a party's future cooperative or neutral act implies when it is set on a
    negated condition ('will buy elsewhere if the freeze is not lifted', 'unless'): from the
    act's doer, or the one who states it; no target (the condition's party is not the act's)."""
    if ev.type not in ULTIMATUM_TYPES or ev.attributes.get("speculative_context"):
        return None
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return None
    heads = _obliged_heads(tok)
    if not any(_aux(t) & set(INTENT_AUX) for t in heads) or _counterfactual(tok) or \
            believed(tok, lex):
        return None
    if not any(_negated_condition(t) for t in heads):
        return None
    spk = speaker_token(tok)
    stated = spk is not None and spk.head.lemma_.lower() in STATEMENT_VERBS + WARNING_VERBS
    if spk is not None and not stated:
        return None  # 'analysts expect X will buy elsewhere if ...'
    source = ev.source or speaker
    if not source:
        return None
    return _derived(ev, "THREATEN", source, [], HOW)


def _countries(parts: list[Participant]) -> set[str]:
    return {p.actor.country for p in parts if p.actor is not None and p.actor.country}


def ultimatum_target(ectx: EventContext, ev: EventMention, previous: list[EventMention]) -> None:
    """An ultimatum names no target of its own (its condition is often agentless: 'if the
    freeze is not lifted'): it continues the closest earlier threat of the same country
    ('Ankara warned Washington of severe consequences ... "Turkey will buy elsewhere if the
    freeze is not lifted"': Washington), in its own sentence or the few article sentences
    before it (counted in sentences, so events found between the two do not push the threat
    out of reach)."""
    if (ev.attributes.get("intent_of") or {}).get("how") != HOW or ev.target:
        return
    mine = _countries(ev.source)
    if not mine:
        return
    for other in reversed(sentences_back(ectx, ev, previous, ULTIMATUM_SENTENCES)):
        if other.type == "THREATEN" and other.target and _countries(other.source) == mine:
            _take_targets(ev, other, other.target, EARLIER_EVENT)
            return


def _search(tok: Any) -> bool:
    """True for a search for alternatives: 'look for alternatives', 'seek other suppliers',
    'turn to other partners'."""
    prep = SEARCH_VERBS.get(tok.lemma_.lower())
    if prep is None or tok.pos_ != "VERB":
        return False
    if prep:
        objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == prep
                for g in c.children if g.dep_ == "pobj"]
    else:
        objs = [c for c in tok.children if c.dep_ == "dobj"]
    for obj in objs:
        lemma = obj.lemma_.lower()
        if lemma in ALTERNATIVES:
            return True
        if lemma in PARTNERS and any(c.dep_ == "amod" and c.lower_ in OTHER_MODIFIERS
                                     for c in obj.children):
            return True
    return False


def search_threats(sent: Any, events: list[EventMention], build: Callable[[Trigger], Any],
                   lex: Lexicon, speaker_of: Callable[[Any], list[Participant]]
                   ) -> list[EventMention]:
    """The THREATEN of each future search for alternatives in ``sent`` set on a negated
    condition ('will look for other partners if the freeze is not lifted'), from the
    clause's subject or the one who states it."""
    out: list[EventMention] = []
    for tok in tokens_in(sent, SEARCH_LEMMAS):
        if not _search(tok) or any(c.dep_ == "neg" for c in tok.children):
            continue
        heads = _obliged_heads(tok)
        if not any(_aux(t) & set(INTENT_AUX) for t in heads) or _counterfactual(tok) or \
                believed(tok, lex) or not any(_negated_condition(t) for t in heads):
            continue
        if any(e.type == "THREATEN" and e.trigger.start <= tok.idx < e.trigger.end
               for e in events):
            continue  # read already as the ultimatum of a typed act
        spk = speaker_token(tok)
        if spk is not None and spk.head.lemma_.lower() not in STATEMENT_VERBS + WARNING_VERBS:
            continue  # 'analysts expect X will look elsewhere if ...'
        entry = Entry(lemma=tok.lemma_.lower(), pos="verb", type="THREATEN", mode=None,
                      origin=HOW)
        ev = build(Trigger(tok, entry, nominal=False))
        if ev is None:
            continue
        source = ev.source or (speaker_of(spk) if spk is not None else [])
        if not source:
            continue
        out.append(dataclasses.replace(ev, source=source, target=[], modality="asserted"))
    return out
