"""A refusal told with a light verb ('would not complete the withdrawal') is a REJECT as
'would not withdraw' is; a threat reported in the past ('said that X would respond') is
made as it is said; and a derived promise, threat or refusal is dated by its statement."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.fuse.dates import mention_range
from eventwire.model import Extraction

TEXTS = {
    "light_refusal": "Chile said on Friday that its soldiers would not complete their "
                     "withdrawal from the valley by Sunday.",
    "verbal_refusal": "Chile said on Friday that its soldiers would not withdraw from the "
                      "valley by Sunday.",
    "reported_threat": "The minister said on Monday that Peru would respond forcefully to "
                       "any incursion.",
    "plain_future": "Oslo will complete the withdrawal of its engineers next month.",
    "wish": "Ruiz said Peru would like to respond with talks.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)  # published on Thursday 5 June 2025


@pytest.mark.parametrize("key", ["light_refusal", "verbal_refusal"])
def test_a_refused_withdrawal_is_a_reject_dated_by_its_statement(
        results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "REJECT")
    assert found, TEXTS[key]
    assert found[0].date["value"] == "2025-05-30"  # 'said on Friday', not the deadline
    assert found[0].date["range"] == ["2025-05-30", "2025-05-30"]


def test_the_refused_act_is_folded_into_the_refusal(results: dict[str, Extraction]) -> None:
    assert not [e for e in results["light_refusal"].events if e.type == "RETREAT"
                and e.modality == "asserted"]


def test_a_reported_would_of_a_threat_verb_is_a_threat_made(
        results: dict[str, Extraction]) -> None:
    found = of_type(results["reported_threat"], "THREATEN")
    assert found and found[0].modality == "asserted", TEXTS["reported_threat"]


def test_a_plain_future_light_verb_gives_no_refusal(results: dict[str, Extraction]) -> None:
    assert not of_type(results["plain_future"], "REJECT")


def test_a_wish_is_no_threat(results: dict[str, Extraction]) -> None:
    assert not of_type(results["wish"], "THREATEN")


def test_a_statement_dated_mention_keeps_its_day() -> None:
    text = "Chile said on Friday that it would not withdraw."
    data = {"modality": "asserted", "sentence": {"start": 0, "end": len(text), "text": text},
            "trigger": {"start": text.index("withdraw"), "end": text.index("withdraw") + 8},
            "date": {"value": "2025-05-30", "from": "text", "via": "statement",
                     "span": {"start": 14, "end": 20, "text": "Friday"}}}
    assert mention_range(data, "2025-06-05")["range"] == ["2025-05-30", "2025-05-30"]
    data["date"] = {**data["date"], "via": "attached"}
    assert mention_range(data, "2025-06-05")["range"][0] < "2025-05-30"


def test_a_second_that_clause_is_the_reporting_verbs_own() -> None:
    """'said that A depends on B and that X would respond': the condition governs A only."""
    text = ('Ruiz told reporters on Tuesday that how long the truce lasts "hangs on what happens in '
            'Chile" and that Peru would respond forcefully to any violation.')
    found = of_type(run_texts({"two": text})["two"], "THREATEN")
    assert found and found[0].modality == "asserted", text


def test_one_that_clause_under_a_condition_stays_hypothetical() -> None:
    text = "Ruiz said on Tuesday that the truce depends on whether Chile attacks the port."
    found = [e for e in run_texts({"one": text})["one"].events if e.type == "ASSAULT"]
    assert found and found[0].modality == "hypothetical", text
