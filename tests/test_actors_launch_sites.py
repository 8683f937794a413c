"""'Militants fired rockets from Gaza at southern towns': where an attack is fired or launched
from is the attacker's position, never the scene that places its unnamed victims."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "victim", "site"), [
    ("JERUSALEM — Militants fired rockets from Gaza at southern towns on Monday.", "fired",
     "ISR", "PSE"),
    ("KYIV — Russian forces launched drones from Belarus at border villages.", "launched",
     "UKR", None),
])
def test_the_launch_site_is_no_scene(pipeline, text, trigger, victim, site):
    ev = event_of(pipeline, text, trigger)
    places = {p.actor.country for p in ev.target if p.actor is not None and p.actor.evidence}
    assert victim in places and (site is None or site not in side_countries(ev, "target"))


def test_a_launch_site_alone_places_no_victim(pipeline):
    ev = event_of(pipeline, "Militants fired rockets from Gaza at southern towns.", "fired")
    assert "PSE" not in side_countries(ev, "target")


def test_a_place_the_victims_are_in_still_places_them(pipeline):
    ev = event_of(pipeline, "Israeli jets struck targets in Gaza on Monday.", "struck")
    assert side_countries(ev, "target") == {"PSE"}
