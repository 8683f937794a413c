"""'X has experienced attacks by Y': X undergoes the event noun it experiences, Y does it."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _sides

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Mali has experienced repeated attacks by jihadists.", "attacks", "MLI"),
    ("Burkina Faso experienced a wave of attacks by militants last year.", "attacks", "BFA"),
])
def test_who_experiences_an_attack_undergoes_it(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _sides(ev, "target") == {target}
    assert not any(p.text.startswith(("Mali", "Burkina")) for p in ev.source)
