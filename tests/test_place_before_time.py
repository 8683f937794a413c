"""A place name the tagger runs into a day or time stays a place, and a day never extends a name."""

from __future__ import annotations

import pytest
from actor_helpers import linked

from eventwire.annotate.actors import _split_place_from_time, default_registry
from eventwire.annotate.nlp import load_nlp
from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _events(pipe, text):
    art = Article(id="a", text=text, published="2025-06-05", published_from="input")
    return next(iter(pipe.run([art]))).events


def _ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_place_split_from_a_time_entity(nlp):
    from spacy.tokens import Span
    doc = nlp("Russia launched missiles at Kyiv overnight.")
    k = [t.text for t in doc].index("Kyiv")
    doc.ents = [e for e in doc.ents if not (e.start <= k + 1 and k < e.end)]
    doc.ents = sorted([*doc.ents, Span(doc, k, k + 2, label="TIME")], key=lambda e: e.start)
    _split_place_from_time(doc, default_registry())  # the tagger's 'Kyiv overnight' as one time
    assert ("Kyiv", "GPE") in _ents(doc) and ("overnight", "TIME") in _ents(doc)


def test_place_split_from_a_name_ending_in_a_weekday(nlp):
    doc = nlp("Russian forces shelled Kherson Sunday.")
    from spacy.tokens import Span
    k = [t.text for t in doc].index("Kherson")
    doc.ents = [e for e in doc.ents if not (e.start <= k + 1 and k < e.end)]
    doc.ents = sorted([*doc.ents, Span(doc, k, k + 2, label="ORG")], key=lambda e: e.start)
    _split_place_from_time(doc, default_registry())
    assert ("Kherson", "GPE") in _ents(doc) and ("Sunday", "DATE") in _ents(doc)


def test_a_month_and_an_unknown_name_are_not_split(nlp):
    doc = nlp("Talks resumed in May 2024.")
    before = _ents(doc)
    _split_place_from_time(doc, default_registry())
    assert _ents(doc) == before
    doc = nlp("Sunday Times editors met on Friday.")
    before = _ents(doc)
    _split_place_from_time(doc, default_registry())
    assert _ents(doc) == before


def test_a_weekday_after_a_country_is_no_organisation_name(nlp):
    ex = linked(nlp, "Hamas attacked Israel Saturday.")
    assert not any("Saturday" in e.text and e.label == "ORG" for e in ex.entities)
    ex = linked(nlp, "Supporters of Pakistan Tehreek-e-Insaf marched in Lahore.")
    assert any(e.text == "Pakistan Tehreek-e-Insaf" for e in ex.entities)


def test_attack_on_a_place_told_with_its_day_has_that_target(pipe):
    evs = _events(pipe, "Hamas attacked Israel Saturday.")
    assert [(e.type, [p.actor.id for p in e.target if p.actor]) for e in evs] == \
        [("ASSAULT", ["country:ISR"])]
    evs = _events(pipe, "Russia launched missiles at Kyiv overnight.")
    assert any(e.type == "ASSAULT" and any(p.actor and p.actor.country == "UKR" for p in e.target)
               for e in evs)
