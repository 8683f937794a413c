"""The attribution cue lexicon (package data ``data/cues.json``), loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CUES_FILE = DATA_DIR / "cues.json"


@dataclass(frozen=True)
class Cues:
    """Cue lemmas by the way they attach their content."""

    clause_verbs: frozenset[str]
    object_verbs: frozenset[str]
    prep_verbs: dict[str, frozenset[str]]
    relay_verbs: frozenset[str]
    relay_nouns: frozenset[str]
    nominal_cues: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    intro_verbs: frozenset[str]
    source_nouns: frozenset[str] = field(default_factory=frozenset)
    xcomp_verbs: frozenset[str] = field(default_factory=frozenset)
    evidential_verbs: frozenset[str] = field(default_factory=frozenset)
    adjective_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    lemma_aliases: dict[str, str] = field(default_factory=dict)

    def is_verb_cue(self, lemma: str) -> bool:
        """True when ``lemma`` is any kind of verbal cue."""
        return (lemma in self.clause_verbs or lemma in self.object_verbs
                or lemma in self.prep_verbs or lemma in self.xcomp_verbs
                or lemma in self.evidential_verbs)

    def lemma(self, tok: Any) -> str:
        """The token's lower-case lemma, with known lemmatizer slips repaired ("hoped" -> "hope")."""
        return self.lemma_aliases.get(tok.lower_, tok.lemma_.lower())


def _from_dict(data: dict) -> Cues:
    """Build a Cues from the JSON mapping."""
    low = lambda xs: frozenset(x.lower() for x in xs)  # noqa: E731
    return Cues(
        clause_verbs=low(data.get("clause_verbs", [])),
        object_verbs=low(data.get("object_verbs", [])),
        prep_verbs={k.lower(): low(v) for k, v in data.get("prep_verbs", {}).items()},
        relay_verbs=low(data.get("relay_verbs", [])),
        relay_nouns=low(data.get("relay_nouns", [])),
        nominal_cues=low(data.get("nominal_cues", [])),
        source_phrases=tuple(tuple(w.lower() for w in p) for p in data.get("source_phrases", [])),
        intro_verbs=low(data.get("intro_verbs_without_clause", [])),
        source_nouns=low(data.get("source_nouns", [])),
        xcomp_verbs=low(data.get("xcomp_verbs", [])),
        evidential_verbs=low(data.get("evidential_verbs", [])),
        adjective_cues={k.lower(): low(v) for k, v in data.get("adjective_cues", {}).items()},
        lemma_aliases={k.lower(): v.lower() for k, v in data.get("lemma_aliases", {}).items()},
    )


def _merge(base: dict, extra: dict) -> dict:
    """Union ``extra`` into ``base`` (lists extended, mappings merged)."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, list):
            out[key] = list(out.get(key, [])) + value
        elif isinstance(value, dict):
            merged = dict(out.get(key, {}))
            for k, v in value.items():
                merged[k] = v if isinstance(v, str) else list(merged.get(k, [])) + list(v)
            out[key] = merged
    return out


@lru_cache(maxsize=8)
def load_cues(extra_path: str | None = None) -> Cues:
    """The package cue lexicon, optionally extended by a user JSON file of the same shape."""
    data = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    if extra_path:
        data = _merge(data, json.loads(Path(extra_path).read_text(encoding="utf-8")))
    return _from_dict(data)
