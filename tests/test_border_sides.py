"""A country named as a side of a border does not place the sentence's generic agents."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(ev, side: str) -> set[str]:
    return {p.actor.country for p in getattr(ev, side) if p.actor is not None}


@pytest.mark.parametrize(("text", "country"), [
    ("NAIROBI, Kenya — Security forces killed three suspected militants in an overnight "
     "raid near the Somali border, officials said.", "KEN"),
    ("MOGADISHU — Troops killed 12 militants near the border with Kenya on Sunday.", "SOM"),
])
def test_agents_near_a_border_are_not_the_neighbours(pipeline, text, country):
    """'near the Somali border' under a Nairobi dateline: the forces are Kenya's."""
    ev = _event(_events(pipeline, text), "killed")
    assert _countries(ev, "source") == {country}


def test_a_border_noun_qualifying_another_still_places():
    """'the Afghan border town': Afghan places the town; 'near the Somali border' names a
    border's side."""
    from eventwire.annotate.focus import border_mention
    from eventwire.annotate.nlp import load_nlp
    from eventwire.model import Entity

    doc = load_nlp()("Police arrested two men in the Afghan border town of Torkham near the "
                     "Somali border.")
    starts = [t.idx for t in doc]

    def mention(word: str) -> Entity:
        tok = next(t for t in doc if t.text == word)
        return Entity(tok.idx, tok.idx + len(tok.text), tok.text, "NORP", None)

    assert not border_mention(doc, mention("Afghan"), starts)
    assert border_mention(doc, mention("Somali"), starts)
