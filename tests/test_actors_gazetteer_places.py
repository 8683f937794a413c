"""A gazetteer place of a country the article never otherwise names, in an article that
names another country, is left unlinked; a place the article's country evidence supports
keeps its country."""

from __future__ import annotations

import pytest
from actor_helpers import linked

from eventwire.annotate.actors import default_registry
from eventwire.annotate.focus import foreign_gazetteer_places
from eventwire.annotate.nlp import load_nlp
from eventwire.model import Entity


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def reg():
    return default_registry()


def _place(reg, text, start):
    code = reg.phoenix.place(text)
    return Entity(start, start + len(text), text, "GPE", reg.country_ref(code, kind="place"))


def _state(reg, text, start, code):
    return Entity(start, start + len(text), text, "GPE", reg.country_ref(code))


def test_stray_gazetteer_place_of_an_unnamed_country_is_unlinked(reg):
    text = "Troops clashed with rebels near Santa Cruz, the Philippine army said."
    ents = [_place(reg, "Santa Cruz", text.index("Santa Cruz")),
            _state(reg, "Philippine", text.index("Philippine"), "PHL")]
    assert ents[0].actor.country == "BOL"  # the gazetteer's one reading
    out = foreign_gazetteer_places(text, ents, reg)
    assert out[0].actor is None
    assert out[1].actor.country == "PHL"


def test_gazetteer_place_of_a_named_country_is_kept(reg):
    text = "Protesters marched in Santa Cruz as Bolivia's government met Peru's envoy."
    ents = [_place(reg, "Santa Cruz", text.index("Santa Cruz")),
            _state(reg, "Bolivia", text.index("Bolivia"), "BOL"),
            _state(reg, "Peru", text.index("Peru"), "PER")]
    assert foreign_gazetteer_places(text, ents, reg)[0].actor.country == "BOL"


def test_gazetteer_place_alone_keeps_its_country(reg):
    text = "A storm flooded streets in Richmond overnight."
    ents = [_place(reg, "Richmond", text.index("Richmond"))]
    assert foreign_gazetteer_places(text, ents, reg)[0].actor.country == "USA"


def test_two_gazetteer_places_of_one_country_corroborate_it(reg):
    text = "Flights from Houston to Richmond were cancelled, Mexico's airline said."
    ents = [_place(reg, "Houston", text.index("Houston")),
            _place(reg, "Richmond", text.index("Richmond")),
            _state(reg, "Mexico", text.index("Mexico"), "MEX")]
    out = foreign_gazetteer_places(text, ents, reg)
    assert [e.actor.country for e in out] == ["USA", "USA", "MEX"]


def test_curated_places_and_capitals_are_kept(reg):
    text = "Officials in Kingston met Cuba's foreign minister."
    ents = [Entity(12, 20, "Kingston", "GPE", reg.country_ref("JAM", kind="place")),
            _state(reg, "Cuba", text.index("Cuba"), "CUB")]
    assert foreign_gazetteer_places(text, ents, reg)[0].actor.country == "JAM"


def test_pipeline_unlinks_a_stray_gazetteer_place(nlp):
    text = ("Philippine soldiers clashed with rebels near Santa Cruz on Monday. "
            "The Philippine army said two soldiers were wounded.")
    ex = linked(nlp, text)
    hits = [e for e in ex.entities if e.text == "Santa Cruz"]
    assert hits and all(e.actor is None or e.actor.country != "BOL" for e in hits)
    rebels = next(e for e in ex.entities if e.text == "rebels")
    assert rebels.actor is not None and rebels.actor.country == "PHL"
