"""Whether a vague noun of harm tells one particular occurrence.

Some nouns name a kind of act as often as one act: 'violence' is a particular attack in
"violence in Varo on Saturday killed four people" or "violence erupted in the capital", and no
attack in "violence is never the answer", "the police were unprepared for the violence" or
"fear of further violence". A lexicon entry lists such lemmas under ``needs_particular``; the
noun is an event only when it names a party (its source or target, checked by the caller) or
when ``particular_occurrence`` finds what ties it to one time and place: a place or a time
phrase on the noun (or on the noun it is 'of' or 'in': "a night of violence in Varo", "a surge
in violence"), a possessive or compound place or day ("Saturday's violence"), a relative clause
on either with such a phrase, a counted toll, a verb of happening or a place as its object ("the
violence that erupted in Varo on Saturday", "violence that killed 30 people", "the violence that
is taking place", "violence that has pushed Varo to the brink"), or, for the noun as a subject,
a verb of happening ("violence broke out"), a place or time phrase on its verb ("violence
erupted in Varo") or a counted toll in the verb's object ("violence left 12 people dead",
"claimed 30 lives"). A copula's subject is never tied by its verb ("violence was
rare in Varo" describes, it does not report), nor is a simple present with no auxiliary, which
tells a habit ("the gang violence that plagues Varo", "violence often erupts in Varo").
"""

from __future__ import annotations

from typing import Any

PLACE_TIME_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
SETTING_PREPS = frozenset({"in", "at", "on", "across", "near", "outside", "around", "throughout",
                           "during", "along", "inside"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
TOLL_DEPS = ("dobj", "oprd", "ccomp", "xcomp", "attr")
COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
HAPPENING_VERBS = frozenset({"occur", "happen", "erupt", "rage", "flare", "escalate", "unfold",
                             "grip", "engulf", "sweep", "rock", "spread", "reignite", "resume"})
NOUN_PREPS = ("of", "in")  # 'a night of violence', 'a surge in violence'
COPULAS = frozenset({"be", "seem", "remain", "become", "appear"})


def _placed_or_timed(tok: Any) -> bool:
    """A place or time entity in the token's subtree."""
    return any(t.ent_type_ in PLACE_TIME_ENTS for t in tok.subtree)


def _setting(head: Any, skip: Any = None) -> bool:
    """A setting phrase among the head's children: a place or time preposition phrase, a
    possessive or compound place or day, or a bare time ('erupted Saturday')."""
    for c in head.children:
        if skip is not None and c.i == skip.i:
            continue
        if c.dep_ == "prep" and c.lower_ in SETTING_PREPS and _placed_or_timed(c):
            return True
        if c.dep_ in ("poss", "compound", "npadvmod", "nmod") and c.ent_type_ in PLACE_TIME_ENTS:
            return True
    return False


def _counted_toll(verb: Any, skip: Any = None) -> bool:
    """A number in the verb's object or complement ('left 12 people dead', 'killed four',
    'claimed dozens of lives')."""
    for c in verb.children:
        if (skip is not None and c.i == skip.i) or c.dep_ not in TOLL_DEPS:
            continue
        if any(t.like_num or t.lower_ in COUNT_WORDS for t in c.subtree):
            return True
    return False


def _happening(verb: Any) -> bool:
    """A verb that tells an occurrence going on or breaking out ('erupted', 'has raged', 'is
    taking place', 'broke out')."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in verb.children)
    if lemma == "break":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return lemma in HAPPENING_VERBS


def _names_a_place(verb: Any) -> bool:
    """A place or country in the verb's object ('violence that has pushed Varo to the brink')."""
    return any(c.dep_ == "dobj" and any(t.ent_type_ in PLACE_ENTS for t in c.subtree)
               for c in verb.children)


def _told_in_clause(noun: Any) -> bool:
    """A relative clause on the noun ties it: 'the violence that erupted in Varo on Saturday',
    'violence that killed 30 people', 'the violence that is taking place', 'violence that has
    pushed Varo to the brink' (not 'the violence that we use')."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() not in COPULAS and not _habitual(c) and
               (_setting(c) or _counted_toll(c) or _happening(c) or _names_a_place(c))
               for c in noun.children)


def _habitual(verb: Any) -> bool:
    """A simple present with no auxiliary tells a habit or a state ('the gang violence that
    plagues Varo', 'violence that spreads in cities'), not one occurrence."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass")
                                                    for c in verb.children)


def particular_occurrence(tok: Any) -> bool:
    """True when the noun is tied to one time and place (see the module docstring)."""
    if _setting(tok) or _told_in_clause(tok):
        return True
    head = tok
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in NOUN_PREPS and \
            tok.head.head.pos_ in ("NOUN", "PROPN"):  # 'a night of violence in Varo'
        head = tok.head.head
        if _setting(head, skip=tok.head) or _told_in_clause(head):
            return True
    if head.dep_ not in SUBJECT_DEPS:
        return False
    verb = head.head
    if verb.lemma_.lower() in COPULAS:
        return False
    if _habitual(verb):  # 'violence often erupts in Varo at election time'
        return False
    return _setting(verb, skip=head) or _counted_toll(verb, head) or _happening(verb)


# How often a kind of act happens, said of the act noun by a copula: 'protests are common in
# the capital', 'such attacks are rare', 'clashes have become routine', 'kidnappings remain a
# frequent occurrence'. The noun names the kind, not one occurrence.
FREQUENCY_ADJECTIVES = frozenset({"common", "commonplace", "rare", "frequent", "infrequent",
                                  "uncommon", "routine", "usual", "unusual", "typical",
                                  "atypical", "regular", "everyday", "customary"})
KIND_DETERMINERS = frozenset({"such"})
OCCURRENCE_NOUNS = frozenset({"occurrence", "sight", "feature", "practice", "phenomenon",
                              "event", "thing", "part"})


def told_as_common(noun: Any) -> bool:
    """True for an event noun that is the subject of a copula saying how common such acts are
    ('attacks are rare in the north', 'protests have become a common sight'); 'the protest was
    peaceful', 'the attack was unusual' or 'the strikes were rare in their scale' (acts
    pointed at, judged) keep their event: only a noun with no determiner but 'such' names the
    kind."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in COPULAS or verb.i == noun.i:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in KIND_DETERMINERS)
           for c in noun.children):
        return False
    for c in verb.children:
        if c.dep_ == "acomp" and c.lemma_.lower() in FREQUENCY_ADJECTIVES:
            return True
        if c.dep_ == "attr" and c.lemma_.lower() in OCCURRENCE_NOUNS and any(
                a.dep_ == "amod" and a.lemma_.lower() in FREQUENCY_ADJECTIVES
                for a in c.children):
            return True
    return False
