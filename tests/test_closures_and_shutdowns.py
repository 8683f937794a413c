"""Closing a border or a crossing is a COERCE restrict (CAMEO 172 / 191: CLOSE, SHUT, RECLOSE
BORDER), as sealing one was; cordoning or sealing off an area is one too (the PLOVER codebook:
"security forces cordoning off areas"); shutting down, cutting or switching off the internet is
a COERCE withhold (the codebook: "shut off power/internet/water/utilities"; CAMEO 1721: BLOCK
TRANSMISSION), as is cutting off electricity, water, fuel, food or medicine *to* a party or a
place. Closing a store, a door or a meeting, cutting a price, the water turned off in a
kitchen and protesters blocking a crossing stay what they were."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

RESTRICTED = {
    "crossing": "Ruritania closed the main crossing into Freedonia.",
    "border": "Pakistan closed its border with Afghanistan on Sunday.",
    "shut": "Hungary shut its border to migrants.",
    "crossings": "Poland closed two border crossings with Belarus.",
    "cordoned": "Security forces cordoned off the area.",
    "cordoned_village": "Troops cordoned off the village on Monday.",
    "sealed_off": "Police sealed off the area around the embassy.",
}
SHUT_OFF = {
    "shut_down": "The government shut down the internet in the region.",
    "cut_access": "Authorities cut internet access in the province.",
    "mobile": "Iran cut mobile internet service in several provinces.",
    "turned_off": "The junta turned off the internet for three days.",
    "electricity": "Ruritania cut off electricity and water to Freedonia.",
    "power": "Israel cut electricity to the Gaza Strip.",
    "food": "The army stopped food and medicine to the besieged town of Madaya.",
}
BROADCASTS = "The regime suspended the broadcasts of the BBC."
NEITHER = {
    "store": "The store closed at noon.",
    "door": "He closed the door.",
    "price": "The company cut the price of its service.",
    "kitchen": "He turned off the water in the kitchen.",
    "water_use": "The company cut water use by half.",
    "plant": "Kyiv switched off the power plant for repairs.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**RESTRICTED, **SHUT_OFF, **NEITHER,
                      "protesters": "Protesters blocked the border crossing.",
                      "meeting": "The minister closed the meeting with a speech."})


def _modes(ex: Extraction) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.mode, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("key", sorted(RESTRICTED))
def test_closures_restrict_movement(results: dict[str, Extraction], key: str) -> None:
    assert [e for e in of_type(results[key], "COERCE") if e.mode == "COERCE/restrict"], \
        _modes(results[key])


@pytest.mark.parametrize("key", sorted(SHUT_OFF))
def test_shutdowns_withhold(results: dict[str, Extraction], key: str) -> None:
    assert [e for e in of_type(results[key], "COERCE") if e.mode == "COERCE/withhold"], \
        _modes(results[key])


@pytest.mark.parametrize("key", sorted(NEITHER))
def test_other_closures_are_no_event(results: dict[str, Extraction], key: str) -> None:
    assert not results[key].events, _modes(results[key])


def test_protesters_still_obstruct(results: dict[str, Extraction]) -> None:
    assert of_type(results["protesters"], "PROTEST")
    assert not of_type(results["protesters"], "COERCE")


def test_suspended_broadcasts_are_censored() -> None:
    (ex,) = run_texts({"bbc": BROADCASTS}).values()
    assert [e for e in of_type(ex, "COERCE") if e.mode == "COERCE/censor"], _modes(ex)


def test_a_closed_meeting_is_no_coercion(results: dict[str, Extraction]) -> None:
    assert not of_type(results["meeting"], "COERCE")
