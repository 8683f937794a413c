"""A to-infinitive of purpose the parser hangs on the verb as an adverbial clause ('sent a
delegation [to attend] the talks') is read as the infinitive complement an entry's condition
asks for: sending a delegation or an envoy to attend, visit, meet or join is a CONSULT (visit)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

SENT = {
    "funeral": "Iran sent a delegation to attend the funeral.",
    "talks": "Russia sent a delegation to attend the talks.",
    "envoy": "The UN dispatched an envoy to meet the rebel leaders.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SENT, "troops": "Russia sent troops to attack the town."})


@pytest.mark.parametrize("key", list(SENT))
def test_sent_delegation_to_attend_is_a_visit(results: dict[str, Extraction], key: str) -> None:
    found = [e for e in of_type(results[key], "CONSULT") if e.trigger.text.split()[0] in
             ("sent", "dispatched")]
    assert found and found[0].mode == "CONSULT/visit", SENT[key]
    assert found[0].source, SENT[key]


def test_troops_sent_make_no_visit(results: dict[str, Extraction]) -> None:
    assert not of_type(results["troops"], "CONSULT")
