"""Forms met reading wire reports of a border standoff: the means used in a promise or a
threat is no party ('agreed not to use force against each other'); a place phrase after the
second side of 'between' names no side ('talks between X and Y in Z'); a deed a permission
verb governs in the passive is not done ('will not allow our soldiers to be shot at'); and a
day attached to the past act that governs a planned one dates that act, the planned one
coming after it ('offered on Friday to mediate'); the air a shot is fired into is neither a
party nor a mode ('fired warning shots into the air')."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts, side_countries

from eventwire.model import Extraction

PUBLISHED = "2025-06-07"  # a Saturday

TEXTS = {
    "pledge": "Ruritania and Sudland agreed on Thursday not to use force against each other.",
    "threat": "China threatened to use force against Taiwan.",
    "employ": "Syria vowed never to employ chemical weapons against Turkey.",
    "release": "The rebels agreed to release the prisoners.",
    "between": "Talks between Venezuela and Guyana in Brasilia ended on Thursday with no deal.",
    "clash": "Clashes between the army and rebels in Goma killed three people.",
    "officials": "Talks between the president of Ukraine and the head of NATO ended on Monday.",
    "allow": '"We will not allow our soldiers to be shot at on our own soil," the president said.',
    "decree": "The new decree allows detainees to be released on bail.",
    "forced": "Rebels forced the villagers to be evacuated from the town.",
    "offer": "Brazil offered on Friday to mediate between Venezuela and Guyana.",
    "host": "Turkey offered on Wednesday to host talks between the two sides.",
    "done": "Iran threatened on Wednesday to close the strait.",
    "air": "Venezuelan troops fired warning shots into the air near the river.",
    "crowd": "Police fired shots into the air to disperse the crowd.",
    "jets": "Russian jets fired missiles at the town from the air.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, published=PUBLISHED)


@pytest.mark.parametrize("key,trigger,target", [
    ("pledge", "agreed", None),
    ("threat", "threatened", "TWN"),
    ("employ", "vowed", "TUR"),
])
def test_the_means_used_is_no_party(results: dict[str, Extraction], key: str, trigger: str,
                                    target: str | None) -> None:
    ev = by_trigger(results[key], trigger)
    assert not any(p.text in ("force", "chemical weapons", "weapons") for p in ev.target)
    if target is not None:
        assert target in side_countries(ev, "target")


def test_what_is_released_stays_a_target(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["release"], "agreed")
    assert any("prisoners" in p.text for p in ev.target)


def test_a_place_after_the_second_side_is_no_side(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["between"], "Talks")
    assert side_countries(ev, "source") | side_countries(ev, "target") == {"VEN", "GUY"}
    assert not any(p.text == "Brasilia" for p in ev.source + ev.target)


def test_the_place_phrase_of_a_between_side(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["clash"], "Clashes")
    assert not any(p.text == "Goma" for p in ev.source + ev.target)
    ev = by_trigger(results["officials"], "Talks")
    assert side_countries(ev, "source") | side_countries(ev, "target") >= {"UKR"}


@pytest.mark.parametrize("key,trigger", [("allow", "shot"), ("decree", "released")])
def test_a_passive_deed_permitted_is_not_done(results: dict[str, Extraction], key: str,
                                              trigger: str) -> None:
    assert by_trigger(results[key], trigger).modality == "hypothetical"


def test_a_passive_deed_forced_is_done(results: dict[str, Extraction]) -> None:
    assert all(e.modality == "asserted" for e in results["forced"].events)


def test_the_day_of_an_offer_dates_the_offer_not_the_mediation(
        results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["offer"], "mediate")
    assert ev.modality in ("hypothetical", "planned")
    assert ev.date["range"][0] == "2025-06-06"  # the Friday before, not the one after
    assert ev.date["range"][1] >= "2025-06-06"


def test_the_day_of_an_offer_bounds_the_talks_offered(results: dict[str, Extraction]) -> None:
    talks = by_trigger(results["host"], "talks")
    assert talks.date["range"][0] == "2025-06-04"  # the Wednesday of the offer
    threat = by_trigger(results["done"], "threatened")
    assert threat.date["range"] == ["2025-06-04", "2025-06-04"]


def test_the_air_a_shot_is_fired_into_is_no_party_nor_air_strike(
        results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["air"], "fired")
    assert ev.type == "ASSAULT" and ev.mode == "ASSAULT/firearms"
    assert not ev.target
    crowd = by_trigger(results["crowd"], "fired")
    assert [p.text for p in crowd.target] == ["crowd"]


def test_jets_firing_from_the_air_stay_an_air_strike(results: dict[str, Extraction]) -> None:
    assert by_trigger(results["jets"], "fired").mode == "ASSAULT/aerial"
