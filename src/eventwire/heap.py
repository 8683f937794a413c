"""Giving freed C heap memory back to the system.

spaCy and numpy allocate a parsed batch's arrays from the C heap; once freed,
glibc keeps most of those pages, scattered between live allocations, so a long
run's resident size grows with the documents it has seen even though its live
data do not. ``malloc_trim`` returns the free pages; the pipeline calls it
every ``TRIM_DOCS`` documents.
"""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Iterator
from contextlib import contextmanager

TRIM_DOCS = 256  # documents processed between two returns of the free C heap
FIRST_THRESHOLD = 10_000  # allocations between two young-generation passes while extracting


def trim_heap() -> None:
    """Return the C heap's free memory to the system where the C library can (glibc's
    ``malloc_trim``): what the language model allocated there is not reused by Python's
    own object allocator."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError, TypeError):  # not glibc: nothing to do
        pass


def settle_heap() -> None:
    """Leave what a process has loaded so far (the language model, the actor registry, the
    lexicons: some 300,000 Python objects that live as long as the pipeline) out of the
    garbage collector's later passes: collect once, then freeze what is left. Each full pass
    would walk them all again; frozen, the collector walks only what the articles allocate
    (over 240 bench articles, one process: 0.48 s in the collector before, 0.10 s after).
    ``unsettle_heap`` gives them back to the collector before the model is freed."""
    gc.collect()
    gc.freeze()


@contextmanager
def collector_threshold(first: int = FIRST_THRESHOLD) -> Iterator[None]:
    """Within the block, the collector's first (young-generation) threshold is at least
    ``first``: a parsed article allocates tens of thousands of short-lived objects, and at
    Python's default of 700 the collector passes over the young ones every few hundred of
    them. On leaving (also on an exception or when a generator holding the block is
    closed) the settings before are restored exactly."""
    previous = gc.get_threshold()
    if first > previous[0]:
        gc.set_threshold(first, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def unsettle_heap() -> None:
    """Return what ``settle_heap`` froze to the collector (so a freed model's cycles go)."""
    gc.unfreeze()


class TrimCounter:
    """Calls ``trim_heap`` once every ``every`` documents counted."""

    def __init__(self, every: int = TRIM_DOCS) -> None:
        self.every = every
        self.seen = 0

    def count(self, n: int) -> None:
        """Count ``n`` more documents; trim when ``every`` have been counted since the last."""
        self.seen += n
        if self.seen >= self.every:
            self.seen = 0
            trim_heap()
