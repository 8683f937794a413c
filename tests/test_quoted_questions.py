"""A quoted question reported with 'ask' is a question, not a request; a quoted call or a
request for something stays a REQUEST."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "why": '"Why would they attack now?" the analyst asked.',
    "reporter": '"Will you run again?" a reporter asked the president.',
    "complement": '"Can we trust them?" he asked.',
    "call": '"Withdraw your troops now," the minister asked Russia.',
    "asks_for": "The president asked Congress for more money.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["why", "reporter", "complement"])
def test_quoted_question_is_no_request(results, key: str) -> None:
    assert not of_type(results[key], "REQUEST"), TEXTS[key]


@pytest.mark.parametrize("key", ["call", "asks_for"])
def test_request_stays(results, key: str) -> None:
    assert of_type(results[key], "REQUEST"), TEXTS[key]
