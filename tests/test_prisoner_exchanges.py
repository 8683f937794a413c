"""A prisoner exchange or swap, told by the noun ("a prisoner swap", "the exchange of
prisoners") or the verb ("exchanged prisoners", "swapped detainees"), is a release
(RETREAT/release; CAMEO's "EXCHANGE PRISONERS" 0841), not a phone call or a meeting. Fire,
views and students exchanged stay apart."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

RELEASES = {
    "swap_noun": "Russia and Ukraine carried out a prisoner swap on Friday.",
    "exchange_of": "The exchange of prisoners between Norland and Redland took place at the "
                   "border.",
    "exchange_noun": "Israel and Hamas completed a prisoner exchange on Sunday.",
    "exchanged": "Armenia and Azerbaijan exchanged detainees on Monday.",
    "traded": "Norland and Redland traded captives after the truce.",
}
OTHER = {
    "fire": "The two armies exchanged fire across the border.",
    "views": "The ministers exchanged views on the crisis.",
    "students": "Norland and Redland agreed on an exchange of students.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**RELEASES, **OTHER})


@pytest.mark.parametrize("key", sorted(RELEASES))
def test_prisoner_exchanges_are_releases(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "RETREAT")
    assert found and found[0].mode == "RETREAT/release", [
        (e.type, e.mode, e.trigger.text) for e in results[key].events]


@pytest.mark.parametrize("key", sorted(RELEASES))
def test_prisoner_exchanges_are_no_meeting(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "CONSULT")


@pytest.mark.parametrize("key", sorted(OTHER))
def test_other_exchanges_are_no_release(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "RETREAT"), [(e.type, e.trigger.text)
                                                  for e in results[key].events]


def test_exchanged_fire_stays_an_attack(results: dict[str, Extraction]) -> None:
    assert of_type(results["fire"], "ASSAULT")
