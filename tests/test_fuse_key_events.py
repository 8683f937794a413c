"""Key rows hold their mention's event (``fuse_keys.event_id``): written with the mention,
moved when its event merges into another, filled once in a store written before the column
(SQLite and PostgreSQL), and read with the key rows (SQLite: from the primary key's b-tree, a
store with a rowid table copied into it once)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fuse_helpers import add, make_call
from sqlalchemy import event as sa_event
from sqlalchemy import select, text
from test_fuse_coref import (
    BRIDGE,
    ISRAEL,
    LEBANON,
    RUBBLE,
    STRIKE_A,
    article,
    event,
    strike,
)

from eventwire import fuse
from eventwire.fuse import candidates as cands
from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s


def key_rows(store: Store) -> set[tuple]:
    """Every key row with its event."""
    fk = ft.fuse_keys
    with store.engine.connect() as conn:
        return {tuple(r) for r in conn.execute(select(fk.c.key, fk.c.type, fk.c.bucket,
                                                      fk.c.mention_id, fk.c.event_id))}


def events_of_rows(store: Store) -> dict[str, set[str | None]]:
    """Mention id -> the events its key rows name."""
    out: dict[str, set[str | None]] = {}
    for *_, mid, eid in key_rows(store):
        out.setdefault(mid, set()).add(eid)
    return out


def linked(store: Store) -> dict[str, str]:
    """Mention id -> its event (``event_mentions``)."""
    with store.engine.connect() as conn:
        return {r[0]: r[1] for r in conn.execute(select(ft.event_mentions.c.mention_id,
                                                         ft.event_mentions.c.event_id))}


def test_key_rows_follow_their_mentions_into_the_surviving_event(store: Store) -> None:
    """Two records merged by a third report: the key rows of the merged record's mention
    name the surviving event afterwards (before, their own); every row names its mention's
    event."""
    first = article(store, "a1", "2024-11-23", "wire", strike(STRIKE_A, "strike", "Israeli"),
                    text=STRIKE_A)
    second = article(store, "a2", "2024-11-23", "paper",
                     event(RUBBLE, "bombing", "ASSAULT", [("Israeli", ISRAEL)], []), text=RUBBLE)
    fuse.update(store, [first, second])
    rows = events_of_rows(store)
    assert rows["a1#0"] == {"e1"} and rows["a2#0"] == {"e2"}
    bridge = event(BRIDGE, "strike", "ASSAULT", [("Israeli", ISRAEL)], [("Basta", LEBANON)],
                   "2024-11-23", "Saturday")
    fuse.update(store, [article(store, "a3", "2024-11-24", "post", bridge, text=BRIDGE)])
    (ev,) = queries.list_events(store)
    assert ev["aliases"] == ["e2"]
    rows = events_of_rows(store)
    assert rows["a2#0"] == {"e1"} and rows["a3#0"] == {"e1"}
    assert {mid: next(iter(e)) for mid, e in rows.items()} == linked(store)


def test_a_merge_moves_only_the_rows_of_the_merged_events(store: Store) -> None:
    """``move_rows`` points the rows of a merged event's mentions at the surviving event and
    leaves the rows of every other event alone."""
    ids = [add(store, make_call(f"a{i}", date=f"2025-03-1{2 * i}",
                                published=f"2025-03-1{2 * i}T08:00:00+00:00")) for i in range(3)]
    fuse.update(store, ids)
    before = linked(store)
    assert len(set(before.values())) == 3
    gone, keep, other = (before[f"a{i}#0"] for i in (1, 0, 2))
    with store.begin() as conn:
        cands.move_rows(conn, [{"b_gone": gone, "b_keep": keep}])
    rows = events_of_rows(store)
    assert rows["a1#0"] == {keep} and rows["a0#0"] == {keep} and rows["a2#0"] == {other}


OLD_TABLE = """CREATE TABLE fuse_keys ("key" VARCHAR(200) NOT NULL, type VARCHAR(16) NOT NULL,
    bucket INTEGER NOT NULL, mention_id VARCHAR(160) NOT NULL,{events}
    PRIMARY KEY ("key", type, bucket, mention_id),
    FOREIGN KEY(mention_id) REFERENCES mentions (id) ON DELETE CASCADE)"""


def make_rowid(with_events: bool):
    """A function turning a SQLite store into one whose key rows sit in a rowid table, as
    written by version 3 (``with_events``: the rows hold their events, with the index of
    rows and events) or version 2 (no events)."""
    def make(store: Store) -> None:
        with store.begin() as conn:
            conn.execute(text("ALTER TABLE fuse_keys RENAME TO fuse_keys_now"))
            conn.execute(text("DROP INDEX ix_fuse_keys_mention"))
            conn.execute(text(OLD_TABLE.format(
                events=" event_id VARCHAR(64)," if with_events else "")))
            cols = '"key", type, bucket, mention_id' + (", event_id" if with_events else "")
            conn.execute(text(f"INSERT INTO fuse_keys ({cols}) SELECT {cols} FROM fuse_keys_now"))
            conn.execute(text("DROP TABLE fuse_keys_now"))
            conn.execute(text("CREATE INDEX ix_fuse_keys_mention ON fuse_keys (mention_id)"))
            if with_events:
                conn.execute(text(f"CREATE INDEX {cands.EVENTS_INDEX} ON fuse_keys "
                                  '("key", type, bucket, mention_id, event_id)'))
            conn.execute(s.meta.update().where(s.meta.c.key == cands.INDEX_META_KEY)
                         .values(value="3" if with_events else "2"))
    return make


def make_old(store: Store) -> None:
    """Turn a store into one written before key rows held their events: the column and its
    index dropped, the candidate index noted as version 2."""
    with store.begin() as conn:
        conn.execute(text(f"DROP INDEX IF EXISTS {cands.EVENTS_INDEX}"))
        conn.execute(text("ALTER TABLE fuse_keys DROP COLUMN event_id"))
        conn.execute(s.meta.update().where(s.meta.c.key == cands.INDEX_META_KEY)
                     .values(value="2"))


def fused(store: Store, late: bool) -> None:
    """Three calls fused together (``late``: and a fourth fused after them)."""
    ids = [add(store, make_call(f"a{i}", date="2025-03-18",
                                published=f"2025-03-{18 + i}T08:00:00+00:00")) for i in range(3)]
    fuse.update(store, ids)
    if late:
        fuse.update(store, [add(store, make_call("a9", date="2025-03-18",
                                                 published="2025-03-21T08:00:00+00:00"))])


def check_old_store_is_filled(fresh, reopen, make=make_old, emptied: bool = True) -> None:
    """A store made old reopens with the column empty, and its next update fills it once:
    the same rows as before, each naming its mention's event; after one more update its rows
    and record equal those of a store that was never made old."""
    ref = fresh()
    fused(ref, late=True)
    want_rows = key_rows(ref)
    want = [(e["id"], e["articles"]) for e in queries.list_events(ref)]
    ref.close()
    old = fresh()
    fused(old, late=False)
    written = key_rows(old)
    assert written and all(r[-1] for r in written)
    make(old)
    old.close()
    old = reopen()
    assert {r[-1] for r in key_rows(old)} == ({None} if emptied else {r[-1] for r in written})
    with old.begin() as conn:
        assert cands.ensure(conn) == 0
        assert conn.execute(select(s.meta.c.value).where(
            s.meta.c.key == cands.INDEX_META_KEY)).scalar() == cands.INDEX_VERSION
        assert cands.ensure(conn) == 0
    assert key_rows(old) == written
    fuse.update(old, [add(old, make_call("a9", date="2025-03-18",
                                         published="2025-03-21T08:00:00+00:00"))])
    assert key_rows(old) == want_rows
    assert [(e["id"], e["articles"]) for e in queries.list_events(old)] == want
    assert want == [("e1", ["a0", "a1", "a2", "a9"])]
    old.close()


def test_sqlite_store_without_key_row_events_is_filled(tmp_path: Path) -> None:
    paths = iter([tmp_path / "ref.db", tmp_path / "old.db"])
    last: list[Path] = []

    def fresh() -> Store:
        last.append(next(paths))
        return Store(str(last[-1]))

    check_old_store_is_filled(fresh, lambda: Store(str(last[-1])))
    indexes = {r[1] for r in sqlite3.connect(last[-1]).execute("PRAGMA index_list(fuse_keys)")}
    assert "ix_fuse_keys_mention" in indexes and cands.EVENTS_INDEX not in indexes


@pytest.mark.parametrize("with_events", [True, False])
def test_sqlite_rowid_table_of_key_rows_is_copied_once(tmp_path: Path, with_events) -> None:
    """A SQLite store whose key rows sit in a rowid table (with or without their events) gets
    them copied into the primary key's b-tree by its next update, each with its event; a store
    written now is not copied again."""
    paths = iter([tmp_path / "ref.db", tmp_path / "old.db"])
    last: list[Path] = []

    def fresh() -> Store:
        last.append(next(paths))
        return Store(str(last[-1]))

    def reopen() -> Store:
        store = Store(str(last[-1]))
        with store.engine.connect() as conn:
            assert cands.has_rowid(conn)
        return store

    check_old_store_is_filled(fresh, reopen, make_rowid(with_events), emptied=not with_events)
    db = sqlite3.connect(last[-1])
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'fuse_keys'").fetchone()
    assert "WITHOUT ROWID" in sql.upper()
    assert {r[1] for r in db.execute("PRAGMA index_list(fuse_keys)")} == {
        "ix_fuse_keys_mention", "sqlite_autoindex_fuse_keys_1"}
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'fuse_keys_rowid'"
                      ).fetchone() == (0,)


def test_postgres_store_without_key_row_events_is_filled(postgres_url) -> None:
    def fresh() -> Store:
        store = Store(postgres_url)
        s.metadata.drop_all(store.engine)
        store.close()
        return Store(postgres_url)

    check_old_store_is_filled(fresh, lambda: Store(postgres_url))


def read_plans(conn, run) -> list[str]:
    """SQLite's query plans of the statements ``run(conn)`` executes."""
    seen: list[tuple[str, tuple]] = []

    def note(_conn, _cursor, statement, parameters, _context, _many) -> None:
        seen.append((statement, parameters))

    sa_event.listen(conn, "before_cursor_execute", note)
    run(conn)
    sa_event.remove(conn, "before_cursor_execute", note)
    return [" ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + q, p))
            for q, p in seen]


def test_key_rows_are_read_from_the_primary_key(store: Store) -> None:
    """SQLite reads a key's candidate events (as rows and as cells) and a distinctive
    attribute's nearest events from the key rows' primary key b-tree alone: no
    ``event_mentions`` row, no other index, no sort for the cells' grouping."""
    fuse.update(store, [add(store, make_call("a1", date="2025-03-18"))])
    with store.engine.connect() as conn:
        (key,) = conn.execute(select(ft.fuse_keys.c.key).limit(1)).scalars()
        plans = [" ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + sql, (key, "CONSULT", 1, 2)))
            for sql in (cands.key_rows_sql(1, 2), cands.key_cells_sql(1, 2))]
        plans += read_plans(conn, lambda c: cands.identity_events(c, "count:killed=7",
                                                                   "ASSAULT", 100))
    assert len(plans) == 4
    assert all("fuse_keys USING PRIMARY KEY" in p and "event_mentions" not in p
               and "TEMP B-TREE" not in p for p in plans), plans


@pytest.mark.parametrize("side", ["before", "after"])
def test_nearest_attribute_rows_keep_primary_key_order(store: Store, side: str) -> None:
    """Among rows of one time bucket the nearest distinctive-attribute rows are taken in
    mention order (the primary key's order, as before rows held their events), whatever
    the order of their events' ids."""
    fk = ft.fuse_keys
    bucket = cands.identity_bucket(100)
    rows = [{"key": "count:killed=7", "type": "ASSAULT", "bucket": bucket,
             "mention_id": f"m{i:03d}", "event_id": f"e{1000 - i}"} for i in range(60)]
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # no mentions: rolled back
        conn.execute(fk.insert(), rows)
        found = cands.identity_events(conn, "count:killed=7", "ASSAULT",
                                      100 if side == "before" else 99)
        conn.rollback()
    want = rows[:cands.IDENTITY_NEAREST] if side == "before" else rows[-cands.IDENTITY_NEAREST:]
    assert found == {r["event_id"] for r in want}
    assert len(found) == cands.IDENTITY_NEAREST


def test_nearest_attribute_rows_read_together_match_each_read(store: Store,
                                                              monkeypatch) -> None:
    """On SQLite the nearest distinctive-attribute rows of many (key, type, bucket) reads come
    from one statement per chunk: the events each read finds on its own, together, with each
    side's limit kept, read from the primary key with no sort."""
    fk = ft.fuse_keys
    rows = [{"key": f"count:killed={k}", "type": kind, "bucket": cands.identity_bucket(b),
             "mention_id": f"m{k}-{kind}-{b}-{i:02d}", "event_id": f"e{k}{b}{i:02d}"}
            for k in (3, 7) for kind in ("ASSAULT", "PROTEST") for b in (90, 100, 110)
            for i in range(30)]
    wanted = {(f"count:killed={k}", kind, b) for k in (3, 7, 9)
              for kind in ("ASSAULT", "PROTEST") for b in (95, 100, 120)}
    monkeypatch.setattr(cands, "IDENTITY_NEAREST", 10)
    monkeypatch.setattr(cands, "NEAREST_CHUNK", 4)  # several statements
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # no mentions: rolled back
        conn.execute(fk.insert(), rows)
        each = {eid for key, kind, b in wanted
                for eid in cands.identity_events(conn, key, kind, b)}
        together = cands.nearest_events(conn, wanted)
        one = ("count:killed=7", "ASSAULT", -101, -1, 40, "count:killed=7", "ASSAULT", -101, 40)
        plan = " ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + cands.nearest_sql(2), one * 2))
        conn.rollback()
    assert together == each
    assert len(each) < len({r["event_id"] for r in rows})  # the limits left some out
    assert "fuse_keys USING PRIMARY KEY" in plan and "TEMP B-TREE" not in plan, plan


def test_key_rows_read_through_the_driver_match_the_query(store: Store) -> None:
    """On SQLite the key rows are read through the driver's cursor: the same rows, with each
    event's sequence number, as the portable query gives."""
    rows = [{"key": "c:RUR", "type": kind, "bucket": b, "mention_id": f"m{i}",
             "event_id": f"e{10 * i + b}"}
            for i, (kind, b) in enumerate([("CONSULT", 5), ("CONSULT", 6), ("ASSAULT", 5),
                                           ("CONSULT", 9), ("CONSULT", 5)])]
    rows.append({"key": "c:BOR", "type": "CONSULT", "bucket": 5, "mention_id": "m9",
                 "event_id": "e7"})
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # no mentions: rolled back
        conn.execute(ft.fuse_keys.insert(), rows)
        got = cands.key_rows(conn, "c:RUR", ["CONSULT"], [5, 6])
        want = conn.execute(cands.KEY_ROWS, {"key": "c:RUR", "kinds": ["CONSULT"],
                                             "buckets": [5, 6]}).all()
        lookup = (("c:RUR",), ("CONSULT",), (5, 6), (5,), "")
        found = cands.key_events(conn, [lookup])
        conn.rollback()
    assert sorted(got) == sorted(tuple(r) for r in want) == [
        ("CONSULT", 5, "e45", 45), ("CONSULT", 5, "e5", 5), ("CONSULT", 6, "e16", 16)]
    assert found == {("c:RUR", "CONSULT", 5): {"e45": -45, "e5": -5},
                     ("c:RUR", "CONSULT", 6): {"e16": -16}}


def test_key_cells_join_each_cells_events_in_key_row_order(store: Store) -> None:
    """On SQLite a key's cells come one row each, their events joined by the database: the
    same events, each once and in key row order, with the same sequence numbers, as the
    rows of the portable query give; a cell without rows is not returned."""
    rows = [{"key": "c:RUR", "type": kind, "bucket": b, "mention_id": mid, "event_id": eid}
            for kind, b, mid, eid in [("CONSULT", 5, "m1", "e12"), ("CONSULT", 5, "m2", "e3"),
                                      ("CONSULT", 5, "m3", "e12"), ("CONSULT", 5, "m4", "e104"),
                                      ("ASSAULT", 6, "m5", "e7"), ("ASSAULT", 5, "m6", "e8")]]
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # no mentions: rolled back
        conn.execute(ft.fuse_keys.insert(), rows)
        got = cands.key_cells(conn, "c:RUR", ["ASSAULT", "CONSULT"], [5, 6, 7])
        portable: dict[tuple, dict[str, int]] = {}
        for kind, b, eid, seq in conn.execute(cands.KEY_ROWS, {
                "key": "c:RUR", "kinds": ["ASSAULT", "CONSULT"], "buckets": [5, 6, 7]}):
            portable.setdefault((kind, b), {})[eid] = -seq
        conn.rollback()
    assert sorted(got, key=lambda c: c[:2]) == [
        ("ASSAULT", 5, {"e8": -8}), ("ASSAULT", 6, {"e7": -7}),
        ("CONSULT", 5, {"e12": -12, "e3": -3, "e104": -104})]
    assert {(k, b): list(e.items()) for k, b, e in got} == {
        k: list(e.items()) for k, e in portable.items()}


def test_key_rows_are_read_for_each_types_own_buckets(store: Store, monkeypatch) -> None:
    """Types looked up in different time buckets are read each in its own buckets (no row of
    a type in another type's bucket is read), with the same events found."""
    rows = [{"key": "c:RUR", "type": kind, "bucket": b, "mention_id": f"m{i}",
             "event_id": f"e{10 * i + b}"}
            for i, (kind, b) in enumerate([("CONSULT", 5), ("ASSAULT", 5), ("ASSAULT", 9),
                                           ("CONSULT", 9), ("AID", 5), ("AID", 9)])]
    read: list[tuple] = []
    real = cands.key_cells

    def noted(*args: Any) -> list[tuple]:
        got = real(*args)
        read.extend((kind, b, eid) for kind, b, events in got for eid in events)
        return got

    monkeypatch.setattr(cands, "key_cells", noted)
    lookups = [(("c:RUR",), ("CONSULT", "AID"), (5,), (5,), ""),
               (("c:RUR",), ("ASSAULT",), (9,), (9,), "")]
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # no mentions: rolled back
        conn.execute(ft.fuse_keys.insert(), rows)
        found = cands.key_events(conn, lookups)
        conn.rollback()
    assert sorted(r[:2] for r in read) == [("AID", 5), ("ASSAULT", 9), ("CONSULT", 5)]
    assert found == {("c:RUR", "CONSULT", 5): {"e5": -5}, ("c:RUR", "AID", 5): {"e45": -45},
                     ("c:RUR", "ASSAULT", 9): {"e29": -29}}
    assert cands.same_buckets({"CONSULT": {5}, "AID": {5}, "ASSAULT": {9, 5}}) == [
        (["AID", "CONSULT"], [5]), (["ASSAULT"], [5, 9])]
