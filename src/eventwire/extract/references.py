"""Mentions of an existing agreement that report no act of agreeing.

PLOVER codes the act: "the two sides signed a deal", "they reached an
agreement", "the accord agreed on Monday". A deal, treaty or agreement that no
verb makes, reaches or signs, the subject of another verb or a prepositional
object ("That accord ended the dispute", "the treaty between X and Y covers the
border", "accept the deal between X and Y") refers to an agreement that
already exists and is no AGREE event. A
nominal with a verb of its own hanging from it ("the deal reached on Monday",
"the pact signed by both") or with its own date ("Monday's agreement") stays
an event.

Acts are referred to as well: a statement that says who did an act already told ("the
minister believes the raid was a plot by X") charges a party with it (``charged_act``).
"""

from __future__ import annotations

from typing import Any

REFERENCE_TYPES = ("AGREE",)
OWN_VERB_DEPS = ("acl", "relcl")
REFERENCE_DEPS = ("nsubj", "pobj", "poss", "appos")  # a subject or a prepositional object
DATE_ENTS = ("DATE", "TIME")


def dated_noun(tok: Any) -> bool:
    """True when a date hangs from the noun ('Monday's deal', 'the deal on Tuesday')."""
    for child in tok.children:
        if child.ent_type_ in DATE_ENTS:
            return True
        if child.dep_ == "prep" and any(g.ent_type_ in DATE_ENTS for g in child.children):
            return True
    return False


def existing_agreement(etype: str, tok: Any, nominal: bool, support: Any) -> bool:
    """True for a nominal agreement trigger that no verb makes, reaches or signs: the subject
    of another verb or a prepositional object, with no verb or date of its own."""
    if etype not in REFERENCE_TYPES or not nominal or support is not None:
        return False
    head = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    if head.dep_ not in REFERENCE_DEPS:
        return False  # the object of a verb ('reaffirmed their commitment'), a headline
    if any(c.dep_ in OWN_VERB_DEPS and c.pos_ in ("VERB", "AUX") for c in head.children):
        return False
    return not dated_noun(head)


CHARACTER_DETS = ("the", "this", "that", "these", "those")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
PREDICATE_DEPS = ("attr", "acomp")
CLAIM_VERBS = frozenset({"claim"})  # 'the bombing was claimed by X': the doer's own word
UNDERGOER_NOUNS = frozenset({"survivor", "victim", "witness", "eyewitness", "casualty", "bystander",
                             "hostage", "captive", "passenger", "relative", "family"})  # whom an
# act befalls or who saw it: 'the survivors of the attack' are no doers


def referring(noun: Any) -> bool:
    """A definite or possessed mention ('the raid', 'Monday's blast', 'the army's ban')."""
    return any((c.dep_ == "det" and c.lower_ in CHARACTER_DETS) or c.dep_ == "poss"
               for c in noun.children)


def charged_act(tok: Any, nominal: bool, is_party: Any,
                realising: frozenset[str] = frozenset()) -> list[Any] | None:
    """The doers a statement names for a known act, or None: a definite event noun that is
    the subject of a predicate with a 'by' party ('believes the raid was deliberate by X',
    'suggest the shelling was a plot by X', 'the charge that Monday's blast was planned by
    rebels': the 'by' objects), or the 'of' complement of a subject naming its doers ('the
    organisers of the raid live abroad': the subject). Said in quoted or reported speech,
    the statement assigns the act to a party, a charge; the act itself was told before. A
    passive of a verb that carries out or claims the act (``realising``: 'the attack was
    carried out by X', 'was claimed by X') reports the act with its doer: no charge."""
    if not nominal:
        return None
    noun = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    if not referring(noun):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in SUBJECT_DEPS:
        doer = noun.head.head
        return [doer] if doer.pos_ == "NOUN" and is_party(doer) and \
            doer.lemma_.lower() not in UNDERGOER_NOUNS else None
    if noun.dep_ not in SUBJECT_DEPS:
        return None
    verb = noun.head
    if noun.dep_ == "nsubjpass":
        if verb.lemma_.lower() in realising or verb.lemma_.lower() in CLAIM_VERBS:
            return None
        found = _by_parties(verb)
    elif verb.lemma_ == "be":
        found = _by_parties(verb) + [g for c in verb.children if c.dep_ in PREDICATE_DEPS
                                     for g in _by_parties(c)]
    else:
        return None
    return found or None


def _by_parties(tok: Any) -> list[Any]:
    """The objects of a 'by' phrase or a passive's agent hanging from the token."""
    return [g for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children if g.dep_ == "pobj"]
