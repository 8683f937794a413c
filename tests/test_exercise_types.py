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


PATROLS = {  # text, whether the patrol noun gives an event of its own (MOBILIZE or COOPERATE)
    "came_under_fire": ("The Redland patrol came under fire from Moldavian soldiers on Monday.",
                        False),
    "ambushed": ("An army patrol was ambushed near the Ruritanian border on Monday.", False),
    "returned_fire": ("A Moldavian patrol returned gunfire after the attack on Monday.", False),
    "patrol_boat": ("A Moldavian patrol boat opened fire on the fishermen on Monday.", False),
    "coordinated_fire": ("A naval patrol crossed the line and opened fire on a boat on Monday.",
                         False),
    "sent_patrols": ("Redland sent patrols to the Moldavian border on Monday.", True),
    "stepped_up": ("The Ruritanian army stepped up patrols along the border on Monday.", True),
    "joint_launched": ("A joint patrol was launched by Redland and Moldavia on Monday.", True),
    "conducted": ("Ruritanian military police conducted a patrol near the border on Monday.",
                  True),
}


@pytest.fixture(scope="module")
def patrol_results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in PATROLS.items()})


@pytest.mark.parametrize("key", sorted(PATROLS))
def test_a_patrol_that_is_a_party_is_no_deployment(patrol_results: dict[str, Extraction],
                                                   key: str) -> None:
    text, own = PATROLS[key]
    events = patrol_results[key].events
    patrols = [e.type for e in events if "patrol" in e.trigger.text.lower()]
    assert bool(patrols) == own, (text, patrols)
    if not own:  # the act the patrol is a party of stays
        assert any(e.type == "ASSAULT" for e in events), (text, [e.type for e in events])
