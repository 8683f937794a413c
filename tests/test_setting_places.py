"""A place that is no state, named in a locative phrase on another target of an act ('a boat
on Lake Tanganyika') or on the verb beside its direct object ('ambushed a convoy on the Ubangi
River'), tells where the act happened: it is the act's location, no target. A country so named
stays a target, and so does a place the act is done on with no other target."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

TEXTS = {
    "lake": "Ugandan troops fired on a Congolese patrol boat on Lake Albert on Monday.",
    "river": "Sudanese militiamen ambushed a Chadian supply convoy on the Ubangi River on Sunday.",
    "unnamed": "Gunmen fired on a ferry on Lake Tanganyika on Monday, police said.",
    "country": "Turkish drones struck a base in Syria on Tuesday.",
    "only_place": "The rebels shelled Goma on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _targets(results: dict[str, Extraction], key: str, trigger: str) -> list[str]:
    return [p.text for p in by_trigger(results[key], trigger).target]


@pytest.mark.parametrize("key,trigger,place,country", [
    ("lake", "fired", "Lake Albert", "COD"),
    ("river", "ambushed", "Ubangi River", "TCD"),
])
def test_place_of_the_act_is_its_location(results: dict[str, Extraction], key: str,
                                          trigger: str, place: str, country: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert not any(place in p.text for p in ev.target)
    assert country in {p.actor.country for p in ev.target if p.actor is not None}
    assert ev.location is not None and place in ev.location["text"]


def test_place_of_an_unlinked_target_is_the_location(results: dict[str, Extraction]) -> None:
    """A ferry that names no country leaves the act with no linked target: the location
    stands for it, as for any act with a place and no target."""
    ev = by_trigger(results["unnamed"], "fired")
    assert ev.location is not None and "Lake Tanganyika" in ev.location["text"]
    assert ev.attributes.get("target_from") == "location"


def test_country_in_a_phrase_stays_a_target(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["country"], "struck")
    assert "SYR" in {p.actor.country for p in ev.target if p.actor is not None}


def test_place_acted_on_alone_stays_a_target(results: dict[str, Extraction]) -> None:
    assert any("Goma" in t for t in _targets(results, "only_place", "shelled"))
