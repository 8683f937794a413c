"""The by-agent of an event noun: 'forces' acts, 'by force' names only how."""

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
