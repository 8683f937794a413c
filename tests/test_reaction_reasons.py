"""A reaction told as met ('the plan was met with condemnation') happened, like one drawn or
faced; a role-reversed 'came under fire' with a reason ('for the deal', 'over its handling of
the crisis') is blame (ACCUSE) of its subject, even of an armed one, while gunfire keeps its
span of time or place ('for hours', 'over the weekend', 'near the border') and stays an
ASSAULT."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "met": "The verdict was met with condemnation.",
    "deal": "The minister came under fire for the deal.",
    "over": "The ministry came under fire over its decision to close the schools.",
    "army": "The army came under fire for its handling of the march.",
    "hours": "The convoy came under fire for hours.",
    "weekend": "Troops came under fire over the weekend.",
    "greeted": "The visitors were greeted with flowers.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["met", "deal", "over", "army"])
def test_reaction_is_accuse(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "ACCUSE"), TEXTS[key]
    assert not of_type(results[key], "ASSAULT"), TEXTS[key]


def test_blamed_party_is_target(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["deal"], "ACCUSE")
    assert [p.text for p in ev.target] == ["minister"]


@pytest.mark.parametrize("key", ["hours", "weekend"])
def test_gunfire_stays_assault(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "ASSAULT"), TEXTS[key]
    assert not of_type(results[key], "ACCUSE"), TEXTS[key]


def test_greeting_with_a_thing_is_nothing(results: dict[str, Extraction]) -> None:
    assert not of_type(results["greeted"], "ACCUSE")
