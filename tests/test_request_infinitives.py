"""A call with an infinitive is a request even where the parser hangs the infinitive on the
verb the noun is the object of ('drew calls to resign', 'faced calls to step down') or reads
'calls for X to V' as an adverbial clause of the noun; a call someone makes or holds with a
purpose stays a phone call."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

ASKED = {
    "drew_calls": "The minister drew calls to resign after the scandal.",
    "renewed_calls_for": "Norland's opposition renewed calls for the president to resign.",
    "faced_calls": "Velland's president faced calls from Norland to withdraw his troops.",
    "responded_to_calls": "Lawmakers responded to calls from Velland to release the prisoners.",
}
PHONED = {
    "held_calls": "The president held calls to discuss the crisis with Velland's leader.",
    "calls_to_leaders": "Norland's president made phone calls to Velland's leaders on Monday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**ASKED, **PHONED})


def _calls(ex: Extraction) -> set[str]:
    return {e.type for e in ex.events if e.trigger.text.lower().startswith("calls")}


@pytest.mark.parametrize("key", sorted(ASKED))
def test_call_with_an_infinitive_is_a_request(results: dict[str, Extraction], key: str) -> None:
    assert "CONSULT" not in _calls(results[key]), ASKED[key]
    assert "REQUEST" in {e.type for e in results[key].events}, ASKED[key]


@pytest.mark.parametrize("key", sorted(PHONED))
def test_call_made_with_a_purpose_is_a_phone_call(results: dict[str, Extraction],
                                                 key: str) -> None:
    assert _calls(results[key]) == {"CONSULT"}, PHONED[key]


def test_the_asked_act_belongs_to_the_request(results: dict[str, Extraction]) -> None:
    types = {e.type for e in results["responded_to_calls"].events}
    assert types == {"REQUEST"}, types  # the release is what is asked, not a planned RETREAT
