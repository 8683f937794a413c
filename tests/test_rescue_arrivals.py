"""Rescuers, firefighters or medics who arrive or fly in are help sent (AID, humanitarian;
CAMEO 07, provide aid): 'rescuers from Turkey arrived in the quake zone', 'firefighters
have flown in to join local crews'. Other arrivals are no aid: a diplomat's is a visit,
a singer's or doctors' at their hospital none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

ARRIVED = {
    "rescuers": "Rescuers from Turkey arrived in the quake zone on Monday.",
    "firefighters": "Firefighters from Canada arrived in Sydney to fight the blazes.",
    "flown_in": "A senior firefighter from Alberta has flown in to join local crews.",
    "paramedics": "Paramedics from the capital flew in overnight.",
}
NOT_AID = {
    "doctors": "Doctors arrived at the hospital at dawn.",
    "singer": "The singer flew in from London for the concert.",
    "ambassador": "The ambassador arrived in Kabul on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**ARRIVED, **NOT_AID})


@pytest.mark.parametrize("key", sorted(ARRIVED))
def test_rescuers_arriving_is_aid(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "AID")
    assert found, (ARRIVED[key], [(e.type, e.trigger.text) for e in results[key].events])
    assert all(e.mode == "AID/humanitarian" for e in found), found


@pytest.mark.parametrize("key", sorted(NOT_AID))
def test_other_arrivals_are_no_aid(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "AID"), (
        NOT_AID[key], [(e.type, e.trigger.text) for e in results[key].events])
