"""A patrol that is a party of another act names the party, not a deployment.

``plover_lexicon.json`` reads a patrol noun as a show of force (MOBILIZE, CAMEO 150) or, when
joint, as military cooperation (COOPERATE, CAMEO 062): "Thailand sent patrols to the border",
"the army stepped up patrols", "a joint patrol was launched". When the noun is instead the
subject, object or by-agent of an attack, a seizure or a withdrawal the sentence tells, or owns
or is a part-of phrase of such a participant, it names who did or underwent that act: "the patrol
came under fire", "an army patrol was ambushed", "a patrol returned gunfire", "a patrol boat
opened fire", "the patrol's commander was killed", "gunmen attacked the military patrol", "the
attack on a border patrol". The act is the event; the patrol is one of its parties.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.extract.triggers import Trigger

PATROL_NOUNS = ("patrol",)
# acts a patrol takes part in as a party: fire, an ambush, an arrest, a seizure, a withdrawal
PARTY_ACT_TYPES = ("ASSAULT", "COERCE", "RETREAT")
NOUN_POS = ("NOUN", "PROPN")
ROLE_DEPS = ("nsubj", "nsubjpass", "dobj")
AGENT_DEPS = ("agent",)  # 'ambushed [by] a patrol'
CLAUSE_MODIFIER_DEPS = ("acl", "relcl")  # 'a patrol [ambushed] near X', 'the patrol that [fired]'
OWNER_DEPS = ("poss",)  # 'the patrol's commander'
PART_PREPS = ("of",)  # 'members of the patrol'


def _participant(tok: Any) -> Any:
    """The noun that takes part in an act for a patrol noun: the craft it names ('a [patrol]
    boat'), the person it owns ('the patrol's commander') or that it is part of ('members of
    the patrol'), else the noun itself."""
    while tok.dep_ == "compound" and tok.head.i != tok.i and tok.head.pos_ in NOUN_POS:
        tok = tok.head
    if tok.dep_ in OWNER_DEPS and tok.head.pos_ in NOUN_POS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in PART_PREPS and tok.head.head.pos_ in NOUN_POS:
        return tok.head.head
    return tok


def _acts_of(tok: Any) -> list[Any]:
    """The tokens whose act ``tok`` is a party of: the verb it is the subject or object of
    (and the verbs coordinated with it that share its subject), the verb it is the by-agent
    of, the noun or verb it is a prepositional object of, the participle or relative clause
    that modifies it."""
    acts = [c for c in tok.children if c.dep_ in CLAUSE_MODIFIER_DEPS]
    head = tok.head
    if head.i == tok.i:
        return acts
    if tok.dep_ in ROLE_DEPS:
        acts.append(head)
        if tok.dep_ != "dobj":
            acts.extend(v for v in head.conjuncts
                        if not any(c.dep_ in ROLE_DEPS[:2] for c in v.children))
    elif tok.dep_ == "pobj" and head.dep_ in AGENT_DEPS:
        acts.append(head.head)
    elif tok.dep_ == "pobj" and head.dep_ == "prep":
        acts.append(head.head)
    return acts


def party_patrol(trig: Trigger, triggers: list[Trigger],
                 typed: Callable[[Trigger], Trigger] = lambda t: t) -> bool:
    """Whether a nominal patrol trigger is a party of another act of the sentence (an attack,
    a seizure, a withdrawal) rather than a deployment of its own; ``typed`` gives a trigger
    as the sentence reads it ('came under fire' said of armed forces: an ASSAULT)."""
    if not trig.nominal or trig.token.lemma_.lower() not in PATROL_NOUNS:
        return False
    acts = {t.i for t in _acts_of(_participant(trig.token))}
    return any(typed(t).entry.type in PARTY_ACT_TYPES for t in triggers
               if t.token.i != trig.token.i and t.token.i in acts)
