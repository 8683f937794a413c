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
    if tok.pos_ == "PROPN":  # a named storm: 'Cyclone Jude'
        return not lemmas.isdisjoint(data["hazards"])
    return not _words(tok).isdisjoint(data["hazards"])


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
    if any(is_hazard(t) for t in source):
        return True
    if etype not in _data()["hostile_types"]:
        return False
    if any(is_hazard(t) for t in target):
        return True
    return _advisory(trigger) if nominal else _warned_hazard(trigger, extra)
