"""Event nouns' by-agents ('forces' act, 'by force' is how) and whom a letter addresses."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Attacks by Serb forces on Muslim enclaves continued on Sunday.", "Attacks", "SRB"),
    ("Raids by Israeli forces in the West Bank left two dead.", "Raids", "ISR"),
    ("The killing of three protesters by Kenyan forces sparked outrage.", "killing", "KEN"),
])
def test_forces_after_by_do_the_act(pipeline, text, trigger, source):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}


def test_by_force_names_no_actor(pipeline):
    ev = _event(_events(pipeline, "The seizure of Crimea by force was condemned."), "seizure")
    assert not ev.source


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("In a letter to the Security Council, Iraq demanded an end to the embargo.",
     "demanded", "IGO"),
    ("In a message to Tokyo, Beijing protested the visit to the shrine.", "protested", "JPN"),
    ("In a note addressed to the Russian embassy, Estonia rejected the accusations.",
     "rejected", "RUS"),
])
def test_whom_a_letter_is_addressed_to_is_the_target(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "target") == {target}


def test_a_letter_to_unnamed_people_names_no_target(pipeline):
    ev = _event(_events(pipeline, "In a letter to his supporters, the leader urged calm."),
                "urged")
    assert not ev.target
