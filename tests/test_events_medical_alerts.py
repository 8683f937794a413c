"""An emergency declared at a hospital is a medical alert; a state of emergency stays COERCE."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

ALERTS = {
    "at_hospital": "Doctors said an emergency was declared at Varo's main hospital for the "
                   "wounded.",
    "in_all_hospitals": "Authorities declared an emergency in all hospitals of the city after "
                        "the blast.",
    "bare_emergency": "Emergency was declared in hospitals across the province.",
}
STATES = {
    "state_of_emergency": "The Norland government declared a state of emergency in the capital "
                          "on Monday.",
    "in_provinces": "The Velland president declared an emergency in the border provinces after "
                    "the clashes.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**ALERTS, **STATES})


@pytest.mark.parametrize("key", sorted(ALERTS))
def test_hospital_emergencies_are_no_coercion(results: dict[str, Extraction], key: str) -> None:
    found = [e.type for e in results[key].events if e.type == "COERCE"]
    assert found == [], f"{ALERTS[key]} -> {found}"


@pytest.mark.parametrize("key", sorted(STATES))
def test_states_of_emergency_stay(results: dict[str, Extraction], key: str) -> None:
    assert "COERCE" in {e.type for e in results[key].events}, STATES[key]
