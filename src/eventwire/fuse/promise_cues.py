"""Cue phrases that judge a promise from a later report: 'held', 'did not happen'.

Read once from ``plover_commitments.json`` (``held_cues``, ``unfulfilled_cues``, ``pending_cues``,
``extension_cues``, ``scheduled_cues``; documented in EVENTS.md) with the groups of words that name one promised
content (``content_synonyms``: "truce" and "ceasefire").
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

DATA_PACKAGE = "eventwire.data"
FILE = "plover_commitments.json"


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, frozenset[str]]:
    """``{"held", "unfulfilled", "pending", "extension", "scheduled"}``: lower-cased cue
    phrases. 'Pending' cues ('yet to', 'still in') say something has not happened so far:
    they break a promise only once its deadline has passed; 'extension' cues ('extended',
    'remain in effect until') move its deadline; 'scheduled' cues ('is due to', 'is set
    to') say it is yet to happen: such a sentence keeps nothing."""
    data = json.loads(resources.files(DATA_PACKAGE).joinpath(FILE).read_text(encoding="utf-8"))
    return {key: frozenset(w.lower() for w in data.get(key + "_cues", []))
            for key in ("held", "unfulfilled", "pending", "extension", "scheduled")}


@lru_cache(maxsize=1)
def content_synonyms() -> dict[str, frozenset[str]]:
    """Word -> the words that name the same promised content ('truce' -> 'ceasefire')."""
    data = json.loads(resources.files(DATA_PACKAGE).joinpath(FILE).read_text(encoding="utf-8"))
    out: dict[str, frozenset[str]] = {}
    for group in data.get("content_synonyms", []):
        words = frozenset(w.lower() for w in group)
        for w in words:
            out[w] = out.get(w, frozenset()) | words
    return out
