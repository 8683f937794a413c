"""Article-level reads for the views, straight from the store tables.

The fused record (events, stories, actors, promises, search) comes from
``eventwire.fuse.queries``; this module only adds what is per article:
article lists with filters, titles for citations, and the mention → event map.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, exists, func, or_, select

from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s

LEAD_CHARS = 160
MAX_ROWS = 2**62  # limits and offsets are clamped here (SQL integers are 64-bit)
LABEL_CHARS = 90
DATE_TO_SUFFIX = "~"  # sorts after digits and '-', so "2025-06~" includes every day of June


class ViewError(Exception):
    """A view cannot be produced (missing component, unknown id, bad filter)."""


def _article_filter(q: Select, *, story: str | None = None, actor: str | None = None,
                    country: str | None = None, date_from: str | None = None,
                    date_to: str | None = None, q_text: str | None = None) -> Select:
    """``q`` restricted by the article filters."""
    a = s.articles.c
    if story:
        q = q.where(exists().where(ft.story_articles.c.article_id == a.id,
                                   ft.story_articles.c.story_id == story))
    if actor:
        q = q.where(exists().where(s.entities.c.article_id == a.id,
                                   s.entities.c.actor_id == actor))
    if country:
        q = q.where(exists().where(s.entities.c.article_id == a.id,
                                   s.entities.c.country == country.upper()))
    if date_from:
        q = q.where(a.published >= date_from)
    if date_to:
        q = q.where(a.published <= date_to + DATE_TO_SUFFIX)
    if q_text:
        pattern = f"%{_like_escape(q_text)}%"
        q = q.where(or_(a.title.like(pattern, escape="\\"), a.text.like(pattern, escape="\\")))
    return q


def _like_escape(text: str) -> str:
    """``text`` with LIKE wildcards escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def labelled(article: dict[str, Any]) -> dict[str, Any]:
    """A stored article dict with ``label`` (title, else the start of its text)."""
    return _labelled(dict(article))


def list_articles(store: Store, *, limit: int = 50, offset: int = 0,
                  **filters: Any) -> list[dict[str, Any]]:
    """Article summaries, latest ingested first, filtered by story/actor/country/date/q."""
    a = s.articles.c
    q = select(a.id, a.title, a.published, a.url, a.site, a.duplicate_of, a.near_score,
               a.ingested_at, func.substr(a.text, 1, LEAD_CHARS).label("lead"))
    q = (_article_filter(q, **_rename_q(filters)).order_by(a.seq.desc())
         .limit(min(max(limit, 0), MAX_ROWS)).offset(min(max(offset, 0), MAX_ROWS)))
    with store.engine.connect() as conn:
        return [_labelled(dict(r._mapping)) for r in conn.execute(q)]


def _labelled(row: dict[str, Any]) -> dict[str, Any]:
    """The row with ``label``: its title, else the first line of its text (shortened)."""
    lead = " ".join(str(row.pop("lead", "") or row.get("text") or "")[:LEAD_CHARS]
                    .split("\n", 1)[0].split())
    if len(lead) > LABEL_CHARS:
        lead = lead[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"
    row["label"] = row.get("title") or lead or row.get("id")
    return row


def count_articles(store: Store, **filters: Any) -> int:
    """How many articles match the filters."""
    q = _article_filter(select(func.count()).select_from(s.articles), **_rename_q(filters))
    with store.engine.connect() as conn:
        return conn.execute(q).scalar() or 0


def _rename_q(filters: dict[str, Any]) -> dict[str, Any]:
    """Filters with ``q`` renamed to ``q_text`` and unknown or empty ones dropped."""
    known = {"story", "actor", "country", "date_from", "date_to", "q"}
    return {("q_text" if k == "q" else k): v for k, v in filters.items() if k in known and v}


def article_titles(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """id → {id, title, label, url, published, site} for the given article ids."""
    if not ids:
        return {}
    a = s.articles.c
    q = select(a.id, a.title, a.url, a.published, a.site,
               func.substr(a.text, 1, LEAD_CHARS).label("lead")).where(a.id.in_(sorted(set(ids))))
    with store.engine.connect() as conn:
        return {r.id: _labelled(dict(r._mapping)) for r in conn.execute(q)}


def article_story(store: Store, article_id: str) -> str | None:
    """The id of the story an article belongs to, if any."""
    c = ft.story_articles.c
    with store.engine.connect() as conn:
        return conn.execute(select(c.story_id).where(c.article_id == article_id)).scalar()


def mention_events(store: Store, article_id: str) -> dict[int, str]:
    """Mention index → fused event id, for the mentions of one article."""
    m, em = s.mentions.c, ft.event_mentions.c
    q = select(m.idx, em.event_id).join_from(s.mentions, ft.event_mentions,
                                             m.id == em.mention_id).where(m.article_id == article_id)
    with store.engine.connect() as conn:
        return {r.idx: r.event_id for r in conn.execute(q)}


def mention_contexts(store: Store, mention_ids: list[str]) -> dict[str, list[str]]:
    """Mention id → PLOVER contexts recorded on that mention."""
    if not mention_ids:
        return {}
    m = s.mentions.c
    with store.engine.connect() as conn:
        rows = conn.execute(select(m.id, m.data).where(m.id.in_(sorted(set(mention_ids)))))
        return {r.id: list((r.data or {}).get("contexts") or []) for r in rows}


def count_stories(store: Store) -> int:
    """How many stories are stored."""
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(ft.stories)).scalar() or 0


def count_actors(store: Store, min_confidence: float | None = None) -> int:
    """How many actors take part in events (shown at ``min_confidence`` when given)."""
    return queries.count_actors(store, min_confidence)
