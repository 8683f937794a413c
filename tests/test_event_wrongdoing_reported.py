"""A party said to discriminate against a group, or to incite or stoke hatred, violence or
tension, is charged with a wrong by its nature: the speaker's ACCUSE (mode allege) of that
party, as 'said X committed war crimes' is; the speaker's own denial is none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

CHARGES = {
    "discriminate": "Rights groups say the Chinese authorities discriminate against Tibetans.",
    "stoke": "Ethiopia said Eritrea was stoking tension along the border.",
    "incite": "The minister said Russia incites hatred against Ukrainians.",
}
OTHER = {
    "own_denial": '"We do not discriminate against anyone," the Indian minister said.',
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**CHARGES, **OTHER})


@pytest.mark.parametrize("key", list(CHARGES))
def test_said_wrong_is_a_charge(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert found and found[0].mode == "ACCUSE/allege", CHARGES[key]


def test_stoking_charges_the_party_said_to_stoke(results: dict[str, Extraction]) -> None:
    found = of_type(results["stoke"], "ACCUSE")
    assert {p.actor.country for p in found[0].target if p.actor} == {"ERI"}
    assert {p.actor.country for p in found[0].source if p.actor} == {"ETH"}


def test_own_denial_is_no_charge(results: dict[str, Extraction]) -> None:
    assert not of_type(results["own_denial"], "ACCUSE")
