"""Two coordinated acts of one type are two events when the second's own phrase tells it apart
('... and wounded five others in a separate attack in Katsina', '... in another raid'); one
attack told with two results stays one event."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TWO = {
    "separate_attack": "Gunmen killed three villagers in Zamfara and wounded five others in a "
                       "separate attack in Katsina.",
    "separate_operation": "Police arrested five protesters and detained two reporters in a "
                          "separate operation.",
    "another_attack": "Militants killed two soldiers near Varo and injured four civilians in "
                      "another attack.",
}
TYPES = {"separate_attack": "ASSAULT", "separate_operation": "COERCE", "another_attack": "ASSAULT"}
ONE = {
    "same_attack": "Gunmen killed three villagers and wounded five others in the attack on Varo.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**TWO, **ONE})


@pytest.mark.parametrize("key", sorted(TWO))
def test_a_separate_phrase_makes_two_acts(results: dict[str, Extraction], key: str) -> None:
    found = [e for e in of_type(results[key], TYPES[key]) if e.modality == "asserted"]
    assert len(found) == 2, [(e.type, e.trigger.text) for e in results[key].events]


def test_one_attack_with_two_results_stays_one(results: dict[str, Extraction]) -> None:
    assert len(of_type(results["same_attack"], "ASSAULT")) == 1
