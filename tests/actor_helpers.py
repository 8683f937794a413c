"""Actor linking on hand-built texts: one linked extraction, the actor of a phrase."""

from __future__ import annotations

from eventwire.annotate.actors import actor_at, link_component
from eventwire.model import Article, Extraction


def linked(nlp, text: str, title: str | None = None) -> Extraction:
    art = Article(id="t", text=text, title=title, published="2024-03-02")
    ex = Extraction(article=art, doc=nlp(text))
    link_component(ex, None)
    return ex


def actor_of(ex: Extraction, phrase: str, nth: int = 0):
    """The actor linked to the ``nth`` occurrence (from 0) of ``phrase``."""
    start = -1
    for _ in range(nth + 1):
        start = ex.article.text.index(phrase, start + 1)
    return actor_at(ex, start, start + len(phrase))
