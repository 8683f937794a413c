"""An attack named by a naming verb: a party that calls something an attack ('called the
shelling an unprovoked attack', 'described the incursion as an assault', 'branded Y's raid
an attack') accuses (ACCUSE, the namer the source); the namer does not attack (no ASSAULT
whose source is the namer). An attack the sentence tells stays an ASSAULT."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "called": "Prime Minister Kaja Kallas called the shelling of the border town an unprovoked "
              "attack.",
    "described_as": "Poland on Monday described the Belarusian incursion as an assault on its "
                    "sovereignty.",
    "branded": "Sweden branded Norway's raid an attack on civilians.",
    "told": "An attack on the convoy near the border killed two Polish soldiers on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["called", "described_as", "branded"])
def test_a_named_attack_is_the_namers_accusation(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert found, TEXTS[key]
    namer = TEXTS[key].split(" on ")[0].split(" called")[0].split(" branded")[0].split(" described")[0]
    assert any(p.text in namer for p in found[0].source), found[0].source


@pytest.mark.parametrize("key", ["called", "described_as", "branded"])
def test_the_namer_attacks_no_one(results: dict[str, Extraction], key: str) -> None:
    accusers = {p.text for e in of_type(results[key], "ACCUSE") for p in e.source}
    assert not [e for e in of_type(results[key], "ASSAULT")
                if any(p.text in accusers for p in e.source)], results[key].events


def test_the_named_acts_doer_is_accused(results: dict[str, Extraction]) -> None:
    found = of_type(results["branded"], "ACCUSE")
    assert any(p.actor is not None and p.actor.country == "NOR" for p in found[0].target)


def test_a_told_attack_stays_an_assault(results: dict[str, Extraction]) -> None:
    assert of_type(results["told"], "ASSAULT")
    assert not of_type(results["told"], "ACCUSE")
