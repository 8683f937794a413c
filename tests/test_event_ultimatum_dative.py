"""An ultimatum issued, delivered or sent 'to' a party is a THREATEN against it, also when the
parse makes the to-phrase the light verb's dative instead of its preposition; a letter sent to
a party stays no event."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

THREAT_CASES = [
    ("Norland issued an ultimatum to Velland on Monday.", "Velland"),
    ("The army sent an ultimatum to the militants holding the town.", "militants"),
    ("Dravia delivered an ultimatum to the Varnian rebels to lay down their arms.", "Varnian"),
    ("Velland's president issued an ultimatum to the protesters on Sunday.", "protesters"),
]
OTHER_CASES = [
    "Dravia sent a letter to Varnia on Monday.",
    "Norland sent a letter to Velland on Monday.",
]
DATE = "2024-03-04"


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {f"t{i}": s for i, (s, _) in enumerate(THREAT_CASES)}
    texts.update({f"o{i}": s for i, s in enumerate(OTHER_CASES)})
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in texts.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("i", range(len(THREAT_CASES)))
def test_ultimatum_to_a_party_is_a_threat(results: dict[str, Extraction], i: int) -> None:
    text, target = THREAT_CASES[i]
    threats = [e for e in results[f"t{i}"].events if e.type == "THREATEN"]
    assert threats, text
    assert any(target in p.text for e in threats for p in e.target), text


@pytest.mark.parametrize("i", range(len(OTHER_CASES)))
def test_letter_to_a_party_is_no_threat(results: dict[str, Extraction], i: int) -> None:
    assert not [e for e in results[f"o{i}"].events if e.type == "THREATEN"], OTHER_CASES[i]
