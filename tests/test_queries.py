"""Fused-record queries in SQL: the event_actors/event_text indexes stay in sync with the
events (insert, update, rebuild, incremental ingest, old stores) on SQLite and PostgreSQL,
and the SQL filters give the same events as filtering the event dicts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fuse_helpers import PUTIN, TRUMP, ZELENSKY, add, make_call
from sqlalchemy import delete, select, text

from eventwire import fuse
from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.store import fuse_tables as ft


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh store on SQLite and on the real PostgreSQL server."""
    if request.param == "sqlite":
        st = Store(str(tmp_path / "q.db"))
    else:
        st = Store(request.getfixturevalue("postgres_url"))
        with st.begin() as conn:
            for table in (ft.promises, ft.event_actors, ft.event_text, ft.event_mentions,
                          ft.events, ft.story_articles, ft.stories, ft.term_df):
                conn.execute(delete(table))
            conn.execute(text("DELETE FROM articles"))
    yield st
    st.close()


def index_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """event id -> its (actor id, country, role) rows, in participant order."""
    c = ft.event_actors.c
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(select(c.event_id, c.actor_id, c.country, c.role, c.type)
                              .order_by(c.event_id, c.position)):
            out.setdefault(r.event_id, []).append((r.actor_id, r.country, r.role, r.type))
    return out


def expected_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The same rows derived from the stored event dicts."""
    out = {}
    for ev in queries.list_events(store, limit=1000):
        src = {p.get("id") for p in ev["source"]}
        tgt = {p.get("id") for p in ev["target"]}
        out[ev["id"]] = [(p.get("id"), p.get("country"),
                          "both" if p.get("id") in src and p.get("id") in tgt else
                          "source" if p.get("id") in src else
                          "target" if p.get("id") in tgt else "other", ev["type"])
                         for p in ev["participants"]]
    return out


def search_texts(store: Store) -> dict[str, str]:
    """event id -> its stored search text."""
    with store.engine.connect() as conn:
        return {r.event_id: r.text for r in conn.execute(select(ft.event_text))}


def test_index_follows_new_and_updated_events(store: Store) -> None:
    a = add(store, make_call("a1", date="2025-03-18", outcome="long"))
    fuse.update(store, [a])
    assert index_rows(store) == expected_rows(store)
    assert index_rows(store)["e1"] == [("Q22686", "USA", "source", "CONSULT"),
                                        ("Q7747", "RUS", "target", "CONSULT")]
    b = add(store, make_call("a2", date="2025-03-18", outcome="productive"))
    fuse.update(store, [b])  # merges into e1: the event row is updated
    assert list(index_rows(store)) == ["e1"]
    assert index_rows(store) == expected_rows(store)
    assert "the white house" not in search_texts(store)["e1"]
    assert "spoke with vladimir putin" in search_texts(store)["e1"]


def test_incremental_ingest_and_rebuild_give_the_same_index(store: Store) -> None:
    ids = [add(store, make_call("a1", date="2025-03-18")),
           add(store, make_call("a2", date="2025-05-19", target=ZELENSKY))]
    fuse.update(store, ids[:1])
    fuse.update(store, ids[1:])
    incremental = index_rows(store)
    assert incremental == expected_rows(store)
    fuse.rebuild(store)
    assert index_rows(store) == incremental
    assert set(search_texts(store)) == set(incremental)


def test_store_without_index_rows_is_filled_on_first_query(store: Store) -> None:
    ids = [add(store, make_call("a1", date="2025-03-18")),
           add(store, make_call("a2", date="2025-05-19", target=ZELENSKY))]
    fuse.update(store, ids)
    before = index_rows(store)
    with store.begin() as conn:
        conn.execute(delete(ft.event_actors))
        conn.execute(delete(ft.event_text))
    queries._READY.discard(store.engine)
    assert queries.count_actors(store) == 3
    assert index_rows(store) == before


def test_update_fills_missing_index_rows(store: Store) -> None:
    fuse.update(store, [add(store, make_call("a1", date="2025-03-18"))])
    with store.begin() as conn:
        conn.execute(delete(ft.event_actors))
        conn.execute(delete(ft.event_text))
    fuse.update(store, [add(store, make_call("a2", date="2025-05-19", target=ZELENSKY))])
    assert index_rows(store) == expected_rows(store)
    assert set(index_rows(store)) == {"e1", "e2"}


def fused_store(store: Store) -> list[dict[str, Any]]:
    """Four calls on different days (one undated, one with Zelensky), fused; all events."""
    ids = [add(store, make_call("a1", date="2025-03-18", outcome="productive")),
           add(store, make_call("a2", date="2025-05-19", target=ZELENSKY, outcome="tense")),
           add(store, make_call("a3", date=None, outcome="long")),
           add(store, make_call("a4", date="2025-02-12", outcome="100% productive"))]
    fuse.update(store, ids)
    return queries.list_events(store, limit=1000)


def python_filter(events: list[dict[str, Any]], actor: str | None = None,
                  country: str | None = None, q: str | None = None) -> list[str]:
    """Ids of the events passing the filters, by reading the event dicts."""
    out = []
    for ev in events:
        parts = ev["participants"]
        if actor and not any(str(p.get("id") or "").lower() == actor.lower() or
                             actor.lower() in str(p.get("name") or "").lower() for p in parts):
            continue
        if country and not any(str(p.get("country") or "").upper() == country.upper()
                               for p in parts):
            continue
        sents = " ".join(m["sentence"]["text"] for m in ev["mentions"]) + " " + ev["type"]
        if q and q.lower() not in sents.lower():
            continue
        out.append(ev["id"])
    return out


@pytest.mark.parametrize("filters", [
    {"actor": "Q3874799"}, {"actor": "q7747"}, {"actor": "PUTIN"}, {"actor": "trump"},
    {"country": "ukr"}, {"country": "RUS"}, {"q": "ZELENSKY by phone"}, {"q": "consult"},
    {"q": "%"}, {"q": "nothing like this"}, {"actor": "_"},
])
def test_sql_filters_match_the_event_dicts(store: Store, filters: dict[str, str]) -> None:
    events = fused_store(store)
    expected = python_filter(events, **filters)
    assert [e["id"] for e in queries.list_events(store, **filters)] == expected
    assert queries.count_events(store, **filters) == len(expected)


def test_date_order_puts_undated_last_and_latest_order_by_update(store: Store) -> None:
    events = fused_store(store)
    assert [e["date"] for e in events] == ["2025-02-12", "2025-03-18", "2025-05-19", None]
    with store.begin() as conn:
        conn.execute(ft.events.update().values(updated_at="2000-01-01T00:00:00+00:00"))
        conn.execute(ft.events.update().where(ft.events.c.date == "2025-03-18")
                     .values(updated_at="2030-01-01T00:00:00+00:00"))
    latest = queries.list_events(store, order="latest", limit=2)
    assert latest[0]["date"] == "2025-03-18"
    assert [e["id"] for e in queries.list_events(store, order="latest")][1:] == \
        sorted((e["id"] for e in events if e["date"] != "2025-03-18"),
               key=lambda i: -int(i[1:]))
    with pytest.raises(ValueError):
        queries.list_events(store, order="random")


def test_paging_and_actor_summaries(store: Store) -> None:
    events = fused_store(store)
    ids = [e["id"] for e in events]
    assert [e["id"] for e in queries.list_events(store, limit=2, offset=1)] == ids[1:3]
    assert queries.list_events(store, limit=0) == []
    assert queries.count_actors(store) == 3
    actors = queries.list_actors(store)
    assert [(a["id"], a["n_events"]) for a in actors] == [
        (TRUMP.id, 4), (PUTIN.id, 3), (ZELENSKY.id, 1)]
    assert queries.list_actors(store, limit=1, offset=1)[0]["id"] == PUTIN.id
    trump = queries.get_actor(store, TRUMP.id)
    assert trump["name"] == "Donald Trump" and trump["country"] == "USA"
    assert [e["id"] for e in trump["events"]] == \
        [e["id"] for e in sorted(events, key=lambda e: (e["date"] is not None,
                                                       e["date"] or "", int(e["id"][1:])))] \
        if store.engine.dialect.name == "sqlite" else ids
    assert trump["counterparts"] == [{"id": PUTIN.id, "name": "Vladimir Putin", "count": 3},
                                     {"id": ZELENSKY.id, "name": "Volodymyr Zelensky",
                                      "count": 1}]
    assert queries.get_actor(store, "Q0") is None


def test_modality_and_participant_filters(store: Store) -> None:
    ids = [add(store, make_call("m1", date="2025-03-18")),
           add(store, make_call("m2", date="2025-04-02", modality="hypothetical"))]
    fuse.update(store, ids)
    every = queries.list_events(store, limit=100)
    kept = queries.list_events(store, modality=["asserted", "planned"], with_actors=True)
    assert {e["modality"] for e in every} == {"asserted", "hypothetical"}
    assert [e["modality"] for e in kept] == ["asserted"]
    assert queries.count_events(store, modality=["hypothetical"]) == 1
    assert queries.count_events(store, with_actors=True) == len(every)
