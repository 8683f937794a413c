"""Refusals in reported speech: a course of action a speaker calls out of the question is a REJECT.

PLOVER codes every refusal as REJECT, and a speaker often refuses with no refusing verb at
all: "a ceasefire is out of the question, the minister said", "'cherry picking is not an
option,' he warned", "lifting the sanctions is off the table". The predicate closes the
matter for the speaker: one REJECT from the speaker of the quote whose content holds the
predicate, and an event the copula's subject names is refused, not reported: it is negated
("a [ceasefire] is out of the question"), and its target is the refusal's ("lifting the
sanctions on X is off the table": X).

Only a predicate of a clause that asserts it: not in a question, a condition or a relative
clause (``quotes_demand.asserted``), not the consequent of a condition nor under a modal of
possibility ("if talks fail, a ceasefire would be out of the question"); "out of the question"
and "off the table" not under a negation ("a deal is *not* out of the question" leaves it open), "an option" only under one
("is not an option", "is no option"), and only said by a speaker: the narrator's "remained
off the table" reports a state, not a refusal.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from eventwire.annotate.doccache import between, positions_in
from eventwire.extract.lexicon import Entry
from eventwire.extract.quotes_demand import asserted
from eventwire.extract.quotes_disapproval import ORIGIN, Builder, quote_of
from eventwire.extract.triggers import Trigger
from eventwire.model import EventMention, Quote

REJECT = "REJECT"
COPULAS = ("be", "remain", "stay", "seem", "appear")
# (the noun, the preposition it is the object of, the word that preposition hangs from)
CLOSED_PHRASES = (("question", "of", "out"), ("table", "off", None))
OPTION_NOUNS = ("option", "alternative", "choice")  # 'is not an option'
MODALS = ("would", "could", "might", "may")  # 'would be out of the question': not yet
CONDITION_MARKS = ("if", "unless")
NEGATIONS = ("not", "n't", "never", "no")
CHAIN = ("xcomp", "conj", "ccomp")
CUE_WORDS = frozenset((*(noun for noun, _, _ in CLOSED_PHRASES), *OPTION_NOUNS))


def _copula(tok: Any) -> Any | None:
    """The copula a predicate word hangs from ('is [out] of the question', 'is not an
    [option]'), if any."""
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in COPULAS:  # with a subject of its own: not 'there is no option'
            return t if any(c.dep_ in ("nsubj", "csubj") for c in t.children) else None
        if t.pos_ in ("VERB", "NOUN", "PROPN"):
            return None
    return None


def _negated(cop: Any, noun: Any) -> bool:
    """True when the copula or the noun is negated ('is not', 'is no option')."""
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("det", "advmod")
               for t in (cop, noun) for c in t.children)


def _closing_predicate(tok: Any) -> Any | None:
    """The copula whose predicate ``tok`` closes a matter with, if ``tok`` is one: 'out of the
    [question]', 'off the [table]', 'not an [option]', 'a [non-starter]'."""
    lemma = tok.lemma_.lower()
    for noun, prep, holder in CLOSED_PHRASES:
        if lemma != noun or tok.dep_ != "pobj" or tok.head.lower_ != prep:
            continue
        if holder is not None and tok.head.head.lower_ != holder:
            continue
        cop = _copula(tok.head)
        return cop if cop is not None and not _negated(cop, tok) else None
    if lemma in OPTION_NOUNS and tok.dep_ == "attr":
        cop = _copula(tok)
        return cop if cop is not None and _negated(cop, tok) else None
    return None


def _open(cop: Any) -> bool:
    """True when the copula is put as a possibility or a consequence: a modal of possibility
    ('would be out of the question') or a condition clause ('if talks fail, ...')."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in cop.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                  for m in c.children) for c in cop.children)


def _refused_events(cop: Any, events: list[EventMention]) -> list[EventMention]:
    """The events whose trigger is in the copula's subject ('a [ceasefire] is out of the
    question', '[removing] the sanctions is off the table')."""
    spans = [(t.idx, t.idx + len(t.text)) for c in cop.children
             if c.dep_ in ("nsubj", "csubj") for t in c.subtree]
    return [ev for ev in events if any(a <= ev.trigger.start < b for a, b in spans)]


def refusal_events(sent: Any, quotes: list[Quote], events: list[EventMention],
                   build: Builder) -> list[EventMention]:
    """The REJECT a speaker's closing predicate in ``sent`` makes (none when the sentence has
    a REJECT already)."""
    if any(ev.type == REJECT for ev in events):
        return []
    doc = sent.doc
    for i in between(positions_in(doc, CUE_WORDS), sent.start, sent.end):
        tok = doc[i]  # a cue noun: the document's word list spares reading other tokens
        cop = _closing_predicate(tok)
        if cop is None or not asserted(cop, CHAIN) or _open(cop):
            continue
        quote = quote_of(quotes, tok)
        if quote is None or quote.speaker is None:
            continue
        entry = Entry(lemma=tok.lemma_.lower(), pos="noun", type=REJECT, origin=ORIGIN)
        ev = build(Trigger(tok, entry, nominal=True))
        if ev is None:
            continue
        refused = _refused_events(cop, events)
        for act in refused:
            act.modality = "negated"
        target = next((list(act.target) for act in refused if act.target), [])
        return [dataclasses.replace(ev, source=[quote.speaker], target=target, mode=None,
                                    modality="asserted")]
    return []
