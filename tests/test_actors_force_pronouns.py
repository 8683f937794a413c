"""'They' / 'it' doing an act of force is somebody who bears arms: never the companies or
rights groups of the sentence before, but the nearest earlier armed doer of the paragraph."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _sources(pipeline, text, trigger):
    """(country, evidence) of each source participant of the event at ``trigger``."""
    ev = event_of(pipeline, text, trigger)
    return [(p.actor.country, p.actor.evidence or "") for p in ev.source if p.actor is not None]


def test_an_armed_doer_before_unarmed_subjects_is_they(pipeline):
    text = ("The Houthis attacked a cargo ship in the Red Sea on Monday. The ship was sailing "
            "to Egypt. Shipping companies have rerouted vessels around Africa. They also fired "
            "missiles at a U.S. destroyer, the Pentagon said.")
    assert _sources(pipeline, text, "fired") == [("YEM", "previous sentence: Houthis")]


def test_unarmed_bodies_are_never_they_of_an_attack(pipeline):
    text = ("Shipping companies have rerouted vessels around Africa. They also fired missiles "
            "at a destroyer.")
    assert not any(code == "USA" or evidence.startswith("previous sentence")
                   for code, evidence in _sources(pipeline, text, "fired"))


def test_the_speaker_is_never_they(pipeline):
    text = ("Houthi forces attacked a tanker on Monday. Shipping companies halted deliveries. "
            "They also fired missiles at a destroyer, a Houthi spokesman said.")
    assert not any(evidence.startswith("previous sentence: ")
                   for _, evidence in _sources(pipeline, text, "fired"))


@pytest.mark.parametrize("text", [
    # a new paragraph: the armed doer of the one before is not reached
    "The Houthis attacked a cargo ship on Monday.\n\nShipping companies have rerouted vessels. "
    "They also fired missiles at a destroyer.",
    # another kind of doer named between stops the search
    "The Houthis attacked a cargo ship on Monday. The United Nations called for calm. "
    "Shipping companies have rerouted vessels. They also fired missiles at a destroyer.",
])
def test_no_armed_doer_taken_when_the_reference_is_not_clear(pipeline, text):
    assert not any(evidence == "previous sentence: Houthis"
                   for _, evidence in _sources(pipeline, text, "fired"))
