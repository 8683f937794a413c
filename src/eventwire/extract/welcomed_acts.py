"""Welcoming another party's act is a SUPPORT of its own, beside the act.

PLOVER's SUPPORT covers approving a policy or an action. The lexicon's "welcome" entry
makes a SUPPORT when its object is an outcome that is no event of its own ("welcomed the
agreement / the decision / the ruling"); when the object is an act read as an event ("welcomed
the release of the prisoners", "welcomed the withdrawal of the troops", "welcomed the visit",
or a plan for one: "welcomed plans for talks between X and Y") the act keeps its own event
(done, planned or hypothetical as told) and the welcoming adds the SUPPORT of the welcoming
party (``welcomed_acts``). Nothing is added for a negated, conditional or questioned verb, an
infinitive ("refused to welcome"), or a sentence that already has a SUPPORT on the verb.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.annotate.doccache import tokens_in
from eventwire.extract.lexicon import Entry
from eventwire.extract.quotes_demand import asserted
from eventwire.extract.triggers import Trigger
from eventwire.model import EventMention

SUPPORT = "SUPPORT"
WELCOME_LEMMAS = ("welcome",)
WELCOME_SET = frozenset(WELCOME_LEMMAS)
PLAN_NOUNS = ("plan", "prospect", "proposal", "announcement")  # 'welcomed plans for talks'
PLAN_PREPS = ("for", "of", "to")
ORIGIN = "welcomed_act"


def _act_of(obj: Any, events: list[EventMention]) -> EventMention | None:
    """The event (not a SUPPORT) whose trigger holds the token, if any."""
    return next((ev for ev in events if ev.type != SUPPORT and
                 ev.trigger.start <= obj.idx < ev.trigger.end), None)


def _welcomed(tok: Any, events: list[EventMention]) -> EventMention | None:
    """The act a welcoming verb's direct object names: the object itself or, for a plan or
    prospect, the act the plan is for."""
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        act = _act_of(obj, events)
        if act is not None:
            return act
        if obj.lemma_.lower() in PLAN_NOUNS:
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in PLAN_PREPS):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    act = _act_of(pobj, events)
                    if act is not None:
                        return act
            for clause in (c for c in obj.children if c.dep_ in ("acl", "relcl")):
                act = _act_of(clause, events)
                if act is not None:
                    return act
    return None


def welcomed_acts(sent: Any, events: list[EventMention],
                  build: Callable[[Trigger], EventMention | None]) -> list[EventMention]:
    """One SUPPORT per welcoming verb of ``sent`` whose object is an act read as an event."""
    out = []
    for tok in tokens_in(sent, WELCOME_SET):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in WELCOME_LEMMAS:
            continue
        if any(ev.type == SUPPORT and ev.trigger.start <= tok.idx < ev.trigger.end
               for ev in events):
            continue
        if any(c.dep_ == "neg" for c in tok.children) or \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or \
                not asserted(tok):
            continue
        if _welcomed(tok, events) is None:
            continue
        ev = build(Trigger(tok, Entry(lemma=tok.lemma_.lower(), pos="verb", type=SUPPORT,
                                      origin=ORIGIN), nominal=False))
        if ev is not None and ev.source:
            out.append(ev)
    return out
