"""'The army said it intercepted a missile fired from Yemen': where a projectile was fired
or launched from places its unnamed launcher, not the agents of the sentence."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _agent(pipeline, text, word):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    found = [e for e in ex.entities if e.text == word]
    assert found, [e.text for e in ex.entities]
    return found[0].actor


@pytest.mark.parametrize(("text", "word", "code"), [
    ("JERUSALEM — The army said it intercepted a missile fired from Yemen.", "army", "ISR"),
    ("KYIV — Air defense forces shot down 30 drones launched from Russia overnight, the "
     "military said.", "defense forces", "UKR"),
    ("SEOUL — The military said it tracked a ballistic missile fired from North Korea.",
     "military", "KOR"),
])
def test_a_launch_origin_does_not_place_the_agent(pipeline, text, word, code):
    actor = _agent(pipeline, text, word)
    assert actor is not None and actor.country == code


def test_a_place_the_agent_fires_from_still_places_it(pipeline):
    actor = _agent(pipeline, "Militants fired rockets from Gaza at southern towns.", "Militants")
    assert actor is not None and actor.country == "PSE"
