"""Copies of a synthetic record (bench_ingest.replicate): new ids, days moved back, counts
multiplied, indexes kept."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_ingest.py"


@pytest.fixture(scope="module")
def bench():
    """The bench_ingest module, loaded from its file."""
    sys.path.insert(0, str(BENCH.parent))
    spec = importlib.util.spec_from_file_location("bench_ingest", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_replica_rewrites_ids_and_days(bench):
    rep = bench.Replica(2, {"articles": 10, "events": 100, "stories": 3}, 16)
    assert rep.ids("old-4") == "old-24"
    assert rep.ids("old-4#7") == "old-24#7"
    assert rep.ids("e5") == "e205"
    assert rep.ids("s1") == "s7"
    assert rep.ids("story:s1") == "story:s7"
    assert rep.ids("name:smith") == "name:smith"
    data = json.loads(rep.json(json.dumps({"id": "e5", "story": "s1", "date": "2025-03-31",
                                           "mentions": [{"mention": "old-4#0"}],
                                           "text": "e5 in 2025-03-31"})))
    assert data == {"id": "e205", "story": "s7", "date": "2025-02-27",
                    "mentions": [{"mention": "old-24#0"}], "text": "e5 in 2025-03-31"}


def test_replicate_copies_a_record(bench, tmp_path):
    from eventwire.store import Store

    db = tmp_path / "r.db"
    Store(str(db)).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO articles (id, seq, text, content_hash, ingested_at, extraction, "
                 "published) VALUES ('old-0', 1, 'x', 'h0', '2025-03-31T00:00:00', "
                 "'{\"id\": \"old-0\", \"published\": \"2025-03-31\"}', '2025-03-31')")
    conn.execute("INSERT INTO term_df (term, df) VALUES ('', 1)")
    conn.execute("INSERT INTO fuse_keys (key, type, bucket, mention_id, event_id) "
                 "VALUES ('c:KHM', 'ASSAULT', 5, 'old-0#0', 'e1')")  # a table without rowid
    conn.commit()
    conn.close()
    bench.replicate(db, 3)
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT id, seq, published, content_hash, extraction FROM articles "
                        "ORDER BY seq").fetchall()
    assert [r[:4] for r in rows] == [("old-0", 1, "2025-03-31", "h0"),
                                     ("old-1", 2, "2025-03-23", "h0-1"),
                                     ("old-2", 3, "2025-03-15", "h0-2")]
    assert json.loads(rows[2][4]) == {"id": "old-2", "published": "2025-03-31"}
    assert conn.execute("SELECT df FROM term_df").fetchone() == (3,)
    assert sorted(conn.execute("SELECT mention_id, bucket, event_id FROM fuse_keys")) == [
        ("old-0#0", 5, "e1"), ("old-1#0", 4, "e1"), ("old-2#0", 3, "e1")]
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_fuse_keys_mention" in indexes
    conn.close()


def test_repeated_runs_report_medians(bench):
    runs = [{"extract_s": e, "ingest_s": i, "extract_cpu_s": e, "ingest_cpu_s": i,
             "fused": {"events_new": ["e1", "e2"], "events_updated": ["e3"]}}
            for e, i in ((2.0, 4.0), (3.0, 10.0), (2.0, 5.0))]
    row = bench.summarise(runs, 100, 10, 0.0, 8)
    assert row["runs"] == 3
    assert row["ratios_cpu"] == [0.5, 0.3, 0.4]
    assert row["ratio_cpu"] == 0.4
    assert row["ratio_ingest_to_extract"] == 0.4
    assert row["beyond_extract_cpu_s"] == [2.0, 7.0, 3.0]
    assert row["extract_articles_per_s"] == 4.0 and row["ingest_articles_per_s"] == 1.6
    assert (row["events_new"], row["events_updated"]) == (2, 1)


def test_summary_of_an_update_shape(bench):
    from eventwire.corpus import FUSE_CHUNK

    runs = [{"extract_s": 10.0, "ingest_s": 20.0, "extract_cpu_s": 8.0, "ingest_cpu_s": 16.0,
             "fused": {"events_new": ["e1", "e2"], "events_updated": ["e0"]}},
            {"extract_s": 10.0, "ingest_s": 25.0, "extract_cpu_s": 8.0, "ingest_cpu_s": 12.0,
             "fused": {"events_new": ["e1", "e2"], "events_updated": ["e0"]}}]
    live = bench.summarise(runs, 100, 10, 1.0, 32)
    assert live["updates"] == 1 and live["new_articles"] == 32
    assert live["ratios_cpu"] == [0.5, 0.667]
    assert live["beyond_extract_ms_per_article"] == pytest.approx(1000 * 6.0 / 32)
    assert (live["events_new"], live["events_updated"]) == (2, 1)
    assert bench.summarise(runs, 100, 10, 1.0, FUSE_CHUNK)["updates"] == 1
    assert bench.summarise(runs, 100, 10, 1.0, FUSE_CHUNK + 1)["updates"] == 2
