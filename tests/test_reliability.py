"""Reliability of ingest: isolation per input, healing after interruption, concurrent writers."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SAMPLES

from eventwire import fuse
from eventwire.corpus import ingest
from eventwire.fuse import queries
from eventwire.pipeline import Pipeline
from eventwire.store import Store

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def baseline(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The record of one uninterrupted ingest of the samples."""
    store = Store(str(tmp_path_factory.mktemp("base") / "base.db"))
    report = ingest([str(SAMPLES)], store, pipeline=pipeline)
    assert len(report.new) == 5 and not report.failed
    return queries.snapshot(store)


def test_unfused_articles_are_fused_by_the_next_ingest(pipeline, baseline, tmp_path):
    store = Store(str(tmp_path / "s.db"))
    files = sorted(SAMPLES.iterdir())
    ingest([str(f) for f in files[:3]], store, pipeline=pipeline, fuse=False)
    assert len(store.unfused_ids()) == 3
    report = ingest([str(SAMPLES)], store, pipeline=pipeline)
    assert len(report.new) == 2 and len(report.duplicates) == 3
    assert store.unfused_ids() == []
    assert queries.snapshot(store) == baseline


def test_failed_fusion_is_redone_by_the_next_ingest(pipeline, baseline, tmp_path, monkeypatch):
    store = Store(str(tmp_path / "s.db"))
    real_update = fuse.update

    def crash(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("killed during fusion")

    monkeypatch.setattr(fuse, "update", crash)
    with pytest.raises(RuntimeError):
        ingest([str(SAMPLES)], store, pipeline=pipeline)
    assert len(store.unfused_ids()) == 5  # stored, not fused: the markers survive
    monkeypatch.setattr(fuse, "update", real_update)
    report = ingest([str(SAMPLES)], store, pipeline=pipeline)
    assert report.new == [] and report.fused["articles"] == 5
    assert queries.snapshot(store) == baseline


def test_fuse_command_fuses_unfused(pipeline, baseline, tmp_path):
    from eventwire.corpus import fuse_unfused

    store = Store(str(tmp_path / "s.db"))
    ingest([str(SAMPLES)], store, pipeline=pipeline, fuse=False)
    assert fuse_unfused(store)["articles"] == 5
    assert fuse_unfused(store) == {}
    assert queries.snapshot(store) == baseline


def test_store_predating_the_marker_is_marked_from_the_record(pipeline, tmp_path):
    from sqlalchemy import text

    path = str(tmp_path / "old.db")
    store = Store(path)
    files = sorted(SAMPLES.iterdir())
    ingest([str(files[0])], store, pipeline=pipeline)
    ingest([str(files[1])], store, pipeline=pipeline, fuse=False)
    with store.begin() as conn:
        conn.execute(text("DROP TABLE unfused"))
    store.close()
    assert len(Store(path).unfused_ids()) == 1


def test_one_bad_input_in_a_batch_costs_only_itself(pipeline, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for f in sorted(SAMPLES.iterdir())[:3]:
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\x00" + os.urandom(64))
    (folder / "deep.jsonl").write_text("[" * 100_000 + "\n", encoding="utf-8")
    (folder / "sur.jsonl").write_text(json.dumps({"id": "s1", "title": "Geneva \ud800",
                                                   "text": "Talks in Geneva \ud800 ended. " * 20}),
                                       encoding="utf-8")
    store = Store(str(tmp_path / "s.db"))
    report = ingest([str(folder)], store, pipeline=pipeline)
    assert len(report.new) == 4  # the three samples and the repaired surrogate text
    assert {Path(src).name for src, _ in report.failed} >= {"bad.txt"}
    assert "\ufffd" in store.article("s1")["title"]
    assert any("nested" in msg for _, msg in report.failed)


def test_batch_failure_in_nlp_pipe_is_isolated(pipeline, monkeypatch):
    from eventwire.annotate.nlp import load_nlp
    from eventwire.ingest import build_article

    nlp = load_nlp()
    poison = "Officials met in Vienna. POISON marker."
    real_pipe, real_call = type(nlp).pipe, type(nlp).__call__

    def pipe(self: Any, texts: Any, **kwargs: Any) -> Any:
        texts = list(texts)
        if any("POISON" in t for t in texts):
            raise ValueError("batch failed")
        return real_pipe(self, texts, **kwargs)

    def call(self: Any, text: str, **kwargs: Any) -> Any:
        if "POISON" in text:
            raise ValueError("bad article")
        return real_call(self, text, **kwargs)

    monkeypatch.setattr(type(nlp), "pipe", pipe)
    monkeypatch.setattr(type(nlp), "__call__", call)
    arts = [build_article(t, id=i) for i, t in
            (("a", "Russia and Ukraine held talks in Istanbul on Monday."), ("b", poison),
             ("c", "The United States imposed sanctions on Iran."))]
    results = list(pipeline.run(arts))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Extraction", "ProcessingError", "Extraction"]
    assert "bad article" in results[1].message


def _cli_ingest(db: Path, *paths: str) -> subprocess.Popen:
    """An `eventwire ingest` process."""
    return subprocess.Popen([sys.executable, "-m", "eventwire.cli", "ingest", *paths, "--db",
                             str(db), "--no-progress"], env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_for_articles(db: Path, proc: subprocess.Popen, n: int, timeout: float = 300) -> None:
    """Return once ``n`` articles are stored (or the process ended)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        if db.exists():
            try:
                if Store(str(db)).count_articles() >= n:
                    return
            except Exception:  # the store is being created
                pass
        time.sleep(0.02)


@pytest.mark.slow
def test_kill_9_then_same_command_gives_the_uninterrupted_record(baseline, tmp_path):
    rng = random.Random(5)
    points = sorted(rng.sample(range(1, 6), 2)) + [5]  # after k articles; 5: during fusion
    for k in points:
        db = tmp_path / f"kill{k}.db"
        proc = _cli_ingest(db, str(SAMPLES), "--batch-size", "1")  # one commit per article
        _wait_for_articles(db, proc, k)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        again = _cli_ingest(db, str(SAMPLES))
        out, err = again.communicate(timeout=600)
        assert again.returncode == 0, err
        assert queries.snapshot(Store(str(db))) == baseline, f"killed after {k} articles"


@pytest.mark.slow
def test_two_concurrent_ingests_give_the_sequential_record(baseline, tmp_path):
    db = tmp_path / "both.db"
    procs = [_cli_ingest(db, str(SAMPLES)) for _ in range(2)]
    outputs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert "Traceback" not in "".join(err for _, err in outputs)
    assert queries.snapshot(Store(str(db))) == baseline


def _lock_holder(db: str, seconds: float) -> subprocess.Popen:
    """A process that holds the store's ingest lock for ``seconds``."""
    code = ("import sys, time; from eventwire.store import Store\n"
            "with Store(sys.argv[1]).ingest_lock():\n"
            "    print('locked', flush=True); time.sleep(float(sys.argv[2]))\n")
    return subprocess.Popen([sys.executable, "-c", code, db, str(seconds)], env=ENV,
                            stdout=subprocess.PIPE, text=True)


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_ingest_lock_makes_runs_take_turns(kind, tmp_path, request):
    db = str(tmp_path / "l.db") if kind == "sqlite" else request.getfixturevalue("postgres_url")
    Store(db).close()
    holder = _lock_holder(db, 3)
    assert holder.stdout.readline().strip() == "locked"
    started = time.monotonic()
    with Store(db).ingest_lock():
        waited = time.monotonic() - started
    holder.wait()
    assert waited > 1.0  # it waited for the other run to finish


def test_sqlite_seq_comes_from_the_database_under_concurrent_writers(tmp_path):
    db = str(tmp_path / "w.db")
    Store(db).close()
    code = ("import sys; sys.path.insert(0, sys.argv[3]); from fuse_helpers import make_call\n"
            "from eventwire.store import Store\n"
            "s = Store(sys.argv[1])\n"
            "for i in range(15):\n"
            "    s.add(make_call(f'{sys.argv[2]}{i}', date=None), content_hash=f'{sys.argv[2]}{i}')\n")
    procs = [subprocess.Popen([sys.executable, "-c", code, db, p, str(ROOT / "tests")], env=ENV,
                              stderr=subprocess.PIPE, text=True) for p in "ab"]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    rows = Store(db).articles()
    assert len(rows) == 30 and sorted(r["seq"] for r in rows) == list(range(1, 31))
