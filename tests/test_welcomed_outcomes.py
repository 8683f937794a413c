"""Welcoming an outcome, a vote, a plan or a statement is support (CAMEO's praise or endorse,
051): "welcomed the election results", "welcomed the news", "welcomed the new measures". A
welcome met with a feeling stays no event and a welcomed guest stays a hosted visit."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

SUPPORTED = {
    "results": "Washington welcomed the election results in Ruritania.",
    "news": "The Norland government welcomed the news of the vote.",
    "measures": "The European Union welcomed the new measures announced by Redland.",
    "appointment": "Britain welcomed the appointment of the new Ruritanian prime minister.",
    "statement": "Egypt welcomed the statement by the Security Council.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SUPPORTED,
                      "relief": "The decision was welcomed with relief in the capital.",
                      "guest": "Egypt's president welcomed the Jordanian king in Cairo."})


@pytest.mark.parametrize("key", sorted(SUPPORTED))
def test_welcomed_outcomes_are_support(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "SUPPORT"), [(e.type, e.trigger.text)
                                              for e in results[key].events]


def test_welcome_with_a_feeling_is_no_support(results: dict[str, Extraction]) -> None:
    assert not of_type(results["relief"], "SUPPORT")


def test_welcomed_guest_stays_a_visit(results: dict[str, Extraction]) -> None:
    assert of_type(results["guest"], "CONSULT")
