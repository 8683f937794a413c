"""Aid told by sending civil responders to a party or place, and by arming a party; troops
sent beside responders stay a MOBILIZE, and 'armed' as a state is no aid."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

AIDED = {
    "rescue_teams": "Turkey sent rescue teams to Syria after the earthquake.",
    "firefighters": "Canada dispatched firefighters to Australia to battle the blazes.",
    "medical_teams": "Egypt rushed medical teams to Gaza.",
    "armed_rebels": "Iran armed the Houthi rebels in Yemen.",
    "armed_militia": "Ruritania armed a militia in northern Freedonia.",
}
NOT_AIDED = {
    "troops_too": "The army sent troops and rescue teams to the border.",
    "batons": "The police were armed with batons.",
    "themselves": "The militants armed themselves with rifles.",
    "no_place": "The Freedonian government sent rescue teams.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**AIDED, **NOT_AIDED})


@pytest.mark.parametrize("key", sorted(AIDED))
def test_aid_phrasings(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "AID"), [(e.type, e.trigger.text) for e in results[key].events]


@pytest.mark.parametrize("key", sorted(NOT_AIDED))
def test_other_readings_are_no_aid(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "AID")


def test_responders_sent_abroad_name_giver_and_receiver(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["rescue_teams"], "AID")
    assert ev.mode == "AID/humanitarian"
    assert [p.text for p in ev.source] == ["Turkey"]
    assert [p.text for p in ev.target] == ["Syria"]


def test_arming_is_military_aid(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["armed_rebels"], "AID")
    assert ev.mode == "AID/military"


def test_troops_beside_responders_stay_a_move(results: dict[str, Extraction]) -> None:
    assert of_type(results["troops_too"], "MOBILIZE")
