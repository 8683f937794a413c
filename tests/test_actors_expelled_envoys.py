"""Envoys a state expels or summons serve the state that sent them, not the one acting."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "ADDIS ABABA — Ethiopia expelled the diplomats on Monday, the foreign ministry said.",
    "QUITO — Ecuador expelled two diplomats on Friday over the embassy raid.",
])
def test_expelled_envoys_are_not_the_expelling_states(pipeline, text):
    """The dateline names the expelling state; it no longer places the expelled."""
    ev = _event(_events(pipeline, text), "expelled")
    subject = next(iter(_sides(ev, "source")))
    assert subject is not None
    assert subject not in _sides(ev, "target")


def test_the_other_state_of_the_sentence_places_them(pipeline):
    ev = _event(_events(pipeline, "MOSCOW — Russia expelled three diplomats on Monday in "
                                  "retaliation for a similar move by Poland."), "expelled")
    assert _sides(ev, "source") == {"RUS"}
    assert "POL" in _sides(ev, "target") and "RUS" not in _sides(ev, "target")


@pytest.mark.parametrize(("text", "country"), [
    ("BAMAKO — Mali has expelled the French ambassador, the government said.", "FRA"),
    ("WARSAW — Poland expelled a Russian diplomat on Friday.", "RUS"),
])
def test_a_named_nationality_still_places_them(pipeline, text, country):
    ev = _event(_events(pipeline, text), "expelled")
    assert _sides(ev, "target") == {country}


@pytest.mark.parametrize(("verb", "placed"), [("welcomed", "ETH"), ("expelled", None)])
def test_only_an_expulsion_unplaces_the_envoys(verb, placed):
    """Envoys a state welcomes keep the dateline's country; those it expels lose it."""
    from actor_helpers import actor_of, linked

    from eventwire.annotate.nlp import load_nlp

    ex = linked(load_nlp(), f"ADDIS ABABA — Ethiopia {verb} the diplomats on Monday.")
    actor = actor_of(ex, "diplomats")
    assert (actor.country if actor is not None else None) == placed
