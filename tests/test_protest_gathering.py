"""A crowd gathering to protest or to demand is one asserted protest (CAMEO 141, PLOVER
PROTEST), as PETRARCH2's dictionary codes GATHER with a protest cue or demonstrators as its
subject; a gathering with no such cue ('people gathered in the square') is no event. Through
the real pipeline on hand-written texts."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

GATHER = ("gather", "assembl", "congregat", "converg", "throng", "flock", "mass")

TEXTS = {
    "purpose": "Demonstrators gathered outside the Redland embassy to protest the visit.",
    "demand": "Hundreds of people gathered in the capital to demand the release of the prisoners.",
    "denounce": "Thousands of students converged on the ministry to denounce the new law.",
    "subject": "Protesters assembled in front of parliament in Northgate on Monday.",
    "in_protest": "Crowds gathered in protest outside the ministry.",
    "for_rally": "Hundreds of villagers assembled for a rally in the town square on Friday.",
    "plain": "People gathered in the square on Sunday.",
    "mourn": "Residents gathered in the village to mourn the victims.",
    "crowd": "A crowd gathered outside the stadium.",
    "wedding": "Families gathered for a wedding in the town.",
}


@pytest.fixture(scope="module")
def extracted():
    return run_texts(TEXTS)


def _gathering(ex):
    return [e for e in ex.events if e.trigger.text.lower().startswith(GATHER)]


@pytest.mark.parametrize("key", ["purpose", "demand", "denounce", "subject", "in_protest", "for_rally"])
def test_a_gathering_to_protest_is_one_asserted_protest(extracted, key):
    [ev] = _gathering(extracted[key])
    assert ev.type == "PROTEST" and ev.modality == "asserted"
    assert [e.type for e in extracted[key].events] == ["PROTEST"]


@pytest.mark.parametrize("key", ["plain", "mourn", "crowd", "wedding"])
def test_a_gathering_without_a_protest_cue_is_no_event(extracted, key):
    assert _gathering(extracted[key]) == []
