"""First person inside a quotation is its speaker's side; a protest naming no protesters
is by the people of the place it happens in."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "side", "country"), [
    ('"Thai forces attacked our positions," Hun Manet said.', "attacked", "target", "KHM"),
    ('"Hamas fighters shelled our towns," the Israeli military said on Monday.', "shelled",
     "target", "ISR"),
    ('"Thai troops shelled us on Monday," Cambodian spokeswoman Maly Socheata said.',
     "shelled", "target", "KHM"),
    ('"We will retaliate against Thailand," Cambodian Prime Minister Hun Manet said.',
     "retaliate", "source", "KHM"),
])
def test_first_person_in_a_quote_is_the_speakers_side(pipeline, text, trigger, side, country):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, side) == {country}


def test_a_first_person_possessive_names_the_speaker_as_evidence(pipeline):
    ev = _event(_events(pipeline, '"Thai forces attacked our positions," Hun Manet said.'),
                "attacked")
    (p,) = ev.target
    assert p.text == "positions"
    assert p.actor.evidence == "speaker: Hun Manet"


@pytest.mark.parametrize("text", [
    '"The army shelled our villages," a man said.',  # a speaker with no known country
    "Hun Manet spoke on Monday. The army then shelled our villages.",  # outside quotes
])
def test_first_person_without_a_speaker_country_is_nobody(pipeline, text):
    ev = _event(_events(pipeline, text), "shelled")
    assert not any(p.actor and str(p.actor.evidence or "").startswith("speaker:")
                   for p in ev.target)


def test_the_first_person_of_the_writer_is_not_the_speaker(pipeline):
    evs = _events(pipeline, '"We will retaliate," Hun Manet said. We asked the army '
                            "whether troops had shelled our office.")
    ev = _event(evs, "shelled")
    assert not any(p.actor and str(p.actor.evidence or "").startswith("speaker:")
                   for p in ev.target)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Protests erupted in Dhaka on Monday.", "Protests", "BGD"),
    ("Riots broke out in Lima after the vote.", "Riots", "PER"),
    ("A protest was held outside the U.S. embassy in Manila.", "held", "PHL"),
])
def test_a_protest_naming_no_protesters_is_by_its_place(pipeline, text, trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {country}
    assert ev.attributes["source_from"] == "location"
    assert ev.source[0].actor.evidence.startswith("place of the protest: ")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister told reporters in Dhaka that protests were banned.", "protests"),
    ("DHAKA - Protests erupted on Monday.", "Protests"),
])
def test_a_protest_takes_no_place_it_does_not_happen_in(pipeline, text, trigger):
    evs = [ev for ev in _events(pipeline, text) if ev.trigger.text == trigger]
    assert all(not any(str(p.actor.evidence or "").startswith("place of the protest")
                       for p in ev.source if p.actor) for ev in evs)


def test_named_protesters_keep_their_own_country(pipeline):
    ev = _event(_events(pipeline, "French farmers protested in Brussels on Monday."),
                "protested")
    assert _countries(ev, "source") == {"FRA"}
