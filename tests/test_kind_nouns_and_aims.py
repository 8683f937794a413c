"""A visit or attack noun that only modifies another noun names a kind of thing ('a tour
bus', 'attack helicopters'), no CONSULT or ASSAULT; 'target' aimed at information, a
penalty or a legal or fiscal measure ('targeted websites', 'targeted by new sanctions',
'targeted by a wave of criticism') is no attack, while 'drones targeted an army base'
stays one."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

KINDS = {
    "tour_bus": ("A tour bus slammed into a wall near the border town on Monday.", "CONSULT"),
    "attack_helicopters": ("Two attack helicopters flew over the village on Sunday.", "ASSAULT"),
    "visit_schedule": ("The visit schedule was published on Friday.", "CONSULT"),
}
EVENTS = {
    "visit": ("The minister's visit to Paris ended on Monday.", "CONSULT"),
    "strike": ("The Israeli strike killed four people in the camp.", "ASSAULT"),
    "attack_noun": ("An attack on the convoy killed three soldiers on Monday.", "ASSAULT"),
}
NOT_ATTACKS = {
    "websites": "The operation targeted websites spreading false information.",
    "accounts": "The agency targeted social media accounts linked to the group.",
    "criticism": "The minister said she had been targeted by a wave of criticism online.",
    "sanctions": "Several firms were targeted by new sanctions on Monday.",
    "probe": "The company was targeted by a tax probe last year.",
}
ATTACKS = {
    "base": "Drones targeted an army base near the capital.",
    "bus": "Gunmen targeted a bus carrying pilgrims.",
}


@pytest.fixture(scope="module")
def runs():
    texts = {k: v for k, (v, _) in {**KINDS, **EVENTS}.items()}
    return run_texts({**texts, **NOT_ATTACKS, **ATTACKS})


@pytest.mark.parametrize("key", sorted(KINDS))
def test_a_modifying_noun_names_a_kind(runs, key):
    assert not of_type(runs[key], KINDS[key][1])


@pytest.mark.parametrize("key", sorted(EVENTS))
def test_an_event_noun_stays(runs, key):
    assert of_type(runs[key], EVENTS[key][1])


@pytest.mark.parametrize("key", sorted(NOT_ATTACKS))
def test_target_aimed_at_no_physical_thing(runs, key):
    assert not [e for e in of_type(runs[key], "ASSAULT") if e.trigger.text.startswith("target")]


@pytest.mark.parametrize("key", sorted(ATTACKS))
def test_target_aimed_at_a_place_or_vehicle(runs, key):
    assert [e for e in of_type(runs[key], "ASSAULT") if e.trigger.text.startswith("target")]
