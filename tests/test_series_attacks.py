"""An attack told through a series noun ('a wave of drone attacks') keeps what the attack
itself would have: the party that faces it as target, a doer that can attack."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "target"), [
    ("Borovia faced a wave of drone attacks on Tuesday, officials in Kestrel said.", "Borovia"),
    ("Kestrel suffered a string of rocket attacks overnight.", "Kestrel"),
    ("A wave of drone attacks hit Kestrel on Tuesday.", "Kestrel"),
    ("A series of airstrikes struck Velmar on Sunday, the army said.", "Velmar"),
])
def test_attacks_in_a_series_are_read(pipeline, text, target):
    attacks = [ev for ev in _events(pipeline, text) if ev.type == "ASSAULT"]
    assert attacks
    assert any(target in p.text for ev in attacks for p in ev.target)


@pytest.mark.parametrize("text", [
    "A heat wave hit Kestrel on Tuesday.",  # a hazard, no attacker
    "A wave of floods hit Kestrel province last week.",
])
def test_a_series_of_hazards_is_no_attack(pipeline, text):
    assert "ASSAULT" not in [ev.type for ev in _events(pipeline, text)]
