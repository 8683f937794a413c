"""Batch plumbing: a batch is stored in one transaction, a bad article loses only itself."""

from __future__ import annotations

from pathlib import Path

from test_store import make_extraction

from eventwire.corpus import store_batch
from eventwire.store import Store


def _kw(h: str) -> dict:
    """The ``add`` keyword arguments of an article with content hash ``h``."""
    return {"content_hash": h, "minhash": None, "duplicate_of": None, "near_score": None}


def test_batch_is_stored_in_order(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "b.db"))
    batch = [(make_extraction(f"a{i}"), _kw(f"h{i}")) for i in range(3)]
    assert store_batch(store, batch) == [None, None, None]
    assert [a["id"] for a in store.articles()] == ["a0", "a1", "a2"]
    assert [a["seq"] for a in store.articles()] == [1, 2, 3]


def test_failing_article_loses_only_itself(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "b.db"))
    store.add(make_extraction("old"), content_hash="h1")
    batch = [(make_extraction("a0"), _kw("h0")), (make_extraction("a1"), _kw("h1")),
             (make_extraction("a2"), _kw("h2"))]
    errors = store_batch(store, batch)
    assert errors[0] is None and errors[2] is None
    assert errors[1] and errors[1].startswith("not stored (IntegrityError")
    assert [a["id"] for a in store.articles()] == ["old", "a0", "a2"]
