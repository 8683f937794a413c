"""Progress on a terminal for long extract and ingest runs: documents/s and time remaining.

The total is counted up front only when it is cheap (local files, directories
and JSONL lines; URLs, feeds and stdin leave it open, and the bar shows the
count and rate without an ETA). The bar is redrawn from the calling thread,
at most ``REFRESH_S`` apart, so no background thread exists when worker
processes are forked.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

REFRESH_S = 0.2
CHUNK = 1 << 20  # bytes read at a time when counting JSONL lines
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})  # a feed holds an unknown number of items


class RateColumn(ProgressColumn):
    """Documents per second over the last half minute."""

    def render(self, task: Task) -> Text:
        """The rate, or a dash before the first document."""
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} docs/s" if speed else "- docs/s", style="progress.data.speed")


def count_lines(path: Path) -> int:
    """Lines of a file (a last line without a newline included), counted in binary chunks."""
    n, last = 0, b"\n"
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


def file_total(path: Path) -> int | None:
    """Articles in one local file: JSONL lines, one per other document, None for feeds."""
    from eventwire.ingest.readers import JSONL_EXTENSIONS

    suffix = path.suffix.lower()
    if suffix in JSONL_EXTENSIONS:
        return count_lines(path)
    return None if suffix in FEED_SUFFIXES else 1


def estimate_total(sources: Iterable[str]) -> int | None:
    """How many articles the sources hold, when countable cheaply; else None."""
    from eventwire.ingest.readers import iter_directory

    total = 0
    for source in sources:
        path = Path(source)
        if source == "-" or "://" in source or not path.exists():
            return None
        files = iter_directory(path) if path.is_dir() else [path]
        for file in files:
            n = file_total(file)
            if n is None:
                return None
            total += n
    return total


class Bar:
    """A progress bar on ``console`` (disabled when not shown), redrawn from this thread."""

    def __init__(self, console: Console, label: str, total: int | None, show: bool) -> None:
        columns: list[Any] = [SpinnerColumn(), TextColumn(f"[bold]{label}[/]"), BarColumn(),
                              MofNCompleteColumn() if total else TextColumn("{task.completed}"),
                              RateColumn(), TimeRemainingColumn() if total else TimeElapsedColumn(),
                              TextColumn("{task.description}")]
        self.progress = Progress(*columns, console=console, disable=not show, transient=True,
                                 auto_refresh=False)
        self.task = self.progress.add_task("", total=total)
        self.last = 0.0

    def __enter__(self) -> Bar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def advance(self, description: str | None = None) -> None:
        """Count one document; redraw when the last redraw is old enough."""
        kwargs = {"description": description} if description is not None else {}
        self.progress.update(self.task, advance=1, **kwargs)
        now = time.monotonic()
        if now - self.last >= REFRESH_S:
            self.last = now
            self.progress.refresh()
