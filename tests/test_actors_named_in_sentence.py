"""Actors the sentence names in shapes the parser hides: a by-agent hung on a participle
complement or on the adjective of an as-phrase, and a hyphened pair of names kept as one
token before an event noun."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "doer", "victim"), [
    ("Two soldiers were reported killed by Russian forces near Bakhmut.", "killed", "RUS",
     "UKR"),
    ("Two activists were seen beaten by Iranian police in Tehran.", "beaten", "IRN", "IRN"),
])
def test_the_agent_of_a_raised_participle_acts(pipeline, text, trigger, doer, victim):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {doer}
    assert any(p.text.endswith(("soldiers", "activists")) for p in ev.target)


def test_a_raised_subject_still_acts_without_an_agent(pipeline):
    ev = event_of(pipeline, "Chadian troops were ordered to attack the rebel camp.", "attack")
    assert side_countries(ev, "source") == {"TCD"}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("The demand was dismissed as absurd by Tehran.", "dismissed", "IRN"),
    ("The plan was rejected as unrealistic by Moscow.", "rejected", "RUS"),
    ("The vote was condemned as illegal by Ukraine.", "condemned", "UKR"),
])
def test_the_by_phrase_on_an_as_adjective_is_the_agent(pipeline, text, trigger, country):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {country}


@pytest.mark.parametrize(("text", "trigger", "first", "second"), [
    ("The U.S.-Ukraine talks in Jeddah ended on Tuesday.", "talks", "USA", "UKR"),
    ("U.S.-China trade talks resumed in Geneva on Monday.", "talks", "USA", "CHN"),
    ("The U.S.-Ukraine minerals deal was signed on Wednesday.", "deal", "USA", "UKR"),
])
def test_a_hyphened_pair_before_an_event_noun_names_its_parties(pipeline, text, trigger,
                                                                 first, second):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {first}
    assert side_countries(ev, "target") == {second}


def test_a_pair_of_places_names_no_parties(pipeline):
    ev = event_of(pipeline, "The Jeddah-Riyadh talks ended on Monday.", "talks")
    assert not ev.source and not ev.target
