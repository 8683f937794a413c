"""An act told as alleged reports a charge: 'ordered the arrest of X for allegedly trying to
undermine the state' is an ACCUSE, its source the party the act is alleged by (the subject of
the verb the act hangs on), asserted. A sentence with no alleged act has none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "arrest": "Peruvian prosecutors ordered the arrest of the Chilean consul for allegedly "
              "trying to bribe a judge.",
    "relative": "Chile expelled two Peruvian diplomats who allegedly recruited informants.",
    "plain": "Peruvian prosecutors ordered the arrest of the Chilean consul on Monday.",
    "unnamed": "It was reported that informants were allegedly recruited in the capital.",
    "reported": "Officials said that the two men had allegedly smuggled weapons across the "
                "border.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["arrest", "relative"])
def test_an_alleged_act_is_an_accusation(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert found and found[0].modality == "asserted", TEXTS[key]


def test_the_alleging_party_is_the_source(results: dict[str, Extraction]) -> None:
    found = of_type(results["arrest"], "ACCUSE")
    assert any("prosecutors" in (p.text or "") for p in found[0].source), found[0].source


def test_the_alleged_doers_are_the_target(results: dict[str, Extraction]) -> None:
    found = of_type(results["relative"], "ACCUSE")
    assert not any("informants" in (p.text or "") for p in found[0].target), found[0].target


def test_no_allegation_no_accusation(results: dict[str, Extraction]) -> None:
    assert not of_type(results["plain"], "ACCUSE")


@pytest.mark.parametrize("key", ["unnamed", "reported"])
def test_an_allegation_with_no_named_party_up_to_the_root_is_read(
        results: dict[str, Extraction], key: str) -> None:
    assert isinstance(results.get(key), Extraction), results.get(key)  # not out of budget
