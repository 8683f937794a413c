"""Giving up a demand, an objection or a boycott is CONCEDE, abandoning positions is RETREAT,
and an agreement a meeting resulted in is an AGREE."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

CASES = [
    ("Ankara dropped its objection to the alliance's enlargement.", "CONCEDE"),
    ("The union abandoned its demand for a referendum.", "CONCEDE"),
    ("Ottawa ended its boycott of the forum on Tuesday.", "CONCEDE"),
    ("The insurgents abandoned their positions near the dam.", "RETREAT"),
    ("The summit in Lima resulted in an accord on fishing rights.", "AGREE"),
    ("Talks between Peru and Chile ended with an agreement to reopen the consulates.", "AGREE"),
    ("Peruvian and Chilean envoys held talks that produced a deal on fishing rights.", "AGREE"),
]
NOT_CASES = [
    ("The union repeated its demand for a referendum.", "CONCEDE"),
    ("The summit in Lima dealt with the accord on fishing rights.", "AGREE"),
    ("The storm ended with a deal of damage to the harbour.", "AGREE"),
]
DATE = "2024-03-04"


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {f"c{i}": s for i, (s, _) in enumerate(CASES)}
    texts.update({f"n{i}": s for i, (s, _) in enumerate(NOT_CASES)})
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in texts.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("i", range(len(CASES)))
def test_typed(results: dict[str, Extraction], i: int) -> None:
    text, etype = CASES[i]
    assert etype in {e.type for e in results[f"c{i}"].events}, text


@pytest.mark.parametrize("i", range(len(NOT_CASES)))
def test_not_typed(results: dict[str, Extraction], i: int) -> None:
    text, etype = NOT_CASES[i]
    assert etype not in {e.type for e in results[f"n{i}"].events}, text
