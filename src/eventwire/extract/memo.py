"""A value computed once per object (a lexicon, a cue table), for the sentence loops that
would otherwise rebuild the same word sets for every sentence."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def per_object(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """``fn(obj)`` made once per object: kept by ``id`` and checked by identity, so another
    object that later gets the same ``id`` is computed afresh. The cache holds the object."""
    cache: dict[int, tuple[Any, T]] = {}

    @functools.wraps(fn)
    def once(obj: Any) -> T:
        hit = cache.get(id(obj))
        if hit is None or hit[0] is not obj:
            hit = cache[id(obj)] = (obj, fn(obj))
        return hit[1]
    return once
