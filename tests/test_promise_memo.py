"""What a promise refresh remembers: the facts of an event dict (participant keys, text,
places, countries) while ``judging``, and the pool of events shared by the commitments of one
promiser (``Candidates``); neither changes a judgement."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from test_scale_promises import LINKED, full_judgement, make_event, stored, write

from eventwire.fuse import promises
from eventwire.fuse.promises import (
    Candidates,
    EventCache,
    event_keys,
    event_text,
    judging,
    place_keys,
    refresh_promises,
    theatre_countries,
)
from eventwire.store import Store


def counting_keys(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    plain = promises.keys_of

    def keys_of(refs: list[dict[str, Any]]) -> set[str]:
        calls[0] += 1
        return plain(refs)
    monkeypatch.setattr(promises, "keys_of", keys_of)
    return calls


def an_event(name: str = "Maria Okonjo") -> dict[str, Any]:
    return {"id": "e1", "source": [{"id": None, "name": name}], "target": [],
            "location": {"text": "Port Vale", "country": "abc"},
            "participants": [{"name": name, "country": "xyz"}],
            "mentions": [{"sentence": {"text": "The Envoy Arrived"}}]}


def test_facts_of_an_event_dict_are_computed_once_while_judging(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = counting_keys(monkeypatch)
    ev = an_event()
    with judging():
        assert event_keys(ev, "source") == {"name:okonjo"}
        assert event_keys(ev, "source") == {"name:okonjo"}
        assert calls[0] == 1
        assert event_keys(ev, "target") == frozenset()  # each role its own fact
        assert calls[0] == 2
        # another dict with the same content is computed for itself
        other = an_event("Tomas Berg")
        other["id"] = ev["id"]
        assert event_keys(other, "source") == {"name:berg"}
        assert calls[0] == 3
        assert event_text(ev) == "the envoy arrived"
        assert place_keys(ev) == {"name:port vale", "country:ABC"}
        assert theatre_countries(ev) == {"XYZ", "ABC"}


def test_facts_are_not_remembered_outside_judging(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = counting_keys(monkeypatch)
    ev = an_event()
    assert event_keys(ev, "source") == {"name:okonjo"}
    assert event_keys(ev, "source") == {"name:okonjo"}
    assert calls[0] == 2
    with judging():
        assert event_keys(ev, "source") == {"name:okonjo"}
    # a dict changed after the refresh is read afresh
    ev["source"] = [{"id": None, "name": "Tomas Berg"}]
    assert event_keys(ev, "source") == {"name:berg"}
    with judging():
        assert event_keys(ev, "source") == {"name:berg"}


def test_commitments_of_one_promiser_share_their_pool(store: Store) -> None:
    rng = random.Random(5)
    events = [make_event(rng, i, False) for i in range(1, 40)]
    write(store, events, "t0")
    made = {"id": "e100", "date": "2025-01-02", "date_range": ["2025-01-02", "2025-01-02"],
            "source": [LINKED[0]], "participants": [LINKED[0]], "mentions": []}
    first = {"promiser": {"text": "x", "actor": LINKED[0]}, "action": "deliver aid",
             "deadline": {"value": "2025-03-01"}}
    second = {**first, "action": "free the prisoners"}
    other = {**first, "promiser": {"text": "x", "actor": LINKED[1]}}
    with store.engine.connect() as conn:
        cache = EventCache(conn)
        reads: list[list[str]] = []
        plain_get = cache.get

        def get(ids: list[str], etype: str | None = None, **kw: Any) -> list[dict[str, Any]]:
            reads.append(ids)
            return plain_get(ids, etype, **kw)
        cache.get = get  # type: ignore[method-assign]
        pool = Candidates(conn, cache)
        a, b = pool(first, made), pool(second, made)
        assert a is b and len(reads) == 1
        assert a  # the promiser has events in the window
        c = pool(other, made)  # another promiser: its own read
        assert len(reads) == 2
        assert {e["id"] for e in c} != {e["id"] for e in a}
        assert all(LINKED[1] in (e["source"] + e["target"]) for e in c)


@pytest.mark.parametrize("seed", [11, 12])
def test_a_refresh_judges_as_against_every_event(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    write(store, [make_event(rng, i, rng.random() < 0.3) for i in range(1, 120)], "t1")
    with store.begin() as conn:
        refresh_promises(conn, "t1")
    assert stored(store) == full_judgement(store, "t1")


def test_a_participants_events_are_read_once_unless_a_window_starts_earlier(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(9)
    write(store, [make_event(rng, i, False) for i in range(1, 80)], "t0")
    with store.engine.connect() as conn:
        def fresh(start: dt.date) -> list[Any]:
            return Candidates(conn, EventCache(conn)).events_of(
                "actor_id", LINKED[0]["id"], start).overlapping(start, None)

        reads = [0]
        read = promises.participant_rows

        def counting(*args: Any, **kwargs: Any) -> Any:
            reads[0] += 1
            return read(*args, **kwargs)
        pool = Candidates(conn, EventCache(conn))
        monkeypatch.setattr(promises, "participant_rows", counting)
        days = [dt.date(2025, 3, 1), dt.date(2025, 6, 1), dt.date(2025, 2, 1),
                dt.date(2025, 9, 1)]
        got = [pool.events_of("actor_id", LINKED[0]["id"], d).overlapping(d, None)
               for d in days]
        # the later windows reuse the first read; the earlier one reads again
        assert reads[0] == 2
        monkeypatch.setattr(promises, "participant_rows", read)
        for d, rows in zip(days, got, strict=True):
            assert rows == fresh(d)
        assert got[0] and len(got[3]) < len(got[0])  # the later window holds fewer


def joint_or_typed(rng: random.Random, ev: dict[str, Any]) -> None:
    """Give some events a report that what was agreed held or that a deadline was moved,
    and some commitments a content type, an agreement's kind and a promisee, so that every
    test of ``evaluate`` meets events."""
    if rng.random() < 0.3:
        ev["mentions"][0]["sentence"]["text"] += rng.choice(
            [" as agreed", " and the truce has held", " and the deadline was extended"])
    for c in (ev.get("commitments") or {}).values():
        if rng.random() < 0.6:
            c["content_type"] = rng.choice(["CONSULT", "ASSAULT", "AID", "RETREAT"])
        if rng.random() < 0.5:
            c["kind"] = "agreement"
            c["promisee"] = {"text": "x", "actor": rng.choice(LINKED)}
        if rng.random() < 0.3:
            c["deadline"] = {"value": "2025-03-01"}


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_judging_with_remembered_facts_matches_judging_without(seed: int) -> None:
    rng = random.Random(seed)
    events = [make_event(rng, i, promise=rng.random() < 0.3) for i in range(400)]
    for ev in events:
        joint_or_typed(rng, ev)
    now = dt.date(2025, 6, 1)
    with judging():
        remembered = promises.promise_rows(events, now, "t")
    plain = promises.promise_rows(events, now, "t")
    assert len(remembered) > 40
    assert remembered == plain
    assert {r["status"] for r in remembered} >= {"kept", "broken", "open"}
    assert any(e["kind"] == "extended" for r in remembered for e in r["data"]["evidence"])


def test_a_pools_extension_reports_are_found_once_and_in_order() -> None:
    said = [{"id": f"e{i}", "mentions": [{"sentence": {"text": text}}]} for i, text in
            enumerate(["The truce was extended", "Talks resumed", "They extended it again"])]
    assert promises.extending(said) is said  # outside a refresh: the whole pool
    with judging():
        found = promises.extending(said)
        assert [o["id"] for o in found] == ["e0", "e2"]
        assert promises.extending(said) is found
        said.append({"id": "e3", "mentions": [{"sentence": {"text": "An extension"}}]})
        assert [o["id"] for o in promises.extending(said)] == ["e0", "e2", "e3"]
