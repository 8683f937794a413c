"""Campaigning or lobbying against something is disapproval (CAMEO 113 LOBBY AGAINST: ACCUSE,
mode disapprove): 'activists campaigned against the dam', 'Israel lobbied against the deal',
'farmers agitated against the law'. A military campaign ('the army is campaigning against the
militants', 'the army's campaign against X') and campaigning for something are not."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "campaigned": "Kenyan activists campaigned against the new dam.",
    "to_campaign": "Kenyan lawmakers are campaigning against the British ban on ivory "
                   "imports.",
    "lobbied": "Israel lobbied against the Iranian nuclear deal.",
    "agitated": "Farmers agitated against the Kenyan land law.",
    "army": "The Kenyan army is campaigning against the militants in the north.",
    "for": "The Kenyan senator campaigned for the presidency.",
    "noun": "The Kenyan army's campaign against al-Shabab continued.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["campaigned", "to_campaign", "lobbied", "agitated"])
def test_campaigning_against_is_disapproval(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "ACCUSE")
    assert found and found[0].mode and "disapprove" in found[0].mode, TEXTS[key]
    assert found[0].source, found[0]


@pytest.mark.parametrize("key", ["army", "for", "noun"])
def test_military_campaigns_and_campaigns_for_are_not(results: dict[str, Extraction],
                                                      key: str) -> None:
    assert not of_type(results[key], "ACCUSE"), TEXTS[key]
