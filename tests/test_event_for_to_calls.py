"""A call or push 'for' someone to do something is a REQUEST, though the parse makes 'for' the
marker of the infinitive clause rather than the verb's preposition, the clause active or
passive ('called for the reporters to be freed'); a verb with no such
entry ('waited for the rebels to leave') stays no event."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

REQUEST_CASES = [
    "Varnia is calling for international observers to monitor the truce.",
    "The Varnian minister called for the international community to step up pressure on Dravia.",
    "Dravia's president called for both sides to stop the fighting.",
    "Zelvan pressed for the two governments to return to talks.",
    # the infinitive clause may be passive
    "Rights groups called for the detained Varnian reporters to be freed.",
    "The Dravian president called for Varnia to be sanctioned over the shelling.",
    "Zelvan pressed for the border crossings to be reopened.",
]
OTHER_CASES = [
    "Varnia waited for the rebels to leave the town.",
    "The Varnian envoy arranged for the letters to be delivered on Monday.",
    "Dravia waited for the prisoners to be released before it withdrew.",
]
DATE = "2024-03-04"


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = {f"r{i}": s for i, s in enumerate(REQUEST_CASES)}
    texts.update({f"o{i}": s for i, s in enumerate(OTHER_CASES)})
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in texts.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("i", range(len(REQUEST_CASES)))
def test_call_for_someone_to_act_is_a_request(results: dict[str, Extraction], i: int) -> None:
    assert "REQUEST" in [e.type for e in results[f"r{i}"].events], REQUEST_CASES[i]


@pytest.mark.parametrize("i", range(len(OTHER_CASES)))
def test_waiting_for_someone_is_no_request(results: dict[str, Extraction], i: int) -> None:
    assert "REQUEST" not in [e.type for e in results[f"o{i}"].events], OTHER_CASES[i]
