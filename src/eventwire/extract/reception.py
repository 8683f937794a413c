"""How something is received or answered: 'met with' a response is no meeting, an eased
fear no charge, a countered threat no threat.

PLOVER's CONSULT is parties meeting. "X met with Y" is one when Y is a party, but the
same verb tells how a proposal, a plan, an offer or a crowd was received when its
'with' names a reaction or a means of force: "the proposal was met with skepticism",
"the plan met with fierce resistance from farmers", "our offer was met with silence",
"the protesters were met with tear gas", "any attack will be met with a crushing
response". No one meets anyone there, so the verb makes no CONSULT (the criticism or the
force it names is read by its own trigger, as any other noun is).

A fear or a threat that a verb eases, answers or gives as a reason is not the speech act
its noun names elsewhere: "the minister sought to *allay* fears of a default", "the
measures *address* concerns raised by farmers", "the airline cancelled flights, *citing*
security concerns" state no party's disapproval (no ACCUSE), and "steps to *alleviate*
the threat", "to *counter* the threat from drones", "*reduce* the threat of attacks"
report no one threatening (no THREATEN). "Expressed concern", "voiced fears", "ignored
their concerns" and "issued a threat" are not in the list and keep their reading.

A charge that is dropped, withdrawn or quashed, or that someone is cleared or acquitted of,
ends an accusation rather than making one: "prosecutors dropped the charges against him",
"the charges were withdrawn", "a court quashed the indictment", "he was cleared of all
charges" make no ACCUSE. "Denied the charges", "dismissed the allegations" (a denial answers
an accusation made) and "filed charges" keep their reading.
"""

from __future__ import annotations

from typing import Any

CONSULT = "CONSULT"
MEET_LEMMAS = frozenset({"meet"})
# what a thing or a crowd is met with: a reaction, a silence, or a means of force
RECEPTION_NOUNS = frozenset({
    "response", "reaction", "resistance", "criticism", "skepticism", "scepticism", "silence",
    "opposition", "outrage", "anger", "condemnation", "approval", "applause", "praise",
    "derision", "ridicule", "dismay", "disbelief", "suspicion", "caution", "alarm", "backlash",
    "indifference", "hostility", "enthusiasm", "acclaim", "cheer", "jeer", "boo", "protest",
    "force", "violence", "gas", "gunfire", "fire", "bullet", "baton", "cannon", "rebuke",
    "scorn", "mockery", "surprise", "concern", "relief", "welcome", "defiance", "denial",
    "refusal", "rejection",
})
OBJECT_DEPS = ("dobj", "dative")


def met_with_reception(etype: str, tok: Any, nominal: bool) -> bool:
    """True for 'met' whose 'with' names a reaction or force ('was met with criticism',
    'met with resistance', 'were met with tear gas'), and no one met directly ('met the
    minister with ...' stays a meeting)."""
    if nominal or etype != CONSULT or tok.lemma_.lower() not in MEET_LEMMAS:
        return False
    if any(c.dep_ in OBJECT_DEPS for c in tok.children):
        return False
    objs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return bool(objs) and all(o.lemma_.lower() in RECEPTION_NOUNS or
                              o.lower_ in RECEPTION_NOUNS for o in objs)


THREATEN = "THREATEN"
# verbs that ease, answer or give as a reason the fear or threat they take as object
EASING_VERBS = frozenset({
    "allay", "ease", "address", "alleviate", "assuage", "calm", "dispel", "soothe", "cite",
    "mitigate", "lessen", "defuse", "reduce", "counter", "neutralize", "neutralise",
    "eliminate", "diminish", "remove", "tackle", "overcome",
})


def eased(tok: Any) -> bool:
    """True for a noun that is the direct object of a verb of ``EASING_VERBS`` ('allay
    [fears]', 'citing security [concerns]', 'alleviate the [threat]'), also as a conjunct of
    its first object ('ease fears and [concerns]')."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "dobj" and first.head.pos_ == "VERB" and \
        first.head.lemma_.lower() in EASING_VERBS


def countered_threat(etype: str, tok: Any, nominal: bool) -> bool:
    """True for a threat noun a verb eases or counters ('to alleviate the threat')."""
    return nominal and etype == THREATEN and eased(tok)


ACCUSE = "ACCUSE"
CHARGE_NOUNS = frozenset({"charge", "allegation", "accusation", "indictment"})
ENDING_VERBS = frozenset({"drop", "withdraw", "quash", "overturn", "lift", "annul", "void"})
CLEARING_VERBS = frozenset({"clear", "acquit", "exonerate", "absolve"})  # 'cleared of charges'


def ended_charge(etype: str, tok: Any, nominal: bool) -> bool:
    """True for a charge noun that a verb ends ('dropped the [charges]', 'the [charges] were
    withdrawn') or that someone is cleared of ('cleared of all [charges]')."""
    if not nominal or etype != ACCUSE or tok.lemma_.lower() not in CHARGE_NOUNS:
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    head = first.head
    if first.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return head.lemma_.lower() in ENDING_VERBS
    if first.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "VERB":
        return head.head.lemma_.lower() in CLEARING_VERBS
    return False
