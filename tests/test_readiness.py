"""A party declaring itself ready for talks expresses an intent to negotiate (CAMEO READY (FOR
&NEGOTIATION) 036, PLOVER AGREE); talks that were held stay CONSULT."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

CASES = {
    "open_to_dialogue": ("Lorania said it is open to dialogue with Ombria on the border.",
                         "AGREE", "Lorania"),
    "ready_for_talks": ("Tarsia is ready for talks with the rebels, its foreign minister said.",
                        "AGREE", "Tarsia"),
    "held_talks": ("Lorania and Ombria held talks in Geneva on Monday.", "CONSULT", "Lorania"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({k: v[0] for k, v in CASES.items()})


@pytest.mark.parametrize("key", sorted(CASES))
def test_readiness(results: dict[str, Extraction], key: str) -> None:
    text, etype, source = CASES[key]
    found = [e for e in results[key].events if e.type == etype]
    assert found and found[0].modality == "asserted", (text, results[key].events)
    assert source in {p.text for p in found[0].source}, (text, found[0].source)
    if etype == "AGREE":
        assert "CONSULT" not in {e.type for e in results[key].events}, text
