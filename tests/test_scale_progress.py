"""Progress bars: totals counted cheaply from local inputs, rate and time left on a terminal."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from eventwire.scale.progress import Bar, count_lines, estimate_total


def test_totals_of_local_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": 1}\n{"id": 2}\n{"id": 3}', encoding="utf-8")
    (tmp_path / "b.txt").write_text("one article", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("another", encoding="utf-8")
    assert count_lines(tmp_path / "a.jsonl") == 3
    assert estimate_total([str(tmp_path / "a.jsonl")]) == 3
    assert estimate_total([str(tmp_path)]) == 5
    assert estimate_total([str(tmp_path / "b.txt"), str(tmp_path / "a.jsonl")]) == 4


def test_no_total_for_streams_urls_and_feeds(tmp_path: Path) -> None:
    (tmp_path / "f.xml").write_text("<rss/>", encoding="utf-8")
    assert estimate_total(["-"]) is None
    assert estimate_total(["https://example.org/a"]) is None
    assert estimate_total([str(tmp_path / "f.xml")]) is None
    assert estimate_total([str(tmp_path / "missing.txt")]) is None


def test_bar_shows_count_rate_and_time_left() -> None:
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=120)
    with Bar(console, "ingest", 4, True) as bar:
        for _ in range(3):
            bar.advance("new 3")
        bar.progress.refresh()
        shown = buf.getvalue()
    assert "3/4" in shown and "docs/s" in shown and "new 3" in shown
    assert "-:--:--" in shown or ":" in shown.split("docs/s")[1]


def test_hidden_bar_prints_nothing() -> None:
    buf = io.StringIO()
    with Bar(Console(file=buf, force_terminal=True), "extract", None, False) as bar:
        bar.advance()
    assert buf.getvalue() == ""
