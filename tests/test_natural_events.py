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
    "shared_agent": "Fields were flooded and barns were damaged or swept away by floods in May.",
}
ACCIDENTS = {  # a thing as the doer of a verb of harm: an accident, no attack
    "blaze": "The fire killed four tenants of the old hotel in Varo on Sunday.",
    "factory_fire": "A fire at a paint factory in Varo killed nine workers overnight.",
    "collapse": "Falling masonry injured three pupils at a school in Varo.",
    "crash": "The crash killed all 40 passengers of the Velland ferry.",
    "heat": "Heat waves killed dozens of farm labourers in Norland last summer.",
    "helicopter_crashed": "A Norland army helicopter crashed in the hills on Monday, killing all "
                          "12 soldiers on board.",
    "trains_collided": "Two passenger trains collided near Varo, killing at least 30 people and "
                       "injuring dozens.",
    "ferry_capsized": "A ferry capsized off the Velland coast, killing 40 migrants.",
    "bus_plunged": "A bus plunged into a gorge in northern Norland, killing 17 passengers.",
    "truck_overturned": "A fuel truck overturned on the highway outside Varo, killing five people.",
    "killed_in_crash": "A Red Cross official said six people had been killed in the crash near "
                       "Varo.",
    "injured_in_accident": "Two Norland soldiers were injured in a helicopter accident near the "
                           "border on Monday.",
    "killed_in_stampede": "Twelve pilgrims were killed in a stampede at the shrine in Varo.",
}
ATTACKS = {  # a party, a person, a weapon or an attack as the doer stays an attack
    "bomb": "A roadside bomb killed three Norland soldiers near Varo.",
    "airstrike": "An air strike killed five fighters in a village near Varo.",
    "tank_fire": "Tank fire killed two shepherds near the Velland border.",
    "gunmen": "Dozens of gunmen attacked a Norland army convoy near Varo.",
    "violence": "The violence killed at least 30 people in Varo, the Red Cross said.",
    "man": "A man attacked two police officers with a knife in Varo.",
    "enemy": "At dawn the enemy opened fire on farmers harvesting olives near Varo.",
    "shelled_killing": "Velland troops shelled the village on Monday, killing 12 civilians.",
    "bomb_exploded_killing": "A car bomb exploded outside the ministry in Varo, killing nine "
                             "people.",
    "drone_struck_killing": "A Velland drone struck a car near the border, killing two men.",
    "stormed_killing": "Norland gunmen stormed a hotel in Varo, killing 20 guests.",
    "killed_in_attack": "Three civilians were killed in the attack on the market in Varo.",
    "killed_by_rebels_in_ambush": "Two Norland soldiers were killed by rebels in an ambush near "
                                  "Varo.",
}
POLITICAL = {
    "gunfire": "Israeli fire killed two Palestinians in Gaza on Tuesday.",
    "warn_state": "North Korea warned that it would strike South Korea.",
    "aid_after_quake": "Japan sent humanitarian aid to Turkey after the earthquake.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**NATURAL, **POLITICAL, **ACCIDENTS, **ATTACKS})


@pytest.mark.parametrize("key", sorted(NATURAL))
def test_natural_events_are_no_events(results: dict[str, Extraction], key: str) -> None:
    found = [e.type for e in results[key].events]
    assert found == [], f"{NATURAL[key]} -> {found}"


@pytest.mark.parametrize(("key", "etype"), [("gunfire", "ASSAULT"), ("warn_state", "THREATEN"),
                                            ("aid_after_quake", "AID")])
def test_political_acts_stay(results: dict[str, Extraction], key: str, etype: str) -> None:
    assert etype in {e.type for e in results[key].events}, POLITICAL[key]


@pytest.mark.parametrize("key", sorted(ACCIDENTS))
def test_accidents_are_no_attacks(results: dict[str, Extraction], key: str) -> None:
    found = [e.type for e in results[key].events if e.type == "ASSAULT"]
    assert found == [], f"{ACCIDENTS[key]} -> {found}"


@pytest.mark.parametrize("key", sorted(ATTACKS))
def test_attacks_by_a_causer_that_can_attack_stay(results: dict[str, Extraction],
                                                  key: str) -> None:
    assert "ASSAULT" in {e.type for e in results[key].events}, ATTACKS[key]
