"""Welcoming an act read as an event ('welcomed the release of the prisoners', 'welcomed
plans for talks') adds the welcoming party's SUPPORT and keeps the act as told."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

FIRES = {
    "release": ("The Ukrainian president welcomed the release of the prisoners on Friday.",
                "RETREAT"),
    "withdrawal": ("The Kenyan president welcomed the withdrawal of the troops from the border.",
                   "RETREAT"),
    "plans": ("The European Union welcomed plans for talks between Serbia and Kosovo.",
              "CONSULT"),
}
SILENT = {
    "negated": ("The Ukrainian president did not welcome the release of the prisoners.",
                "RETREAT"),
    "infinitive": ("The Kenyan president refused to welcome the withdrawal of the troops.",
                   "RETREAT"),
    "question": ("Did the European Union welcome plans for talks between Serbia and Kosovo?",
                 "CONSULT"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in {**FIRES, **SILENT}.items()})


def _welcoming(ex: Extraction) -> list:
    return [e for e in of_type(ex, "SUPPORT") if e.trigger.text.startswith("welcome")]


@pytest.mark.parametrize("key", sorted(FIRES))
def test_welcoming_an_act_is_support_beside_the_act(results, key: str) -> None:
    text, act = FIRES[key]
    found = _welcoming(results[key])
    assert len(found) == 1 and found[0].modality == "asserted", text
    assert found[0].source and found[0].source[0].actor is not None, text
    assert of_type(results[key], act), text


@pytest.mark.parametrize("key", sorted(SILENT))
def test_no_support_for_an_unasserted_welcome(results, key: str) -> None:
    assert not [e for e in _welcoming(results[key]) if e.modality == "asserted"], SILENT[key][0]
