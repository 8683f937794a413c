"""Armed forces arriving, landing or moving somewhere are a military move (PLOVER MOBILIZE:
'all military or police moves, deployments'; PETRARCH2's CAMEO dictionary codes a military
subject that rushes somewhere, 154); a person of office arriving is a visit, and migrants,
ministers or missiles arriving or landing are no deployment."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

MOVEMENT = {
    "peacekeepers_arrived": "Additional Danish peacekeepers arrived in Velland on Monday.",
    "troops_landed": "About 400 Chilean marines landed on the disputed island overnight.",
    "warplanes_flew": "Two Norland warplanes flew over the border town of Varo on Friday.",
    "tanks_rolled": "Velland tanks rolled into the northern province at dawn.",
    "forces_moved": "Norland forces moved toward the coastal city after the talks failed.",
}
NO_MOVEMENT = {
    "migrants_arrived": "More than 200 migrants arrived in Lampedusa on Tuesday.",
    "missile_landed": "A stray rocket landed in a field near Varo, police said.",
    "troops_arrive_no_place": "Relatives waited for hours before the troops finally arrived.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**MOVEMENT, **NO_MOVEMENT})


@pytest.mark.parametrize("key", sorted(MOVEMENT))
def test_forces_arriving_or_moving_are_mobilize(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "MOBILIZE"), MOVEMENT[key]


@pytest.mark.parametrize("key", sorted(NO_MOVEMENT))
def test_other_arrivals_are_no_mobilize(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "MOBILIZE"), NO_MOVEMENT[key]


def test_an_envoy_arriving_stays_a_visit() -> None:
    ex = run_texts({"envoy": "Norway's foreign minister arrived in Beijing on Sunday."})["envoy"]
    assert of_type(ex, "CONSULT") and not of_type(ex, "MOBILIZE")
