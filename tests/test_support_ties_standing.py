"""Support told by strengthening, deepening or boosting ties with a party (CAMEO's
'bolster ties', 'boost relations': PLOVER's improved diplomatic cooperation) and by
standing by, with or behind a party; the physical and idiomatic senses of "stand" and a
relationship only described stay apart."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

SUPPORTED = {
    "strengthened": "India has strengthened its ties with Sri Lanka in recent years.",
    "boosted": "Ankara has boosted its relations with Moscow.",
    "deepen": "Vietnam and the Philippines deepened their ties last year.",
    "cement": "Seoul and Tokyo moved to cement their relationship.",
    "expand": "Brazil expanded relations with China during the visit.",
    "stands_with": "The United States stands with Israel, the secretary of state said.",
    "stands_by": "The European Union stands by Ukraine, the commission president said.",
    "stood_behind": "Brazil stood behind Argentina in the dispute over the islands.",
}
OTHER = {
    "stood_physical": "He stood with his wife at the podium.",
    "stands_to_reason": "It stands to reason that Redland would want another round of talks "
                        "with Norland.",
    "stood_road": "Soldiers stood by the road for hours.",
    "prices": "Oil prices stood at record levels on Monday.",
    "built_on": "Their alliance rests on ties built over decades of trade.",
    "built_good": "Analysts think the Norland leader has built warm relations with Redland.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SUPPORTED, **OTHER})


@pytest.mark.parametrize("key", sorted(SUPPORTED))
def test_ties_and_standing_are_support(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "SUPPORT"), [(e.type, e.trigger.text)
                                              for e in results[key].events]


@pytest.mark.parametrize("key", sorted(OTHER))
def test_other_senses_are_no_support(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "SUPPORT"), [(e.type, e.trigger.text)
                                                  for e in results[key].events]


def test_standing_with_names_both_sides(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["stands_with"], "SUPPORT")
    assert [p.text for p in ev.source] == ["The United States"]
    assert [p.text for p in ev.target] == ["Israel"]


def test_strengthened_ties_name_both_sides(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["strengthened"], "SUPPORT")
    assert [p.text for p in ev.source] == ["India"]
    assert [p.text for p in ev.target] == ["Sri Lanka"]
