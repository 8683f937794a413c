"""End-to-end tests through the command line on the sample corpus and on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CONTRACT_KEYS = {"id", "title", "published", "published_from", "text", "blocks", "entities",
                 "times", "quotes", "events", "flags"}
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ingested(cli, samples_dir, tmp_path_factory):
    """A SQLite store holding the sample corpus, ingested once."""
    db = str(tmp_path_factory.mktemp("db") / "e.db")
    first = cli("ingest", str(samples_dir), "--db", db, "--json")
    return db, first


def test_ingest_twice_leaves_five_articles(cli, ingested, samples_dir):
    db, first = ingested
    assert first.exit_code == 0, first.output
    assert len(json.loads(first.stdout.splitlines()[-1])["new"]) == 5
    again = cli("ingest", str(samples_dir), "--db", db, "--json")
    assert again.exit_code == 0
    report = json.loads(again.stdout.splitlines()[-1])
    assert report["new"] == [] and len(report["duplicates"]) == 5
    rows = [json.loads(line) for line in cli("articles", "--format", "jsonl", "--db",
                                             db).stdout.splitlines()]
    assert len(rows) == 5
    assert set(rows[0]) == {"id", "title", "published", "url", "duplicate_of"}


def test_seed_002_metadata_and_cleanup(cli, ingested):
    db, _ = ingested
    rows = [json.loads(line) for line in cli("articles", "--format", "jsonl", "--db",
                                             db).stdout.splitlines()]
    dated = [r for r in rows if r["published"] == "2025-05-19"]
    assert len(dated) == 1
    shown = cli("show", dated[0]["id"], "--db", db, "--format", "json")
    data = json.loads(shown.stdout)
    assert data["published_from"] == "text"
    title = "Trump To Speak With Putin Following Stalled Russia-Ukraine Negotiations"
    assert data["text"].count(title) == 1
    for junk in ("Article with TOC", "Table of Contents", "min read", "Call to Action"):
        assert junk not in data["text"]
    assert not data["text"].rstrip().endswith("close")


def test_show_text(cli, ingested):
    db, _ = ingested
    first = json.loads(cli("articles", "--format", "jsonl", "--db", db).stdout.splitlines()[0])
    result = cli("show", first["id"], "--db", db)
    assert result.exit_code == 0 and "Putin" in result.stdout
    missing = cli("show", "nope", "--db", db)
    assert missing.exit_code == 1 and "nope: no such article" in missing.stderr


def test_extract_contract(cli, samples_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    result = cli("extract", str(samples_dir), "--out", str(out))
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(docs) == 5
    tables = 0
    for doc in docs:
        assert CONTRACT_KEYS <= set(doc)
        text = doc["text"]
        for key in ("entities", "times"):
            for item in doc[key]:
                assert text[item["start"]:item["end"]] == item["text"]
        for ev in doc["events"]:
            for part in ("trigger", "sentence"):
                span = ev[part]
                assert text[span["start"]:span["end"]] == span["text"]
        for q in doc["quotes"]:
            c = q["content"]
            assert text[c["start"]:c["end"]] == c["text"]
        tables += sum(1 for b in doc["blocks"] if b["kind"] == "table" and b.get("rows"))
    assert tables >= 6


def test_bad_inputs_fail_cleanly_and_keep_the_rest(cli, tmp_path, samples_dir):
    src = tmp_path / "in"
    src.mkdir()
    (src / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (src / "empty.txt").write_text("")
    good = (samples_dir / sorted(p.name for p in samples_dir.iterdir())[0]).read_text()
    (src / "good.txt").write_text(good)
    (src / "feed.jsonl").write_text(
        '{"id": "j1", "text": "Russian and Ukrainian officials met in Istanbul on Monday.", '
        '"published": "2025-06-02"}\n{not json\n')
    db = str(tmp_path / "e.db")
    result = cli("ingest", str(src), "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert any("binary.txt" in e for e in errors)
    assert any("empty.txt" in e for e in errors)
    assert any("feed.jsonl:2" in e for e in errors)
    assert not any("Traceback" in e for e in errors)
    ids = {json.loads(line)["id"] for line in cli("articles", "--format", "jsonl", "--db",
                                                  db).stdout.splitlines()}
    assert "j1" in ids and len(ids) == 2


def test_private_url_refused(cli, tmp_path):
    result = cli("ingest", "http://127.0.0.1:9/x", "--db", str(tmp_path / "e.db"))
    assert result.exit_code == 1
    assert "127.0.0.1" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_console_script_reads_stdin(tmp_path):
    exe = Path(sys.executable).parent / "eventwire"
    record = {"id": "s1", "text": "Trump spoke with Putin by phone on Wednesday.",
              "published": "2025-06-06"}
    proc = subprocess.run([str(exe), "extract", "-"], input=json.dumps(record) + "\n",
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "EVENTWIRE_DB": str(tmp_path / "x.db")})
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout.splitlines()[0])
    assert doc["id"] == "s1" and doc["published"] == "2025-06-06"


@pytest.mark.slow
def test_extract_with_two_workers_matches_one(cli, samples_dir, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert cli("extract", str(samples_dir), "--out", str(one)).exit_code == 0
    assert cli("extract", str(samples_dir), "--out", str(two), "--workers", "2").exit_code == 0
    assert one.read_text() == two.read_text()
