"""Orders that move people out of a place or keep them out are COERCE/restrict; the opposite
order and a mere statement to them are not."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

RESTRICT = "COERCE/restrict"
COERCE_CASES = [
    "The army ordered residents of three villages to leave their homes.",
    "Soldiers instructed civilians to evacuate the district.",
    "The military told villagers not to return to the frontier area.",
]
OTHER_CASES = [
    "The army told residents to return to their homes after the floods.",
    "The ministry told residents that the water was safe.",
    "The shop closed its doors early on Sunday.",
]
DATE = "2024-03-04"


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {f"c{i}": s for i, s in enumerate(COERCE_CASES)}
    texts.update({f"o{i}": s for i, s in enumerate(OTHER_CASES)})
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in texts.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("i", range(len(COERCE_CASES)))
def test_restriction_is_coerce(results: dict[str, Extraction], i: int) -> None:
    modes = [e.mode for e in results[f"c{i}"].events if e.type == "COERCE"]
    assert RESTRICT in modes, COERCE_CASES[i]


@pytest.mark.parametrize("i", range(len(OTHER_CASES)))
def test_no_restriction(results: dict[str, Extraction], i: int) -> None:
    modes = [e.mode for e in results[f"o{i}"].events]
    assert RESTRICT not in modes, OTHER_CASES[i]
