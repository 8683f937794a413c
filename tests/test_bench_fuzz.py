"""The fuzz harness's chunk bookkeeping: chunks merge into one summary, complete chunks are kept."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_fuzz.py"


@pytest.fixture(scope="module")
def bench():
    """The bench_fuzz module, loaded from its file."""
    spec = importlib.util.spec_from_file_location("bench_fuzz", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_fuzz"] = module
    spec.loader.exec_module(module)
    return module


def _chunk(bench, seed: int, cpus: list[float], rss: list[float], unhandled: int = 0) -> dict:
    """A chunk summary built through the harness's own tally."""
    tally = bench.Tally(seed)
    for i, (cpu, mb) in enumerate(zip(cpus, rss, strict=True)):
        tally.add({"seed": seed + i, "category": "huge_lines" if i % 2 else "random_bytes",
                   "name": "x", "bytes": 1, "outcome": "refused", "wall": cpu * 3, "cpu": cpu,
                   "peak_rss_mb": mb})
    tally.escaped.extend({"seed": seed, "error": "E"} for _ in range(unhandled))
    summary = tally.summary(complete=True)
    summary["peak_rss_mb"] = max(rss)  # this test process's own peak is not the chunk's
    return {"library": summary}


def test_chunks_merge_into_one_summary(bench) -> None:
    merged = bench.merge([_chunk(bench, 0, [0.1, 4.0, 0.2], [300, 650, 310], unhandled=1),
                          _chunk(bench, 3, [11.0, 0.3], [320, 700]),
                          {"cli": {"batches": 5, "tracebacks": 0, "non_one_line_errors": 1,
                                   "good_articles_lost": 0, "unexpected_exit_codes": 0}}])
    lib = merged["library"]
    assert lib["inputs"] == 5 and lib["unhandled"] == 1 and lib["over_10s_cpu"] == 1
    assert lib["max_cpu_seconds"] == 11.0 and lib["peak_rss_mb"] == 700
    assert lib["per_category"]["huge_lines"]["inputs"] == 2
    assert lib["per_category"]["huge_lines"]["cpu_max"] == 4.0
    assert [r["seed"] for r in lib["top_cpu"][:2]] == [3, 1]
    assert lib["seed_ranges"] == [[0, 3], [3, 5]]
    assert merged["cli"]["batches"] == 5 and merged["cli"]["non_one_line_errors"] == 1


def test_complete_chunks_are_not_run_again(bench, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "lib-0000000-10.json").write_text(json.dumps(_chunk(bench, 0, [0.1], [300])))
    (tmp_path / "lib-0000010-10.json").write_text(json.dumps({"library": {"complete": False}}))
    ran: list[list[str]] = []
    monkeypatch.setattr(bench.subprocess, "run", lambda cmd, **kw: ran.append(cmd))
    args = argparse.Namespace(chunk_dir=tmp_path, eventwire="ew", seed=0, inputs=25,
                              chunk_size=10, cli_batches=0)
    bench.run_chunks(args)
    seeds = [cmd[cmd.index("--seed") + 1] for cmd in ran]
    assert seeds == ["10", "20"]
    assert ran[-1][ran[-1].index("--inputs") + 1] == "5"


def test_costliest_seeds_from_a_chunk_or_a_merged_summary(bench, tmp_path: Path) -> None:
    chunk = _chunk(bench, 0, [0.1, 4.0, 0.2], [300, 650, 310])
    merged = bench.merge([chunk, _chunk(bench, 3, [11.0, 0.3], [320, 700])])
    (tmp_path / "chunk.json").write_text(json.dumps(chunk))
    (tmp_path / "merged.json").write_text(json.dumps(merged))
    assert bench.top_seeds(tmp_path / "chunk.json")[0] == 1
    assert set(bench.top_seeds(tmp_path / "merged.json")) == {0, 1, 2, 3, 4}
    assert bench.top_seeds(tmp_path / "merged.json")[0] == 3
