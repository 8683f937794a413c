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
    "warships_sailed": "Three Norland warships sailed into Velland's territorial waters.",
    "forces_passed": "Velland forces passed into the buffer zone overnight, the ministry said.",
    "troops_reached": "Norland troops reached the outskirts of Varo on Friday.",
    "helicopters_landed": "Two Velland military helicopters landed on the disputed island.",
    "navy_expanded": "The Norland navy expanded rapidly over the past decade.",
    "expanded_navy": "Velland expanded its navy with four new frigates.",
    "coast_guard_vessels": "Two Norland coast guard vessels sailed into the disputed waters.",
    "navy_ships_arrived": "Several navy ships arrived in the port of Varo.",
    "fighter_jets_flew": "Norland fighter jets flew over the island on Monday.",
    "vessels_of_navy": "Four vessels of the Velland navy passed through the strait.",
    "sent_frigates": "Norland sent two frigates and a submarine to the strait on Monday.",
    "dispatched_helicopters": "Velland dispatched attack helicopters to the border region.",
    "sent_coast_guard_vessels": "Norland sent coast guard vessels to the disputed shoal on Monday.",
    "dispatched_naval_vessels": "Velland dispatched two naval vessels to the area.",
    "redeployed_navy_boats": "Norland redeployed navy patrol boats to the northern coast.",
    "army_sent_reinforcements": "The army sent reinforcements to the border after the clashes.",
    "reinforcements_after_fighting": "Fighting continued near Varo. Velland sent reinforcements "
                                     "to the town on Friday.",
    "rushed_reinforcements": "Norland troops came under fire, and the command rushed "
                             "reinforcements to the front.",
    "deployed_coast_guard_vessels": "Velland deployed coast guard vessels near the shoal.",
    "troops_and_aid_workers_deployed": "Velland deployed soldiers and medical teams to the "
                                       "northern valley on Sunday.",
    "police_and_paramedics_dispatched": "Police and paramedics were dispatched to the scene.",
    "police_deployed_water_cannon": "Police deployed water cannon against protesters.",
    "reinforcements_arrived": "Fresh reinforcements arrived at the front line as the offensive "
                              "stalled.",
}
NO_MOVEMENT = {
    "migrants_arrived": "More than 200 migrants arrived in Lampedusa on Tuesday.",
    "missile_landed": "A stray rocket landed in a field near Varo, police said.",
    "troops_arrive_no_place": "Relatives waited for hours before the troops finally arrived.",
    "cruise_ship_sailed": "The cruise ship sailed into the harbour on Monday.",
    "team_reached": "The rescue team reached the village after a long walk.",
    "economy_expanded": "The Velland economy expanded rapidly over the past decade.",
    "fishing_boats_sailed": "The fishing boats sailed into the harbour.",
    "ministers_plane_landed": "The minister's plane landed in Varo on Sunday.",
    "sent_fishing_vessels": "The company sent fishing vessels to the shoal.",
    "sent_cargo_planes": "Velland sent cargo planes carrying food to the flooded region.",
    "firefighter_reinforcements": "Firefighters battled the blaze, and the city sent "
                                  "reinforcements from nearby towns.",
    "rescue_reinforcements": "Rescue teams searched the rubble as the province sent "
                             "reinforcements to the village.",
    "doctor_reinforcements": "Hospitals were overwhelmed, and the ministry sent reinforcements "
                             "of doctors and nurses.",
    "firefighting_reinforcements_arrived": "Firefighting reinforcements arrived in the town on "
                                           "Tuesday.",
    "deployed_rescue_teams": "The province deployed rescue teams to the flooded villages.",
    "deployed_firefighters": "Authorities deployed hundreds of firefighters to contain the blaze.",
    "mobilized_medical_staff": "The ministry mobilized medical staff after the earthquake.",
    "dispatched_emergency_crews": "The city dispatched emergency crews overnight.",
    "rescue_reinforcements_despite_war_word": "Soldiers had left the area. Rescue "
                                              "reinforcements reached the flooded village.",
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
