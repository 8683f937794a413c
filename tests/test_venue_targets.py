"""A place named only as the setting of talks or of what they made ('talks in Addis Ababa',
'the ceasefire agreed in Addis Ababa', 'agreed to hold talks in Nairobi') is no target of
the act; a place where an act is done to someone ('attacked targets in Ukraine') still is."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts, side_countries

from eventwire.model import Extraction

TEXTS = {
    "send": ("Armenia's president and Azerbaijan's foreign minister agreed on Tuesday to send "
             "delegations to talks in Addis Ababa."),
    "hold": "Ghana and Togo agreed to hold talks in Nairobi next week.",
    "agreed_in": ("The ceasefire agreed in Addis Ababa last week has largely held, Armenia's "
                  "army said on Monday."),
    "negotiations": "Peru and Chile agreed on Monday to resume negotiations in Brasilia.",
    "capital": ("Armenia's foreign minister met his Azerbaijani counterpart in Kenya's capital "
                "on Friday."),
    "hosted": "Armenia and Azerbaijan held talks hosted by Qatar in Doha on Monday.",
    "attacked": "Russia attacked targets in Ukraine on Monday, killing five people.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger,venue", [
    ("send", "agreed", "ETH"),
    ("hold", "agreed", "KEN"),
    ("agreed_in", "ceasefire", "ETH"),
    ("negotiations", "agreed", "BRA"),
    ("capital", "met", "KEN"),
    ("hosted", "held talks", "QAT"),
])
def test_a_venue_is_no_target(results: dict[str, Extraction], key: str, trigger: str,
                              venue: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert venue not in side_countries(ev, "target")
    assert venue not in side_countries(ev, "source")


def test_the_parties_stay(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["hold"], "agreed")
    assert side_countries(ev, "source") == {"GHA", "TGO"}


def test_a_place_attacked_stays_the_target(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["attacked"], "attacked")
    assert side_countries(ev, "source") == {"RUS"}
    assert side_countries(ev, "target") == {"UKR"}
