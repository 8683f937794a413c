"""PLOVER modes of an event from its lexicon entry and the cue words around the trigger."""

from __future__ import annotations

from eventwire.annotate.doccache import children, column
from eventwire.extract.arguments import Arguments
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.triggers import Trigger

MODE_CUE_DEPS = ("compound", "amod", "nmod", "npadvmod", "prep", "pobj", "dobj", "agent", "nsubj")
# modes that name what the act is, whatever weapon its doers carry: 'gunmen [kidnapped] 30'
# is an abduction, not a shooting
DEFINING_MODES = ("abduct", "sexual", "assassinate")
INSTRUMENT_PREPS = ("by", "with", "via", "over", "using", "through")


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
        for j in kids[t.i]:
            if deps[j] == "prep" and lower[j] not in INSTRUMENT_PREPS:
                continue
            if deps[j] in MODE_CUE_DEPS:
                words.add(lemmas[j])
                words.update(lemmas[g] for g in kids[j] if deps[g] in ("pobj", "compound"))
    if args.support is not None:
        words.add(args.support.lemma_.lower())
    for s in args.source:
        words.update(t.lemma_.lower() for t in s.subtree)
    return words


def event_mode(lex: Lexicon, trig: Trigger, embedded: list[Trigger], args: Arguments) -> str | None:
    """The PLOVER mode: a conditional entry's, else a cue's, else the entry's default."""
    etype = trig.entry.type
    if trig.entry.mode and (trig.entry.conditional or trig.entry.mode in DEFINING_MODES):
        return f"{etype}/{trig.entry.mode}"
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
