"""The pipeline returns the free C heap every few hundred documents."""

from __future__ import annotations

from eventwire import heap


def test_trim_counter_trims_once_per_every_documents(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(heap, "trim_heap", lambda: calls.append(1))
    counter = heap.TrimCounter(every=10)
    for _ in range(9):
        counter.count(1)
    assert calls == []
    counter.count(1)
    assert len(calls) == 1
    counter.count(25)
    assert len(calls) == 2 and counter.seen == 0


def test_trim_heap_runs_without_glibc_or_with_it():
    heap.trim_heap()  # returns quietly either way
