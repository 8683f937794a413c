"""Military exercises follow PETRARCH2's CAMEO dictionary: a joint exercise, or one held with
a partner, is military cooperation (CAMEO 062, PLOVER COOPERATE); an exercise a party holds on
its own is a show of force (CAMEO 150, PLOVER MOBILIZE)."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

CASES = {
    "own_drills": ("Redland's navy conducted live-fire drills near the strait on Monday.",
                   "MOBILIZE"),
    "military_exercise": ("Moldavia held a large military exercise along its northern border.",
                          "MOBILIZE"),
    "war_games": ("Ruritania staged war-games around the disputed islands last week.",
                  "MOBILIZE"),
    "joint_exercise": ("Brazil and Chile began joint naval exercises off the coast.",
                       "COOPERATE"),
    "exercise_with": ("Kenya held military drills with Uganda near the lake on Tuesday.",
                      "COOPERATE"),
    "two_navies": ("Chilean and Peruvian warships launched five days of war games off Arica.",
                   "COOPERATE"),
    "joint_patrols": ("Peru and Ecuador ran joint patrols along the river on Sunday.",
                      "COOPERATE"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in CASES.items()})


@pytest.mark.parametrize("key", sorted(CASES))
def test_exercise_type(results: dict[str, Extraction], key: str) -> None:
    text, etype = CASES[key]
    types = {e.type for e in results[key].events}
    assert etype in types, (text, types)
    other = {"MOBILIZE": "COOPERATE", "COOPERATE": "MOBILIZE"}[etype]
    assert other not in types, (text, types)


WEAPON_TESTS = {
    "tested_missile": ("Redland tested a new cruise missile over the sea on Monday.", True),
    "missile_test": ("Moldavia carried out a ballistic missile test near its coast.", True),
    "weapon_system": ("Ruritania is testing an air-defence weapon system bought abroad.", True),
    "tested_software": ("The bank tested its new payment software on Monday.", False),
    "blood_test": ("Doctors in Lorania ran a blood test on the patients.", False),
}


@pytest.fixture(scope="module")
def weapon_results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in WEAPON_TESTS.items()})


@pytest.mark.parametrize("key", sorted(WEAPON_TESTS))
def test_weapon_tests_are_mobilization(weapon_results: dict[str, Extraction], key: str) -> None:
    text, expected = WEAPON_TESTS[key]
    found = [e.mode for e in weapon_results[key].events if e.type == "MOBILIZE"]
    assert bool(found) == expected, (text, found)
    if expected:
        assert found[0] == "MOBILIZE/weapons", (text, found)
