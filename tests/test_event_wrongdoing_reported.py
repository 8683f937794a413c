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
    "rig": "Venezuela's opposition said the Maduro government had rigged the vote.",
    "destabilize": "Kyiv said Moscow was trying to destabilize Moldova.",
    "politicize": "Beijing said Washington was politicizing the pandemic.",
    "weaponize": "The minister said Russia was weaponizing energy supplies.",
    "smear": "The ministry said the BBC had smeared China with its reporting.",
    "betray": "Kurdish leaders said Washington had betrayed them.",
    "violate_resolution": "The ministry said Tehran had violated the Security Council resolution.",
    "abuse_power": "Brazilian prosecutors said President Bolsonaro had abused his power.",
    "provoke": "Seoul said Pyongyang was provoking a confrontation.",
    "sabotage_talks": "Israel said Hamas was sabotaging the talks.",
    "lie_about": "The Kremlin said Ukraine was lying about the attack.",
    "exploit": "Analysts said Russia was exploiting the crisis.",
    "distort": "Moscow said the BBC had distorted the facts.",
}
OTHER = {
    "own_denial": '"We do not discriminate against anyone," the Indian minister said.',
    "own_rig_denial": "We did not rig the election, the president said.",
    "lie_place": "The town lies on the border, officials said.",
    "abuse_other": "The ministry said the drug had been abused by teenagers.",
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


@pytest.mark.parametrize("key", ["own_denial", "own_rig_denial", "lie_place", "abuse_other"])
def test_no_charge(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "ACCUSE"), OTHER[key]


def test_sabotaged_talks_charge_the_saboteur(results: dict[str, Extraction]) -> None:
    found = of_type(results["sabotage_talks"], "ACCUSE")
    assert {p.actor.country for p in found[0].target if p.actor} == {"PSE"}
    assert {p.actor.country for p in found[0].source if p.actor} == {"ISR"}
