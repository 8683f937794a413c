"""Money released, disbursed, unlocked or allocated to a party is AID (economic, or
humanitarian when the text says aid or relief) with the recipient as target; frozen funds
released, unfrozen, unblocked or unlocked stay an easing (RETREAT release), as do prisoners
released."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

AID_TO = {
    "funds_relief": ("The Velland Bank released funds to Norland for drought relief on Tuesday.",
                     "AID/humanitarian"),
    "funds_allocated": ("Velland allocated funds to Norland for flood relief on Monday.",
                        "AID/humanitarian"),
    "tranche": ("Velland disbursed a $1 billion tranche to Norland on Friday.", "AID/economic"),
    "dollars_loans": ("Varo unlocked 200 million dollars in loans for Norland last week.",
                      "AID/economic"),
}
AID_NO_TARGET = {
    "euros_aid": "The European Union released 50 million euros in humanitarian aid on Monday.",
}
RELEASE = {
    "frozen_funds": "Norland released frozen funds belonging to Velland on Monday.",
    "blocked_funds": "Norland released blocked funds belonging to Velland on Monday.",
    "prisoners": "Norland released 20 prisoners on Monday.",
    "hostages": "The rebels freed three hostages near Varo on Sunday.",
    "unfroze_accounts": "Velland unfroze the accounts of Norland diplomats last week.",
    "unfroze_reserves": "The Velland government unfroze the reserves of the Norland central "
                        "bank last week.",
    "unblocked_funds": "Norland unblocked frozen funds belonging to Velland on Friday.",
    "unlocked_frozen": "Norland unlocked frozen funds of the Velland central bank last week.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**{k: v[0] for k, v in AID_TO.items()}, **AID_NO_TARGET, **RELEASE})


@pytest.mark.parametrize("key", sorted(AID_TO))
def test_money_released_to_a_party_is_aid(results: dict[str, Extraction], key: str) -> None:
    text, mode = AID_TO[key]
    aid = of_type(results[key], "AID")
    assert aid, [(e.type, e.trigger.text) for e in results[key].events]
    assert aid[0].mode == mode, text
    assert [p.text for p in aid[0].target] == ["Norland"], text
    assert not of_type(results[key], "RETREAT"), text


def test_money_released_names_the_giver(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["euros_aid"], "AID")
    assert ev.mode == "AID/humanitarian"
    assert [p.text for p in ev.source] == ["The European Union"]


@pytest.mark.parametrize("key", sorted(RELEASE))
def test_frozen_funds_and_people_released_stay_a_release(results: dict[str, Extraction],
                                                        key: str) -> None:
    ev = of_type(results[key], "RETREAT")
    assert ev and ev[0].mode == "RETREAT/release", RELEASE[key]
    assert not of_type(results[key], "AID"), RELEASE[key]
