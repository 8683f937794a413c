"""An agreement a concluding verb reaches ('reached an agreement on a truce', 'struck a deal
on a ceasefire', 'reached a truce') is an asserted AGREE between its parties; the date
phrase of an agreement ('agreed a truce on Friday') is not what is promised; a call for a
truce, a truce in force and a failure to agree stay what they were."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

CONCLUDED = {
    "reached_on": "Ruritania and Freedonia reached an agreement on a truce after long talks.",
    "compound": "Ruritania and Freedonia reached a ceasefire agreement in Kestrel.",
    "struck": "Ruritania and Freedonia struck a deal on a ceasefire last week.",
    "reached_truce": "Ruritania and Freedonia reached a truce after a week of clashes.",
    "with": "Ruritania reached an agreement with Freedonia on a ceasefire in the north.",
}
KEPT = {
    "called": "Ruritania called for a truce with Freedonia on Friday.",
    "failed": "Ruritania and Freedonia failed to reach an agreement on a truce on Friday.",
    "in_force": "The truce between Ruritania and Freedonia took effect on Friday.",
    "agreed_date": "Ruritania and Freedonia agreed a truce on Friday.",
    "signed_date": "Ruritania signed a truce with Freedonia on Friday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**CONCLUDED, **KEPT})


@pytest.mark.parametrize("key", sorted(CONCLUDED))
def test_concluded_agreement_is_asserted_agree(results: dict[str, Extraction],
                                               key: str) -> None:
    found = [e for e in of_type(results[key], "AGREE") if e.modality == "asserted"]
    assert found, [(e.type, e.trigger.text) for e in results[key].events]
    assert any(p.text == "Ruritania" for p in found[0].source)


@pytest.mark.parametrize("key", ["agreed_date", "signed_date"])
def test_date_phrase_is_not_the_promised_act(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "AGREE")
    assert found
    action = found[0].attributes["commitment"]["action"]
    assert action is not None and "truce" in action["text"] and "Friday" not in action["text"]


def test_call_for_truce_stays_a_request(results: dict[str, Extraction]) -> None:
    assert of_type(results["called"], "REQUEST")
    assert not of_type(results["called"], "AGREE")


def test_failure_to_agree_stays_a_rejection(results: dict[str, Extraction]) -> None:
    assert of_type(results["failed"], "REJECT")
    assert not [e for e in of_type(results["failed"], "AGREE") if e.modality == "asserted"]


def test_truce_in_force_stays_a_retreat(results: dict[str, Extraction]) -> None:
    assert [e for e in of_type(results["in_force"], "RETREAT") if e.modality == "asserted"]
