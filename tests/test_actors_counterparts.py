"""'his Chilean counterpart Mateo Varela': a person not in the registry named after a country
cue and 'counterpart' is that country's official, and so is the surname later on."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of, linked

from eventwire.annotate.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text", [
    "Peruvian Foreign Minister Tomas Herrera spoke by telephone with his Chilean counterpart "
    "Mateo Varela on Sunday. Varela told reporters that the talks were useful.",
    "Peru's defence minister met her Chilean counterpart, Mateo Varela, in Lima on Friday. "
    "Varela said the border was calm.",
])
def test_a_named_counterpart_is_the_countrys_official(nlp, text):
    links = linked(nlp, text)
    for name in ("Mateo Varela", "Varela"):
        ref = actor_of(links, name)
        assert ref is not None and (ref.country, ref.sector) == ("CHL", "GOV")


def test_a_counterpart_without_a_name_stays_the_country(nlp):
    ref = actor_of(linked(nlp, "Herrera spoke with his Chilean counterpart on Sunday."), "Chilean")
    assert ref is not None and ref.country == "CHL"
