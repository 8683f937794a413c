"""Seeking or wanting an act of another party ('sought an independent inquiry', 'wants an
inquiry into the shootings', 'wants early elections') is a REQUEST, as CAMEO's SEEK / WANT
patterns code it (021x-025x); wanting talks is an intent to meet, no REQUEST."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

FIRES = {
    "sought_inquiry": "Greek lawmakers sought an independent inquiry into the deaths.",
    "sought_permission": "The Turkish navy sought permission from Athens to enter the strait.",
    "wants_inquiry": "The Kenyan opposition leader wants an inquiry into the shootings.",
    "wants_aid": "Ukraine wants more military aid from its European allies.",
    "wants_elections": "The Bolivian opposition wants early elections.",
}
SILENT = {
    "wants_talks": "Russia wants talks with Ukraine.",
    "wants_change": "Voters in Chile want change.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**FIRES, **SILENT})


@pytest.mark.parametrize("key", sorted(FIRES))
def test_a_sought_act_is_a_request(results, key: str) -> None:
    found = [e for e in of_type(results[key], "REQUEST") if e.modality == "asserted"]
    assert len(found) == 1 and found[0].source, FIRES[key]


@pytest.mark.parametrize("key", sorted(SILENT))
def test_no_request(results, key: str) -> None:
    assert not of_type(results[key], "REQUEST"), SILENT[key]
