"""Neutralising fighters, militants or a cell is an attack on them (CAMEO 190, use conventional
military force; PLOVER ASSAULT), as armies' statements report strikes and raids; neutralising
anything else (a threat, a virus, an argument) is none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "active": "Troops neutralized three fighters in the village, the army said.",
    "cell": "The army said it had neutralised a terrorist cell in the north.",
    "passive": "Three militants were neutralized by Castranian troops near Velmar.",
    "either_or": "Several rebels were either neutralized or captured, the army said.",
    "virus": "The vaccine neutralized the virus in the trial.",
    "threat": "The Veldorian navy neutralized the threat posed by the mines.",
    "argument": "The minister neutralized the argument with new figures.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["active", "cell", "passive", "either_or"])
def test_neutralising_fighters_is_an_assault(results, key: str) -> None:
    attacks = of_type(results[key], "ASSAULT")
    assert len(attacks) == 1, TEXTS[key]
    assert attacks[0].modality == "asserted", TEXTS[key]


def test_the_troops_party_is_the_source(results) -> None:
    (attack,) = of_type(results["passive"], "ASSAULT")
    assert [p.text for p in attack.source] == ["Castranian"]


@pytest.mark.parametrize("key", ["virus", "threat", "argument"])
def test_neutralising_anything_else_is_no_assault(results, key: str) -> None:
    assert not of_type(results[key], "ASSAULT"), TEXTS[key]
