"""An act that a noun of failure or absence takes as its infinitive did not happen: 'the
failure to sell the missiles' is a negated sale; the act itself, told done, stays asserted."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _modalities(pipeline, text: str, etype: str) -> list[str]:
    return [ev.modality for ev in _events(pipeline, text) if ev.type == etype]


@pytest.mark.parametrize(("text", "etype"), [
    ("Ankara is angry over Washington's failure to sell fighter jets to Turkey.", "COOPERATE"),
    ("Families in Gaza are angry at Israel's failure to release the prisoners.", "RETREAT"),
])
def test_a_failed_act_is_negated(pipeline, text, etype):
    found = _modalities(pipeline, text, etype)
    assert found and all(m == "negated" for m in found)


@pytest.mark.parametrize(("text", "etype"), [
    ("Washington agreed to sell fighter jets to Turkey, despite a failure of the talks.",
     "COOPERATE"),
    ("Israel released the prisoners on Monday after the failure of the talks.", "RETREAT"),
])
def test_an_act_beside_a_failure_stays(pipeline, text, etype):
    assert "negated" not in _modalities(pipeline, text, etype)
