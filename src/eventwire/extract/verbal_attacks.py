"""A verb of attack used for criticism: "attacked the plan", "hit out at the ruling".

News uses the verbs of physical attack for words as often as for force: a minister
*attacks* a decision, a party *hits* a proposal, a leader *sharply attacks* a rival, a
newspaper *blasts* a government *for failing* to act. PETRARCH2's CAMEO verb dictionary
codes these phrases as criticism (CAMEO 111, PLOVER ACCUSE), not as an assault: its
``ATTACK`` and ``BLAST`` blocks list the objects, manners and reasons that make the verb
verbal. ``scripts/build_cameo_lexicon.py`` writes them under ``verbal_attack`` in
``plover_cameo.json``; a curated ASSAULT verb of those entries reads as ACCUSE
(``disapprove``) when

- every direct object (the subject of a passive) is one of the dictionary's ``objects``
  and names no party ('attacked the government's *decision*', 'the *plan* was attacked'),
  or
- a "for" phrase gives one of its ``reasons`` ('attacked the army *for failing* to ...'),
  or an "over" phrase one of its objects ('attacked the president *over* his *policy*'), or
- a manner adverb says it is speech ('*sharply* attacked', '*verbally* attacked'; with the
  verbs of the block that gives the adverb).

A verb with a physical object stays an ASSAULT ('attacked a convoy', 'targeted a depot').
"""

from __future__ import annotations

from typing import Any

from eventwire.extract.lexicon import Entry

ATTACK_TYPE = "ASSAULT"
SAID_TYPE, SAID_MODE, SAID_CAMEO = "ACCUSE", "disapprove", "111"
PARTY_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
OBJECT_DEPS = ("dobj",)
PASSIVE_DEPS = ("nsubjpass",)


def _objects(verb: Any) -> list[Any]:
    """The verb's direct objects (the subjects of a passive) with their conjuncts."""
    deps = PASSIVE_DEPS if any(c.dep_ == "auxpass" for c in verb.children) else OBJECT_DEPS
    out = [c for c in verb.children if c.dep_ in deps]
    for o in list(out):
        out.extend(o.conjuncts)
    return out


def said_object(verb: Any, words: dict[str, frozenset[str]]) -> bool:
    """True when every object of ``verb`` is a thing said or decided ('the plan')."""
    objs = _objects(verb)
    return bool(objs) and all(o.lemma_.lower() in words.get("objects", ()) and
                              o.ent_type_ not in PARTY_ENTS and o.pos_ == "NOUN" for o in objs)


def said_reason(verb: Any, words: dict[str, frozenset[str]]) -> bool:
    """True for a "for" phrase with one of the dictionary's reasons ('for failing to'), or an
    "over" phrase whose object is one of its objects ('attacked the president over his
    policy', as 'CLASH * (OVER PLAN)', 'CLASH * (OVER EFFORTS)')."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for g in c.children:
            if c.lower_ == "for" and g.dep_ in ("pcomp", "pobj") and \
                    g.lower_ in words.get("reasons", ()):
                return True
            if c.lower_ == "over" and g.dep_ == "pobj" and g.pos_ == "NOUN" and \
                    g.ent_type_ not in PARTY_ENTS and g.lemma_.lower() in words.get("objects", ()):
                return True
    return False


def said_manner(verb: Any, lemma: str, words: dict[str, frozenset[str]]) -> bool:
    """True for a manner adverb of speech on a verb of the block that gives it."""
    return lemma in words.get("manner_verbs", ()) and any(
        c.dep_ == "advmod" and c.lower_ in words.get("manners", ()) for c in verb.children)


def criticism_entry(entry: Entry, verb: Any, words: dict[str, frozenset[str]]) -> Entry | None:
    """The ACCUSE entry a curated ASSAULT verb is read by when it criticizes (see the
    module docstring), or None when it stays an attack."""
    if entry.type != ATTACK_TYPE or entry.pos != "verb" or entry.conditional or \
            entry.lemma not in words.get("verbs", ()):
        return None
    if said_object(verb, words) or said_reason(verb, words) or \
            said_manner(verb, entry.lemma, words):
        return Entry(lemma=entry.lemma, pos="verb", type=SAID_TYPE, mode=SAID_MODE,
                     origin=entry.origin, cameo=SAID_CAMEO)
    return None
