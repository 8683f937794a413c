"""A person after a two-word generic-agent title ('opposition leader X', 'rebel commander X')
is an actor with that sector, placed by context even when the title is lower case."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of, linked

from eventwire.annotate.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("NAIROBI, May 2 (Newswire) - Opposition leader Peter Kamau criticized the president.",
     "Peter Kamau", "OPP"),
    ("NAIROBI, May 2 (Newswire) - The rally was led by opposition leader Peter Kamau.",
     "Peter Kamau", "OPP"),
    ("NAIROBI, May 2 (Newswire) - Police said rebel commander Musa Odhiambo was killed.",
     "Musa Odhiambo", "REB"),
])
def test_a_generic_agent_title_places_the_person(nlp, text, name, sector):
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and (ref.country, ref.sector) == ("KEN", sector)
    assert ref.evidence.startswith("dateline")


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("NAIROBI, May 2 (Newswire) - Police detained community leader Samuel Otieno on Monday.",
     "Samuel Otieno", "CVL"),
    ("NAIROBI, May 2 (Newswire) - Union leader Francis Atwoli called a strike.",
     "Francis Atwoli", "LAB"),
    ("NAIROBI, May 2 (Newswire) - Tribal elder Joseph Lekishon urged calm.",
     "Joseph Lekishon", "CVL"),
])
def test_civil_society_titles_are_agents(nlp, text, name, sector):
    ref = actor_of(linked(nlp, text), name)
    assert ref is not None and (ref.country, ref.sector) == ("KEN", sector)
