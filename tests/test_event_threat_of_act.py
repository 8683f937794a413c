"""A threat noun whose of-phrase names an act of force or punishment by a party is that
party's THREATEN ('despite threats of Dravian sanctions'); a threat of something no party does
('the threat of terrorism') takes no source from its of-phrase."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

SOURCE_CASES = [
    ("Varnia went ahead with the missile test despite threats of Dravian sanctions.", "Dravian"),
    ("Varnia faces the threat of Dravia's sanctions over its nuclear programme.", "Dravia"),
    ("Zelvan's navy sailed on despite the threat of Varnian attacks.", "Varnian"),
]
NO_SOURCE_CASES = [
    "The city lives under the threat of terrorism.",
    "Farmers face the threat of drought this summer.",
]
DATE = "2024-03-04"


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {f"s{i}": s for i, (s, _) in enumerate(SOURCE_CASES)}
    texts.update({f"n{i}": s for i, s in enumerate(NO_SOURCE_CASES)})
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in texts.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("i", range(len(SOURCE_CASES)))
def test_threat_of_an_act_is_its_doers(results: dict[str, Extraction], i: int) -> None:
    text, doer = SOURCE_CASES[i]
    threats = [e for e in results[f"s{i}"].events if e.type == "THREATEN"]
    assert threats, text
    assert doer in [p.text for e in threats for p in e.source], text


@pytest.mark.parametrize("i", range(len(NO_SOURCE_CASES)))
def test_threat_of_no_party_act_has_no_of_source(results: dict[str, Extraction], i: int
                                                 ) -> None:
    text = NO_SOURCE_CASES[i]
    assert not [p for e in results[f"n{i}"].events if e.type == "THREATEN" for p in e.source
                if p.text in text.split("of ")[-1]], text
