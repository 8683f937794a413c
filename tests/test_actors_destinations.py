"""Actors in context: the place a mover heads for does not place the mover; environmental
campaigners are civil society."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of, linked

from eventwire.annotate.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(("text", "agent"), [
    ("BAMAKO, May 2 (Newswire) - Militants fled to Niger after the raid.", "Militants"),
    ("BAMAKO, May 2 (Newswire) - Gunmen often escape across the border into Niger.", "Gunmen"),
    ("BAMAKO, May 2 (Newswire) - Gunmen regularly escape to remote camps in Niger after "
     "their raids.", "Gunmen"),
    ("BAMAKO, May 2 (Newswire) - Fighters who retreated to hideouts in Niger regrouped "
     "quickly.", "Fighters"),
])
def test_destination_of_a_mover_does_not_place_it(nlp, text, agent):
    ref = actor_of(linked(nlp, text), agent)
    assert ref is not None and ref.country == "MLI"
    assert ref.evidence.startswith("dateline")


def test_a_place_where_the_agent_acts_still_places_it(nlp):
    text = "BAMAKO, May 2 (Newswire) - Gunmen attacked a checkpoint in Niger."
    ref = actor_of(linked(nlp, text), "Gunmen")
    assert ref is not None and ref.country == "NER"
    assert ref.evidence.startswith("sentence")



@pytest.mark.parametrize(("text", "agent", "country"), [
    ("BAMAKO, May 2 (Newswire) - Environmentalists accused the government of ignoring the "
     "drought.", "Environmentalists", "MLI"),
    ("BAMAKO, May 2 (Newswire) - Conservationists urged the ministry to protect the "
     "wetlands.", "Conservationists", "MLI"),
    ("BAMAKO, May 2 (Newswire) - Environmental groups sued the company over the spill.",
     "Environmental groups", "NGO"),
    ("BAMAKO, May 2 (Newswire) - Animal rights organizations criticized the hunting quota.",
     "Animal rights organizations", "NGO"),
])
def test_environmental_campaigners_are_civil_society(nlp, text, agent, country):
    # people take their context's country, organisations PLOVER's NGO code
    ref = actor_of(linked(nlp, text), agent)
    assert ref is not None and (ref.country, ref.sector) == (country, "NGO")
