"""A lower-case generic agent noun the tagger made a name ('senate', 'parliament') is placed
like any agent, by its possessor or context, not linked to a registry alias of another
country ('Nigeria's senate' is no U.S. Congress)."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of, linked

from eventwire.annotate.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Nigeria's senate rejected the budget on Tuesday.", "senate", "NGA"),
    ("Brazil's senate approved the bill after a long debate.", "senate", "BRA"),
    ("Kenya's parliament voted to censure the minister.", "parliament", "KEN"),
])
def test_a_possessor_country_places_a_lower_case_body(nlp, text, phrase, country):
    ref = actor_of(linked(nlp, text), phrase)
    assert ref is not None and ref.country == country
    assert ref.id.startswith("country:")


def test_a_capitalised_name_stays_linked(nlp):
    ref = actor_of(linked(nlp, "The United States Congress passed the bill."),
                   "United States Congress")
    assert ref is not None and ref.country == "USA"
