"""A killing of one victim named by office or rank is an assassination (PLOVER ASSAULT mode
assassinate, whatever the weapon): 'killed the deputy chief of ...', 'shot dead the mayor',
'killed senior commander X'; several victims, soldiers or civilians are not."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

TEXTS = {
    "chief": "Gunmen killed the deputy chief of the provincial police on Sunday.",
    "mayor": "Unknown attackers shot dead the mayor of the northern town.",
    "commander": "An airstrike killed senior commander Ali Hassan in the south.",
    "head": "Soldiers killed the head of the militia in a raid.",
    "soldiers": "The rebels killed three soldiers near the border.",
    "officials": "Militants killed two officials in the capital.",
    "mixed": "The bomb killed a local official and four civilians.",
}
ASSASSINATIONS = {"chief", "mayor", "commander", "head"}


@pytest.fixture(scope="module")
def runs():
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_assassination_by_office_of_the_one_victim(runs, key):
    modes = {e.mode for e in of_type(runs[key], "ASSAULT")}
    assert modes
    assert ("ASSAULT/assassinate" in modes) == (key in ASSASSINATIONS)
