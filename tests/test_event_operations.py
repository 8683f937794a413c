"""A military operation or campaign, or an operation against someone, is an ASSAULT (CAMEO
'LAUNCH * OPERATION', 'CARRY_OUT * {&MILITARY OPERATION}', 'CONTINUE * {&MILITARY
OPERATION}', 'CARRY_OUT * OPERATION (AGAINST)': 190); rescue, relief, evacuation and
advertising operations or campaigns are not."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

ASSAULT_CASES = [
    "The Varnian army launched a military operation against the rebels in Lisk.",
    "Security forces conducted a counterterrorism operation in the Varnian town of Lisk.",
    "Dravian troops began a ground operation in the north on Sunday.",
    "The Varnian air force carried out an air campaign against rebel positions.",
    "Zelvan police carried out an operation against the smuggling gangs.",
]
OTHER_CASES = [
    "Varnia and Dravia began a joint rescue operation after the floods.",
    "Zelvan launched an advertising campaign in Dravia.",
    "The Varnian hospital postponed the operation on the patient.",
]
DATE = "2024-03-04"


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {f"a{i}": s for i, s in enumerate(ASSAULT_CASES)}
    texts.update({f"o{i}": s for i, s in enumerate(OTHER_CASES)})
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in texts.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("i", range(len(ASSAULT_CASES)))
def test_military_operation_is_assault(results: dict[str, Extraction], i: int) -> None:
    assert "ASSAULT" in [e.type for e in results[f"a{i}"].events], ASSAULT_CASES[i]


@pytest.mark.parametrize("i", range(len(OTHER_CASES)))
def test_other_operation_is_no_assault(results: dict[str, Extraction], i: int) -> None:
    assert "ASSAULT" not in [e.type for e in results[f"o{i}"].events], OTHER_CASES[i]
