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


def test_settled_heap_is_left_out_of_collections_until_unsettled():
    import gc
    import weakref

    class Node:
        pass

    try:
        kept = Node()
        kept.self = kept  # a cycle alive when the heap settles
        gone = weakref.ref(kept)
        heap.settle_heap()
        assert gc.get_freeze_count() > 0
        del kept
        gc.collect()
        assert gone() is not None  # frozen: no pass looks at it
        heap.unsettle_heap()
        assert gc.get_freeze_count() == 0
        gc.collect()
        assert gone() is None
    finally:
        gc.unfreeze()


def test_collector_threshold_raises_the_first_and_restores_all_settings():
    import gc

    import pytest

    before = gc.get_threshold()
    try:
        gc.set_threshold(500, 7, 9)
        with heap.collector_threshold(20_000):
            assert gc.get_threshold() == (20_000, 7, 9)
        assert gc.get_threshold() == (500, 7, 9)
        with pytest.raises(RuntimeError), heap.collector_threshold(20_000):
            raise RuntimeError("an article failed")
        assert gc.get_threshold() == (500, 7, 9)
        gc.set_threshold(50_000, 7, 9)  # a higher setting of the process is not lowered
        with heap.collector_threshold(20_000):
            assert gc.get_threshold() == (50_000, 7, 9)
        assert gc.get_threshold() == (50_000, 7, 9)
    finally:
        gc.set_threshold(*before)


def test_collector_threshold_restored_when_a_generator_holding_it_is_closed():
    import gc

    def stream():
        with heap.collector_threshold(20_000):
            yield from range(3)

    before = gc.get_threshold()
    gen = stream()
    next(gen)
    assert gc.get_threshold()[0] == max(20_000, before[0])
    gen.close()
    assert gc.get_threshold() == before
