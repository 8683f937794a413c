"""A country word before a title that ends a longer country name ('South Sudan's', 'Papua New
Guinean', "Northern Ireland's", "Republic of Congo's") places the titled person in the state
the whole name names, not in the one its last word names."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of

from eventwire.annotate.actors import link_component
from eventwire.annotate.nlp import load_nlp
from eventwire.model import Article, Extraction


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def linked_on(nlp, text: str) -> Extraction:
    ex = Extraction(article=Article(id="t", text=text, published="2026-11-01"), doc=nlp(text))
    link_component(ex, None)
    return ex


@pytest.mark.parametrize("text, name, country", [
    ("South Sudan's army chief Paul Nang Majok visited the front.", "Paul Nang Majok", "SSD"),
    ("South Sudanese army spokesman Lul Ruai Koang said troops were ready.", "Lul Ruai Koang",
     "SSD"),
    ("Papua New Guinean police commander David Manning said six people died.", "David Manning",
     "PNG"),
    ("Northern Ireland's police chief Jon Boutcher said two men were arrested.", "Jon Boutcher",
     "GBR"),
    ("Republic of Congo's army spokesman Marc Ibinda said troops were ready.", "Marc Ibinda",
     "COG"),
])
def test_the_longest_country_name_places_the_titled_person(nlp, text, name, country):
    ref = actor_of(linked_on(nlp, text), name)
    assert ref is not None and ref.country == country


def test_a_registry_person_keeps_a_country_a_longer_name_confirms(nlp):
    ref = actor_of(linked_on(nlp, "South Sudan's President Salva Kiir spoke with the envoy."),
                   "Salva Kiir")
    assert ref is not None and ref.country == "SSD"


@pytest.mark.parametrize("text, name, country", [
    ("Sudan's army chief Omar Hamdan visited the front.", "Omar Hamdan", "SDN"),
    ("Guinean police commander Mamadi Conde said six people died.", "Mamadi Conde", "GIN"),
])
def test_the_short_name_alone_keeps_its_country(nlp, text, name, country):
    ref = actor_of(linked_on(nlp, text), name)
    assert ref is not None and ref.country == country
