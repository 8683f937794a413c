"""Read API over the fused record: events, stories, promises, actors, search.

Every function takes a ``Store`` first and returns plain JSON-able dicts in
the shared shapes (see the module docs of ``eventwire.fuse``): the event
dict is a superset of the ``eventwire events --format jsonl`` contract.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Select, func, or_, select

from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s

SNIPPET = 160


def _event_query(type: str | None, date_from: str | None, date_to: str | None,
                 story: str | None) -> Select:
    """The SQL part of the event filters (type, date window, story)."""
    q = select(ft.events.c.data).order_by(ft.events.c.date_min.is_(None), ft.events.c.date_min,
                                          ft.events.c.seq)
    if type:
        q = q.where(ft.events.c.type == type.upper())
    if date_from:
        q = q.where(ft.events.c.date_max >= date_from)
    if date_to:
        q = q.where(ft.events.c.date_min <= date_to)
    if story:
        q = q.where(ft.events.c.story_id == story)
    return q


def _matches(ev: dict[str, Any], actor: str | None, country: str | None, q: str | None) -> bool:
    """The JSON part of the event filters (actor id/name, country, text)."""
    parts = ev.get("participants") or []
    if actor:
        needle = actor.lower()
        if not any(str(p.get("id") or "").lower() == needle or
                   needle in str(p.get("name") or "").lower() for p in parts):
            return False
    if country and not any(str(p.get("country") or "").upper() == country.upper()
                           for p in parts):
        return False
    if q:
        text = " ".join((m.get("sentence") or {}).get("text") or "" for m in ev["mentions"])
        if q.lower() not in (text + " " + ev["type"]).lower():
            return False
    return True


def _filtered(store: Store, actor: str | None, country: str | None, type: str | None,
              date_from: str | None, date_to: str | None, story: str | None,
              q: str | None) -> list[dict[str, Any]]:
    """All events passing the filters, in date order."""
    with store.engine.connect() as conn:
        rows = [r.data for r in conn.execute(_event_query(type, date_from, date_to, story))]
    return [ev for ev in rows if _matches(ev, actor, country, q)]


def list_events(store: Store, *, actor: str | None = None, country: str | None = None,
                type: str | None = None, date_from: str | None = None,
                date_to: str | None = None, story: str | None = None, q: str | None = None,
                limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Fused events matching the filters, ordered by date (undated last)."""
    evs = _filtered(store, actor, country, type, date_from, date_to, story, q)
    return evs[offset: offset + limit]


def count_events(store: Store, *, actor: str | None = None, country: str | None = None,
                 type: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, story: str | None = None,
                 q: str | None = None) -> int:
    """How many fused events match the filters."""
    return len(_filtered(store, actor, country, type, date_from, date_to, story, q))


def promises_of(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The promises made in one event."""
    with store.engine.connect() as conn:
        return [r.data for r in conn.execute(select(ft.promises.c.data)
                                             .where(ft.promises.c.event_id == event_id)
                                             .order_by(ft.promises.c.id))]


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One fused event with its promises, or None."""
    with store.engine.connect() as conn:
        data = conn.execute(select(ft.events.c.data).where(ft.events.c.id == event_id)).scalar()
    if data is None:
        return None
    return {**data, "promises": promises_of(store, event_id)}


def _story_dict(conn: Any, row: Any) -> dict[str, Any]:
    """The shared story shape of one stories row."""
    arts = [r.article_id for r in conn.execute(
        select(ft.story_articles.c.article_id)
        .join(s.articles, s.articles.c.id == ft.story_articles.c.article_id)
        .where(ft.story_articles.c.story_id == row.id).order_by(s.articles.c.seq))]
    evs = [r.id for r in conn.execute(select(ft.events.c.id).where(ft.events.c.story_id == row.id)
                                      .order_by(ft.events.c.seq))]
    rng = [row.date_min, row.date_max] if row.date_min else None
    return {"id": row.id, "title": row.title, "articles": arts, "events": evs,
            "summary": row.summary or [], "date_range": rng}


def list_stories(store: Store, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Stories in creation order."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(ft.stories).order_by(ft.stories.c.seq)
                            .limit(limit).offset(offset)).all()
        return [_story_dict(conn, r) for r in rows]


def get_story(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story, or None."""
    with store.engine.connect() as conn:
        row = conn.execute(select(ft.stories).where(ft.stories.c.id == story_id)).first()
        return _story_dict(conn, row) if row else None


def list_promises(store: Store, status: str | None = None) -> list[dict[str, Any]]:
    """Tracked promises, optionally only those with one status."""
    q = select(ft.promises.c.data).order_by(ft.promises.c.id)
    if status:
        q = q.where(ft.promises.c.status == status)
    with store.engine.connect() as conn:
        return [r.data for r in conn.execute(q)]


def _actor_index(store: Store) -> dict[str, dict[str, Any]]:
    """Actors seen in events: ref, events (dated), counterpart counts."""
    index: dict[str, dict[str, Any]] = {}
    counter: dict[str, Counter[str]] = defaultdict(Counter)
    with store.engine.connect() as conn:
        rows = [r.data for r in conn.execute(select(ft.events.c.data)
                                             .order_by(ft.events.c.date_min, ft.events.c.seq))]
    for ev in rows:
        ids = [p["id"] for p in ev.get("participants") or [] if p.get("id")]
        for p in ev.get("participants") or []:
            if not p.get("id"):
                continue
            entry = index.setdefault(p["id"], {"actor": p, "events": [], "names": {}})
            entry["events"].append({"id": ev["id"], "type": ev["type"], "mode": ev.get("mode"),
                                    "date": ev.get("date"), "modality": ev.get("modality")})
            for other in ids:
                if other != p["id"]:
                    counter[p["id"]][other] += 1
                    entry["names"][other] = next(
                        (q.get("name") for q in ev["participants"] if q.get("id") == other), other)
    for aid, entry in index.items():
        entry["counterparts"] = [{"id": o, "name": entry["names"].get(o, o), "count": n}
                                 for o, n in counter[aid].most_common()]
        del entry["names"]
    return index


def list_actors(store: Store, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Actors by number of events: ActorRef fields plus ``n_events``."""
    index = _actor_index(store)
    rows = [{**e["actor"], "n_events": len(e["events"])} for e in index.values()]
    rows.sort(key=lambda r: (-r["n_events"], str(r.get("name"))))
    return rows[offset: offset + limit]


def get_actor(store: Store, actor_id: str) -> dict[str, Any] | None:
    """One actor: its ref, its events over time and its counterparts with counts."""
    entry = _actor_index(store).get(actor_id)
    if entry is None:
        return None
    return {**entry["actor"], "events": entry["events"], "counterparts": entry["counterparts"]}


def _snippet(text: str, needle: str) -> str:
    """A short piece of text around the first match."""
    i = text.lower().find(needle.lower())
    lo = max(0, i - SNIPPET // 2)
    return ("…" if lo else "") + text[lo: lo + SNIPPET].replace("\n", " ") + "…"


def search(store: Store, q: str, limit: int = 50) -> dict[str, Any]:
    """Articles and events whose text matches ``q`` (case-insensitive substring)."""
    pattern = f"%{q}%"
    with store.engine.connect() as conn:
        rows = conn.execute(select(s.articles.c.id, s.articles.c.title, s.articles.c.text)
                            .where(or_(func.lower(s.articles.c.text).like(pattern.lower()),
                                       func.lower(s.articles.c.title).like(pattern.lower())))
                            .order_by(s.articles.c.seq).limit(limit)).all()
    articles = [{"id": r.id, "title": r.title, "snippet": _snippet(r.text, q)} for r in rows]
    events = _filtered(store, None, None, None, None, None, None, q)[:limit]
    return {"query": q, "articles": articles,
            "events": [{"id": e["id"], "type": e["type"], "date": e.get("date"),
                        "participants": e.get("participants")} for e in events]}
