"""Participants around turn labels, past roles and places inside a participant phrase;
sentences that run on after a clock time ('5 a.m. Saturday')."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.fuse.conflicts import sentence_around
from eventwire.fuse.summary import sentences
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _names(parts) -> list[str]:
    return [p.text for p in parts]


def _countries(parts) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in parts}


@pytest.mark.parametrize(("text", "trigger", "source", "country"), [
    ("VOA: China hosted Putin in May.", "hosted", "China", "CHN"),
    ("Lee: Xi threatened Taiwan on Friday.", "threatened", "Xi", "CHN"),
    ("VOA: Russia invaded Ukraine in 2022.", "invaded", "Russia", "RUS"),
])
def test_a_turn_label_is_no_subject(pipeline, text, trigger, source, country):
    ev = _event(_events(pipeline, text), trigger)
    assert _names(ev.source) == [source] and _countries(ev.source) == {country}


@pytest.mark.parametrize(("text", "trigger", "person"), [
    ("Barnier, a former EU commissioner, criticized the plan on Monday.", "criticized",
     "Barnier"),
    ("Smith, an ex-NATO official, accused Russia of lying.", "accused", "Smith"),
    ("Jones, a onetime UN envoy, met the rebels in Sanaa.", "met", "Jones"),
    ("Brown, a one-time UN envoy, criticized the rebels.", "criticized", "Brown"),
])
def test_a_past_role_does_not_make_the_organisation_act(pipeline, text, trigger, person):
    ev = _event(_events(pipeline, text), trigger)
    assert _names(ev.source) == [person]
    assert _countries(ev.source) & {"IGO"} == set()


def test_a_past_role_keeps_the_persons_country(pipeline):
    text = "Kuleba, a former Ukrainian foreign minister, urged Germany to send tanks."
    ev = _event(_events(pipeline, text), "urged")
    assert _countries(ev.source) == {"UKR"}


def test_a_current_organisation_role_still_acts(pipeline):
    text = "An EU official criticized the plan on Monday."
    ev = _event(_events(pipeline, text), "criticized")
    assert _countries(ev.source) == {"IGO"}


@pytest.mark.parametrize(("text", "trigger", "target", "place"), [
    ("Modi held talks with Bangladesh's leader in New Delhi on Monday.", "talks", "BGD",
     "New Delhi"),
    ("Blinken met Ukrainian leaders in Brussels on Tuesday.", "met", "UKR", "Brussels"),
])
def test_a_place_after_an_affiliated_phrase_is_where_not_who(pipeline, text, trigger, target,
                                                            place):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev.target) == {target}
    assert ev.location is not None and ev.location["text"] == place


def test_unaffiliated_leaders_in_a_country_still_take_its_country(pipeline):
    ev = _event(_events(pipeline, "Blinken met opposition leaders in Venezuela on Tuesday."),
                "met")
    assert _countries(ev.target) == {"VEN"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike hit at 5 a.m. Officials said the toll rose.",
     ["The strike hit at 5 a.m.", "Officials said the toll rose."]),
    ("The strike hit at 5 a.m. Saturday near the border. More came.",
     ["The strike hit at 5 a.m. Saturday near the border.", "More came."]),
    ("Voting stopped at 7 p.m. EST on Sunday. Counting began.",
     ["Voting stopped at 7 p.m. EST on Sunday.", "Counting began."]),
    ("Talks began at 9 a.m. on Monday. They ended late.",
     ["Talks began at 9 a.m. on Monday.", "They ended late."]),
])
def test_a_clock_time_ends_a_sentence_only_before_a_new_one(text, expected):
    assert [text[a:b] for a, b in sentences(text)] == expected
    first = sentence_around(text, 2)
    assert first["start"] == 0 and first["text"] == expected[0]


def test_the_parser_keeps_a_clock_time_inside_its_sentence(pipeline):
    text = "The strike hit at 5 a.m. Saturday near the border, officials said."
    (ev,) = [e for e in _events(pipeline, text) if "hit" in e.trigger.text]
    assert ev.sentence.text == text
