"""The Ray engine (a real local Ray runtime, 2 CPUs) gives byte-identical output to the local one."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

ray = pytest.importorskip("ray")

from eventwire.cli import register_subcommands  # noqa: E402
from eventwire.store import Store  # noqa: E402
from eventwire.store import schema as s  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"
CLOCK_COLUMNS = {"ingested_at", "updated_at"}  # wall-clock times differ between any two runs


@pytest.fixture(scope="module")
def ray_runtime() -> Iterator[None]:
    """A real local Ray runtime with two CPUs for the tests of this module."""
    import logging

    from eventwire.scale.ray_engine import start_local

    start_local(2, log_to_driver=False, logging_level=logging.ERROR)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL file: the samples, their paragraphs as short articles, and a one-liner."""
    lines = []
    for i, path in enumerate(sorted(SAMPLES.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        lines.append({"id": f"s{i}", "text": text, "published": "2025-05-19"})
        paras = [p for p in text.split("\n") if len(p.split()) > 15][:3]
        lines += [{"id": f"s{i}p{j}", "text": p, "published": "2025-06-05"}
                  for j, p in enumerate(paras)]
    lines.append({"id": "short", "text": "Nothing happened."})
    path = tmp_path_factory.mktemp("ray") / "corpus.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def dump(db: Path) -> str:
    """Every row of every table of a store (wall-clock columns left out), as JSON lines."""
    store = Store(str(db))
    out = []
    with store.begin() as conn:
        for table in s.metadata.sorted_tables:
            cols = [c for c in table.columns if c.name not in CLOCK_COLUMNS]
            order = [c for c in table.primary_key.columns] or cols
            for row in conn.execute(select(*cols).order_by(*order)):
                out.append(json.dumps([table.name, list(row)], default=str, ensure_ascii=False))
    store.close()
    return "\n".join(out)


def run(*args: str) -> str:
    """Run the CLI in this process (so it joins the test's Ray runtime); return stdout."""
    result = CliRunner().invoke(register_subcommands(), list(args))
    assert result.exit_code == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.slow
def test_extract_and_ingest_on_ray_match_local(ray_runtime: None, corpus: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.scale import ray_engine

    started: list[int] = []
    real_start = ray_engine.start_actors

    def spy(pipeline, n: int) -> list:
        """Record how many actors each run starts."""
        started.append(n)
        return real_start(pipeline, n)

    monkeypatch.setattr(ray_engine, "start_actors", spy)
    local = run("extract", str(corpus), "--engine", "local")
    on_ray = run("extract", str(corpus), "--engine", "ray", "--batch-size", "3")
    assert started == [2]  # one actor per CPU of the runtime
    assert on_ray.encode() == local.encode()
    assert len(local.splitlines()) > 10
    assert any(json.loads(line)["events"] for line in local.splitlines())

    run("ingest", str(corpus), "--db", str(tmp_path / "local.db"), "--json")
    run("ingest", str(corpus), "--db", str(tmp_path / "ray.db"), "--json", "--engine", "ray",
        "--workers", "2")
    assert started == [2, 2]
    assert dump(tmp_path / "ray.db") == dump(tmp_path / "local.db")
    assert "events" in dump(tmp_path / "ray.db")


def test_importing_eventwire_does_not_import_ray() -> None:
    code = "import sys, eventwire, eventwire.cli, eventwire.pipeline; print('ray' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_ray_address_without_ray_engine_is_an_error() -> None:
    result = CliRunner().invoke(register_subcommands(),
                                ["extract", str(SAMPLES), "--ray-address", "auto"])
    assert result.exit_code == 1
    assert "--ray-address: only with --engine ray" in result.output


def test_unknown_engine_is_an_error() -> None:
    result = CliRunner().invoke(register_subcommands(),
                                ["extract", str(SAMPLES), "--engine", "spark"])
    assert result.exit_code == 1
    assert "unknown engine 'spark'" in result.output


def test_ray_workers_load_the_model_with_the_drivers_kernel(ray_runtime: None) -> None:
    from eventwire.annotate.gemm import resolve_gemm
    from eventwire.pipeline import Pipeline
    from eventwire.scale.ray_engine import start_actors

    assert resolve_gemm() == "blis"  # this process (the driver) and its environment: blis
    actors = start_actors(Pipeline(gemm="numpy", registry={}, engine="ray"), 1)
    try:
        assert ray.get(actors[0].gemm.remote()) == "numpy"
    finally:
        ray.kill(actors[0])
