"""The event records of an update built from the extract objects story placement read: the
new articles' stored extract objects are read once per update, and the records are those
built from extract objects read again."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fuse_helpers import ZELENSKY, add, make_call
from sqlalchemy import select

from eventwire import fuse
from eventwire.fuse import events as fuse_events
from eventwire.store import Store
from eventwire.store import fuse_tables as ft

STAMP_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d|Z)?")
PLEDGE = {"commitment": {"promiser": {"text": "Vladimir Putin"},
                         "action": "refrain from attacks on energy infrastructure",
                         "duration": "P30D"}}


def three_reports(store: Store) -> list[str]:
    """Two reports of one call (one with a commitment and claims) and a call with another
    party, stored and not yet fused."""
    return [add(store, make_call("r1", date="2025-03-18", outcome="productive",
                                 agreement=True, attributes=PLEDGE,
                                 published="2025-03-18T20:00:00+00:00")),
            add(store, make_call("r2", date="2025-03-18", outcome="long",
                                 published="2025-03-19T08:00:00+00:00")),
            add(store, make_call("r3", date="2025-03-20", target=ZELENSKY,
                                 published="2025-03-20T08:00:00+00:00"))]


def records(store: Store) -> list[tuple[str, str]]:
    """Every stored event record (id and its data's text, timestamps masked)."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(ft.events.c.id, ft.events.c.data)
                            .order_by(ft.events.c.seq)).all()
    return [(r.id, STAMP_RE.sub("T", repr(r.data))) for r in rows]


def test_records_equal_those_built_from_extract_objects_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same records, quotes, claims, flags and commitments whether the update hands the
    extract objects story placement read to the records or (more new articles than one read
    holds) the records read them again."""
    built = []
    for name, per_read in (("held", fuse.EXTRACTIONS_READ), ("read-again", 1)):
        monkeypatch.setattr(fuse, "EXTRACTIONS_READ", per_read)
        store = Store(str(tmp_path / f"{name}.db"))
        try:
            fuse.update(store, three_reports(store))
            built.append(records(store))
        finally:
            store.close()
    assert built[0] == built[1]
    assert len(built[0]) == 2  # the two reports of one call are one record


def test_new_articles_extract_objects_are_not_read_again(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """An update of a few articles reads none of their extract objects for the records; a
    stored article of a record the update changes is read as before."""
    asked: list[set[str]] = []
    read = fuse_events.extractions

    def watched(conn: Any, article_ids: set[str]) -> dict[str, Any]:
        asked.append(set(article_ids))
        return read(conn, article_ids)

    monkeypatch.setattr(fuse_events, "extractions", watched)
    ids = three_reports(store)
    fuse.update(store, ids[:1])
    assert asked and not set().union(*asked)
    asked.clear()
    fuse.update(store, ids[1:])  # r2 joins r1's record: r1 is read, r2 and r3 are not
    assert set().union(*asked) == {"r1"}
