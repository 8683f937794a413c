"""Expelling or kicking out people who are no envoys (journalists, migrants, activists) is a
deportation, COERCE mode deport (CAMEO 174, expel or deport individuals); expelling
diplomats stays a SANCTION of relations. Incarceration, imprisonment and internment are
arrests (COERCE mode arrest), like detention."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "journalists": "Police expelled the journalists from the province.",
    "migrants": "The Norland government expelled hundreds of migrants last month.",
    "kicked": "The junta kicked out foreign journalists on Friday.",
    "diplomats": "Norland expelled two Valdorian diplomats on Monday.",
    "team": "The team was kicked out of the tournament.",
    "incarceration": "The incarceration of opposition leaders in Velmar drew criticism.",
    "imprisonment": "Rights groups condemned the imprisonment of the activist by Norland.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["journalists", "migrants", "kicked"])
def test_people_expelled_are_deported(results, key: str) -> None:
    assert [e.mode for e in of_type(results[key], "COERCE")] == ["COERCE/deport"], TEXTS[key]
    assert not of_type(results[key], "SANCTION"), TEXTS[key]


def test_diplomats_expelled_are_a_sanction(results) -> None:
    assert of_type(results["diplomats"], "SANCTION")
    assert not of_type(results["diplomats"], "COERCE")


def test_a_team_kicked_out_is_none(results) -> None:
    assert not of_type(results["team"], "COERCE")


@pytest.mark.parametrize("key", ["incarceration", "imprisonment"])
def test_imprisonment_is_an_arrest(results, key: str) -> None:
    assert [e.mode for e in of_type(results[key], "COERCE")] == ["COERCE/arrest"], TEXTS[key]
