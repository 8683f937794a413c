"""The pipeline with worker processes gives the same results, in input order."""

from __future__ import annotations

from pathlib import Path

from eventwire.model import Article
from eventwire.pipeline import Pipeline, ProcessingError, article_batches

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"


def _articles() -> list[Article]:
    """Sample paragraphs as small articles, one of them empty."""
    text = sorted(SAMPLES.glob("*.txt"))[0].read_text(encoding="utf-8")
    paras = [p for p in text.split("\n") if len(p.split()) > 12][:5]
    arts = [Article(id=f"a{i}", text=p, published="2025-05-19") for i, p in enumerate(paras)]
    return arts + [Article(id="empty", text="")]


def _dicts(results: list) -> list[dict]:
    """Results as comparable dicts."""
    return [r.__dict__ if isinstance(r, ProcessingError) else r.to_dict() for r in results]


def test_batches_keep_order_and_size() -> None:
    arts = _articles()
    batches = list(article_batches(iter(arts), 4))
    assert [len(b) for b in batches] == [4, 2]
    assert [a.id for b in batches for a in b] == [a.id for a in arts]


def test_workers_match_one_process() -> None:
    arts = _articles()
    one = list(Pipeline(batch_size=2).run(arts))
    two = list(Pipeline(batch_size=2, n_process=2).run(arts))
    assert [r.article.id for r in two] == [a.id for a in arts]
    assert _dicts(two) == _dicts(one)
    assert any(r.events or r.entities for r in two)
