"""Read-side indexes of the fused events: who takes part (``event_actors``), the
searchable text (``event_text``) and the types held (``event_types``) of each event.

The tables are derived from the event's JSON and rewritten whenever the fuse
stage writes an event row, so list, count, actor and search queries run in SQL
instead of loading every event. Stores written before these tables existed are
filled once, lazily (``ensure``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from eventwire.store import fuse_tables as ft
from eventwire.store import in_chunks, insert_rows
from eventwire.store import schema as s

BATCH = 2000  # events per backfill round
EVENT_INDEXES = ("ix_events_type_order", "ix_events_order", "ix_events_latest")
ACTOR_INDEXES = ("ix_event_actors_name_window",)  # created in stores made before them
ACTOR_ENDS_META = "event_actors_date_max"  # set once every event_actors row has its date_max
TYPES_META = "event_types"  # set once every event has its event_types rows


def participant_role(p: dict[str, Any], data: dict[str, Any]) -> str:
    """source, target, both or other: where a participant appears in the event."""
    def inside(role: str) -> bool:
        """Whether the participant is listed under ``role``."""
        return any(q == p or (p.get("id") and q.get("id") == p.get("id"))
                   for q in data.get(role) or [])

    src, tgt = inside("source"), inside("target")
    return "both" if src and tgt else "source" if src else "target" if tgt else "other"


def actor_rows(data: dict[str, Any], seq: int, date_min: str | None) -> list[dict[str, Any]]:
    """The ``event_actors`` rows of one fused-event dict (``date_min`` and the last day of its
    date range are those of the ``events`` row)."""
    date_max = (data.get("date_range") or [None, None])[1]
    rows = []
    for i, p in enumerate(data.get("participants") or []):
        aid = str(p["id"]) if p.get("id") else None
        name = p.get("name")
        rows.append({"event_id": data["id"], "position": i, "event_seq": seq,
                     "date_min": date_min, "date_max": date_max,
                     "type": data["type"], "mode": data.get("mode"),
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


def type_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``event_types`` rows of one fused-event dict: its type and its mentions' types."""
    types = {data["type"]} | {m["type"] for m in data.get("mentions") or [] if m.get("type")}
    return [{"event_id": data["id"], "type": t} for t in sorted(types)]


INDEX_TABLES = (ft.event_actors, ft.event_text, ft.event_types)


def sync_event(conn: Connection, data: dict[str, Any], seq: int, date_min: str | None) -> None:
    """Rewrite the index rows of one event after its row was inserted or updated."""
    eid = data["id"]
    for table in INDEX_TABLES:
        conn.execute(delete(table).where(table.c.event_id == eid))
    rows = actor_rows(data, seq, date_min)
    if rows:
        conn.execute(insert(ft.event_actors), rows)
    conn.execute(insert(ft.event_text).values(event_id=eid, text=search_text(data)))
    conn.execute(insert(ft.event_types), type_rows(data))


def sync_events(conn: Connection, events: list[tuple[dict[str, Any], int, str | None]],
                replaced: list[str]) -> None:
    """Write the index rows of events ``(data, seq, date_min)`` after their rows were
    written, in a few statements; ``replaced``: ids among them whose old rows go first."""
    for part in in_chunks(replaced):
        for table in INDEX_TABLES:
            conn.execute(delete(table).where(table.c.event_id.in_(part)))
    insert_rows(conn, ft.event_actors,
                [r for data, seq, date_min in events for r in actor_rows(data, seq, date_min)])
    insert_rows(conn, ft.event_text, [{"event_id": data["id"], "text": search_text(data)}
                                      for data, _, _ in events])
    insert_rows(conn, ft.event_types, [r for data, _, _ in events for r in type_rows(data)])


def create_indexes(conn: Connection) -> None:
    """Create the ordering indexes on ``events`` (missing in stores made before them)."""
    for index in ft.events.indexes:
        if index.name in EVENT_INDEXES:
            index.create(conn, checkfirst=True)


def is_stale(conn: Connection) -> bool:
    """Whether events exist that have no search-text row (a store older than the indexes):
    whether the newest event lacks one (every writer of an event writes its index rows in
    the same transaction, and the backfill indexes every event at once), two lookups by
    index instead of counting both tables."""
    newest = conn.execute(select(ft.events.c.id).order_by(ft.events.c.seq.desc())
                          .limit(1)).scalar()
    if newest is None:
        return False
    return conn.execute(select(ft.event_text.c.event_id)
                        .where(ft.event_text.c.event_id == newest)).first() is None


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
    fill_actor_ends(conn)
    done = backfill(conn) if is_stale(conn) else 0
    fill_types(conn)
    return done


def fill_types(conn: Connection) -> None:
    """Write the ``event_types`` rows of every event once, in a store whose events were
    written before the table existed (later writes carry them)."""
    if conn.execute(select(s.meta.c.value).where(s.meta.c.key == TYPES_META)).first():
        return
    conn.execute(delete(ft.event_types))
    last = None
    while True:
        q = select(ft.events.c.seq, ft.events.c.data).order_by(ft.events.c.seq).limit(BATCH)
        if last is not None:
            q = q.where(ft.events.c.seq > last)
        rows = conn.execute(q).all()
        found = [r for row in rows for r in type_rows(row.data)]
        if found:
            conn.execute(insert(ft.event_types), found)
        if len(rows) < BATCH:
            break
        last = rows[-1].seq
    conn.execute(insert(s.meta).values(key=TYPES_META, value="1"))


def fill_actor_ends(conn: Connection) -> None:
    """Copy each event's last day into its ``event_actors`` rows once, in a store whose rows
    were written before they held it (one statement; later writes carry it)."""
    done = conn.execute(select(s.meta.c.value).where(s.meta.c.key == ACTOR_ENDS_META)).first()
    if done is not None:
        return
    ea, e = ft.event_actors, ft.events
    conn.execute(update(ea).where(ea.c.date_max.is_(None), ea.c.date_min.is_not(None))
                 .values(date_max=select(e.c.date_max).where(e.c.id == ea.c.event_id)
                         .scalar_subquery()))
    conn.execute(insert(s.meta).values(key=ACTOR_ENDS_META, value="1"))
