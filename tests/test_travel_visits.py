"""A person's journey to a place is a visit (PLOVER CONSULT, mode visit; CAMEO 042 'make a
visit' and the travel verbs of its 040 blocks): 'flew to Oslo', 'arrived in Oslo'. The
journey of groups, of troops and of things is not, and neither is travel with no place nor
a trip to a city or region of the traveller's own country."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

VISITS = {
    "flew": "The French foreign minister flew to Kenya on Tuesday.",
    "arrived": "Kenyan President William Ruto arrived in Beijing on Monday.",
    "heading": "Japan's prime minister is heading to Canada this week.",
    "scheduled": "He is scheduled to travel to Brazil on Wednesday.",
    "departed": "A Turkish delegation departed for Egypt on Monday.",
    "abroad_city": "The Mexican president flew to Madrid on Friday.",
}
NOT_VISITS = {
    "migrants": "Thousands of migrants traveled to Spain last year.",
    "refugees": "Refugees from Sudan arrived in Chad on Monday.",
    "no_place": "The French foreign minister travels a great deal.",
    "thing": "The shipment went to Kenya on Tuesday.",
    "domestic_city": "The Mexican president flew to Monterrey on Friday.",
    "domestic_region": "The Thai prime minister traveled to Surin province on Sunday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**VISITS, **NOT_VISITS})


def _visits(ex: Extraction) -> list:
    return [e for e in ex.events if e.type == "CONSULT" and e.mode == "CONSULT/visit"]


@pytest.mark.parametrize("key", sorted(VISITS))
def test_journey_of_a_person_to_a_place_is_a_visit(results: dict[str, Extraction],
                                                   key: str) -> None:
    assert _visits(results[key]), (VISITS[key], results[key].events)


def test_a_journey_for_talks_leaves_the_talks_the_event() -> None:
    ex = run_texts({"t": "Brazil's president will fly to Lima for talks with Peru's leader."})["t"]
    consults = [e for e in ex.events if e.type == "CONSULT"]
    assert [e.trigger.text for e in consults] == ["talks"], consults


@pytest.mark.parametrize("key", sorted(NOT_VISITS))
def test_journey_of_a_group_or_thing_or_no_place_is_no_visit(results: dict[str, Extraction],
                                                             key: str) -> None:
    assert not _visits(results[key]), (NOT_VISITS[key], results[key].events)
