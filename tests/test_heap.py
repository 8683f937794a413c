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
