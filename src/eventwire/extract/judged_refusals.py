"""Proposals judged wanting: a party that deems, sees or calls an offer bad refuses it (REJECT).

PLOVER codes a refusal as REJECT whatever verb tells it, and a party often refuses an offer by
judging it: "the proposal was deemed *unacceptable* by X", "the offer was seen as
*insufficient* by Y", "X called the plan a *non-starter*", "X regards the proposal as
*inadequate*". A judging verb (the naming, as- and small-clause verbs of
``disapproval_charges`` in ``plover_patterns.json``, and 'see as') whose object, or passive
subject, is a proposal noun and whose predicate is a strongly negative word (the VADER valences
of ``events_polarity.json``, the charges of the disapproval lists, and the few verdicts of
inadequacy VADER does not rate, ``REFUSAL_VERDICTS``) gives one REJECT: the judge (the verb's
subject, or its by-agent in the passive) is the source, the proposal's author (its possessor,
its nationality adjective, its 'from' phrase) the target.

The judgement is the refusal, not a charge: the quoted ACCUSE the disapproval rules made of
the same predicate gives way to it, and a proposal noun whose only source was read as the judge
(the by-agent of "was deemed unacceptable by X" is no proposer) is dropped. None when the verb
is negated ("did not consider the offer insufficient"), in a question, condition or relative
clause, or when the sentence has a REJECT already ("dismissed the offer as a ploy").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.annotate.doccache import tokens_in
from eventwire.extract.lexicon import Entry
from eventwire.extract.memo import per_object
from eventwire.extract.quotes_demand import asserted
from eventwire.extract.triggers import Trigger
from eventwire.model import EventMention, Participant

REJECT = "REJECT"
ORIGIN = "judged"
PROPOSAL_NOUNS = frozenset({  # what a party offers another to accept
    "proposal", "offer", "plan", "initiative", "proposition", "overture", "bid", "terms",
    "roadmap", "blueprint", "framework", "draft", "package", "counterproposal",
    "counteroffer", "deal"})
SEEING_VERBS = ("see",)  # 'was seen as insufficient' (only with 'as')
REFUSAL_VERDICTS = frozenset({  # verdicts of inadequacy VADER leaves unrated
    "insufficient", "unworkable", "unrealistic", "unviable", "impractical", "unserious",
    "non-starter", "nonstarter", "ploy", "stunt", "gimmick", "trick", "ruse"})
PREDICATE_DEPS = ("oprd", "acomp", "ccomp", "xcomp", "attr")
AS_DEPS = ("pobj", "amod", "acomp")
AUTHOR_DEPS = ("poss", "amod", "compound", "nmod")
AUTHOR_PREPS = ("from", "by", "of")
CHAIN = ("xcomp", "conj", "ccomp")
Builder = Callable[[Trigger], EventMention | None]
Linker = Callable[[Any], list[Participant]]


def _verdict_words(tok: Any) -> list[str]:
    """The word a predicate token says, as one or with a hyphened pair ('non - starter')."""
    words = [tok.lemma_.lower(), tok.lower_]
    nxt = tok.nbor(1) if tok.i + 2 < len(tok.doc) else None
    if nxt is not None and nxt.text == "-":
        words.append(f"{tok.lower_}-{tok.nbor(2).lower_}")
    return words


def _negative(tok: Any, polar: frozenset[str]) -> bool:
    """True for a strongly negative verdict word."""
    return any(w in polar or w in REFUSAL_VERDICTS for w in _verdict_words(tok))


def _predicates(verb: Any) -> list[Any]:
    """The predicate words the verb says of its object: 'deemed [unacceptable]', 'called it a
    [non-starter]', 'seen as [insufficient]', 'considered the offer [insufficient]'."""
    out = []
    for c in verb.children:
        if c.dep_ in PREDICATE_DEPS and c.pos_ in ("ADJ", "NOUN", "PROPN"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as":
            out.extend(g for g in c.children if g.dep_ in AS_DEPS)
    return out


def _proposal(verb: Any, predicate: Any) -> Any | None:
    """The proposal noun the verb judges: its object, passive subject, or the subject of a
    small clause ('considered [the offer] insufficient')."""
    for c in (*verb.children, *predicate.children):
        if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in PROPOSAL_NOUNS:
            if c.dep_ == "nsubj" and c.head.i == verb.i:
                continue  # 'the plan called for ...': the verb's own subject is no object
            return c
    return None


def _judge(verb: Any, predicate: Any) -> Any | None:
    """The party that judges: the active subject, or the by-agent of the passive (also hung
    on the as-word: 'rejected as unrealistic by X')."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for c in verb.children:
        if not passive and c.dep_ == "nsubj":
            return c
        if passive and c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if passive:
        for t in predicate.subtree:
            if t.dep_ == "prep" and t.lower_ == "by":
                return next((g for g in t.children if g.dep_ == "pobj"), None)
    return None


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


@per_object
def _cue_verbs(verbs: frozenset[str]) -> frozenset[str]:
    """``verbs`` with the seeing verbs: the lemmas a judging verb can have, made once per set."""
    return verbs | frozenset(SEEING_VERBS)


def judged_refusals(sent: Any, events: list[EventMention], verbs: frozenset[str],
                    polar: frozenset[str], build: Builder, linker: Linker
                    ) -> tuple[list[EventMention], list[EventMention]]:
    """The events of ``sent`` with the proposals judged wanting made REJECTs: (the events
    kept, the REJECTs added)."""
    if any(ev.type == REJECT for ev in events):
        return events, []
    for verb in tokens_in(sent, _cue_verbs(verbs)):
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or (lemma not in verbs and lemma not in SEEING_VERBS):
            continue
        if _negated(verb) or not asserted(verb, CHAIN):
            continue
        for pred in _predicates(verb):
            if lemma in SEEING_VERBS and pred.dep_ not in AS_DEPS:
                continue
            if not _negative(pred, polar):
                continue
            proposal = _proposal(verb, pred)
            judge = _judge(verb, pred) if proposal is not None else None
            if judge is None:
                continue
            judges = linker(judge)
            if not judges:
                continue
            authors = [p for c in proposal.children
                       for t in ((c,) if c.dep_ in AUTHOR_DEPS else
                                 tuple(g for g in c.children if g.dep_ == "pobj")
                                 if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPS else ())
                       for p in linker(t)]
            entry = Entry(lemma=lemma, pos="verb", type=REJECT, origin=ORIGIN)
            ev = build(Trigger(verb, entry, nominal=False))
            if ev is None:
                continue
            judged = {judge.idx}
            kept = [e for e in events if not _judged_away(e, pred, proposal, judged)]
            ev.source, ev.target, ev.mode, ev.modality = judges, authors, None, "asserted"
            return kept, [ev]
    return events, []


def _judged_away(ev: EventMention, pred: Any, proposal: Any, judged: set[int]) -> bool:
    """True for the charge the predicate was read as (the judgement is the refusal) and for a
    proposal whose only source is the judge."""
    if ev.type == "ACCUSE" and ev.trigger.start == pred.idx:
        return True
    if ev.trigger.start == proposal.idx and ev.source:
        return all(p.start in judged for p in ev.source)
    return False
