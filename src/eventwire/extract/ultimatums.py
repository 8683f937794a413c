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
"""

from __future__ import annotations

from typing import Any

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
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.modality import believed
from eventwire.model import EventMention, Participant

# a harmless act becomes a threat only through the negated condition it is set on
ULTIMATUM_TYPES = COOPERATIVE_TYPES
NEGATING_MARKS = ("unless",)
CANNOT = ("cannot", "can't")
HOW = "ultimatum"  # the derived event's intent_of.how
ULTIMATUM_SENTENCES = 3  # article sentences back an ultimatum's target may continue


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


def ultimatum_threat(ev: EventMention, tok: Any, lex: Lexicon,
                     speaker: list[Participant]) -> EventMention | None:
    """The THREATEN a party's future cooperative or neutral act implies when it is set on a
    negated condition ('will buy elsewhere if the freeze is not lifted', 'unless'): from the
    act's doer, or the one who states it; no target (the condition's party is not the act's)."""
    if ev.type not in ULTIMATUM_TYPES or ev.attributes.get("speculative_context"):
        return None
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return None
    if not _aux(tok) & set(INTENT_AUX) or _counterfactual(tok) or believed(tok, lex):
        return None
    if not _negated_condition(tok):
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
