"""Welcoming a release, a return, a resumption, a lifting or a withdrawal is support (CAMEO
051, praise or endorse), and the welcomed act stays an event of its own ('welcomed the
withdrawal of the troops' reports the withdrawal too). Providing a party with guarantees,
experts or money is aid (CAMEO 07, provide aid)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

WELCOMED = {
    "release": "Press groups in Oslo welcomed the release of the reporter.",
    "resumption": "The United Nations welcomed the resumption of talks between the two sides.",
    "lifting": "Exporters in Norland welcomed the lifting of sanctions on the port.",
    "withdrawal": "Kyiv welcomed the withdrawal of Russian troops from the city.",
}
PROVIDED = {
    "guarantees": "The coalition will provide Ukraine with security guarantees.",
    "drones": "Washington supplied the rebels with drones and artillery.",
    "money": "Britain provided the Kenyan government with money and experts.",
}
NOT_PROVIDED = {
    "details": "The ministry provided reporters with details of the raid.",
    "documents": "The embassy provided the court with documents on the case.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**WELCOMED, **PROVIDED, **NOT_PROVIDED})


def _events(ex: Extraction) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("key", sorted(WELCOMED))
def test_welcomed_act_is_support(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "SUPPORT"), (WELCOMED[key], _events(results[key]))


def test_welcomed_withdrawal_stays_a_retreat(results: dict[str, Extraction]) -> None:
    assert of_type(results["withdrawal"], "RETREAT"), _events(results["withdrawal"])
    assert of_type(results["release"], "RETREAT"), _events(results["release"])


@pytest.mark.parametrize("key", sorted(PROVIDED))
def test_party_provided_with_help_is_aid(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "AID"), (PROVIDED[key], _events(results[key]))


@pytest.mark.parametrize("key", sorted(NOT_PROVIDED))
def test_party_provided_with_information_is_no_aid(results: dict[str, Extraction],
                                                   key: str) -> None:
    assert not of_type(results[key], "AID"), (NOT_PROVIDED[key], _events(results[key]))
