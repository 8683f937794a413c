"""PLOVER's COERCE modes told by a verb and its object: utilities cut off (withhold),
checkpoints set up and border controls imposed (restrict), news outlets closed and
broadcasting licences suspended (censor); the same verbs with other objects stay no coercion."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "cut_power": "Norland cut off electricity to the rebel-held town of Varo on Monday.",
    "shut_internet": "The Velland government shut down the internet in three provinces.",
    "storm_power": "The storm cut power to 20,000 homes in Varo on Monday.",
    "checkpoints": "Velland police set up checkpoints across the capital on Friday.",
    "controls": "Norland imposed border controls on travellers from Velland last year.",
    "outlets": "The Velland interior ministry closed two opposition newspapers on Sunday.",
    "licences": "Norland authorities suspended the licences of four Velland broadcasters.",
    "closed_shop": "The baker closed his shop early on Friday.",
    "price_controls": "The Velland government introduced price controls on bread.",
    "closed_site": "Norland closed the nuclear test site in 1996.",
    "cut_powers": "The new law cut the powers of the Velland parliament.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["cut_power", "shut_internet", "checkpoints", "controls",
                                 "outlets", "licences"])
def test_coercion_told_by_verb_and_object(results, key) -> None:
    assert of_type(results[key], "COERCE"), TEXTS[key]


@pytest.mark.parametrize("key", ["storm_power", "closed_shop", "price_controls",
                                 "closed_site", "cut_powers"])
def test_no_coercion_without_a_party_or_a_medium(results, key) -> None:
    assert not of_type(results[key], "COERCE"), TEXTS[key]
