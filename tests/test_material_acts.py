"""Material acts of the weaker PLOVER types, read as PETRARCH2's CAMEO dictionary reads them:
buying or selling weapons is military cooperation (CAMEO 062 "BUY / SELL {WEAPONS}", PLOVER
COOPERATE), passing intelligence is sharing it (CAMEO 064, COOPERATE), tightening security, building up a military presence
or rushing troops is a mobilization (CAMEO 150 / 153 / 154, PLOVER MOBILIZE), and handing out
food, evacuating civilians and delivering weapons to a party is aid (CAMEO 072 / 073); letting
aid workers in and returning seized property are material concessions (CAMEO 0862 / 0842,
PLOVER RETREAT modes access and return)."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

CASES = {
    "bought_missiles": ("Redland bought cruise missiles from Moldavia last year.", "COOPERATE"),
    "bought_system": ("Ruritania bought an air-defence system from Redland.", "COOPERATE"),
    "sale_of": ("Redland's sale of tanks to Moldavia angered Lorania.", "COOPERATE"),
    "arms_sale": ("The arms sale to Lorania was approved by the Redland parliament.",
                  "COOPERATE"),
    "received_intelligence": ("Ruritania received intelligence data from Redland.", "COOPERATE"),
    "tightened_security": ("Moldavia tightened security along its border on Monday.",
                           "MOBILIZE"),
    "stepped_up_security": ("Redland stepped up security around the capital.", "MOBILIZE"),
    "naval_presence": ("Redland boosted its naval presence in the strait.", "MOBILIZE"),
    "rushed_troops": ("Redland rushed troops to the border region.", "MOBILIZE"),
    "redeployed": ("Moldavia redeployed two brigades to the east.", "MOBILIZE"),
    "distributed_food": ("The agency distributed food to 10,000 families in Lorania.", "AID"),
    "evacuated_civilians": ("Redland evacuated hundreds of civilians from the flooded town.",
                            "AID"),
    "delivered_tanks": ("Redland delivered 20 tanks to Moldavia.", "AID"),
    "provided_with": ("Redland provided Moldavia with ammunition last month.", "AID"),
    "aid_workers_in": ("Redland allowed aid workers into the besieged city.", "RETREAT"),
    "humanitarian_access": ("Moldavia granted humanitarian access to the region.", "RETREAT"),
    "returned_ships": ("Redland returned the seized ships to Moldavia.", "RETREAT"),
    # not acts of these types: goods that are no weapons, a firm's presence
    "bought_shares": ("Redland bought shares of the company.", None),
    "purchase_of_bonds": ("The bank's purchase of bonds lifted markets.", None),
    "company_presence": ("The company expanded its presence in Asia.", None),
    "library_access": ("The school gave students access to the library.", None),
}
TYPES = ("COOPERATE", "SUPPORT", "MOBILIZE", "AID", "RETREAT")


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in CASES.items()})


@pytest.mark.parametrize("key", sorted(CASES))
def test_material_act_type(results: dict[str, Extraction], key: str) -> None:
    text, etype = CASES[key]
    types = {e.type for e in results[key].events}
    if etype is None:
        assert not types & set(TYPES), (text, types)
    else:
        assert etype in types, (text, types)


OTHER = {
    "troops_evacuated": ("The army evacuated its troops from the town.", "RETREAT", "AID"),
    "tanks_to_border": ("Redland sent tanks to the border.", "MOBILIZE", "AID"),
}


@pytest.fixture(scope="module")
def other_results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in OTHER.items()})


@pytest.mark.parametrize("key", sorted(OTHER))
def test_forces_moved_are_no_aid(other_results: dict[str, Extraction], key: str) -> None:
    text, etype, absent = OTHER[key]
    types = {e.type for e in other_results[key].events}
    assert etype in types and absent not in types, (text, types)
