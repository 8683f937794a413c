"""Actor linking on hand-built texts: one linked extraction, the actor of a phrase."""

from __future__ import annotations

from eventwire.annotate.actors import actor_at, link_component
from eventwire.model import Article, Extraction


def linked(nlp, text: str) -> Extraction:
    art = Article(id="t", text=text, title=None, published="2024-03-02")
    ex = Extraction(article=art, doc=nlp(text))
    link_component(ex, None)
    return ex


def actor_of(ex: Extraction, phrase: str):
    start = ex.article.text.index(phrase)
    return actor_at(ex, start, start + len(phrase))
