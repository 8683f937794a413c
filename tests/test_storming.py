"""Protesters storming a building is a violent protest (CAMEO 145, PLOVER PROTEST, riot), as
PETRARCH2's dictionary codes STORM with a protester subject; armed forces or police storming a
place stay an ASSAULT. Through the real pipeline on hand-written texts."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

TEXTS = {
    "protesters": "Protesters stormed the parliament building in Northgate on Tuesday.",
    "counted": "Hundreds of demonstrators stormed the state television offices.",
    "mob": "A mob stormed the Redland embassy in the capital.",
    "troops": "Redland troops stormed the rebel-held town hall on Monday.",
    "police": "Police stormed the hijacked airliner at dawn.",
}


@pytest.fixture(scope="module")
def extracted():
    return run_texts(TEXTS)


def _storm(ex):
    return [e for e in ex.events if e.trigger.text.startswith("storm")]


@pytest.mark.parametrize("key", ["protesters", "counted", "mob"])
def test_protesters_storming_is_a_violent_protest(extracted, key):
    [ev] = _storm(extracted[key])
    assert ev.type == "PROTEST" and ev.mode == "PROTEST/riot-spon"


@pytest.mark.parametrize("key", ["troops", "police"])
def test_armed_forces_storming_stay_an_assault(extracted, key):
    [ev] = _storm(extracted[key])
    assert ev.type == "ASSAULT"
