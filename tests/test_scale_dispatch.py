"""Batches go to the least busy worker; results come back in input order, a bounded number held."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

pytest.importorskip("ray")

from eventwire.scale.ray_engine import AHEAD_PER_ACTOR, HELD_PER_ACTOR, dispatch  # noqa: E402


@dataclass(eq=False)
class Job:
    """A submitted batch and the simulated time it finishes."""

    batch: list[int]
    finish: float


@dataclass(eq=False)
class Worker:
    """A simulated worker that takes ``cost`` time units per batch, one batch at a time."""

    cost: float
    free_at: float = 0.0
    batches: list[list[int]] = field(default_factory=list)


class Clock:
    """Simulated time: submitting queues a batch, waiting moves time to the first finish."""

    def __init__(self) -> None:
        self.now = 0.0
        self.outstanding = 0  # submitted and not yet handed on
        self.most_outstanding = 0

    def submit(self, worker: Worker, batch: list[int]) -> Job:
        worker.free_at = max(self.now, worker.free_at) + worker.cost
        worker.batches.append(batch)
        self.outstanding += 1
        self.most_outstanding = max(self.most_outstanding, self.outstanding)
        return Job(batch, worker.free_at)

    def wait_any(self, jobs: list[Job]) -> Job:
        first = min(jobs, key=lambda j: j.finish)
        self.now = max(self.now, first.finish)
        return first

    def collect(self, batch: list[int], job: Job) -> list[int]:
        self.now = max(self.now, job.finish)
        self.outstanding -= 1
        return [x * 10 for x in batch]


def run(costs: list[float], n_batches: int) -> tuple[list[int], list[Worker], Clock]:
    clock = Clock()
    workers = [Worker(c) for c in costs]
    batches = [[2 * i, 2 * i + 1] for i in range(n_batches)]
    out = list(dispatch(workers, batches, clock.submit, clock.wait_any, clock.collect))
    return out, workers, clock


def test_results_come_back_in_input_order_once_each() -> None:
    out, _, _ = run([1.0, 2.5, 0.7], 25)
    assert out == [x * 10 for x in range(50)]


def test_a_fast_worker_takes_more_batches_than_a_slow_one() -> None:
    _, (fast, slow), clock = run([1.0, 3.0], 40)
    assert len(fast.batches) >= 2 * len(slow.batches)  # round-robin would give 20 and 20
    assert clock.now < 40 * 3.0 / 2  # sooner than the slow worker doing half the batches


def test_equal_workers_share_the_batches_evenly() -> None:
    _, (a, b), _ = run([1.0, 1.0], 20)
    assert (len(a.batches), len(b.batches)) == (10, 10)


def test_batches_held_are_bounded() -> None:
    _, workers, clock = run([1.0, 9.0], 60)  # the slow worker's batches hold back the fast one's
    assert clock.most_outstanding == (AHEAD_PER_ACTOR + HELD_PER_ACTOR) * len(workers)
