"""A dateline ('YEREVAN, May 14 (Herald) -') gives no quote speaker and no quote content: a
speaker or a content the parser runs across the dateline's dash starts after it."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TEXTS = {
    "speaker": "Border talks\n\nTALLINN, May 14 (Baltic Wire) - Estonia and Latvia have agreed to "
               "reopen the crossing, said a statement.",
    "content": "Border talks\n\nRIGA, June 2 (Baltic Wire) - Latvia and Lithuania are close to a "
               "deal on the border, the prime minister said.",
    "plain": "Border talks\n\nLatvia and Lithuania are close to a deal on the border, the prime "
             "minister said.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["speaker", "content"])
def test_no_quote_span_in_the_dateline(results: dict[str, Extraction], key: str) -> None:
    quotes = results[key].quotes
    assert quotes, TEXTS[key]
    end = TEXTS[key].index(" - ") + 3
    for q in quotes:
        assert q.content.start >= end, q.content
        assert q.speaker is None or q.speaker.start >= end, q.speaker


def test_the_content_after_the_dateline_is_kept(results: dict[str, Extraction]) -> None:
    q = results["content"].quotes[0]
    assert q.content.text.startswith("Latvia and Lithuania"), q.content
    assert q.speaker is not None and "prime minister" in q.speaker.text


def test_no_dateline_no_change(results: dict[str, Extraction]) -> None:
    q = results["plain"].quotes[0]
    assert "are close to a deal" in q.content.text, q.content
    assert q.speaker is not None and "prime minister" in q.speaker.text
