"""PLOVER modes of an event from its lexicon entry and the cue words around the trigger."""

from __future__ import annotations

from typing import Any

from eventwire.annotate.doccache import children, column
from eventwire.extract.arguments import Arguments
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.triggers import Trigger

MODE_CUE_DEPS = ("compound", "amod", "nmod", "npadvmod", "prep", "pobj", "dobj", "agent", "nsubj")
# modes that name what the act is, whatever weapon its doers carry: 'gunmen [kidnapped] 30'
# is an abduction, not a shooting
DEFINING_MODES = ("abduct", "sexual", "assassinate")
ASSASSINATE = "assassinate"
# killing verbs and nouns whose single victim, named by office or rank, makes the attack an
# assassination ('killed the deputy chief of ...', 'gunmen shot dead the mayor', 'the
# killing of a provincial governor'), whatever the weapon
KILLING_LEMMAS = frozenset({"kill", "killing", "murder", "slay", "shoot", "gun", "stab"})
OFFICE_TITLES = frozenset({
    "leader", "chief", "commander", "head", "minister", "president", "premier", "governor",
    "mayor", "official", "general", "colonel", "lawmaker", "legislator", "senator", "judge",
    "prosecutor", "cleric", "imam", "ambassador", "envoy", "diplomat", "spokesman",
    "spokesperson", "chairman", "ruler", "king", "prince", "emir", "candidate", "politician",
    "founder", "mastermind", "deputy", "boss", "kingpin", "warlord"})
PLURAL_TAGS = ("NNS", "NNPS")
TITLE_DEPS = ("compound", "appos")
VICTIM_DEPS = ("dobj", "nsubjpass")
INSTRUMENT_PREPS = ("by", "with", "via", "over", "using", "through")
PAIR_DEPS = ("compound", "amod")  # the modifier of a two-word cue ('[tear] gas', '[rubber] bullets')
SKY_NOUNS = frozenset({"air", "sky", "skies"})  # 'fired warning shots into the air': a direction
SKYWARD_PREPS = frozenset({"into", "in", "toward", "towards", "at"})


def mode_words(trig: Trigger, embedded: list[Trigger], args: Arguments) -> set[str]:
    """Lemmas that can signal a mode: modifiers of the trigger phrase and of embedded
    triggers, instruments ('by phone', 'with machetes'), the light verb and the source."""
    words: set[str] = set()
    doc = trig.token.doc
    kids, deps, lower, lemmas = children(doc), column(doc, "dep"), column(doc, "lower"), \
        column(doc, "lemma")
    for t in (trig.token, *trig.extra, *(e.token for e in embedded)):
        if t != trig.token or not trig.entry.mode:
            words.add(t.lemma_.lower())
            words.update(_pairs(t.i, kids, deps, lemmas))
        for j in kids[t.i]:
            if deps[j] == "prep" and lower[j] not in INSTRUMENT_PREPS:
                continue
            if deps[j] == "pobj" and lemmas[j] in SKY_NOUNS and lower[t.i] in SKYWARD_PREPS:
                continue  # shots fired into the air are no air strike
            if deps[j] in MODE_CUE_DEPS:
                words.add(lemmas[j])
                words.update(lemmas[g] for g in kids[j] if deps[g] in ("pobj", "compound"))
                words.update(_pairs(j, kids, deps, lemmas))
    if args.support is not None:
        words.add(args.support.lemma_.lower())
    for s in args.source:
        words.update(t.lemma_.lower() for t in s.subtree)
    return words


def _pairs(i: int, kids: Any, deps: Any, lemmas: Any) -> set[str]:
    """Two-word cues a noun makes with its modifiers ('tear gas', 'water cannon', 'rubber
    bullets'): weapons whose head word alone names another ('cannon', 'bullet')."""
    return {f"{lemmas[g]} {lemmas[i]}" for g in kids[i] if deps[g] in PAIR_DEPS}


def event_mode(lex: Lexicon, trig: Trigger, embedded: list[Trigger], args: Arguments) -> str | None:
    """The PLOVER mode: a conditional entry's, else a cue's, else the entry's default."""
    etype = trig.entry.type
    cues = lex.modes.get(etype, {})
    for mode in DEFINING_MODES:  # 'sexually abused': the manner names what the act is
        if any(c.dep_ == "advmod" and c.lemma_.lower() in cues.get(mode, ())
               for c in trig.token.children):
            return f"{etype}/{mode}"
    if trig.entry.mode and (trig.entry.conditional or trig.entry.mode in DEFINING_MODES):
        return f"{etype}/{trig.entry.mode}"
    if etype == "ASSAULT" and targeted_killing(trig, args):
        return f"{etype}/{ASSASSINATE}"
    own = [e for e in embedded if e.entry.type == etype and e.entry.mode]
    defining = [e for e in own if e.entry.conditional or e.entry.mode in DEFINING_MODES]
    if defining:
        return f"{etype}/{defining[0].entry.mode}"
    words = mode_words(trig, embedded, args)
    for mode, cues in lex.modes.get(etype, {}).items():
        if words & set(cues):
            return f"{etype}/{mode}"
    if own:  # an embedded noun's default mode yields to the cues around it: 'staged mass
        return f"{etype}/{own[0].entry.mode}"  # demonstrations' is an organised demonstration
    return f"{etype}/{trig.entry.mode}" if trig.entry.mode else None


def _victims(tok: Any) -> list[Any]:
    """The syntactic victims of a killing: the verb's object or passive subject ('killed
    the chief', 'the mayor was shot'), the noun's 'of' object ('the killing of the governor')."""
    out = [c for c in tok.children if c.dep_ in VICTIM_DEPS]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def targeted_killing(trig: Trigger, args: Arguments) -> bool:
    """A killing of one victim named by office or rank ('killed the deputy chief', 'shot
    dead the provincial governor', 'killed commander X'): PLOVER's assassinate mode."""
    if trig.token.lemma_.lower() not in KILLING_LEMMAS:
        return False
    victims = _victims(trig.token)
    if len(victims) != 1:
        return False
    victim = victims[0]
    if victim.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in victim.children) or \
            any(c.dep_ == "nummod" for c in victim.children):
        return False
    return victim.lemma_.lower() in OFFICE_TITLES or any(
        c.dep_ in TITLE_DEPS and c.lemma_.lower() in OFFICE_TITLES for c in victim.children)
