"""Verbs of PETRARCH2's CAMEO 111 blocks (criticize or denounce: DENOUNCE, DENIGRATE, DEPLORE)
that the curated lexicon lacked read as ACCUSE (disapprove) like the rest of their blocks: the
dictionary gives them only their block's code, so its build makes no entry of their own and
nothing read them ('Moscow ridiculed the sanctions' made no event)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

ACCUSE = {
    "ridicule": "Russian Foreign Minister Sergei Lavrov on Tuesday ridiculed the new European "
                "sanctions.",
    "scorn": "Iran's foreign ministry scorned the British proposal on Sunday.",
    "impugn": "The Venezuelan government impugned the motives of the Colombian president.",
    "slander": "Chinese state media slandered the Taiwanese president in a series of articles.",
    "abhor": "The Egyptian foreign ministry said it abhorred the Israeli strikes on Rafah.",
    "remonstrate": "The Indian ambassador remonstrated with Pakistani officials over the "
                   "shelling.",
}
NO_ACCUSE = {
    "private": "The students scorned the cafeteria food on Monday.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return run_texts({**ACCUSE, **NO_ACCUSE})


@pytest.mark.parametrize("key", sorted(ACCUSE))
def test_denunciation_verb_is_a_charge(extracted: dict[str, Extraction], key: str) -> None:
    events = of_type(extracted[key], "ACCUSE")
    assert events and events[0].trigger.text.lower().startswith(key[:4])
    assert events[0].source


def test_a_private_party_scorning_a_thing_is_no_charge(extracted: dict[str, Extraction]) -> None:
    assert not of_type(extracted["private"], "ACCUSE")
