"""A generic agent is not placed by the country of what it is angry at, protests against,
opposes, fears or blames ('farmers angry at Ukrainian grain imports'); a country that owns or
locates the agent still places it."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of, linked

from eventwire.annotate.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text,agent", [
    ("Farmers angry at Ukrainian grain imports blocked roads on Monday.", "Farmers"),
    ("Workers protesting against Chinese steel marched through the capital.", "Workers"),
    ("Residents angry over Russian strikes gathered in the square.", "Residents"),
    ("Fishermen fearful of Turkish patrols stayed in port on Tuesday.", "Fishermen"),
    ("Students demonstrating over Israeli strikes occupied the hall.", "Students"),
    ("On Monday, farmers were furious about Ukrainian imports.", "farmers"),
    ("On Monday, protesters opposed to Russian influence rallied in the square.", "protesters"),
    ("Residents angered by Russian strikes gathered in the square.", "Residents"),
    ("Farmers angry at Ukrainian grain imports protested against the president on Monday.",
     "the president"),
    ("Dockers blamed Chinese imports for the job losses, the union said.", "the union"),
])
def test_what_the_agent_opposes_does_not_place_it(nlp, text, agent):
    ref = actor_of(linked(nlp, text), agent)
    assert ref is None or ref.country is None, ref


@pytest.mark.parametrize("text,agent,country", [
    ("Ukrainian farmers protested on Monday.", "farmers", "UKR"),
    ("Farmers in Ukraine protested on Monday.", "Farmers", "UKR"),
    ("Farmers angry at Ukrainian grain imports blocked roads near Warsaw, Poland.",
     "Farmers", "POL"),
    ("Residents of Kharkiv angry over Russian strikes gathered in the square.",
     "Residents", "UKR"),
    ("WARSAW — Farmers angry at Ukrainian grain imports protested against the president.",
     "the president", "POL"),
])
def test_the_agents_own_country_still_places_it(nlp, text, agent, country):
    ref = actor_of(linked(nlp, text), agent)
    assert ref is not None and ref.country == country, ref
