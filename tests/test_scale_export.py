"""Export and event paging on a store of many events: pages on the sort key give exactly
the ``list_events`` order, undated events last, with every filter."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from test_scale_promises import make_event, write

from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.views.export import COLUMNS, export, rows_of

N_EVENTS = 900


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A SQLite store of random events with many shared dates and some undated ones."""
    st = Store(str(tmp_path_factory.mktemp("scale") / "export.db"))
    rng = random.Random(11)
    events = [make_event(rng, i, promise=False) for i in range(1, N_EVENTS + 1)]
    rng.shuffle(events)
    write(st, events, "t1")
    yield st
    st.close()


def ids_of(pages: list[list[dict]]) -> list[str]:
    """Event ids of a sequence of pages."""
    return [ev["id"] for page in pages for ev in page]


@pytest.mark.parametrize("batch", [1, 7, 100, 5000])
def test_pages_follow_list_order(store: Store, batch: int) -> None:
    pages = list(queries.event_pages(store, batch=batch))
    expected = [ev["id"] for ev in queries.list_events(store, limit=10 * N_EVENTS)]
    assert ids_of(pages) == expected and len(expected) == N_EVENTS
    assert all(0 < len(p) <= batch for p in pages)


@pytest.mark.parametrize("filters", [{"type": "ASSAULT"}, {"actor": "putin"},
                                     {"country": "UKR", "date_from": "2025-03"},
                                     {"date_to": "2025-06-30"}, {"q": "grain"},
                                     {"modality": ["planned"], "with_actors": True}])
def test_pages_follow_list_order_with_filters(store: Store, filters: dict) -> None:
    pages = list(queries.event_pages(store, batch=13, **filters))
    expected = queries.list_events(store, limit=10 * N_EVENTS, **filters)
    assert ids_of(pages) == [ev["id"] for ev in expected] and expected


def test_csv_export_has_every_event_in_list_order(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    assert export(store, "csv", out) == N_EVENTS
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    listed = queries.list_events(store, limit=10 * N_EVENTS)
    assert [r["id"] for r in rows] == [ev["id"] for ev in listed]
    first = {k: "" if v is None else str(v) for k, v in rows_of(store, listed[:1])[0].items()}
    assert list(rows[0]) == list(COLUMNS) and rows[0] == first
