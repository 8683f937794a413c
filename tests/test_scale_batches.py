"""Batch plumbing: a batch is stored in one transaction, a bad article loses only itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


def test_ingest_of_several_updates_frees_the_model_and_the_pipeline_loads_it_again(
        tmp_path: Path, monkeypatch: Any) -> None:
    """An ingest that fuses more than one update's worth frees the language model and the
    registry before fusing; the same pipeline extracts again afterwards, alike."""
    from eventwire import corpus
    from eventwire.annotate import nlp as nlp_module
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    monkeypatch.setattr(corpus, "FUSE_CHUNK", 1)
    texts = ["Ruritania and Borduria signed a water treaty in Zenda on Monday.",
             "Borduria recalled its envoy from Ruritania after the border clash."]
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    pipe = Pipeline()
    first = next(iter(pipe.run([Article(id="x", text=texts[0])])))
    report = corpus.ingest([str(docs)], Store(str(tmp_path / "r.db")), pipeline=pipe)
    assert report.new == ["d0", "d1"] and report.fused["articles"] == 2
    assert nlp_module._load.cache_info().currsize == 0 and pipe.ctx.registry is None
    again = next(iter(pipe.run([Article(id="x", text=texts[0])])))
    assert pipe.ctx.registry is not None
    assert again.to_dict() == first.to_dict()
