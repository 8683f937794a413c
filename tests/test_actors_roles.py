"""Who is never a participant: the reporter, the outlet spoken to, the announcer of a
shared event, a place used only as where an event with its own target happens."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events, _texts

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Iran accused Israel of aggression, its foreign minister told Reuters.", "accused",
     "IRN", "ISR"),
    ("The minister told reporters in Kyiv that Russia had attacked the power grid.",
     "attacked", "RUS", "UKR"),
    ("Speaking to the BBC, the Kenyan president criticised Uganda.", "criticised", "KEN",
     "UGA"),
])
def test_the_outlet_or_reporters_spoken_to_are_no_participants(pipeline, text, trigger,
                                                               source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert (_countries(ev, "source"), _countries(ev, "target")) == ({source}, {target})
    assert not any(w in p.text for p in (*ev.source, *ev.target)
                   for w in ("Reuters", "reporters", "BBC"))


def test_the_announcer_of_a_ceasefire_is_no_party(pipeline):
    ev = _event(_events(pipeline, "Egypt announced the ceasefire between Israel and Hamas."),
                "ceasefire")
    assert "EGY" not in _countries(ev, "source") | _countries(ev, "target")


@pytest.mark.parametrize(("text", "trigger", "target", "place"), [
    ("Police arrested dozens of protesters in Nairobi on Tuesday.", "arrested", "protesters",
     "Nairobi"),
    ("Israeli jets struck Hezbollah targets in southern Lebanon.", "struck", "Hezbollah",
     "Lebanon"),
])
def test_a_place_where_an_act_with_its_own_target_happens_is_no_target(pipeline, text, trigger,
                                                                     target, place):
    ev = _event(_events(pipeline, text), trigger)
    assert target in " ".join(_texts(ev, "target"))
    assert not any(place in t for t in _texts(ev, "target"))


def test_a_place_is_the_target_of_an_act_naming_none(pipeline):
    ev = _event(_events(pipeline, "Thousands of protesters rallied in Nairobi on Tuesday."),
                "rallied")
    assert _countries(ev, "target") == {"KEN"}  # PLOVER codes the place when no target

