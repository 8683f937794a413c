"""A per-article time budget: a timer that interrupts work running past its allowance.

One allowance covers all the NLP work on an article: parsing (its share of
its batch's parse) and the components together, so the worst case of any
input is one allowance, not one per stage. The budget counts CPU time of the process (``ITIMER_PROF``), so a machine
busy with other work does not make an article fail. The timer signal reaches
a process's main thread (the CLI and worker processes); elsewhere (a web
server's worker threads) ``time_budget`` does nothing and the size guards
alone bound the cost.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

BASE_SECONDS = 1.0  # CPU allowance of any text (parsing and components together)
SECONDS_PER_CHAR = 1 / 20_000  # extra allowance per character (real news: ~1/24,000 in all)
MIN_SECONDS = 0.2  # least allowance left for the components after parsing


class BudgetExceeded(Exception):
    """Work on one input ran past its time budget."""


def budget_for(n_chars: int) -> float:
    """The time budget, in seconds, of a text of ``n_chars`` characters."""
    return BASE_SECONDS + n_chars * SECONDS_PER_CHAR


def remaining(n_chars: int, spent: float) -> float:
    """What is left of the budget of ``n_chars`` characters after ``spent`` seconds (floored)."""
    return max(budget_for(n_chars) - spent, MIN_SECONDS)


def cpu_seconds() -> float:
    """CPU time of this process so far, in seconds (what the budget counts)."""
    return time.process_time()


def _can_interrupt() -> bool:
    """Whether an interval timer can interrupt this thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise BudgetExceeded inside the block after ``seconds`` of CPU time (main thread)."""
    if seconds <= 0 or not _can_interrupt():
        yield
        return

    def on_alarm(_signum: int, _frame: Any) -> None:
        raise BudgetExceeded(f"time budget of {seconds:.1f} s CPU exceeded")

    previous = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
