"""The events a promise is judged against: a promise to do something of a type, with an open
window and no deadline, reads only the promiser's events of that type (the others cannot
decide it), and judges exactly as against all of them."""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

import pytest
from sqlalchemy import Text, cast, insert, select
from test_scale_promises import LINKED, full_judgement, make_event, stored, write

from eventwire.fuse import index
from eventwire.fuse.promises import (
    NO_EVENT,
    Candidates,
    EventCache,
    breach_filter,
    breach_test,
    deciding_type,
    deciding_words,
    event_texts,
    names_any,
    names_in_json,
    participant_rows,
    refresh_promises,
    typed_participant_ids,
    typed_participants_sql,
)
from eventwire.store import Store
from eventwire.store import fuse_tables as ft

OPEN_PLAN = {"kind": "plan", "promiser": {"text": "Putin", "actor": LINKED[0]},
             "action": "hold talks on prisoner exchanges", "content_type": "CONSULT"}


def event_with(ev: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**ev, **changes}


def dated_base(*parties: dict[str, Any]) -> dict[str, Any]:
    """An asserted event of 2 March 2025 whose parties are its participants and sources."""
    return {"mode": None, "modality": "asserted", "participants": list(parties),
            "source": list(parties), "target": [], "commitments": {}, "date": "2025-03-02",
            "date_range": ["2025-03-02", "2025-03-02"]}


def typed_rows(base: dict[str, Any]) -> list[dict[str, Any]]:
    """Talks (e1), an aid record holding a report of talks (e2) and plain aid (e3)."""
    return [event_with(base, id="e1", type="CONSULT", mentions=[{"type": "CONSULT"}]),
            event_with(base, id="e2", type="AID", mentions=[{"type": "AID"},
                                                            {"type": "CONSULT"}]),
            event_with(base, id="e3", type="AID", mentions=[{"type": "AID"}])]


def test_an_open_plan_of_a_type_is_decided_by_events_of_that_type_only() -> None:
    ev = {"id": "e1", "date": "2025-03-01", "date_range": ["2025-03-01", "2025-03-01"]}
    assert deciding_type(OPEN_PLAN, ev) == "CONSULT"


def test_an_open_plan_without_a_type_is_decided_by_no_other_event() -> None:
    ev = {"id": "e1", "date": "2025-03-01", "date_range": ["2025-03-01", "2025-03-01"]}
    assert deciding_type({**OPEN_PLAN, "content_type": None}, ev) == NO_EVENT
    closing = {**OPEN_PLAN, "content_type": None, "deadline": {"value": "2025-03-20"}}
    assert deciding_type(closing, ev) is None  # after its deadline, coverage decides


@pytest.mark.parametrize("change", [
    {"deadline": {"value": "2025-03-20"}},  # an extension could move it; coverage after it
    {"duration": "P30D"},                   # a window end: later coverage counts
    {"content_type": None, "kind": "pledge"},  # scope words in any event's text decide
    {"negative": True},  # a refrain promise: a breach of another type breaks it
    {"start": {"value": "2025-03"}},        # due by the end of a stated month
])
def test_other_promises_read_all_the_promisers_events(change: dict[str, Any]) -> None:
    ev = {"id": "e1", "date": "2025-03-01", "date_range": ["2025-03-01", "2025-03-01"]}
    assert deciding_type({**OPEN_PLAN, **change}, ev) is None


def store_events(store: Store, rows: list[dict[str, Any]]) -> None:
    """Write ``rows`` as fused events of ``store``."""
    with store.begin() as conn:
        conn.execute(insert(ft.events), [
            {"id": r["id"], "seq": int(r["id"][1:]), "type": r["type"], "modality": "asserted",
             "data": r, "n_sources": 1, "updated_at": "t"} for r in rows])
        index.sync_events(conn, [(r, int(r["id"][1:]), (r.get("date_range") or [None])[0])
                                 for r in rows], [])


def test_event_cache_type_filter_reads_and_decodes_only_events_of_the_type(
        store: Store) -> None:
    base = dated_base()
    # e2: a record typed by its first mention that holds a mention of talks
    rows = [*typed_rows(base),
            # the name in a sentence, not as a type: neither read nor decoded
            event_with(base, id="e4", type="AID", mentions=[
                {"type": "AID", "sentence": {"text": 'a "CONSULT" banner'}}])]
    store_events(store, rows)
    with store.engine.connect() as conn:
        cache = EventCache(conn)
        ids = ["e4", "e3", "e2", "e1"]
        assert [e["id"] for e in cache.get(ids, "CONSULT")] == ["e2", "e1"]
        assert "e3" not in cache.data and "e4" not in cache.data  # never decoded
        assert {("e3", "CONSULT"), ("e4", "CONSULT")} <= cache.lacking
        # a later read without the filter reads what the filtered one left out
        assert [e["id"] for e in cache.get(ids)] == ids
        assert [e["id"] for e in cache.get(ids, "CONSULT")] == ["e2", "e1"]
        assert [e["id"] for e in cache.get(ids, "AID")] == ["e4", "e3", "e2"]


def test_a_participants_events_of_a_type_are_read_joined_to_the_types(store: Store) -> None:
    who = {"id": "country:ISR", "name": "Israel", "country": "ISR"}
    base = dated_base(who)
    rows = [*typed_rows(base),
            event_with(base, id="e4", type="CONSULT", mentions=[{"type": "CONSULT"}],
                       date="2025-01-02", date_range=["2025-01-02", "2025-01-03"]),
            event_with(base, id="e5", type="CONSULT", mentions=[{"type": "CONSULT"}],
                       modality="planned"),
            event_with(base, id="e6", type="CONSULT", mentions=[{"type": "CONSULT"}],
                       participants=[{"id": "country:LBN", "name": "Lebanon"}])]
    store_events(store, rows)
    with store.engine.connect() as conn:
        for col, value in (("actor_id", "country:ISR"), ("name_key", "israel")):
            for first in ("2025-01-01", "2025-02-01"):
                read = {r[3] for r in participant_rows(conn, col, value, first)}
                for kind in ("CONSULT", "AID", "COERCE"):
                    got = typed_participant_ids(conn, col, value, first, kind)
                    cache = EventCache(conn)
                    assert set(got) == {e["id"] for e in cache.get(sorted(read), kind)}
        assert typed_participant_ids(conn, "actor_id", "country:ISR", "2025-01-01",
                                     "CONSULT") == {"e1": (1, "2025-03-02"),
                                                    "e2": (2, "2025-03-02"),
                                                    "e4": (4, "2025-01-03")}
        # ids read through the types are not tested against them again: the same events
        got = typed_participant_ids(conn, "actor_id", "country:ISR", "2025-01-01", "CONSULT")
        ids = sorted(got, key=lambda i: got[i][0])
        plain, typed = EventCache(conn), EventCache(conn)
        sent: list[str] = []
        assert [e["id"] for e in typed.get(ids, "CONSULT", typed=True)] == ["e1", "e2", "e4"]
        assert [e["id"] for e in plain.get(ids, "CONSULT")] == ["e1", "e2", "e4"]
        driver = conn.connection.dbapi_connection
        driver.set_trace_callback(sent.append)  # every statement, through SQLAlchemy or not
        assert [e["id"] for e in typed.get(ids + ["e3"], "CONSULT", typed=True)] == \
            ["e1", "e2", "e4"]  # e3 read (not a typed id) and left out by its own type
        driver.set_trace_callback(None)
        assert sent and not any("event_types" in q for q in sent)
        sent.clear()  # an untyped read does test the types (so the trace sees them)
        driver.set_trace_callback(sent.append)
        EventCache(conn).get(ids + ["e3"], "CONSULT")
        driver.set_trace_callback(None)
        assert any("event_types" in q for q in sent)


def test_a_participants_events_of_a_type_are_tested_in_the_type_major_index(
        store: Store) -> None:
    """The type of each participant row is probed in ``ix_event_types_type`` (one type's
    rows together), the window read from the participant's covering index, and the events
    are those of the plain join of the two tables."""
    rng = random.Random(7)
    people = [{"id": f"country:{c}", "name": n, "country": c}
              for c, n in (("ISR", "Israel"), ("LBN", "Lebanon"), ("USA", "United States"))]
    kinds = ("CONSULT", "AID", "COERCE", "ASSAULT")
    rows = []
    for n in range(1, 241):
        day = f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
        parties = rng.sample(people, rng.randint(1, 2))
        rows.append({**dated_base(*parties), "id": f"e{n}", "type": rng.choice(kinds),
                     "modality": rng.choice(("asserted", "asserted", "negated", "planned")),
                     "date": day, "date_range": [day, day],
                     "mentions": [{"type": rng.choice(kinds)} for _ in range(rng.randint(1, 3))]})
    store_events(store, rows)
    join = ("SELECT DISTINCT a.event_id, a.event_seq, a.date_max FROM event_actors AS a "
            "JOIN event_types AS t ON t.event_id = a.event_id AND t.type = ? WHERE "
            "a.{col} = ? AND a.date_max >= ? AND a.modality IN ('asserted', 'negated') "
            "AND a.date_min IS NOT NULL")
    with store.engine.connect() as conn:
        driver = conn.connection.dbapi_connection
        for col, value, ix in (("actor_id", "country:USA", "ix_event_actors_actor_end"),
                               ("name_key", "israel", "ix_event_actors_name_end")):
            plan = " | ".join(r[3] for r in driver.execute(
                "EXPLAIN QUERY PLAN " + typed_participants_sql(col),
                ("AID", value, "2025-03-01", "asserted", "negated")))
            assert f"COVERING INDEX {ix}" in plan and \
                "COVERING INDEX ix_event_types_type (type=? AND event_id=?)" in plan, plan
            found = 0
            for first in ("2025-01-01", "2025-05-01", "2025-09-01"):
                for kind in kinds:
                    want = {r[0]: (r[1], r[2]) for r in driver.execute(
                        join.format(col=col), (kind, value, first))}
                    got = typed_participant_ids(conn, col, value, first, kind)
                    assert got == want
                    found += len(got)
            assert found > 50


def random_typed_record(store: Store, seed: int = 11) -> list[str]:
    """240 events of three parties with random days, types and modalities (the kinds)."""
    rng = random.Random(seed)
    people = [{"id": f"country:{c}", "name": n, "country": c}
              for c, n in (("ISR", "Israel"), ("LBN", "Lebanon"), ("USA", "United States"))]
    kinds = ["CONSULT", "AID", "COERCE", "ASSAULT"]
    rows = []
    for n in range(1, 241):
        day = f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
        end = f"2025-0{rng.randint(int(day[6]), 9)}-28"
        parties = rng.sample(people, rng.randint(1, 2))
        rows.append({**dated_base(*parties), "id": f"e{n}", "type": rng.choice(kinds),
                     "modality": rng.choice(("asserted", "asserted", "negated", "planned")),
                     "date": day, "date_range": [day, end],
                     "mentions": [{"type": rng.choice(kinds)} for _ in range(rng.randint(1, 3))]})
    store_events(store, rows)
    return kinds


def typed_reads_agree(store: Store) -> None:
    """Read from a later day, then from an earlier one, a participant's typed events are
    those of one read from the earlier day; the second read asks the database only for
    the rows ending before the day first read from (``until``)."""
    kinds = random_typed_record(store)
    late, early = dt.date(2025, 6, 1), dt.date(2025, 2, 15)
    with store.engine.connect() as conn:
        grown = 0
        for col, value in (("actor_id", "country:USA"), ("name_key", "israel")):
            for kind in kinds:
                whole = typed_participant_ids(conn, col, value, early.isoformat(), kind)
                before = typed_participant_ids(conn, col, value, early.isoformat(), kind,
                                               late.isoformat())
                assert before == {i: v for i, v in whole.items() if v[1] < late.isoformat()}
                pools = Candidates(conn, EventCache(conn))
                first = pools.of_type(col, value, late, kind)
                second = pools.of_type(col, value, early, kind)
                assert second == Candidates(conn, EventCache(conn)).of_type(col, value, early,
                                                                           kind)
                assert pools.typed[(col, value, kind)] == (early.isoformat(), whole)
                assert pools.of_type(col, value, late, kind) == first
                assert set(first) < set(second) or first == second
                grown += len(second) - len(first)
        assert grown > 20


def test_a_typed_read_from_an_earlier_day_reads_only_the_events_ending_before(
        store: Store) -> None:
    typed_reads_agree(store)


def test_a_typed_read_from_an_earlier_day_on_postgresql(postgres_url: str) -> None:
    store = Store(postgres_url)
    try:
        with store.begin() as conn:  # the server is shared by the session's tests
            for table in (ft.event_types, ft.event_text, ft.event_actors, ft.events):
                conn.execute(table.delete())
        typed_reads_agree(store)
    finally:
        with store.begin() as conn:
            for table in (ft.event_types, ft.event_text, ft.event_actors, ft.events):
                conn.execute(table.delete())
        store.close()


def test_event_texts_read_through_the_driver_match_the_query(store: Store) -> None:
    """On SQLite a pool's events are read through the driver's cursor: the same ids, types
    and stored JSON text as the portable query gives (unknown ids give nothing)."""
    base = dated_base({"id": "country:ISR", "name": "Isra\u0130l", "country": "ISR"})
    store_events(store, [*typed_rows(base)])
    e = ft.events.c
    with store.engine.connect() as conn:
        got = event_texts(conn, ["e2", "e1", "e9"])
        want = conn.execute(select(e.id, e.type, cast(e.data, Text))
                            .where(e.id.in_(["e1", "e2"]))).all()
    assert sorted(got) == sorted(tuple(r) for r in want)
    assert [r[0] for r in sorted(got)] == ["e1", "e2"]
    assert all(json.loads(raw)["id"] == eid for eid, _, raw in got)


@pytest.mark.parametrize("seed", [7, 8])
def test_open_typed_plans_judge_as_against_every_event(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    events = [make_event(rng, i, promise=False) for i in range(1, 400)]
    plans = [ev for ev in events if ev["date_range"] and ev["modality"] == "asserted"][:12]
    for k, ev in enumerate(plans):
        plan = {**OPEN_PLAN, "promiser": {"text": "x", "actor": rng.choice(LINKED[:3])}}
        if k % 3 == 1:
            plan["content_type"] = "AID"
            plan["action"] = "deliver aid to the region"
        if k % 3 == 2:
            plan["content_type"] = None
            if k % 2:
                plan["kind"] = "pledge"  # scope words decide
        if k % 4 == 3:
            plan["deadline"] = {"value": "2025-12-31"}
        ev["commitments"] = {f"{ev['articles'][0]}:ev0": plan}
    write(store, events, "t1")
    with store.begin() as conn:
        assert refresh_promises(conn, "t1") == len(plans)
    got = stored(store)
    assert got == full_judgement(store, "t1")
    assert {r["status"] for r in got} >= {"open", "kept"}


def test_an_open_untyped_pledge_is_decided_by_events_naming_its_scope_only() -> None:
    ev = {"id": "e1", "date": "2025-03-01", "date_range": ["2025-03-01", "2025-03-01"]}
    pledge = {**OPEN_PLAN, "content_type": None, "kind": "pledge",
              "action": "reopen the northern crossing"}
    assert deciding_words(pledge, ev) == {"reopen", "northern", "crossing"}
    for change in ({"deadline": {"value": "2025-03-20"}}, {"content_type": "AID"},
                   {"kind": "plan"}, {"negative": True}, {"start": {"value": "2025-03"}}):
        assert deciding_words({**pledge, **change}, ev) is None


def test_the_json_naming_test_keeps_every_event_whose_text_may_hold_a_word(
        store: Store) -> None:
    base = {"type": "AID", "mode": None, "modality": "asserted", "participants": [],
            "source": [], "commitments": {}, "date": "2025-03-02",
            "date_range": ["2025-03-02", "2025-03-02"]}

    def said(text: str) -> list[dict[str, Any]]:
        return [{"type": "AID", "sentence": {"text": text}}]

    rows = [event_with(base, id="e1", mentions=said("The CROSSING was reopened."), target=[]),
            event_with(base, id="e2", mentions=said("Trucks waited at the border."),
                       target=[]),
            event_with(base, id="e3", mentions=said("Nothing moved."),
                       target=[{"name": "Crossing Authority"}]),
            # a Kelvin sign lower-cases to an ASCII k: kept without a test of the word
            event_with(base, id="e4", mentions=said("The \u212aeep stayed shut."), target=[])]
    store_events(store, rows)
    ids = ["e1", "e2", "e3", "e4"]

    def naming(words: frozenset[str]) -> set[str]:
        with store.engine.connect() as conn:
            return set(conn.execute(select(ft.events.c.id).where(
                ft.events.c.id.in_(ids), names_in_json(words))).scalars())

    assert naming(frozenset({"crossing"})) == {"e1", "e3", "e4"}
    assert naming(frozenset({"keep"})) == {"e4"}
    assert naming(frozenset({"trucks", "border"})) == {"e2", "e4"}


def test_an_open_refrain_promise_is_decided_by_breaches_and_reports_of_its_content() -> None:
    ev = {"id": "e1", "date": "2025-03-01", "date_range": ["2025-03-01", "2025-03-01"]}
    truce = {"negative": True, "kind": "pledge", "promiser": OPEN_PLAN["promiser"],
             "action": "halt shelling of the grain depot", "scope": "grain depot",
             "content_type": "RETREAT"}
    assert breach_filter(truce, ev) == (frozenset({"grain", "depot"}), "RETREAT")
    assert breach_filter({**truce, "content_type": None}, ev) == (
        frozenset({"grain", "depot"}), None)
    for change in ({"duration": "P30D"}, {"deadline": {"value": "2025-03-20"}},
                   {"negative": None, "action": "reopen the depot"}):
        assert breach_filter({**truce, **change}, ev) is None


def test_the_pool_tests_on_stored_json_keep_every_event_that_can_decide() -> None:
    keep = breach_test(frozenset({"depot"}), "RETREAT")
    assert keep("ASSAULT", '{"text": "Shells hit the DEPOT"}')
    assert keep("ASSAULT", '{"text": "\\u212aiev said"}')  # may lower-case to an ASCII k
    assert not keep("ASSAULT", '{"text": "Shells hit the port"}')
    assert keep("AID", '{"type": "RETREAT"}')
    assert not keep("AID", '{"text": "a depot"}')  # no breach of another type
    assert breach_test(frozenset(), None)("COERCE", "{}")
    assert names_any('{"text": "a Cease-Fire held"}', frozenset({"cease-fire"}))
    assert not names_any('{"text": "fire"}', frozenset({"cease-fire"}))


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_open_refrain_and_typed_promises_judge_as_against_every_event(
        store: Store, seed: int) -> None:
    rng = random.Random(seed)
    events = [make_event(rng, i, promise=False) for i in range(1, 400)]
    made = [ev for ev in events if ev["date_range"] and ev["modality"] == "asserted"][:16]
    actions = ["halt strikes on the grain terminal", "stop attacks on energy infrastructure",
               "hold talks on prisoner exchanges", "deliver aid to the region"]
    for k, ev in enumerate(made):
        c = {"kind": rng.choice(["pledge", "plan", "agreement"]),
             "promiser": {"text": "x", "actor": rng.choice(LINKED[:3])},
             "action": actions[k % 4],
             "content_type": rng.choice([None, "CONSULT", "AID", "RETREAT"])}
        if k % 4 < 2:
            c["negative"] = True
            if k % 3:
                c["scope"] = rng.choice(["energy infrastructure", "grain terminal"])
        if k % 5 == 4:
            c["duration"] = "P30D"
        ev["commitments"] = {f"{ev['articles'][0]}:ev0": c}
    write(store, events, "t1")
    with store.begin() as conn:
        assert refresh_promises(conn, "t1") == len(made)
    assert stored(store) == full_judgement(store, "t1")


def test_a_participant_s_events_read_through_the_driver_match_the_query(tmp_path) -> None:
    """On SQLite a participant's dated, judged events in a window are read through the
    driver's cursor: the same rows as the portable query, each event once."""
    from fuse_helpers import add, make_call

    from eventwire import fuse
    from eventwire.fuse.promises import participant_rows

    store = Store(str(tmp_path / "s.db"))
    try:
        ids = [add(store, make_call(f"a{i}", date=f"2025-03-{10 + 3 * i}")) for i in range(4)]
        ids.append(add(store, make_call("a9", date="2025-03-12", modality="hypothetical")))
        fuse.update(store, ids)
        ea = ft.event_actors.c
        with store.engine.connect() as conn:
            for column, value in (("actor_id", "Q7747"), ("actor_id", "Q22686")):
                got = participant_rows(conn, column, value, "2025-03-14")
                want = {tuple(r) for r in conn.execute(
                    select(ea.date_min, ea.date_max, ea.event_seq, ea.event_id)
                    .where(ea[column] == value, ea.date_max >= "2025-03-14",
                           ea.modality.in_(["asserted", "negated"]),
                           ea.date_min.is_not(None)))}
                assert sorted(got) == sorted(want) and len(got) == len(set(got))
                assert got and all(r[1] >= "2025-03-14" for r in got)
            assert participant_rows(conn, "actor_id", "Q0", "2025-03-01") == []
    finally:
        store.close()


def test_an_untyped_pool_reads_only_the_window_s_events_naming_its_words(tmp_path) -> None:
    """The actor-id and name-key windows of an untyped pledge are read in one query, each
    event once, and only those whose stored JSON may name a scope word: the same events
    as the windows filtered by ``names_any`` on their stored JSON."""
    from fuse_helpers import add, make_call

    from eventwire import fuse
    from eventwire.fuse.promises import named_participant_ids

    store = Store(str(tmp_path / "s.db"))
    try:
        places = ["at the grain terminal on Tuesday", "on Tuesday",
                  "near the Grain depot on Tuesday", "on Tuesday"]
        ids = [add(store, make_call(f"a{i}", date=f"2025-03-{10 + 3 * i}", date_text=p))
               for i, p in enumerate(places)]
        fuse.update(store, ids)
        ea = ft.event_actors.c
        with store.engine.connect() as conn:
            names = sorted(set(conn.execute(select(ea.name_key).where(
                ea.name_key.is_not(None))).scalars()))
            assert names
            lookups = [("actor_id", "Q7747"), ("actor_id", "Q22686")]
            lookups += [("name_key", n) for n in names]
            window = {r[3]: r[2] for col, v in lookups
                      for r in participant_rows(conn, col, v, "2025-03-11")}
            assert len(window) == 3  # the first call ends before the window
            raw = dict(conn.execute(select(ft.events.c.id, ft.events.c.data)).all())
            for words in ({"grain"}, {"terminal", "depot"}, {"tuesday"}, {"harbour"}):
                got = named_participant_ids(conn, lookups, "2025-03-11", frozenset(words))
                assert got == {i: q for i, q in window.items()
                               if names_any(json.dumps(raw[i]) if not isinstance(raw[i], str)
                                            else raw[i], frozenset(words))}
            assert len(named_participant_ids(conn, lookups, "2025-03-11",
                                             frozenset({"tuesday"}))) == 3
            assert len(named_participant_ids(conn, lookups, "2025-03-01",
                                             frozenset({"grain"}))) == 2
            assert named_participant_ids(conn, lookups, "2025-03-01", frozenset()) == {}
            assert named_participant_ids(conn, [], "2025-03-01", frozenset({"grain"})) == {}
    finally:
        store.close()
