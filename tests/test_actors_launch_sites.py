"""'Militants fired rockets from Gaza at southern towns': where an attack is fired or launched
from is the attacker's position, never the scene that places its unnamed victims."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _event(pipeline, text, trigger):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    return next(e for e in ex.events if e.trigger.text.startswith(trigger))


def _target_countries(ev):
    return {p.actor.country for p in ev.target if p.actor is not None}


@pytest.mark.parametrize(("text", "trigger", "victim", "site"), [
    ("JERUSALEM — Militants fired rockets from Gaza at southern towns on Monday.", "fired",
     "ISR", "PSE"),
    ("KYIV — Russian forces launched drones from Belarus at border villages.", "launched",
     "UKR", None),
])
def test_the_launch_site_is_no_scene(pipeline, text, trigger, victim, site):
    ev = _event(pipeline, text, trigger)
    places = {p.actor.country for p in ev.target if p.actor is not None and p.actor.evidence}
    assert victim in places and (site is None or site not in _target_countries(ev))


def test_a_launch_site_alone_places_no_victim(pipeline):
    ev = _event(pipeline, "Militants fired rockets from Gaza at southern towns.", "fired")
    assert "PSE" not in _target_countries(ev)


def test_a_place_the_victims_are_in_still_places_them(pipeline):
    ev = _event(pipeline, "Israeli jets struck targets in Gaza on Monday.", "struck")
    assert _target_countries(ev) == {"PSE"}
