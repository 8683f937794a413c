"""Shared helpers of the extraction rule tests: hand-built texts through the real pipeline."""

from __future__ import annotations

from eventwire.model import Article, EventMention, Extraction
from eventwire.pipeline import Pipeline

PUBLISHED = "2025-06-05"  # a Thursday


def run_texts(texts: dict[str, str], published: str = PUBLISHED) -> dict[str, Extraction]:
    """Each text as one article published on ``published``, extracted by the real pipeline."""
    arts = [Article(id=k, text=v, published=published, published_from="input")
            for k, v in texts.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def article_events(pipeline: Pipeline, text: str, published: str = "2025-05-07"
                   ) -> list[EventMention]:
    """The events of one text run as an article through an already loaded pipeline."""
    (ex,) = list(pipeline.run([Article(id="t", text=text, published=published)]))
    return ex.events


def event_of(pipeline: Pipeline, text: str, trigger: str) -> EventMention:
    """The first event of one text whose trigger text starts with ``trigger``."""
    return next(e for e in article_events(pipeline, text) if e.trigger.text.startswith(trigger))


def side_countries(ev: EventMention, side: str) -> set[str | None]:
    """The countries of an event's linked participants on one side ('source', 'target')."""
    return {p.actor.country for p in getattr(ev, side) if p.actor is not None}


def of_type(ex: Extraction, etype: str) -> list[EventMention]:
    """The events of one PLOVER type in an extraction."""
    return [e for e in ex.events if e.type == etype]


def by_trigger(ex: Extraction, trigger: str) -> EventMention:
    """The first event whose trigger text starts with ``trigger``."""
    found = [e for e in ex.events if e.trigger.text.startswith(trigger)]
    assert found, f"no {trigger!r} among {[e.trigger.text for e in ex.events]}"
    return found[0]


def modality(ex: Extraction, trigger: str, etype: str | None = None) -> str:
    """The modality of the first event whose trigger starts with ``trigger`` (of ``etype``
    when given)."""
    found = [e for e in ex.events if e.trigger.text.lower().startswith(trigger)
             and (etype is None or e.type == etype)]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in ex.events]}"
    return found[0].modality


def event_in(pipeline: Pipeline, text: str, etype: str, trigger: str,
             published: str = "2025-05-07") -> EventMention:
    """The first event of ``etype`` whose trigger holds ``trigger`` in ``text`` run as one
    article through ``pipeline``."""
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published=published)]))
    found = [ev for ev in ex.events if ev.type == etype and trigger in ev.trigger.text]
    assert found, [(ev.type, ev.trigger.text) for ev in ex.events]
    return found[0]


def countries(ev: EventMention, side: str) -> set[str | None]:
    """The countries of an event's ``source`` or ``target`` participants (None: unlinked)."""
    return {p.actor.country if p.actor else None for p in getattr(ev, side)}
