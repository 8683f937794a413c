"""Batches go to the least busy worker; results come back in input order, a bounded number held;
the last batches go out in shrinking pieces so the workers finish together."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import pytest

pytest.importorskip("ray")

from eventwire.scale.ray_engine import (  # noqa: E402
    AHEAD_PER_ACTOR,
    ENV_INLINE,
    HELD_PER_ACTOR,
    READ_AHEAD_PER_ACTOR,
    dispatch,
    tail_piece,
)


@dataclass(eq=False)
class Job:
    """A submitted batch and the simulated time it finishes."""

    batch: list[int]
    finish: float


@dataclass(eq=False)
class Worker:
    """A simulated worker that takes ``cost`` time units per item, one batch at a time."""

    cost: float
    free_at: float = 0.0
    batches: list[list[int]] = field(default_factory=list)

    @property
    def items(self) -> int:
        return sum(map(len, self.batches))


class Clock:
    """Simulated time: submitting queues a batch, waiting moves time to the first finish."""

    def __init__(self) -> None:
        self.now = 0.0
        self.outstanding = 0  # items submitted and not yet handed on
        self.most_outstanding = 0
        self.order: list[list[int]] = []  # batches in the order they were submitted

    def submit(self, worker: Worker, batch: list[int]) -> Job:
        worker.free_at = max(self.now, worker.free_at) + worker.cost * len(batch)
        worker.batches.append(batch)
        self.order.append(batch)
        self.outstanding += len(batch)
        self.most_outstanding = max(self.most_outstanding, self.outstanding)
        return Job(batch, worker.free_at)

    def wait_any(self, jobs: list[Job]) -> Job:
        first = min(jobs, key=lambda j: j.finish)
        self.now = max(self.now, first.finish)
        return first

    def collect(self, batch: list[int], job: Job) -> list[int]:
        self.now = max(self.now, job.finish)
        self.outstanding -= len(batch)
        return [x * 10 for x in batch]


def run(costs: list[float], sizes: list[int]) -> tuple[list[int], list[Worker], Clock]:
    clock = Clock()
    workers = [Worker(c) for c in costs]
    batches, start = [], 0
    for size in sizes:
        batches.append(list(range(start, start + size)))
        start += size
    out = list(dispatch(workers, batches, clock.submit, clock.wait_any, clock.collect))
    return out, workers, clock


def test_results_come_back_in_input_order_once_each() -> None:
    out, _, _ = run([1.0, 2.5, 0.7], [2] * 25)
    assert out == [x * 10 for x in range(50)]


def test_a_fast_worker_takes_more_batches_than_a_slow_one() -> None:
    _, (fast, slow), clock = run([1.0, 3.0], [2] * 40)
    assert fast.items >= 2 * slow.items  # round-robin would give 40 and 40
    assert clock.now < 80 * 3.0 / 2  # sooner than the slow worker doing half the items


def test_equal_workers_share_the_items_evenly() -> None:
    _, (a, b), _ = run([1.0, 1.0], [2] * 20)
    assert (a.items, b.items) == (20, 20)


def test_results_held_are_bounded() -> None:
    _, workers, clock = run([1.0, 9.0], [2] * 60)  # the slow worker's batches hold back the fast one's
    assert clock.most_outstanding == (AHEAD_PER_ACTOR + HELD_PER_ACTOR) * len(workers) * 2


def test_the_last_batches_go_out_in_pieces_so_the_workers_finish_together() -> None:
    # five equal batches on two equal workers: whole batches would leave one worker a full
    # batch (16 units) of work alone at the end (48 units against 40)
    _, (a, b), clock = run([1.0, 1.0], [16] * 5)
    assert clock.now <= 40 + 2
    assert abs(a.free_at - b.free_at) <= 2
    assert sorted(x for batch in a.batches + b.batches for x in batch) == list(range(80))


def test_batches_before_the_tail_are_sent_whole() -> None:
    sizes = [16] * 30
    _, _, clock = run([1.0, 1.3], sizes)
    whole = len(sizes) - READ_AHEAD_PER_ACTOR * 2  # the batches read before the input ran out
    assert [len(b) for b in clock.order[:whole]] == [16] * whole
    assert any(len(b) < 16 for b in clock.order[whole:])  # the tail is cut into pieces


def test_tail_pieces_shrink_with_what_is_left() -> None:
    assert tail_piece(64, 2) == 16
    assert tail_piece(9, 2) == 3
    assert tail_piece(1, 2) == 1
    assert tail_piece(0, 3) == 1


def test_a_local_runtime_returns_batch_results_inline_unless_told_otherwise(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.scale import ray_engine

    seen: list[str] = []
    monkeypatch.setattr(ray_engine.ray, "init", lambda **_: seen.append(os.environ[ENV_INLINE]))
    monkeypatch.delenv(ENV_INLINE, raising=False)
    ray_engine.start_local(2)
    assert int(seen[-1]) >= 1024 * 1024  # well above one batch's results
    monkeypatch.setenv(ENV_INLINE, "2048")
    ray_engine.start_local(2)
    assert seen[-1] == "2048"
