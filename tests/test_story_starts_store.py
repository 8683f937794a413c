"""The episode starts a story's stored articles state, read from a real SQLite store: the
story's own attack mentions only (asserted ones), found through the story's articles."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from eventwire.corpus import ingest
from eventwire.fuse.events import load_story_starts
from eventwire.store import Store
from eventwire.store import fuse_tables as ft

ARTICLES = [
    {"id": "a", "published": "2031-03-16",
     "text": "Fighting between Borduvian and Ostrelian troops erupted on Thursday along the "
             "border. The clashes began when Borduvian soldiers opened fire on an Ostrelian post "
             "on Thursday. Ostrelia said it would not attack Borduvia."},
    {"id": "b", "published": "2031-03-16",
     "text": "The Velmarian parliament passed a budget on Friday. Lawmakers approved new "
             "spending on schools and roads."},
]


def ingested(tmp_path: Path) -> Store:
    """A real SQLite record holding ARTICLES, ingested through the CLI's ingest path."""
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    store = Store(str(tmp_path / "record.db"))
    ingest([str(src)], store)
    return store


def test_a_story_s_stated_start_is_read_from_its_articles(tmp_path: Path) -> None:
    store = ingested(tmp_path)
    sa = ft.story_articles
    with store.engine.connect() as conn:
        stories = dict(conn.execute(select(sa.c.article_id, sa.c.story_id)).all())
        starts = load_story_starts(conn, stories["a"])
        other = load_story_starts(conn, stories["b"]) if stories["b"] != stories["a"] else []
    store.close()
    assert starts and {day for day, _, _ in starts} == {"2031-03-13"}
    assert {article for _, article, _ in starts} == {"a"}
    assert other == []


def test_the_driver_read_and_the_portable_read_agree(tmp_path: Path, monkeypatch) -> None:
    """On SQLite the starts are read through the driver (the date's JSON parsed in SQL only for
    asserted clash mentions); the portable query gives the same starts."""
    store = ingested(tmp_path)
    sa = ft.story_articles
    with store.engine.connect() as conn:
        stories = sorted(set(conn.execute(select(sa.c.story_id)).scalars()))
        driven = [load_story_starts(conn, sid) for sid in stories]
        monkeypatch.setattr(conn.dialect, "name", "portable")
        portable = [load_story_starts(conn, sid) for sid in stories]
    store.close()
    assert any(driven)
    assert driven == portable
