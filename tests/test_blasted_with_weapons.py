"""'Blast', 'spray', 'douse', 'hose' or 'pelt' a party with a weapon or a means of force
(water cannon, tear gas, rubber bullets, rockets) is an attack (ASSAULT), not the criticism
'blasted the government' tells."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

TEXTS = {
    "cannon": "A Chinese coast guard ship blasted a Vietnamese fishing boat with a water cannon "
              "on Sunday.",
    "gas": "Police sprayed the marchers with tear gas in the capital on Monday.",
    "words": "The senator blasted the government over the deal on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger", [("cannon", "blasted"), ("gas", "sprayed")])
def test_blasted_with_a_weapon_is_an_attack(results: dict[str, Extraction], key: str,
                                            trigger: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert ev.type == "ASSAULT"
    assert ev.mode == "ASSAULT/crowd-control"


def test_the_attacker_and_the_victim_of_a_water_cannon(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["cannon"], "blasted")
    assert "CHN" in {p.actor.country for p in ev.source if p.actor is not None}
    assert "VNM" in {p.actor.country for p in ev.target if p.actor is not None}


def test_blasted_in_words_is_a_criticism(results: dict[str, Extraction]) -> None:
    assert by_trigger(results["words"], "blasted").type == "ACCUSE"
