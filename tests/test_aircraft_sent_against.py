"""Warplanes sent against a target are the air strike (ASSAULT/aerial), not a deployment;
sent to a place, with no 'against', or against a threat or aggression (a deterrent), they stay
MOBILIZE."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

CASES = {
    "jets_against": ("Lorania sent fighter jets against Tarsian military targets on Thursday.",
                     "ASSAULT"),
    "warplanes_against": ("The government dispatched warplanes against rebel positions near "
                          "the border.", "ASSAULT"),
    "free_relative": ("Lorania also sent four bombers on Monday against what its generals "
                      "called rebel depots.", "ASSAULT"),
    "jets_to_border": ("Lorania sent fighter jets to the border on Thursday.", "MOBILIZE"),
    "troops_to_border": ("Lorania sent troops to the border on Thursday.", "MOBILIZE"),
    "against_threat": ("Lorania sent jets against the threat posed by Tarsia.", "MOBILIZE"),
}


@pytest.fixture(scope="module")
def results() -> dict:
    return run_texts({k: v[0] for k, v in CASES.items()})


@pytest.mark.parametrize("key", sorted(CASES))
def test_sent_aircraft_type(results: dict, key: str) -> None:
    text, etype = CASES[key]
    found = [(e.type, e.mode) for e in results[key].events
             if e.trigger.text.split()[0] in ("sent", "dispatched")]
    assert found and found[0][0] == etype, (text, found)
    if etype == "ASSAULT":
        assert found[0][1] == "ASSAULT/aerial"
