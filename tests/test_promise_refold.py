"""An update folded into stored promises (``Prior.refold``): the stored rows equal a judgement
of every promise against every event, on random updates that write, rewrite and retire events
of many shapes (plans for a stated day, refrain pledges without an end, reports with cues that
a promise held, failed or is pending, counts short of what was promised, other stories)."""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

import pytest
from sqlalchemy import Text, cast, delete, select
from test_promises_incremental import rewrite
from test_scale_promises import LINKED, START, TYPES, full_judgement, stored, write

from eventwire.fuse import promises as pm
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store.jsontext import loads as json_loads

SENTENCES = ["the ceasefire came into force as agreed", "the talks were delayed again",
             "troops shelled a grain terminal", "the exchange of prisoners is due to begin",
             "aid convoys delivered food to the region", "the withdrawal was not yet complete",
             "they returned 2 soldiers", "strikes hit energy infrastructure near the port"]
ACTIONS = ["return 20 soldiers", "hold talks on prisoners", "refrain from strikes on the port",
           "deliver aid to the region", "observe the ceasefire"]


def shaped(rng: random.Random, seq: int, promise: bool) -> dict[str, Any]:
    """One random fused event: typed, in one of three stories, sometimes with a place, counts,
    a plan merged into it, and commitments of the shapes a refold takes or leaves."""
    who = rng.sample(LINKED[:3], rng.randint(1, 2))
    day = START + dt.timedelta(days=rng.randint(0, 120))
    dates = None if rng.random() < 0.08 else [
        day.isoformat(), (day + dt.timedelta(days=rng.choice([0, 0, 0, 3]))).isoformat()]
    mentions = [{"mention": f"a{seq}:ev{k}", "article": f"a{seq}-{k}",
                 "type": rng.choice(TYPES), "sentence": {"text": rng.choice(SENTENCES)},
                 "modality": rng.choice(["asserted", "asserted", "negated", "planned"])}
                for k in range(rng.randint(1, 2))]
    ev: dict[str, Any] = {
        "id": f"e{seq}", "type": rng.choice(TYPES), "mode": None,
        "date": dates[0] if dates else None, "date_range": dates, "date_from": "text",
        "modality": rng.choice(["asserted", "asserted", "asserted", "negated", "planned"]),
        "participants": who, "source": who[:1], "target": who[1:], "articles": [f"a{seq}"],
        "n_sources": 1, "story": rng.choice(["s1", "s2", "s3"]), "mentions": mentions,
        "commitments": {}}
    if rng.random() < 0.3:
        ev["location"] = {"text": rng.choice(["Kyiv", "Gaza"]), "country": rng.choice(["UKR", "PSE"])}
    if rng.random() < 0.3:
        n = rng.choice([2, 20])
        ev["attributes"] = {"counts": [{"of": "soldier", "count": n,
                                        "span": {"text": f"{n} soldiers"}}]}
    if promise and dates:
        for k in range(rng.randint(1, 2)):
            ev["commitments"][f"a{seq}-{k}#c"] = commitment(rng, ev, day)
    return ev


def commitment(rng: random.Random, ev: dict[str, Any], day: dt.date) -> dict[str, Any]:
    """A typed or untyped commitment: a plan for a stated day, an agreement without an end, a
    refrain pledge with or without a period, sometimes conditional."""
    c: dict[str, Any] = {"action": rng.choice(ACTIONS),
                         "promiser": {"text": "x", "actor": ev["source"][0]},
                         "kind": rng.choice(["plan", "agreement", "pledge", "threat"])}
    if rng.random() < 0.7:
        c["content_type"] = rng.choice(TYPES)
    shape = rng.random()
    if shape < 0.3:
        c["start"] = {"value": (day + dt.timedelta(days=rng.randint(0, 5))).isoformat()}
    elif shape < 0.4:
        c["duration"] = "P30D"
    elif shape < 0.5:
        c["negative"] = True
    if rng.random() < 0.1:
        c["condition"] = {"text": "if the talks resume"}
    if rng.random() < 0.3:
        c["scope"] = rng.choice(["energy infrastructure", "grain terminal", "prisoners"])
    return c


@pytest.mark.parametrize("seed", [7, 8, 9, 10])
def test_refolded_promises_match_a_judgement_against_every_event(
        store: Store, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    write(store, [shaped(rng, i, rng.random() < 0.15) for i in range(1, 401)], "t1")
    with store.begin() as conn:
        pm.refresh_promises(conn, "t1", written=pm.Written())
    assert stored(store) == full_judgement(store, "t1")
    folded = []
    original = pm.Prior.refold
    monkeypatch.setattr(pm.Prior, "refold",
                        lambda self, *a: folded.append(r := original(self, *a)) or r)
    copied = []
    encode = pm.encoded

    def checked(data: dict[str, Any], old: dict[str, Any] | None, raw: str | None) -> str:
        out = encode(data, old, raw)
        assert out == json.dumps(data)  # byte for byte a full encoding
        copied.append(old is not None and any(e is o for e in data.get("evidence") or ()
                                              for o in old.get("evidence") or ()))
        return out
    monkeypatch.setattr(pm, "encoded", checked)
    seq, alive = 401, set(range(1, 401))
    for step in range(2, 7):
        stamp = f"t{step}"
        batch = [shaped(rng, seq + k, rng.random() < 0.2) for k in range(15)]
        picked = rng.sample(sorted(alive), 7)
        changed = [shaped(rng, i, rng.random() < 0.3) for i in picked[:5]]
        retired = [f"e{i}" for i in picked[5:]]
        alive.difference_update(picked[5:])
        alive.update(range(seq, seq + 15))
        seq += 15
        written = pm.Written()
        with store.begin() as conn:
            written.note(conn, [ev["id"] for ev in changed] + retired)  # as they were
            conn.execute(delete(ft.event_actors).where(ft.event_actors.c.event_id.in_(retired)))
            conn.execute(delete(ft.event_types).where(ft.event_types.c.event_id.in_(retired)))
            conn.execute(delete(ft.events).where(ft.events.c.id.in_(retired)))
        rewrite(store, changed, stamp)
        write(store, batch, stamp)
        with store.begin() as conn:
            written.note(conn, [ev["id"] for ev in batch + changed])
            pm.refresh_promises(conn, stamp, written=written)
        assert stored(store) == full_judgement(store, stamp)
    assert all(text == json.dumps(json_loads(text)) for text in texts(store))  # as encoded
    assert any(r is not None for r in folded)  # stored promises were folded into
    assert any(r is not None and r is not pm.STORED and r[1] for r in folded)  # ... with
    # evidence
    assert any(r is pm.STORED for r in folded)  # ... and stored rows left standing
    assert any(copied)  # kept evidence copied from the stored text


def test_refold_places_new_evidence_in_date_then_pool_order() -> None:
    """A stored item and a new one of the same day keep the pool's order; an earlier day
    comes first; the stored item of a rewritten event is replaced by its new judgement."""
    ev = {"id": "e1", "type": "AGREE", "date": "2025-01-01",
          "date_range": ["2025-01-01", "2025-01-01"], "participants": [LINKED[0]],
          "source": [LINKED[0]], "target": [], "commitments": {}}
    c = {"promiser": {"text": "x", "actor": LINKED[0]}, "kind": "agreement",
         "content_type": "AID", "action": "deliver aid"}

    def report(eid: str, day: str) -> dict[str, Any]:
        return {"id": eid, "type": "AID", "date": day, "date_range": [day, day],
                "modality": "asserted", "participants": [LINKED[0]], "source": [LINKED[0]],
                "target": [], "mentions": [{"article": eid, "type": "AID", "modality": "asserted",
                                            "sentence": {"text": "aid was delivered"}}]}

    old = [report("e5", "2025-01-09"), report("e7", "2025-01-09"), report("e8", "2025-01-03")]
    status, evidence = pm.evaluate(c, ev, old, dt.date(2025, 2, 1))
    assert status == "kept" and [e["event"] for e in evidence] == ["e8", "e5", "e7"]

    class Pool:
        seq_of = {"e5": 0, "e7": 2, "e8": 3}

        def seqs(self, ids: set[str]) -> dict[str, int]:
            return {}

        def among(self, c: Any, ev: Any, wanted: set[str]) -> tuple[dict[str, int], list]:
            return {"e6": 1}, [report("e6", "2025-01-09")]

    stored_rows = pm.StoredPromises()
    stored_rows.data["e1"] = [{"mention": "m", "evidence": evidence}]
    prior = pm.Prior(stored_rows, {"e6", "e8"}, Pool(), dt.date(2025, 2, 1))  # type: ignore[arg-type]
    status, evidence = prior.refold(c, ev, "m", None)  # type: ignore[misc]
    assert status == "kept" and [e["event"] for e in evidence] == ["e5", "e6", "e7"]


def test_evidence_summary_reads_kinds_and_events_from_the_stored_text() -> None:
    """The kinds and events of a stored promise's items, read from its JSON text as the store
    writes it; a text it cannot read so (another layout, an escape in an id) is left to
    decoding."""
    import json

    data = {"id": "p-e1", "event": "e1", "mention": "m", "status": "kept",
            "decided_by": {"kind": "fulfils", "event": "e5"},
            "evidence": [{"kind": "fulfils", "event": "e5", "text": 'he said "kind": "x"'},
                         {"kind": "window_closed", "date": "2025-01-01"},
                         {"kind": "coverage", "event": "e9", "text": '"event": "e2"'}]}
    assert pm.evidence_summary(json.dumps(data)) == ({"fulfils", "window_closed", "coverage"},
                                                     {"e5", "e9"})
    assert pm.evidence_summary(json.dumps({**data, "evidence": []})) == (set(), set())
    assert pm.evidence_summary(json.dumps(data, separators=(",", ":"))) is None
    odd = {**data, "evidence": [{"kind": "fulfils", "event": 'e"7'}]}
    assert pm.evidence_summary(json.dumps(odd)) is None


def texts(store: Store) -> list[str]:
    """The JSON texts of the stored promises."""
    with store.engine.connect() as conn:
        return list(conn.execute(select(cast(ft.promises.c.data, Text))).scalars())


ODD_TEXTS = ['he said "kind": "x"', '}, {"kind": "y"}', "caf\u00e9 \u2014 \U0001f600", "a\\b\n",
             "\ud800 lone", '"evidence": [', ""]


def random_item(rng: random.Random, n: int) -> dict[str, Any]:
    """One random evidence item as the judgement writes them (a flat dict, ``kind`` first),
    with texts and ids that need escapes."""
    item: dict[str, Any] = {"kind": rng.choice(sorted(pm.FOLDED_KINDS)),
                            "event": rng.choice([f"e{n}", f'e"{n}', f"e\\{n}", f"é{n}"]),
                            "date": rng.choice([None, "2025-01-0" + str(n % 9 + 1)]),
                            "article": rng.choice([None, f"a{n}"]),
                            "text": rng.choice(ODD_TEXTS) + str(n)}
    if rng.random() < 0.3:
        item["cue"] = rng.choice(ODD_TEXTS)
    if rng.random() < 0.1:
        item["deadline"] = "2025-03-01"
    return item


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_encoded_promise_is_its_full_encoding(seed: int) -> None:
    """A promise judged again is written with the evidence it keeps copied from its stored
    text: byte for byte ``json.dumps`` of the new data, on random updates that keep, drop,
    reorder and add items and change the other fields (escaped ids and texts included)."""
    rng = random.Random(seed)
    for case in range(200):
        old = {"id": "p-e1", "event": "e1", "mention": "m", "promiser": [{"id": "X", "name": "é"}],
               "status": "open", "end": None,
               "evidence": [random_item(rng, k) for k in range(rng.randint(0, 6))]}
        old["decided_by"] = old["evidence"][0] if old["evidence"] else None
        old["evidence"] = old.pop("evidence")  # the last key, as the judgement writes it
        raw = json.dumps(old)
        decoded = json_loads(raw)
        kept = [e for e in decoded["evidence"] if rng.random() < 0.7]
        rng.shuffle(kept)
        evidence = kept + [random_item(rng, 100 + k) for k in range(rng.randint(0, 3))]
        rng.shuffle(evidence)
        data = {**decoded, "status": rng.choice(["open", "kept", "broken"]),
                "end": rng.choice([None, "2025-02-0" + str(case % 9 + 1)])}
        data["decided_by"] = evidence[0] if evidence and rng.random() < 0.5 else None
        data["evidence"] = evidence
        assert pm.encoded(data, decoded, raw) == json.dumps(data)
        assert pm.encoded(decoded, decoded, raw) == raw


def test_encoded_leaves_other_layouts_to_a_full_encoding() -> None:
    """Stored text not as ``json.dumps`` writes a promise (other separators, sorted keys, the
    evidence not last, an item not starting with its kind or holding one inside) is not
    copied from; the promise is encoded in full."""
    item = {"kind": "fulfils", "event": "e5", "text": "x"}
    data = {"id": "p-e1", "status": "kept", "evidence": [item]}
    raw = json.dumps(data)
    assert pm.evidence_texts(raw, 1) == [json.dumps(item)]
    assert pm.evidence_texts(raw, 2) is None
    for other in (json.dumps(data, separators=(",", ":")), json.dumps(data, sort_keys=True),
                  json.dumps({"evidence": [item], "id": "p-e1"}),
                  json.dumps({**data, "evidence": [{"event": "e5", "kind": "fulfils"}]}),
                  json.dumps({**data, "evidence": [{**item, "of": {"kind": "held"}}]})):
        assert pm.evidence_texts(other, 1) is None
        decoded = json_loads(other)
        new = {**data, "evidence": decoded.get("evidence", []) + [{"kind": "held", "event": "e6"}]}
        assert pm.encoded(new, decoded, other) == json.dumps(new)
    assert pm.evidence_texts(json.dumps({**data, "evidence": []}), 0) == []
