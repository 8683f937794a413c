"""A participant that is a state's name takes no sector from the name's last word."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "name"), [
    ("On Monday the Soviet Union accused the United States of violating the treaty.",
     "the Soviet Union"),
    ("Moscow said the Soviet Union would retaliate against Washington.", "the Soviet Union"),
])
def test_a_states_name_ending_in_a_group_noun_is_no_group(pipeline, text, name):
    # 'Union' ends the name: the Soviet Union is the state, not a labour union (sector LAB)
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published="1988-05-07")]))
    parts = [p for ev in ex.events for p in ev.source if p.text == name]
    assert parts and all(p.actor is not None and p.actor.country == "RUS" and
                         p.actor.sector is None for p in parts)


def test_a_demonym_before_a_group_noun_keeps_its_sector(pipeline):
    text = "Russian unions accused the government of cutting wages."
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published="1998-05-07")]))
    parts = [p for ev in ex.events for p in ev.source if p.actor is not None]
    assert parts and parts[0].actor.sector == "LAB"
