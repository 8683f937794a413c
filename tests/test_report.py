"""Briefing reports over the real ingest of the sample corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner
from views_helpers import corpus_db

from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.views.cli import register
from eventwire.views.data import ViewError
from eventwire.views.report import md, render

SECTIONS = ("Summary", "Timeline", "Events", "Quotes", "Conflicts", "Promises", "Sources")


@pytest.fixture(scope="module")
def store() -> Store:
    """The shared corpus store."""
    return Store(corpus_db())


def test_markdown_report_has_every_section_and_resolvable_citations(store: Store) -> None:
    text = render(store, None, "md")
    for section in SECTIONS:
        assert f"\n## {section}\n" in text
    assert text.count("# Briefing: ") == len(queries.list_stories(store))
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    assert cited
    listed = re.findall(r"^(\d+)\. .* — `([^`]+)`", text, re.M)
    assert listed and all(store.article(aid) for _, aid in listed)


def test_one_story_report_cites_only_its_articles(store: Store) -> None:
    story = queries.list_stories(store)[0]
    text = render(store, story["id"], "md")
    assert text.count("# Briefing: ") == 1
    ids = re.findall(r"^\d+\. .* — `([^`]+)`", text, re.M)
    assert set(ids) <= set(story["articles"]) | {a for e in story["events"] for a in
                                                  (queries.get_event(store, e) or {})
                                                  .get("articles", [])}


def test_html_report_is_escaped_and_self_contained(store: Store) -> None:
    html = render(store, None, "html")
    assert html.startswith("<!doctype html>")
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org", "")
    for section in SECTIONS:
        assert f"<h2>{section}</h2>" in html


def test_markdown_escapes_markup() -> None:
    assert md("<script>alert(1)</script>") == r"\<script\>alert(1)\</script\>"
    assert md("a\n*b*") == r"a \*b\*"


def test_unknown_story_and_format(store: Store) -> None:
    with pytest.raises(ViewError):
        render(store, "no-such-story", "md")
    with pytest.raises(ViewError):
        render(store, None, "pdf")


def test_cli_report(tmp_path: Path) -> None:
    app = typer.Typer()
    app.callback()(lambda: None)
    register(app)
    out = tmp_path / "brief.md"
    ok = CliRunner().invoke(app, ["report", "--format", "md", "--out", str(out),
                                  "--db", corpus_db()])
    assert ok.exit_code == 0, ok.output
    assert out.read_text().startswith("# Briefing: ")
    bad = CliRunner().invoke(app, ["report", "nope", "--db", corpus_db()])
    assert bad.exit_code == 1 and "no story" in bad.output


REPEATED_WORD = re.compile(r"\b([A-Za-z]{2,})\s+\1\b", re.IGNORECASE)


def test_report_reads_as_prose(store: Store) -> None:
    for fmt in ("md", "html"):
        text = render(store, None, fmt)
        repeats = [m.group(0) for m in REPEATED_WORD.finditer(text)
                   if m.group(1).lower() not in {"that", "had"}]
        assert not repeats, repeats[:5]
        assert "(untitled)" not in text and "{'" not in text and "['" not in text
        assert not re.search(r"— — |: do\b|\bdo the\b", text)
    timeline = render(store, None, "md").split("## Timeline", 1)[1].split("## Events", 1)[0]
    rows = [r for r in timeline.splitlines() if r.startswith("- **")]
    assert rows and all(not re.fullmatch(r"- \*\*[^*]+\*\* — [A-Z]+(/[\w-]+)?", r.split(" (")[0])
                        for r in rows)
