"""A country word owns an agent noun past the compound nouns between them."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("The United States imposed sanctions on two Iranian oil companies on Thursday, the "
     "Treasury Department said.", "sanctions", "IRN"),
    ("The EU sanctioned Chinese tech firms that helped Moscow, Brussels said.", "sanctioned",
     "CHN"),
])
def test_the_demonym_before_a_compound_owns_the_agent(pipeline, text, trigger, country):
    """'Iranian oil companies': the companies are Iran's, not the article focus's."""
    ev = _event(_events(pipeline, text), trigger)
    assert {p.actor.country for p in ev.target if p.actor is not None} == {country}


def test_a_capitalised_word_between_is_no_compound_skipped():
    """Only lower-case compound nouns are passed over: a name between ('Iranian Navy
    officials') is its own owner, never skipped to reach a demonym before it."""
    from eventwire.annotate.agents import _plain_modifier
    from eventwire.annotate.nlp import load_nlp

    doc = load_nlp()("Iranian oil companies and Pakistani Navy officials")
    by_text = {t.text: t for t in doc}
    assert _plain_modifier(by_text["oil"])
    assert not _plain_modifier(by_text["Navy"])
    assert not _plain_modifier(by_text["Iranian"])
