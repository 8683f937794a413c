"""'Iran's proxies in Iraq': a state's allies or proxies somewhere live there (PLOVER residence
coding); the possessor is their patron, not their country."""

from __future__ import annotations

import pytest
from pipeline_runs import countries, event_in

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "side", "place", "patron"), [
    ("Iran's proxies in Iraq attacked a U.S. base on Monday.", "source", "IRQ", "IRN"),
    ("Iran's militia allies in Syria shelled the town.", "source", "SYR", "IRN"),
    ("Rebels attacked Russia's allies in eastern Ukraine.", "target", "UKR", "RUS"),
])
def test_allies_somewhere_take_that_place(pipeline, text, side, place, patron):
    trigger = "attacked" if "attacked" in text else "shelled"
    ev = event_in(pipeline, text, "ASSAULT", trigger)
    assert place in countries(ev, side) and patron not in countries(ev, side)


def test_allies_placed_nowhere_keep_their_patron(pipeline):
    ev = event_in(pipeline, "Iran's proxies attacked a U.S. base on Monday.", "ASSAULT",
                  "attacked")
    assert countries(ev, "source") == {"IRN"}
