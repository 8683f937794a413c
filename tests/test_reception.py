"""How something is received or answered: 'met with' a reaction or force is no meeting, a
fear eased, addressed or cited is no charge, a threat alleviated or countered no threat;
meeting a party, voicing concern and making a threat keep their events."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

NO_CONSULT = {
    "met_skepticism": "The Blueland proposal was met with skepticism in Redland on Monday.",
    "met_tear_gas": "Blueland protesters were met with tear gas and water cannon in Ossa.",
    "met_resistance": "The Redland plan met with fierce resistance from Blueland farmers.",
    "met_response": '"Any attack on Blueland will be met with a crushing response," the '
                    'Blueland defence minister said on Monday.',
}
CONSULT = {
    "met_minister": "The Blueland president met with the Redland foreign minister on Monday.",
    "met_officials": "The Redland envoy met Blueland officials in Ossa on Monday.",
}
NO_ACCUSE = {  # known actors, so that a charge could be read (see test_quoted_disapproval)
    "allay_fears": "German Finance Minister Arvid Pell sought to allay fears of a default on "
                   "Monday.",
    "citing_concerns": "Poland cancelled the trip on Monday, citing security concerns, "
                       "Polish Foreign Minister Lena Moss said.",
    "address_concerns": "Pell said the new German law would address concerns raised by "
                        "Poland.",
}
ACCUSE = {
    "expressed_concern": "Polish Foreign Minister Lena Moss expressed concern over the German "
                         "troop buildup on Monday.",
    "deeply_concerned": '"We are deeply concerned about Germany\'s actions," Polish Foreign '
                        'Minister Lena Moss said on Monday.',
}
NO_THREATEN = {
    "alleviate_threat": '"We must alleviate the threat posed by Redland drones," the Blueland '
                        'defence minister said on Monday.',
    "counter_threat": "Blueland bought new radars on Monday to counter the threat from "
                      "Redland missiles.",
}
THREATEN = {
    "issued_threat": "Redland threatened on Monday to close its border with Blueland.",
}


REFUSALS_MET = {  # 'X met with / was met with a refusal from Y': Y rejects X's proposal
    "met_rejection": "The Blueland proposal met with rejection from Redland on Monday.",
    "met_refusal": "The Redland plan met with a flat refusal from Blueland.",
    "was_met_veto": "The Blueland resolution was met with a veto from Redland.",
}


@pytest.fixture(scope="module")
def refusals() -> dict[str, Extraction]:
    return run_texts(REFUSALS_MET)


@pytest.mark.parametrize("key", sorted(REFUSALS_MET))
def test_met_with_a_refusal_is_a_rejection(refusals: dict[str, Extraction], key: str) -> None:
    assert not of_type(refusals[key], "CONSULT")
    found = of_type(refusals[key], "REJECT")
    assert found and found[0].source, [(e.type, e.trigger.text) for e in refusals[key].events]


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts({**NO_CONSULT, **CONSULT, **NO_ACCUSE, **ACCUSE, **NO_THREATEN,
                      **THREATEN})


@pytest.mark.parametrize("key", sorted(NO_CONSULT))
def test_met_with_a_reaction_is_no_meeting(extracted: dict[str, Extraction], key: str) -> None:
    assert not of_type(extracted[key], "CONSULT")


@pytest.mark.parametrize("key", sorted(CONSULT))
def test_meeting_a_party_stays(extracted: dict[str, Extraction], key: str) -> None:
    assert of_type(extracted[key], "CONSULT")


@pytest.mark.parametrize("key", sorted(NO_ACCUSE))
def test_eased_fear_is_no_charge(extracted: dict[str, Extraction], key: str) -> None:
    assert not of_type(extracted[key], "ACCUSE")


@pytest.mark.parametrize("key", sorted(ACCUSE))
def test_voiced_concern_stays_a_charge(extracted: dict[str, Extraction], key: str) -> None:
    assert of_type(extracted[key], "ACCUSE")


@pytest.mark.parametrize("key", sorted(NO_THREATEN))
def test_countered_threat_is_no_threat(extracted: dict[str, Extraction], key: str) -> None:
    assert not of_type(extracted[key], "THREATEN")


@pytest.mark.parametrize("key", sorted(THREATEN))
def test_threat_made_stays(extracted: dict[str, Extraction], key: str) -> None:
    assert of_type(extracted[key], "THREATEN")


ENDED_CHARGES = {
    "dropped": "Redland prosecutors dropped the charges against the Blueland journalist on "
               "Monday.",
    "withdrawn": "The charges against the Blueland activist were withdrawn on Monday, her "
                 "lawyer said.",
}
CHARGES = {
    "filed": "Redland prosecutors filed charges against the Blueland journalist on Monday.",
    "denied": "The Blueland foreign ministry denied the charges made by Redland on Monday.",
}


@pytest.fixture(scope="module")
def charges() -> dict[str, Extraction]:
    return run_texts({**ENDED_CHARGES, **CHARGES})


@pytest.mark.parametrize("key", sorted(ENDED_CHARGES))
def test_ended_charge_is_no_accusation(charges: dict[str, Extraction], key: str) -> None:
    assert not of_type(charges[key], "ACCUSE")


@pytest.mark.parametrize("key", sorted(CHARGES))
def test_charge_made_or_denied_stays(charges: dict[str, Extraction], key: str) -> None:
    assert of_type(charges[key], "ACCUSE")
