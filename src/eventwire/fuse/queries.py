"""Read API over the fused record: events, stories, promises, actors, search.

Every function takes a ``Store`` first and returns plain JSON-able dicts in
the shared shapes (see the module docs of ``eventwire.fuse``): the event
dict is a superset of the ``eventwire events --format jsonl`` contract.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.engine import Engine

from eventwire.fuse import index
from eventwire.fuse.describe import describe
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s

SNIPPET = 160
ORDERS = ("date", "latest")
MAX_ROWS = 2**62  # limits and offsets are clamped here (SQL integers are 64-bit)
VOLATILE = ("updated_at", "ingested_at")  # timestamps that differ between identical runs
_READY: weakref.WeakSet[Engine] = weakref.WeakSet()  # engines whose event indexes are filled


def _order(q: Select, order: str) -> Select:
    """``q`` ordered by date (undated last) or by latest update first."""
    e = ft.events.c
    if order == "latest":
        return q.order_by(e.updated_at.desc(), e.seq.desc())
    if order != "date":
        raise ValueError(f"unknown event order {order!r} (use one of {', '.join(ORDERS)})")
    return q.order_by(e.date_min.is_(None), e.date_min, e.seq)


def _actor_match(conn: Any, actor: str) -> Any:
    """Events with a participant whose id is ``actor`` or whose name contains it
    (case-insensitive); names are resolved first, from the distinct names."""
    ea = ft.event_actors.c
    needle = actor.lower()
    names = [r.name_key for r in conn.execute(
        select(ea.name_key).distinct().where(ea.name_key.contains(needle, autoescape=True)))]
    return ft.events.c.id.in_(select(ea.event_id).where(
        or_(ea.actor_key == needle, ea.name_key.in_(names))))


HYPOTHETICAL, NEGATED = "hypothetical", "negated"  # reports of no occurrence (``shown``)


def shown(min_confidence: float, event_id: Any = None) -> Any:
    """Events with at least one mention whose extraction confidence reaches ``min_confidence``
    and that tells an occurrence, and events a tracked promise is made in (the promise list
    points to them) (``event_id``: the column holding the event id, by default
    ``events.id``). A hypothetical report ("the loan would be signed once the shelling
    stops", "should the summit collapse") tells none, nor a denial in a record of denials only (the
    record's modality ``negated``); a denial beside another outlet's report of the act (a
    disputed record, asserted) tells the disputed act."""
    em, mn = ft.event_mentions.c, s.mentions.c
    column = ft.events.c.id if event_id is None else event_id
    record = ft.events.alias("shown_record").c
    denied = exists(select(record.id).where(record.id == column, record.modality == NEGATED))
    return or_(exists(select(em.event_id).join(s.mentions, mn.id == em.mention_id)
                      .where(em.event_id == column, mn.confidence >= min_confidence,
                             mn.modality != HYPOTHETICAL,
                             or_(mn.modality != NEGATED, ~denied))),
               exists(select(ft.promises.c.id).where(ft.promises.c.event_id == column)))


def _filters(conn: Any, q: Select, actor: str | None, country: str | None, type: str | None,
             date_from: str | None, date_to: str | None, story: str | None,
             text: str | None, modality: list[str] | None = None,
             with_actors: bool = False, min_confidence: float | None = None) -> Select:
    """``q`` over ``events`` restricted by the event filters (``min_confidence``: only
    events shown at that display threshold)."""
    e = ft.events.c
    if min_confidence is not None:
        q = q.where(shown(min_confidence))
    if modality:
        q = q.where(e.modality.in_(modality))
    if with_actors:
        q = q.where(e.id.in_(select(ft.event_actors.c.event_id)))
    if type:
        q = q.where(e.type == type.upper())
    if date_from:
        q = q.where(e.date_max >= date_from)
    if date_to:
        q = q.where(e.date_min <= date_to)
    if story:
        q = q.where(e.story_id == story)
    if actor:
        q = q.where(_actor_match(conn, actor))
    if country:
        q = q.where(e.id.in_(select(ft.event_actors.c.event_id)
                             .where(ft.event_actors.c.country == country.upper())))
    if text:
        q = q.where(e.id.in_(select(ft.event_text.c.event_id).where(
            ft.event_text.c.text.contains(text.lower(), autoescape=True))))
    return q


def _window(q: Select, limit: int | None, offset: int) -> Select:
    """``q`` limited to one page; limit and offset clamped to ``[0, MAX_ROWS]``."""
    if limit is not None:
        q = q.limit(min(max(limit, 0), MAX_ROWS))
    return q.offset(min(max(offset, 0), MAX_ROWS))


def _ready(store: Store) -> None:
    """Fill the event indexes once per store when it predates them."""
    if store.engine in _READY:
        return
    with store.begin() as conn:
        index.ensure(conn)
    _READY.add(store.engine)


def _event_data(conn: Any, seqs: list[int]) -> list[dict[str, Any]]:
    """The event dicts of the given seq numbers, in that order."""
    if not seqs:
        return []
    rows = conn.execute(select(ft.events.c.seq, ft.events.c.data)
                        .where(ft.events.c.seq.in_(seqs))).all()
    best = _confidences(conn, [r.data.get("id") for r in rows])
    by_seq = {r.seq: with_confidence(with_description(r.data), best) for r in rows}
    return [by_seq[n] for n in seqs if n in by_seq]


def _confidences(conn: Any, event_ids: list[str]) -> dict[str, float]:
    """The highest extraction confidence among each event's mentions."""
    em, mn = ft.event_mentions.c, s.mentions.c
    q = (select(em.event_id, func.max(mn.confidence)).join(s.mentions, mn.id == em.mention_id)
         .where(em.event_id.in_(event_ids)).group_by(em.event_id))
    return {eid: float(c) for eid, c in conn.execute(q) if c is not None}


def with_confidence(data: dict[str, Any], best: dict[str, float]) -> dict[str, Any]:
    """The event dict with ``confidence``: the highest confidence among its mentions (the
    event is shown by default when it reaches the display threshold)."""
    if data.get("id") in best:
        data["confidence"] = round(best[data["id"]], 3)
    return data


def with_description(data: dict[str, Any]) -> dict[str, Any]:
    """The event dict with its ``description`` (computed for records stored without one)."""
    if not data.get("description"):
        data["description"] = describe(data)
    return data


def list_events(store: Store, *, actor: str | None = None, country: str | None = None,
                type: str | None = None, date_from: str | None = None,
                date_to: str | None = None, story: str | None = None, q: str | None = None,
                limit: int = 100, offset: int = 0, order: str = "date",
                modality: list[str] | None = None, with_actors: bool = False,
                min_confidence: float | None = None) -> list[dict[str, Any]]:
    """Fused events matching the filters, ordered by date (undated last) or ``"latest"``
    (most recently created or updated first). ``modality`` keeps only those modalities;
    ``with_actors`` only events with at least one linked participant; ``min_confidence``
    only events with a mention at or above that confidence."""
    _ready(store)
    with store.engine.connect() as conn:
        page = _filters(conn, select(ft.events.c.seq), actor, country, type, date_from,
                        date_to, story, q, modality, with_actors, min_confidence)
        narrow = (actor, country, date_from, date_to, story, q, modality, with_actors)
        if order == "date" and not any(narrow):  # whole record or one type: index order
            return _event_data(conn, _date_page(conn, page, limit, offset))
        page = _window(_order(page, order), limit, offset)
        return _event_data(conn, [r.seq for r in conn.execute(page)])


def _date_page(conn: Any, q: Select, limit: int | None, offset: int) -> list[int]:
    """Seq numbers of one page of ``q`` in date order: dated events by ``(date_min, seq)``,
    then undated ones by ``seq``; each half is read in the order of its index."""
    e = ft.events.c
    dated_q = q.where(e.date_min.is_not(None))
    seqs = list(conn.execute(_window(dated_q.order_by(e.date_min, e.seq), limit, offset))
                .scalars())
    if limit is not None and len(seqs) >= limit:
        return seqs
    skip = 0
    if not seqs and offset > 0:
        n_dated = conn.execute(select(func.count()).select_from(dated_q.subquery())).scalar()
        skip = max(0, offset - (n_dated or 0))
    rest = None if limit is None else limit - len(seqs)
    undated = _window(q.where(e.date_min.is_(None)).order_by(e.seq), rest, skip)
    return seqs + list(conn.execute(undated).scalars())


def _after(q: Select, dated: bool, last: tuple[str | None, int] | None) -> Select:
    """``q`` restricted to one half of the date order (dated or undated events), after the
    ``(date_min, seq)`` key ``last`` and ordered on that key."""
    e = ft.events.c
    if not dated:
        q = q.where(e.date_min.is_(None))
        return (q.where(e.seq > last[1]) if last else q).order_by(e.seq)
    q = q.where(e.date_min.is_not(None))
    if last:
        q = q.where(e.date_min >= last[0], or_(e.date_min > last[0], e.seq > last[1]))
    return q.order_by(e.date_min, e.seq)


def event_pages(store: Store, *, batch: int = 1000, actor: str | None = None,
                country: str | None = None, type: str | None = None,
                date_from: str | None = None, date_to: str | None = None,
                story: str | None = None, q: str | None = None,
                modality: list[str] | None = None, with_actors: bool = False,
                min_confidence: float | None = None) -> Iterator[list[dict[str, Any]]]:
    """Every fused event matching the filters, in ``list_events`` date order (undated last),
    as pages of up to ``batch`` events; each page starts after the last key of the one
    before, so reading the whole record costs the same per page."""
    _ready(store)
    for dated in (True, False):
        last: tuple[str | None, int] | None = None
        while True:
            with store.engine.connect() as conn:
                page = _filters(conn, select(ft.events.c.seq, ft.events.c.date_min), actor,
                                country, type, date_from, date_to, story, q, modality,
                                with_actors, min_confidence)
                keys = conn.execute(_after(page, dated, last).limit(max(batch, 1))).all()
                events = _event_data(conn, [r.seq for r in keys])
            if events:
                yield events
            if len(keys) < max(batch, 1):
                break
            last = (keys[-1].date_min, keys[-1].seq)


def count_events(store: Store, *, actor: str | None = None, country: str | None = None,
                 type: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, story: str | None = None,
                 q: str | None = None, modality: list[str] | None = None,
                 with_actors: bool = False, min_confidence: float | None = None) -> int:
    """How many fused events match the filters."""
    _ready(store)
    with store.engine.connect() as conn:
        q_count = _filters(conn, select(func.count()).select_from(ft.events), actor, country,
                           type, date_from, date_to, story, q, modality, with_actors,
                           min_confidence)
        return conn.execute(q_count).scalar() or 0


def promises_of(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The promises made in one event."""
    with store.engine.connect() as conn:
        return [r.data for r in conn.execute(select(ft.promises.c.data)
                                             .where(ft.promises.c.event_id == event_id)
                                             .order_by(ft.promises.c.id))]


def resolve_event_id(conn: Any, event_id: str) -> str:
    """The id an event is stored under now (an event merged into another answers for it)."""
    alias = conn.execute(select(ft.event_aliases.c.event_id)
                         .where(ft.event_aliases.c.alias == event_id)).scalar()
    return alias or event_id


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One fused event with its promises, or None (an id merged into another event resolves
    to that event)."""
    with store.engine.connect() as conn:
        data = conn.execute(select(ft.events.c.data).where(ft.events.c.id == event_id)).scalar()
        if data is None:
            event_id = resolve_event_id(conn, event_id)
            data = conn.execute(select(ft.events.c.data)
                                .where(ft.events.c.id == event_id)).scalar()
        best = _confidences(conn, [event_id]) if data is not None else {}
    if data is None:
        return None
    return {**with_confidence(with_description(data), best),
            "promises": promises_of(store, event_id)}


def _story_dicts(conn: Any, rows: list[Any]) -> list[dict[str, Any]]:
    """The shared story shape of some stories rows (their articles and events read at once)."""
    ids = [row.id for row in rows]
    sa, e = ft.story_articles.c, ft.events.c
    arts: dict[str, list[str]] = {i: [] for i in ids}
    evs: dict[str, list[str]] = {i: [] for i in ids}
    for r in conn.execute(select(sa.story_id, sa.article_id)
                          .join(s.articles, s.articles.c.id == sa.article_id)
                          .where(sa.story_id.in_(ids)).order_by(s.articles.c.seq)):
        arts[r.story_id].append(r.article_id)
    for r in conn.execute(select(e.story_id, e.id).where(e.story_id.in_(ids)).order_by(e.seq)):
        evs[r.story_id].append(r.id)
    return [{"id": row.id, "title": row.title, "articles": arts[row.id], "events": evs[row.id],
             "summary": row.summary or [],
             "date_range": [row.date_min, row.date_max] if row.date_min else None}
            for row in rows]


def _story_dict(conn: Any, row: Any) -> dict[str, Any]:
    """The shared story shape of one stories row."""
    return _story_dicts(conn, [row])[0]


def list_stories(store: Store, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Stories in creation order."""
    with store.engine.connect() as conn:
        rows = conn.execute(_window(select(ft.stories).order_by(ft.stories.c.seq),
                                    limit, offset)).all()
        return _story_dicts(conn, rows) if rows else []


def get_story(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story, or None."""
    with store.engine.connect() as conn:
        row = conn.execute(select(ft.stories).where(ft.stories.c.id == story_id)).first()
        if row is None:  # a story merged into another: its id is an alias of that one
            alias = conn.execute(select(ft.story_aliases.c.story_id)
                                 .where(ft.story_aliases.c.alias == story_id)).scalar()
            if alias is not None:
                row = conn.execute(select(ft.stories).where(ft.stories.c.id == alias)).first()
        return _story_dict(conn, row) if row else None


def list_promises(store: Store, status: str | None = None, limit: int | None = None,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Tracked promises, optionally only those with one status (and one page of them)."""
    q = select(ft.promises.c.data).order_by(ft.promises.c.id)
    if status:
        q = q.where(ft.promises.c.status == status)
    if limit is not None or offset:
        q = _window(q, limit, offset)
    with store.engine.connect() as conn:
        return [r.data for r in conn.execute(q)]


def count_promises(store: Store, status: str | None = None) -> int:
    """How many promises are tracked (with one status, if given)."""
    q = select(func.count()).select_from(ft.promises)
    if status:
        q = q.where(ft.promises.c.status == status)
    with store.engine.connect() as conn:
        return conn.execute(q).scalar() or 0


def _actor_summaries(conn: Any, min_confidence: float | None = None) -> list[dict[str, Any]]:
    """Every linked actor: its first ActorRef (in event date order) and ``n_events`` (only
    events shown at ``min_confidence`` when given)."""
    ea = ft.event_actors.c
    g = ft.event_actors.alias("g")
    first = (select(ea.ref).where(ea.actor_id == g.c.actor_id)
             .order_by(ea.date_min, ea.event_seq).limit(1).scalar_subquery())
    q = (select(g.c.actor_id, func.count().label("n"), first.label("ref"))
         .where(g.c.actor_id.is_not(None)).group_by(g.c.actor_id))
    if min_confidence is not None:
        q = q.where(shown(min_confidence, g.c.event_id))
    return [{**r.ref, "n_events": r.n} for r in conn.execute(q)]


def list_actors(store: Store, limit: int = 100, offset: int = 0,
                min_confidence: float | None = None) -> list[dict[str, Any]]:
    """Actors by number of events: ActorRef fields plus ``n_events`` (counting only events
    shown at ``min_confidence`` when given)."""
    _ready(store)
    with store.engine.connect() as conn:
        rows = _actor_summaries(conn, min_confidence)
    rows.sort(key=lambda r: (-r["n_events"], str(r.get("name")), str(r.get("id"))))
    start = min(max(offset, 0), len(rows))
    return rows[start: start + max(limit, 0)]


def count_actors(store: Store, min_confidence: float | None = None) -> int:
    """How many linked actors take part in fused events (shown at ``min_confidence``)."""
    _ready(store)
    ea = ft.event_actors.c
    q = select(func.count(ea.actor_id.distinct()))
    if min_confidence is not None:
        q = q.where(shown(min_confidence, ea.event_id))
    with store.engine.connect() as conn:
        return conn.execute(q).scalar() or 0


def _actor_ref(conn: Any, actor_id: str) -> dict[str, Any] | None:
    """An actor's ActorRef as given in its first event (in date order), or None."""
    ea = ft.event_actors.c
    return conn.execute(select(ea.ref).where(ea.actor_id == actor_id)
                        .order_by(ea.date_min, ea.event_seq).limit(1)).scalar()


def _actor_events(conn: Any, actor_id: str, limit: int | None = None,
                  offset: int = 0, min_confidence: float | None = None) -> list[dict[str, Any]]:
    """An actor's events (id, type, mode, date, modality) in date order (one page of them
    when ``limit`` is given; only those shown at ``min_confidence`` when given)."""
    ea = ft.event_actors.c
    q = select(ea.event_id, ea.type, ea.mode, ea.date, ea.date_min, ea.modality).where(
        ea.actor_id == actor_id)
    if min_confidence is not None:
        q = q.where(shown(min_confidence, ea.event_id))
    rows = conn.execute(_window(q.order_by(ea.date_min, ea.event_seq), limit, offset))
    return [{"id": i, "type": t, "mode": m, "date": d, "date_min": dm, "modality": mo}
            for i, t, m, d, dm, mo in rows]


def _counterparts(conn: Any, actor_id: str) -> list[dict[str, Any]]:
    """Other actors in the same events, with how many events they share (most first,
    ties by name)."""
    me, other = ft.event_actors.alias("me"), ft.event_actors.alias("other")
    counts = conn.execute(select(other.c.actor_id, func.count().label("n"))
                          .join_from(me, other, other.c.event_id == me.c.event_id)
                          .where(me.c.actor_id == actor_id, other.c.actor_id.is_not(None),
                                 other.c.actor_id != actor_id)
                          .group_by(other.c.actor_id)).all()
    names = {r.actor_id: (_actor_ref(conn, r.actor_id) or {}).get("name") for r in counts}
    rows = sorted(counts, key=lambda r: (-r.n, str(names[r.actor_id]), r.actor_id))
    return [{"id": r.actor_id, "name": names[r.actor_id], "count": r.n} for r in rows]


def get_actor(store: Store, actor_id: str, limit: int | None = None,
              offset: int = 0, min_confidence: float | None = None) -> dict[str, Any] | None:
    """One actor: its ref, its events over time (all, or one page with ``limit``/``offset``;
    only those shown at ``min_confidence`` when given), ``n_events`` and its counterparts
    with counts."""
    _ready(store)
    ea = ft.event_actors.c
    with store.engine.connect() as conn:
        ref = _actor_ref(conn, actor_id)
        if ref is None:
            return None
        count = select(func.count()).where(ea.actor_id == actor_id)
        if min_confidence is not None:
            count = count.where(shown(min_confidence, ea.event_id))
        total = conn.execute(count).scalar()
        return {**ref, "n_events": total or 0,
                "events": _actor_events(conn, actor_id, limit, offset, min_confidence),
                "counterparts": _counterparts(conn, actor_id)}


def _snippet(text: str, needle: str) -> str:
    """A short piece of text around the first match."""
    i = text.lower().find(needle.lower())
    lo = max(0, i - SNIPPET // 2)
    return ("…" if lo else "") + text[lo: lo + SNIPPET].replace("\n", " ") + "…"


def search(store: Store, q: str, limit: int = 50,
           min_confidence: float | None = None) -> dict[str, Any]:
    """Articles and events whose text matches ``q`` (case-insensitive substring; ``%``,
    ``_`` and ``\\`` match themselves); events only at or above ``min_confidence``."""
    needle = q.lower()
    with store.engine.connect() as conn:
        rows = conn.execute(select(s.articles.c.id, s.articles.c.title, s.articles.c.text)
                            .where(or_(func.lower(s.articles.c.text).contains(
                                           needle, autoescape=True),
                                       func.lower(s.articles.c.title).contains(
                                           needle, autoescape=True)))
                            .order_by(s.articles.c.seq).limit(min(max(limit, 0), MAX_ROWS))).all()
    articles = [{"id": r.id, "title": r.title, "snippet": _snippet(r.text, q)} for r in rows]
    events = list_events(store, q=q, limit=limit, min_confidence=min_confidence)
    return {"query": q, "articles": articles,
            "events": [{"id": e["id"], "type": e["type"], "date": e.get("date"),
                        "description": e.get("description"),
                        "participants": e.get("participants")} for e in events]}


def _without_timestamps(value: Any) -> Any:
    """``value`` with the ``VOLATILE`` keys dropped at every depth."""
    if isinstance(value, dict):
        return {k: _without_timestamps(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_without_timestamps(v) for v in value]
    return value


def snapshot(store: Store) -> dict[str, Any]:
    """Everything a user sees of the record (articles, events, stories, promises) without
    timestamps: two runs that built the same record give equal snapshots."""
    return _without_timestamps({"articles": store.articles(),
                                "events": list_events(store, limit=MAX_ROWS),
                                "stories": list_stories(store, limit=MAX_ROWS),
                                "promises": list_promises(store)})
