"""PLOVER modes of threats from the act threatened.

A THREATEN's mode is the kind of act it warns of: 'threatened to shell the towns' is
``violence``, 'threatened to impose a curfew' ``curfew``, 'threatened to cut diplomatic ties'
``relations``, 'threatened a general strike' ``restrict`` (CAMEO2PLOVER's 13x codes; the table
and cue words are in ``plover_modes.json`` under ``threatened``). The act is the threat's
folded action (``intent_of``) or embedded trigger; when the complement names no act the lexicon
knows, cue words of the complement decide ('threatened to resume terrorist activities').

Runs after the sentence's events are scored and reduced, so a threat's confidence and which
mentions merge are those of a threat without a mode.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from eventwire.extract.lexicon import MODES_FILE, Lexicon, _read_package_json
from eventwire.model import EventMention

THREATEN = "THREATEN"
# dependents of a threat's trigger that hold what it warns of: 'threatened [to shell]',
# 'threatened [retaliation]', 'warned [that it would strike]', 'a threat [of war]'
COMPLEMENT_DEPS = ("xcomp", "ccomp", "dobj", "acl", "advcl")
COMPLEMENT_PREPS = ("with", "of")
MODE_FROM = "threatened act"


@cache
def threat_table() -> dict[str, Any]:
    """The ``threatened`` section of the package's mode file (acts, cues, ultimatum)."""
    return _read_package_json(MODES_FILE).get("threatened", {})


def _mode_name(mode: str | None) -> str | None:
    """'COERCE/curfew' or 'curfew' → 'curfew'."""
    return mode.split("/", 1)[1] if mode and "/" in mode else mode


def _lemmas(doc: Any, start: int, end: int, deps: tuple[str, ...] | None = None) -> set[str]:
    """Lemmas of the tokens of a character span and their direct modifiers (with ``deps``,
    the subtrees of the head's dependents of those relations instead)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    out: set[str] = set()
    for tok in span:
        if deps is None:
            out.add(tok.lemma_.lower())
            out.update(c.lemma_.lower() for c in tok.children)
            continue
        for c in tok.children:
            if c.dep_ in deps or (c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS):
                out.update(t.lemma_.lower() for t in c.subtree)
    return out


def _act_mode(act: dict[str, Any], doc: Any, lex: Lexicon) -> str | None:
    """The act's own mode: its recorded one, else the first mode whose cue words its
    trigger phrase holds ('cut diplomatic [ties]' → relations)."""
    mode = _mode_name(act.get("mode"))
    if mode or doc is None:
        return mode
    trig = act.get("trigger") or {}
    if "start" not in trig:
        return None
    words = _lemmas(doc, trig["start"], trig["end"])
    for name, cues in lex.modes.get(act.get("type") or "", {}).items():
        if words & set(cues):
            return name
    return None


def threat_mode(ev: EventMention, doc: Any, lex: Lexicon) -> str | None:
    """The mode of a THREATEN from its trigger, its threatened acts or its complement's
    cue words (None when nothing tells)."""
    table = threat_table()
    acts_table: dict[str, str] = table.get("acts", {})
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand") \
        if doc is not None else None
    if span is not None and {t.lemma_.lower() for t in span} & set(table.get("ultimatum", [])):
        return "relations"  # CAMEO 139 give ultimatum: what it demands is not what it threatens
    acts = [a for a in (ev.attributes.get("intent_of"), *ev.attributes.get("embedded", []))
            if isinstance(a, dict) and a.get("type")]
    modes = [(a["type"], _act_mode(a, doc, lex)) for a in acts]
    for etype, mode in modes:  # an act's mode first: 'hold a [general] strike'
        if mode and f"{etype}/{mode}" in acts_table:
            return acts_table[f"{etype}/{mode}"]
    for etype, _ in modes:
        if etype in acts_table:
            return acts_table[etype]
    if doc is None:
        return None
    words = _lemmas(doc, ev.trigger.start, ev.trigger.end, deps=COMPLEMENT_DEPS)
    for name, cues in table.get("cues", {}).items():
        if words & set(cues):
            return name
    return None


def threat_modes(events: list[EventMention], doc: Any, lex: Lexicon) -> None:
    """Give each THREATEN without a mode the mode of the act it warns of
    (``attributes.mode_from = "threatened act"``)."""
    for ev in events:
        if ev.type != THREATEN or ev.mode is not None:
            continue
        mode = threat_mode(ev, doc, lex)
        if mode:
            ev.mode = f"{THREATEN}/{mode}"
            ev.attributes["mode_from"] = MODE_FROM
