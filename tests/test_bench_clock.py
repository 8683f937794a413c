"""The pipeline bench's component clock keeps a component's batch step and times it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_pipeline.py"


def _bench():
    sys.path.insert(0, str(BENCH.parent))
    try:
        spec = importlib.util.spec_from_file_location("bench_pipeline_clock", BENCH)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH.parent))
    return module


def test_clock_keeps_and_times_prepare_batch() -> None:
    seen: list[str] = []

    def stepped(ex, ctx) -> None:
        seen.append("run")

    def step(exs, ctx) -> None:
        seen.append("step")
        sum(i * i for i in range(200_000))  # some CPU to count

    stepped.prepare_batch = step

    def plain(ex, ctx) -> None:
        seen.append("plain")

    pipe = SimpleNamespace(components=[plain, stepped])
    clock = _bench().ComponentClock(pipe)
    assert not hasattr(pipe.components[0], "prepare_batch")
    pipe.components[1].prepare_batch([], None)
    pipe.components[1](None, None)
    assert seen == ["step", "run"]
    assert clock.cpu["stepped"] > 0.0
    assert clock.cpu["plain"] == 0.0


def test_idle_is_split_into_before_between_and_after_the_batches() -> None:
    idle = {"start": 0.0, "between": 0.0, "end": 0.0}
    add_idle = _bench().add_idle
    add_idle(idle, [(4.0, 6.0), (1.0, 3.0), (6.5, 9.0)], 0.0, 10.0)  # spans in any order
    assert idle == {"start": 1.0, "between": 1.5, "end": 1.0}
    add_idle(idle, [], 0.0, 10.0)  # an actor without a batch in the turn waited all of it
    assert idle["start"] == 11.0
