"""Seed expectations for quotes and claims, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"


@pytest.fixture(scope="module")
def seeds() -> dict[str, Extraction]:
    """The five sample articles, run through the default pipeline once."""
    paths = sorted(SAMPLES.glob("*.txt"))
    articles = [Article(p.name[:3], p.read_text(encoding="utf-8")) for p in paths]
    return {ex.article.id: ex for ex in Pipeline().run(articles)}


def _quote(ex: Extraction, words: str):
    """The first quote of ``ex`` whose content holds ``words``."""
    hits = [q for q in ex.quotes if words in q.content.text]
    assert hits, [q.content.text for q in ex.quotes]
    return hits[0]


def test_004_no_immediate_end_is_trumps(seeds):
    q = _quote(seeds["004"], "would not yield an immediate end to the war")
    assert q.speaker is not None and "Trump" in q.speaker.text


def test_004_respond_is_putins_relayed_by_trump(seeds):
    q = _quote(seeds["004"], "will have to respond")
    assert "Putin" in q.speaker.text and q.via is not None and "Trump" in q.via.text


def test_000_claims_no_progress_and_table_row(seeds):
    claims = seeds["000"].claims
    assert any(c.kind == "outcome" and c.value == "no_progress" for c in claims)
    row = [c for c in claims if c.span.text.startswith("Progress Towards Ceasefire | None")]
    assert row and row[0].value == "no_progress"


def test_001_claims_productive_talks_by_trump(seeds):
    tone = [c for c in seeds["001"].claims if c.kind == "tone" and c.value == "productive"]
    assert tone and any(c.speaker is not None and "Trump" in c.speaker.text for c in tone)


def test_contract_json_has_quote_spans(seeds):
    ex = seeds["004"]
    for q in ex.to_dict()["quotes"]:
        text = ex.article.text
        assert text[q["content"]["start"]:q["content"]["end"]] == q["content"]["text"]
        if q["speaker"]:
            assert text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
