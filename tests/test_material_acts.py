"""Material acts of the weaker PLOVER types, read as PETRARCH2's CAMEO dictionary reads them:
buying or selling weapons is military cooperation (CAMEO 062 "BUY / SELL {WEAPONS}", PLOVER
COOPERATE), passing intelligence is sharing it (CAMEO 064, COOPERATE), crediting a party for
an act is praise (CAMEO 051, SUPPORT), and tightening security or building up a military
presence is a mobilization (CAMEO 150 / 153 / 154, PLOVER MOBILIZE)."""

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
    "credited": ("Lorania credited Redland with brokering the truce.", "SUPPORT"),
    "tightened_security": ("Moldavia tightened security along its border on Monday.",
                           "MOBILIZE"),
    "stepped_up_security": ("Redland stepped up security around the capital.", "MOBILIZE"),
    "naval_presence": ("Redland boosted its naval presence in the strait.", "MOBILIZE"),
    # not acts of these types: goods that are no weapons, a firm's presence
    "bought_shares": ("Redland bought shares of the company.", None),
    "purchase_of_bonds": ("The bank's purchase of bonds lifted markets.", None),
    "company_presence": ("The company expanded its presence in Asia.", None),
}
TYPES = ("COOPERATE", "SUPPORT", "MOBILIZE")


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
