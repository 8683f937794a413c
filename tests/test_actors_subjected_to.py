"""'X was subjected / exposed to attacks from / by Y': X undergoes the act, Y does it."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(ev, side: str) -> set[str]:
    return {p.actor.country for p in getattr(ev, side) if p.actor is not None}


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Israel has been subjected to rocket attacks from Lebanon.", "attacks", "LBN", "ISR"),
    ("Civilians in Gaza were subjected to Israeli airstrikes.", "airstrikes", "ISR", "PSE"),
    ("Journalists in Hong Kong have been exposed to harassment by Chinese police.",
     "harassment", "CHN", None),
])
def test_the_subjected_party_undergoes_the_act(pipeline, text, trigger, source, target):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert source not in _countries(ev, "target")
    if target is not None:
        assert _countries(ev, "target") == {target}
    assert any(p.text.split()[-1] in ("Israel", "Civilians", "Journalists") for p in ev.target)
