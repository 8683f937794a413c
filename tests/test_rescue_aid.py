"""Armed or police forces freeing captives are a rescue (AID, mode rescue), in the active and
in the passive with the forces as by-agent; captors releasing captives stay a RETREAT."""

from __future__ import annotations

import pytest
from test_events_charged import _types

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Velmar troops freed five hostages in a raid on Tuesday.",
    "Five hostages were freed by Velmar troops in a raid on Tuesday.",
    "Twenty kidnapped students were freed by police in Borovia on Sunday.",
    "Velmar commandos liberated the captives held in the mountains.",
])
def test_forces_freeing_captives_is_a_rescue(pipeline, text):
    types = _types(pipeline, text)
    assert "AID" in types
    assert "RETREAT" not in types


@pytest.mark.parametrize("text", [
    "The Borovian rebels freed five hostages on Tuesday.",
    "Five hostages were released by the Borovian rebels on Tuesday.",
])
def test_captors_releasing_captives_is_a_release(pipeline, text):
    types = _types(pipeline, text)
    assert "RETREAT" in types
    assert "AID" not in types
