"""Disapproval voiced as an attitude ('critical of', 'opposes', 'opposition from') is an
ACCUSE; opposing a proposal is a REJECT; 'as opposed to' and 'the opposition' are neither."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "critical_of": "Japan has been sharply critical of the Chinese government.",
    "opposes_policy": "Poland opposes Russian investment in its energy sector.",
    "opposed_plan": "The rebels opposed the peace plan on Sunday.",
    "opposition_from": "The project faces fierce opposition from Nigeria.",
    "as_opposed_to": "Wages in Vietnam, as opposed to wages in Japan, rose last year.",
    "opposition_party": "The opposition leader spoke to reporters in Minsk.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _countries(parts: list) -> set[str]:
    return {p.actor.country for p in parts if p.actor is not None}


def test_critical_of_is_disapproval_with_its_target(results: dict[str, Extraction]) -> None:
    found = of_type(results["critical_of"], "ACCUSE")
    assert found and found[0].mode == "ACCUSE/disapprove"
    assert "JPN" in _countries(found[0].source) and "CHN" in _countries(found[0].target)


def test_opposing_a_policy_is_disapproval(results: dict[str, Extraction]) -> None:
    ex = results["opposes_policy"]
    assert of_type(ex, "ACCUSE") and not of_type(ex, "REJECT")


def test_opposing_a_proposal_is_a_rejection(results: dict[str, Extraction]) -> None:
    ex = results["opposed_plan"]
    assert of_type(ex, "REJECT") and not of_type(ex, "ACCUSE")


def test_opposition_from_names_who_opposes(results: dict[str, Extraction]) -> None:
    found = of_type(results["opposition_from"], "ACCUSE")
    assert found and "NGA" in _countries(found[0].source)
    assert "NGA" not in _countries(found[0].target)


@pytest.mark.parametrize("key", ["as_opposed_to", "opposition_party"])
def test_no_disapproval(results: dict[str, Extraction], key: str) -> None:
    types = {e.type for e in results[key].events}
    assert not types & {"ACCUSE", "REJECT"}, TEXTS[key]
