"""A force said to stay past a deadline refuses the withdrawal due by then: a REJECT dated
by its statement, the presence folded into it; a presence said to go on with no deadline
stays a planned MOBILIZE and no refusal."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "beyond_deadline": "Chile said on Friday its soldiers would stay beyond the deadline because "
                       "Peru had broken the deal.",
    "past_date": "The Chilean army said on Monday its soldiers would remain in the valley past "
                 "March 31.",
    "no_deadline": "Chile said on Friday its troops would stay in the buffer zone.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)  # published on Thursday 5 June 2025


@pytest.mark.parametrize("key,day", [("beyond_deadline", "2025-05-30"),
                                     ("past_date", "2025-06-02")])
def test_staying_past_a_deadline_is_a_refusal(results: dict[str, Extraction], key: str,
                                              day: str) -> None:
    found = of_type(results[key], "REJECT")
    assert found, TEXTS[key]
    assert found[0].date["range"] == [day, day]
    assert not of_type(results[key], "MOBILIZE")


def test_a_presence_without_deadline_is_no_refusal(results: dict[str, Extraction]) -> None:
    assert not of_type(results["no_deadline"], "REJECT")
    assert of_type(results["no_deadline"], "MOBILIZE")
