"""Natural events (storms, fires, diseases) are not PLOVER events; political acts stay."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

NATURAL = {
    "storm_agent": "Hurricane Maria slammed the coast of Puerto Rico on Monday.",
    "passive_agent": "Dozens of homes in the valley were destroyed by floods last week.",
    "fought_fires": "Volunteers from three states fought wildfires near the town overnight.",
    "advisory": "Heat warnings were issued for the southern provinces.",
    "warn_disease": "Doctors warn that malaria could spread to new regions this summer.",
    "threat_of": "The threat of the typhoon has forced schools to close.",
}
POLITICAL = {
    "gunfire": "Israeli fire killed two Palestinians in Gaza on Tuesday.",
    "warn_state": "North Korea warned that it would strike South Korea.",
    "aid_after_quake": "Japan sent humanitarian aid to Turkey after the earthquake.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**NATURAL, **POLITICAL})


@pytest.mark.parametrize("key", sorted(NATURAL))
def test_natural_events_are_no_events(results: dict[str, Extraction], key: str) -> None:
    found = [e.type for e in results[key].events]
    assert found == [], f"{NATURAL[key]} -> {found}"


@pytest.mark.parametrize(("key", "etype"), [("gunfire", "ASSAULT"), ("warn_state", "THREATEN"),
                                            ("aid_after_quake", "AID")])
def test_political_acts_stay(results: dict[str, Extraction], key: str, etype: str) -> None:
    assert etype in {e.type for e in results[key].events}, POLITICAL[key]
