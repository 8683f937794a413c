"""'Hundreds of Redlanders protested': a counted capitalised plural the tagger missed or read
as a place names a people, placed by its context like any unlinked group."""

from __future__ import annotations

import pytest
from pipeline_runs import article_events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _doers(pipeline, text: str, word: str):
    return [p for ev in article_events(pipeline, text) for p in ev.source if word in p.text]


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Peru's police detained four activists in Lima on Monday. Hundreds of Redlanders "
     "marched through the streets on Friday.", "Redlanders", "PER"),
    ("Chile's police detained four activists in Santiago on Monday. Hundreds of Aymaras "
     "marched through the streets on Friday.", "Aymaras", "CHL"),
    ("Chile's police detained four activists in Santiago on Monday. On Friday, 300 "
     "Mapuches marched through the streets.", "Mapuches", "CHL"),
])
def test_a_counted_people_takes_its_contexts_country(pipeline, text, word, code):
    doers = _doers(pipeline, text, word)
    assert doers and {p.actor.country if p.actor else None for p in doers} == {code}


def test_a_capitalised_plural_nobody_counts_is_left_to_the_tagger(pipeline):
    from eventwire.annotate.agents import counted_peoples
    from eventwire.annotate.nlp import load_nlp

    doc = load_nlp()("The Hendersons met the Redlanders on Friday.")
    assert counted_peoples(doc, []) == []
