"""Per-article lookups the event extractor needs: entities, times and actors by token."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from eventwire.annotate.doccache import doc_ents, token_starts
from eventwire.extract.lexicon import Lexicon
from eventwire.model import ActorRef, Block, Entity, Extraction, Span

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
PLACE_LABELS = ("GPE", "LOC", "FAC")


@dataclass
class EventContext:
    """The article being processed with token-indexed entities and times."""

    ex: Extraction
    lexicon: Lexicon
    registry: Any = None
    by_char: dict[int, list[Entity]] = field(default_factory=dict)  # token starts, widest first
    blocks: list[Block] = field(default_factory=list)
    all_events: bool = False  # keep CAMEO-only candidates the model does not confirm
    turns: list[Any] | None = None  # interview turns (extract/interview.py), found on first use
    links: dict[tuple[str, str | None], ActorRef | None] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, ex: Extraction, lexicon: Lexicon, registry: Any) -> EventContext:
        """Index the article's entities by character offset (so any re-parse can use them)."""
        ctx = cls(ex=ex, lexicon=lexicon, registry=registry)
        starts = token_starts(ex.doc) if ex.doc is not None else None
        for ent in sorted(_entities(ex), key=lambda e: e.start - e.end):
            for i in _offsets(starts, ent.start, ent.end):
                ctx.by_char.setdefault(i, []).append(ent)
        ctx.blocks = list(ex.article.blocks) or _derived_blocks(ex.article.text)
        return ctx

    def _covering(self, tok: Any) -> list[Entity]:
        """Entities covering a token, widest first (a re-parsed headline uses its own NER)."""
        if tok.doc is self.ex.doc:
            return self.by_char.get(tok.idx, [])
        date = self.ex.article.published
        return [Entity(e.start_char, e.end_char, e.text, e.label_, self.link(e.text, date))
                for e in doc_ents(tok.doc) if e.start <= tok.i < e.end and e.label_ in ACTOR_LABELS]

    def entity(self, tok: Any) -> Entity | None:
        """The widest entity covering a token."""
        ents = self._covering(tok)
        return ents[0] if ents else None

    def smallest_entity(self, tok: Any) -> Entity | None:
        """The narrowest actor entity covering a token."""
        ents = [e for e in self._covering(tok) if e.label in ACTOR_LABELS]
        return ents[-1] if ents else None

    @property
    def text(self) -> str:
        """The article text all offsets index."""
        return self.ex.article.text

    def span(self, start: int, end: int) -> Span:
        """A Span of the article text."""
        return Span.of(self.text, start, end)

    def link(self, text: str, date: str | None) -> ActorRef | None:
        """The actor the registry links ``text`` to on ``date`` (None when unknown); asked
        once per text and date in an article (the registry does not change meanwhile)."""
        key = (text, date)
        if key not in self.links:
            self.links[key] = self._link(text, date)
        return self.links[key]

    def _link(self, text: str, date: str | None) -> ActorRef | None:
        """``link`` without the memo."""
        if self.registry is None or not text.strip():
            return None
        try:
            return self.registry.match(text, _as_date(date))
        except (TypeError, ValueError, AttributeError):
            return None

    def place_country(self, text: str, date: str | None = None) -> str | None:
        """The ISO-3 country of a place name: via the registry, else the places table."""
        actor = self.link(text, date)
        if actor is not None and actor.country:
            return actor.country
        key = text.lower().removeprefix("the ").strip()
        return self.lexicon.places.get(key)


def _offsets(starts: list[int] | None, start: int, end: int) -> Iterable[int]:
    """The offsets in [start, end) tokens can start at (all of them without a parse)."""
    if starts is None:
        return range(start, end)
    return starts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


def _as_date(value: str | None) -> dt.date | None:
    """An ISO date string as a date (None when absent or malformed)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _entities(ex: Extraction) -> list[Entity]:
    """The article's entities: the linker's when present, else spaCy's NER."""
    if ex.entities:
        return list(ex.entities)
    return [Entity(e.start_char, e.end_char, e.text, e.label_) for e in ex.doc.ents
            if e.label_ in ACTOR_LABELS]


def _derived_blocks(text: str) -> list[Block]:
    """Blocks computed from the text when the article came without them."""
    try:
        from eventwire.ingest.structure import find_blocks
    except ImportError:
        return [Block("paragraph", 0, len(text))]
    return find_blocks(text)
