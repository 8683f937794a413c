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
