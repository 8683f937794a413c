"""An embedded noun's default mode yields to the cue words around its phrase: 'staged mass
demonstrations' and 'organized a march' are organised demonstrations, not the noun's default
spontaneous one; a noun's conditional mode ('a hunger strike', 'a general strike') still wins."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

TEXTS = {
    "staged": "Thousands of workers staged mass demonstrations on Monday to demand higher wages.",
    "organized": "The opposition party organized a march through the capital on Sunday.",
    "hunger": "The prisoners held a hunger strike for two weeks.",
    "general": "The unions held a general strike on Tuesday.",
    "airstrike": "The army launched an airstrike on the village.",
}
MODES = {
    "staged": ("PROTEST", "PROTEST/demo-org"),
    "organized": ("PROTEST", "PROTEST/demo-org"),
    "hunger": ("PROTEST", "PROTEST/strike-hun"),
    "general": ("PROTEST", "PROTEST/strike-gen"),
    "airstrike": ("ASSAULT", "ASSAULT/aerial"),
}


@pytest.fixture(scope="module")
def runs():
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_mode_from_cues_before_noun_default(runs, key):
    etype, mode = MODES[key]
    assert [e.mode for e in of_type(runs[key], etype)] == [mode]
