"""A promise to act with no content type and a window end is judged first without the pool's
events after the window (they can only tell of a closed window or an extension), and as against
every event whenever its verdict turns on them."""

from __future__ import annotations

import json
import random
import sqlite3

import pytest
from test_scale_promises import LINKED, full_judgement, make_event, stored, write

from eventwire.fuse import promises
from eventwire.fuse.promises import (
    NO_COMMITMENTS,
    Candidates,
    _after_day,
    committing_sql,
    refresh_promises,
)


def test_only_well_formed_later_days_are_after_the_window() -> None:
    assert _after_day("2025-03-02", "2025-03-01")
    assert not _after_day("2025-03-01", "2025-03-01")
    assert not _after_day("2025-02-28", "2025-03-01")
    assert not _after_day("20250302", "2025-03-01")  # another ISO form: kept
    assert not _after_day(None, "2025-03-01")


def test_events_that_may_carry_commitments_are_kept() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE events (id TEXT PRIMARY KEY, data TEXT)")
    rows = {"e1": {"id": "e1", "type": "AID", "commitments": {}},
            "e2": {"id": "e2", "commitments": {"a1:ev0": {"deadline": {"value": "2025-05-01"}}}},
            "e3": {"commitments": {}, "id": "e3"},  # not the last key: kept
            "e4": {"id": "e4", "mentions": [{"commitments": {}}]}}  # none at all: kept
    conn.executemany("INSERT INTO events VALUES (?, ?)",
                     [(k, json.dumps(v)) for k, v in rows.items()])
    assert json.dumps(rows["e1"]).endswith(NO_COMMITMENTS)
    got = {r[0] for r in conn.execute(committing_sql(4), ("e1", "e2", "e3", "e4"))}
    assert got == {"e2", "e3", "e4"}


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_untyped_promises_with_a_window_end_judge_as_against_every_event(
        store, monkeypatch, seed: int) -> None:
    rng = random.Random(seed)
    events = [make_event(rng, i, promise=False) for i in range(1, 700)]
    made = [ev for ev in events if ev["date_range"] and ev["modality"] == "asserted"
            and ev["date_range"][0] < "2025-04-01"][:14]
    for k, ev in enumerate(made):
        c = {"kind": "pledge" if k % 2 else "plan", "content_type": None,
             "promiser": {"text": "x", "actor": rng.choice(LINKED[:3])},
             "action": rng.choice(["deliver aid to the region",
                                   "resume talks on prisoner exchanges"]),
             "deadline": {"value": rng.choice(["2025-03-20", "2025-04-30", "2025-06-30"])}}
        if k % 5 == 4:  # a later report extends it
            ext = rng.choice([o for o in events if o["date_range"]
                              and o["date_range"][0] > "2025-04-01"])
            ext["commitments"] = {f"{ext['articles'][0]}:ev0": {
                **c, "deadline": {"value": "2025-12-31"}}}
            ext["mentions"][0]["sentence"]["text"] = (
                "the promise to deliver aid to the region and resume talks on prisoner "
                "exchanges was extended until december")
            ext["modality"] = "asserted"
            ext["participants"] = ext["source"] = [c["promiser"]["actor"]]
            ext["target"] = []
        ev["commitments"] = {f"{ev['articles'][0]}:ev0": c}
    left_out = []
    head = Candidates.head

    def counted(self, c, ev):
        got = head(self, c, ev)
        if got is not None:
            left_out.append(len(self.ids(self.spec(c, ev))) - len(got))
        return got

    monkeypatch.setattr(promises.Candidates, "head", counted)
    write(store, events, "t1")
    with store.begin() as conn:
        assert refresh_promises(conn, "t1") > 10
    got = stored(store)
    assert got == full_judgement(store, "t1")
    assert left_out and max(left_out) > 20  # the tail was left out of some judgements
    assert any(e.get("kind") == "extended" for r in got for e in r["data"]["evidence"])
