"""Natural events: a cyclone that 'slammed into' a coast, firefighters who 'battled blazes',
'health warnings' or researchers who 'warn' about a disease are no PLOVER events.

PLOVER codes interactions between political actors. A candidate whose agent is a
natural hazard, whose hostile act is aimed at one, or which warns about one is
dropped; the hazards are package data (``data/natural_hazards.json``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.annotate.doccache import child_tokens, conjuncts, has_child, tokens_in
from eventwire.extract.triggers import military_craft, quantity_head

DATA_PACKAGE = "eventwire.data"
HAZARDS_FILE = "natural_hazards.json"
FIRE = "fire"
AGENT_DEPS = ("nsubj", "nsubjpass", "agent", "pobj")
OBJECT_DEPS = ("dobj", "pobj", "nsubjpass")
MODIFIER_DEPS = ("compound", "amod", "nmod")
CLAUSE_DEPS = ("ccomp",)
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """The hazard lists, read once."""
    path = resources.files(DATA_PACKAGE).joinpath(HAZARDS_FILE)
    return json.loads(path.read_text(encoding="utf-8"))


def _words(tok: Any) -> set[str]:
    """A noun's lemma and lower-cased form ('diabetes' is sometimes lemmatised 'diabete')."""
    return {tok.lemma_.lower(), tok.lower_}


def _lemmas(tok: Any) -> set[str]:
    """The words of a noun and its compound / adjective modifiers."""
    return _words(tok) | {c.lemma_.lower() for c in tok.children if c.dep_ in MODIFIER_DEPS}


def is_hazard(tok: Any) -> bool:
    """True for a noun naming a natural hazard ('the cyclone', 'Tropical Cyclone Jude',
    'bushfires', 'forest fires'; not 'Israeli fire')."""
    data = _data()
    lemmas = _lemmas(tok)
    if FIRE in _words(tok):
        return not lemmas.isdisjoint(data["fire_modifiers"])
    if tok.pos_ == "PROPN":  # a named storm: 'Cyclone Mara', later 'Mara' alone
        return not lemmas.isdisjoint(data["hazards"]) or tok.text in _hazard_names(tok.doc)
    return not _words(tok).isdisjoint(data["hazards"])


HAZARD_NAMES_KEY = "eventwire.hazard_names"


def _hazard_names(doc: Any) -> frozenset[str]:
    """The names the document gives hazards, so that a later bare 'struck by Mara' names the
    storm too: a name a hazard word is compounded with ('Cyclone Mara', 'Cyclones Mara and
    ...', 'Hurricane Helene') or that a copula calls one ('Talia is the third cyclone')."""
    names = doc.user_data.get(HAZARD_NAMES_KEY)
    if names is None:
        found = set()
        for t in tokens_in(doc[:], _hazard_forms(), "lower"):
            if not _hazard_word(t):
                continue
            if t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.text[:1].isupper():
                found.add(t.head.text)
            elif t.dep_ == "attr" and t.head.lemma_ == "be":
                found.update(c.text for c in t.head.children
                             if c.dep_ == "nsubj" and c.pos_ == "PROPN")
        names = frozenset(found)
        doc.user_data[HAZARD_NAMES_KEY] = names
    return names


@lru_cache(maxsize=1)
def _hazard_forms() -> frozenset[str]:
    """The lower-cased forms ``_hazard_word`` is true of: each hazard word and its plural."""
    hazards = _data()["hazards"]
    return frozenset({*hazards, *(h + "s" for h in hazards)})


def _hazard_word(tok: Any) -> bool:
    """A word naming a hazard, singular or plural ('cyclone', 'Cyclones')."""
    hazards = _data()["hazards"]
    low = tok.lower_
    return low in hazards or (low.endswith("s") and low[:-1] in hazards)


def _advisory(tok: Any) -> bool:
    """A nominal warning or threat about a hazard ('health warnings', 'the threat of the
    cyclone')."""
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in MODIFIER_DEPS}
    if not mods.isdisjoint(_data()["advisory_modifiers"]):
        return True
    return any(g.dep_ == "pobj" and is_hazard(g) for p in tok.children
               if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)


def _warned_hazard(tok: Any, extra: tuple[Any, ...]) -> bool:
    """A verb about a hazard: its clausal complement has one as subject ('warn that diabetes
    could affect millions'), or its object is an advisory ('health warnings were issued')."""
    if any(c.dep_ == "dobj" and is_hazard(c) for c in tok.children):
        return True
    if any(x.i != tok.i and _advisory(x) for x in extra):
        return True
    return any(s.dep_ in SUBJECT_DEPS and is_hazard(s) for c in tok.children
               if c.dep_ in CLAUSE_DEPS for s in c.children)


def natural_event(etype: str, trigger: Any, nominal: bool, source: list[Any],
                  target: list[Any], extra: tuple[Any, ...] = ()) -> bool:
    """True when the candidate is a natural event rather than an act of a political actor."""
    if any(is_hazard(t) for t in source) or \
            (not nominal and any(is_hazard(t) for t in shared_agent(trigger))):
        return True
    if etype not in _data()["hostile_types"]:
        return False
    if any(is_hazard(t) for t in target):
        return True
    return _advisory(trigger) if nominal else _warned_hazard(trigger, extra)


CAUSER_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")
SUPERLATIVE_TAGS = ("RBS", "JJS")
GROUP_WORDS = ("dozen", "hundred", "thousand", "group", "number", "band", "gang")
# a series stands for what it is a series of: 'a wave of drone attacks hit the city'
SERIES_WORDS = ("wave", "series", "string", "spate", "barrage", "flurry", "volley", "salvo")


def _causers(tok: Any) -> list[Any]:
    """The doer a verb names: its subject, or the 'by' agent of a passive (the noun a relative
    pronoun stands for), with their conjuncts; [] when it names none."""
    found = [c for c in tok.children if c.dep_ == "nsubj"]
    found += [g for c in tok.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if any(c.tag_ in ("WDT", "WP") for c in found) and tok.dep_ == "relcl":
        found = [tok.head]
    return [x for c in found for x in (c, *c.conjuncts)]


def _group_head(tok: Any) -> Any:
    """The noun a quantity or a series stands for: 'dozens [of] gunmen' → 'gunmen', 'a wave
    [of] drone attacks' → 'attacks'."""
    return quantity_head(tok, GROUP_WORDS + SERIES_WORDS)


def can_attack(tok: Any, is_party: Any, weapon: Any) -> bool:
    """True for a causer that can carry out an attack: a party or a person (``is_party``),
    armed-forces craft ('a patrol boat', 'navy ships'), a weapon or an attack (``weapon``: 'a roadside bomb', 'the air strike', 'the clashes'), or a
    noun a party or a weapon modifies ('Israeli fire', 'tank fire'). A bare 'fire' ('the
    fire', 'a fire at a factory') is a blaze."""
    tok = _group_head(tok)
    if is_party(tok) or military_craft(tok):
        return True  # 'a patrol boat opened fire': armed-forces craft fire as their crews do
    mods = [c for c in tok.children if c.dep_ in CAUSER_MODIFIER_DEPS]
    if any(((m.pos_ != "ADJ" or m.ent_type_) and is_party(m)) or weapon(m) for m in mods):
        return True
    if FIRE in _words(tok):
        return False
    if any(m.pos_ != "PROPN" and not _words(m).isdisjoint(_data()["hazards"]) for m in mods):
        return False  # 'a lightning strike', 'the storm surge': a hazard, not a weapon
    return weapon(tok)


def no_attacker(etype: str, trigger: Any, nominal: bool, is_party: Any, weapon: Any) -> bool:
    """True for a verbal attack whose doer is a thing that cannot attack ('collapsing walls
    injured nine people', 'the crash killed all on board', 'the fire killed six'): an accident,
    no PLOVER ASSAULT. A verb with no named doer, or with a party, a person or a weapon as its
    doer, stays. A participle graded by a superlative ('will be the hardest hit', 'the
    worst-hit areas') measures how much a place or people suffer, not an attack."""
    if nominal or etype not in _data()["causer_types"]:
        return False
    if trigger.tag_ == "VBN" and any(c.tag_ in SUPERLATIVE_TAGS and c.dep_ in ("advmod", "amod")
                                     for c in trigger.children):
        return True
    if after_accident(trigger) or in_accident(trigger):
        return True
    causers = [c for c in _causers(trigger) if c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    return bool(causers) and not any(can_attack(c, is_party, weapon) for c in causers)


def after_accident(trigger: Any) -> bool:
    """True for a participle telling what an accident did ('the helicopter crashed, killing
    all 12 on board', 'two trains collided near the city, killing 30'): an adjunct '-ing'
    verb without a subject of its own whose governing verb is an accident verb
    (``accident_verbs``), or which modifies the subject of one ('a truck overturned,
    killing five' parsed as modifiers of 'truck')."""
    while trigger.dep_ == "conj" and trigger.head.i != trigger.i:
        trigger = trigger.head  # 'killing 30 and injuring dozens'
    if trigger.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in trigger.children):
        return False
    verbs = _data()["accident_verbs"]
    head = trigger.head
    if trigger.dep_ == "acl":  # the noun is the subject of the accident verb, or the
        return (head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() in verbs) or any(
            c.dep_ == "acl" and c.i < trigger.i and c.lemma_.lower() in verbs
            for c in head.children)  # verb is parsed as a modifier of the noun too
    return trigger.dep_ == "advcl" and head.i != trigger.i and head.lemma_.lower() in verbs


ACCIDENT_PREPS = ("in",)


def in_accident(trigger: Any) -> bool:
    """True for a verb of killing or injuring set in an accident ('five people were killed in
    the crash', 'two soldiers were injured in a helicopter accident'): its 'in' phrase names an
    accident noun (``accident_nouns``), and it names no doer ('killed by gunmen in the
    crash' keeps its attack). 'Killed in the attack' or 'in the crash of the downed jet'
    with a doer elsewhere is no accident noun or names its doer."""
    if _causers(trigger):
        return False
    nouns = _data().get("accident_nouns", ())
    return any(p.dep_ == "prep" and p.lower_ in ACCIDENT_PREPS and
               any(g.dep_ == "pobj" and not _words(g).isdisjoint(nouns) for g in p.children)
               for p in trigger.children)


def violence_noun(tok: Any) -> bool:
    """A noun of organised violence that kills ('the violence', 'the war', 'the unrest')."""
    return not _words(tok).isdisjoint(_data()["violence_nouns"])


def person_noun(tok: Any) -> bool:
    """A noun of a person that the agent lists may lack ('a man', 'the crowd')."""
    return not _words(tok).isdisjoint(_data()["person_nouns"])


def shared_agent(trigger: Any) -> list[Any]:
    """The 'by' agent a coordinated passive shares ('houses were destroyed or submerged [by]
    floods'): the agent of a conjunct verb when the trigger has none of its own."""
    if has_child(trigger, "agent"):
        return []
    return [g for v in conjuncts(trigger) for c in child_tokens(v, ("agent",))
            for g in child_tokens(c, ("pobj",))]


def scene_of_attack(etype: str, trigger: Any, nominal: bool) -> bool:
    """True for an attack noun that names the place of an attack told before ('the scene of
    the attack is hard to reach', 'reporters at the site of the bombing'): the object of 'of'
    after a scene noun (``scene_nouns``) is a reference, no new ASSAULT."""
    if not nominal or etype not in _data()["causer_types"] or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    return prep.lower_ == "of" and prep.dep_ == "prep" and \
        prep.head.lemma_.lower() in _data()["scene_nouns"]


def _no_party_cause(tok: Any, etype: str, is_party: Any, weapon: Any) -> bool:
    """True for a causer that is no party: an abstract cause (``causes``: 'the scandal',
    'inflation', 'the economic crisis') or, in a hostile act, a bare fire ('the fire', 'a
    fire at the market'). A party, a person or a weapon modifying it ('Israeli fire', 'the
    government's pressure', 'tank fire') makes it the party's act."""
    tok = _group_head(tok)
    if tok.pos_ != "NOUN" or is_party(tok):
        return False
    mods = [c for c in tok.children if c.dep_ in CAUSER_MODIFIER_DEPS]
    if any(((m.pos_ != "ADJ" or m.ent_type_) and is_party(m)) or weapon(m) for m in mods):
        return False
    if not _words(tok).isdisjoint(_data().get("causes", ())):
        return True
    return etype in _data()["hostile_types"] and FIRE in _words(tok)


def no_party_causer(etype: str, trigger: Any, nominal: bool, is_party: Any,
                    weapon: Any) -> bool:
    """True for a verb whose every doer (subject or 'by' agent) is no party: an abstract
    cause or a bare fire ('the scandal rocked the cabinet', 'the fire destroyed 200 homes',
    'homes were destroyed by the fire'). PLOVER events are acts of parties."""
    if nominal:
        return False
    causers = [c for c in _causers(trigger) if c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    return bool(causers) and all(_no_party_cause(c, etype, is_party, weapon) for c in causers)


GENERIC_BLOCKERS = ("det", "poss", "compound", "amod", "nummod", "prep", "acl", "relcl", "nmod",
                    "appos", "conj")
NEGATIONS = ("not", "n't", "never", "cannot")


def _negated(verb: Any) -> bool:
    """True for a verb negated by one of its own children ('will not change', 'cannot win')."""
    return any((c.dep_ == "neg" or c.lower_ in NEGATIONS) and c.dep_ in ("neg", "aux", "advmod")
               for c in verb.children)


def generic_means(etype: str, trigger: Any, nominal: bool) -> bool:
    """True for a bare plural act noun that is the subject of a negated verb of effect ('sanctions
    alone will not change their behavior', 'airstrikes cannot win this war', 'threats will not
    work', 'protests will never bring down the government'): a judgement about a kind of
    means, no act of anyone. An act with a determiner, an owner, a modifier or a phrase of its
    own ('the sanctions', 'US sanctions', 'sanctions on X'), or a verb that tells the act's own
    course ('talks will not resume'), stays."""
    if not nominal or trigger.dep_ != "nsubj" or trigger.tag_ != "NNS":
        return False
    if any(c.dep_ in GENERIC_BLOCKERS for c in trigger.children):
        return False
    verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX") or not _negated(verb):
        return False
    lemma = verb.lemma_.lower()
    effects = _data().get("effect_verbs", ())
    return lemma in effects and (has_child(verb, "dobj") or has_child(verb, "prt")) or \
        lemma in _data().get("effect_verbs_alone", ())


RESIGN_MODE = "resign"
CAUSING_VERBS = ("force", "compel", "prompt", "push", "lead", "drive", "oblige", "cause")


def caused_resignation(etype: str, trigger: Any, nominal: bool, is_party: Any,
                       weapon: Any) -> bool:
    """True for a resignation an abstract cause brings about ('the scandal forced the minister
    to resign', 'the crisis prompted the prime minister to step down', 'mounting pressure led
    the president to resign'): PLOVER's yielding in leadership is to a party's demand; with no
    party demanding it, no event. 'Protesters forced the minister to resign' and 'pressure
    from the opposition forced …' stay."""
    if nominal or trigger.dep_ != "xcomp" or trigger.head.lemma_.lower() not in CAUSING_VERBS:
        return False
    causers = [c for c in _causers(trigger.head) if c.pos_ in ("NOUN", "PROPN", "PRON")]
    return bool(causers) and all(
        _no_party_cause(c, etype, is_party, weapon) and
        not any(p.dep_ == "prep" for p in c.children) for c in causers)
