"""Passive acts of force done in a named attack, their victims' context, and where
mobilised forces are sent."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Five people were killed in a drone attack by Russian forces on a market.",
     "killed", "RUS"),
    ("Several homes were destroyed during shelling by Armenian forces, the mayor said.",
     "destroyed", "ARM"),
    ("Dozens were wounded in raids conducted by Israeli troops overnight.", "wounded", "ISR"),
    ("Two fishermen were killed in shelling by Indian troops across the frontier.",
     "killed", "IND"),
    ("A school was destroyed in a bombing carried out by Boko Haram fighters.",
     "destroyed", "NGA"),
    ("Three farmers were wounded in a Turkish airstrike on Sunday.", "wounded", "TUR"),
    # the gerund parsed as a clause of its own after a childless 'in' / 'during'
    ("The hospital was reportedly hit in shelling by Russian forces.", "hit", "RUS"),
    ("Homes were reportedly destroyed during shelling by Armenian forces.", "destroyed", "ARM"),
])
def test_the_doer_of_the_attack_does_the_passive_act(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert source in _countries(ev, "source")


def test_a_stray_gerund_without_a_doer_names_none(pipeline):
    ev = _event(_events(pipeline, "The hospital was reportedly hit in fighting."), "hit")
    assert not ev.source


def test_a_place_is_no_attack_and_names_no_doer(pipeline):
    ev = _event(_events(pipeline, "Five people were killed in a Syrian village on Monday."),
                "killed")
    assert "Syrian" not in [p.text for p in ev.source]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Five people were killed in a Russian drone attack on Kharkiv.", "killed", "UKR"),
    ("Pakistan summoned a diplomat on Monday. Two fishermen were killed in shelling by "
     "Indian troops across the frontier, officials said.", "killed", "PAK"),
    ("Lebanon said the strikes continued. Three farmers were wounded in an Israeli airstrike "
     "on Sunday.", "wounded", "LBN"),
])
def test_a_victim_is_not_placed_by_its_attacker(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "target") == {target}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Iran massed forces near the Iraqi border, officials said.", "massed", "IRQ"),
    ("Turkey deployed additional tanks to the Syrian frontier.", "deployed", "SYR"),
    ("The United States sent an aircraft carrier to the waters off North Korea.", "sent",
     "PRK"),
    ("Pakistan moved troops to its border with India on Sunday.", "moved", "IND"),
    ("The deployment of Russian troops near the Ukrainian border alarmed NATO.", "deployment",
     "UKR"),
])
def test_forces_are_aimed_at_where_they_are_sent(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "target") == {target}


def test_forces_sent_nowhere_named_stay_as_they_are(pipeline):
    ev = _event(_events(pipeline, "Venezuela deployed troops in the region to fight smugglers."),
                "deployed")
    assert "troops" in [p.text for p in ev.target]
