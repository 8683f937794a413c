"""Read-side indexes of the fused events: who takes part (``event_actors``) and the
searchable text (``event_text``) of each event.

Both tables are derived from the event's JSON and rewritten whenever the fuse
stage writes an event row, so list, count, actor and search queries run in SQL
instead of loading every event. Stores written before these tables existed are
filled once, lazily (``ensure``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from eventwire.store import fuse_tables as ft
from eventwire.store import in_chunks
from eventwire.store import schema as s

BATCH = 2000  # events per backfill round
EVENT_INDEXES = ("ix_events_type_order", "ix_events_order", "ix_events_latest")
ACTOR_INDEXES = ("ix_event_actors_name_window",)  # created in stores made before them
SPAN_META = "events_longest_span"  # days of the widest date range any event had (a bound)
UNPARSED_SPAN = 10**6  # the bound when a stored date does not parse (no bound in practice)


def participant_role(p: dict[str, Any], data: dict[str, Any]) -> str:
    """source, target, both or other: where a participant appears in the event."""
    def inside(role: str) -> bool:
        """Whether the participant is listed under ``role``."""
        return any(q == p or (p.get("id") and q.get("id") == p.get("id"))
                   for q in data.get(role) or [])

    src, tgt = inside("source"), inside("target")
    return "both" if src and tgt else "source" if src else "target" if tgt else "other"


def actor_rows(data: dict[str, Any], seq: int, date_min: str | None) -> list[dict[str, Any]]:
    """The ``event_actors`` rows of one fused-event dict."""
    rows = []
    for i, p in enumerate(data.get("participants") or []):
        aid = str(p["id"]) if p.get("id") else None
        name = p.get("name")
        rows.append({"event_id": data["id"], "position": i, "event_seq": seq,
                     "date_min": date_min, "type": data["type"], "mode": data.get("mode"),
                     "date": data.get("date"), "modality": data["modality"], "actor_id": aid,
                     "actor_key": aid.lower() if aid else None,
                     "name": name, "name_key": str(name).lower() if name else None,
                     "country": str(p["country"]).upper() if p.get("country") else None,
                     "role": participant_role(p, data), "ref": p})
    return rows


def search_text(data: dict[str, Any]) -> str:
    """The lower-cased text an event is searched by: its mention sentences and its type."""
    text = " ".join((m.get("sentence") or {}).get("text") or "" for m in data["mentions"])
    return (text + " " + data["type"]).lower()


def sync_event(conn: Connection, data: dict[str, Any], seq: int, date_min: str | None) -> None:
    """Rewrite the index rows of one event after its row was inserted or updated."""
    eid = data["id"]
    conn.execute(delete(ft.event_actors).where(ft.event_actors.c.event_id == eid))
    conn.execute(delete(ft.event_text).where(ft.event_text.c.event_id == eid))
    rows = actor_rows(data, seq, date_min)
    if rows:
        conn.execute(insert(ft.event_actors), rows)
    conn.execute(insert(ft.event_text).values(event_id=eid, text=search_text(data)))
    note_spans(conn, [data])


def sync_events(conn: Connection, events: list[tuple[dict[str, Any], int, str | None]],
                replaced: list[str]) -> None:
    """Write the index rows of events ``(data, seq, date_min)`` after their rows were
    written, in a few statements; ``replaced``: ids among them whose old rows go first."""
    for part in in_chunks(replaced):
        conn.execute(delete(ft.event_actors).where(ft.event_actors.c.event_id.in_(part)))
        conn.execute(delete(ft.event_text).where(ft.event_text.c.event_id.in_(part)))
    rows = [r for data, seq, date_min in events for r in actor_rows(data, seq, date_min)]
    if rows:
        conn.execute(insert(ft.event_actors), rows)
    if events:
        conn.execute(insert(ft.event_text), [{"event_id": data["id"], "text": search_text(data)}
                                             for data, _, _ in events])
    note_spans(conn, [data for data, _, _ in events])


def span_days(lo: str | None, hi: str | None) -> int:
    """Days between the first and last day of a date range (0 when either is missing)."""
    if not lo or not hi or lo == hi:
        return 0
    try:
        return (dt.date.fromisoformat(hi[:10]) - dt.date.fromisoformat(lo[:10])).days
    except ValueError:
        return UNPARSED_SPAN


def note_spans(conn: Connection, events: list[dict[str, Any]]) -> None:
    """Raise the stored widest event date range to cover newly written events (kept only
    once ``longest_span`` has measured the store)."""
    widest = max((span_days(*(d.get("date_range") or [None, None])) for d in events), default=0)
    if widest <= 0:
        return
    stored = conn.execute(select(s.meta.c.value).where(s.meta.c.key == SPAN_META)).scalar()
    if stored is not None and widest > int(stored):
        conn.execute(update(s.meta).where(s.meta.c.key == SPAN_META).values(value=str(widest)))


def longest_span(conn: Connection) -> int:
    """The widest date range (days) of any stored event, at least: read from the store's
    notes, measured once over the events when the store has none."""
    stored = conn.execute(select(s.meta.c.value).where(s.meta.c.key == SPAN_META)).scalar()
    if stored is not None:
        return int(stored)
    e = ft.events.c
    widest = max((span_days(r.date_min, r.date_max) for r in conn.execute(
        select(e.date_min, e.date_max).where(e.date_max > e.date_min))), default=0)
    conn.execute(insert(s.meta).values(key=SPAN_META, value=str(widest)))
    return widest


def create_indexes(conn: Connection) -> None:
    """Create the ordering indexes on ``events`` (missing in stores made before them)."""
    for index in ft.events.indexes:
        if index.name in EVENT_INDEXES:
            index.create(conn, checkfirst=True)


def is_stale(conn: Connection) -> bool:
    """Whether events exist that have no search-text row (a store older than the indexes)."""
    n_events = conn.execute(select(func.count()).select_from(ft.events)).scalar() or 0
    n_text = conn.execute(select(func.count()).select_from(ft.event_text)).scalar() or 0
    return n_events > n_text


def backfill(conn: Connection) -> int:
    """Index every event that has no index rows yet; return how many were indexed."""
    create_indexes(conn)
    done = 0
    while True:
        q = (select(ft.events.c.data, ft.events.c.seq, ft.events.c.date_min)
             .where(ft.events.c.id.not_in(select(ft.event_text.c.event_id)))
             .order_by(ft.events.c.seq).limit(BATCH))
        rows = conn.execute(q).all()
        for r in rows:
            sync_event(conn, r.data, r.seq, r.date_min)
        done += len(rows)
        if len(rows) < BATCH:
            return done


def ensure(conn: Connection) -> int:
    """Fill the indexes when the store predates them (and create the participant window
    index); return how many events were indexed."""
    for idx in ft.event_actors.indexes:
        if idx.name in ACTOR_INDEXES:
            idx.create(conn, checkfirst=True)
    return backfill(conn) if is_stale(conn) else 0
