"""An event told as postponed is still to come (planned); 'called off' is no call on anyone
(no REQUEST); 'will not hesitate
to strike' is a readiness to act, a threat made, not a negated act; 'would like to meet' in
reported speech is a wish (hypothetical), not a plan."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "visit_off": "Norland's president called off his visit to Velland on Tuesday.",
    "offensive_off": "Velland called off the offensive against the rebels in Norland.",
    "postponed": "Peace talks between Norland and Velland were postponed until next month.",
    "postponed_day": "The meeting between Norland and Velland was postponed to Friday.",
    "put_off": "Norland's president put off his trip to Velland.",
    "cancelled": "Norland's foreign minister cancelled his visit to Velland on Tuesday.",
    "shared": "Norland first imposed and then delayed a tariff on Velland's steel.",
    "hesitate": "Norland's army said it will not hesitate to strike Velland if attacks continue.",
    "hesitate_quoted": "Norland will not hesitate to retaliate against Velland, the minister said.",
    "wish": "The Velland foreign minister said he would like to meet his Norland counterpart.",
    "plan": "The Velland foreign minister said he would meet his Norland counterpart.",
    "fee": "Norland will raise the charge on Velland's electricity exports.",
    "call_on": "Norland called on Velland to release the prisoners.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def test_called_off_is_no_request(results) -> None:
    for key in ("visit_off", "offensive_off"):
        assert not of_type(results[key], "REQUEST"), TEXTS[key]
    assert [e.modality for e in of_type(results["call_on"], "REQUEST")] == ["asserted"]


def test_a_postponed_event_is_still_planned(results) -> None:
    assert [e.modality for e in of_type(results["postponed"], "CONSULT")] == ["planned"]


def test_a_meeting_postponed_to_a_day_is_planned_on_that_day(results) -> None:
    (ev,) = of_type(run_texts({"d": TEXTS["postponed_day"]}, published="2026-03-02")["d"],
                    "CONSULT")
    assert ev.modality == "planned"
    assert ev.date["range"] == ["2026-03-06", "2026-03-06"]  # the Friday ahead, not behind
    assert [e.modality for e in of_type(results["put_off"], "CONSULT")] == ["planned"]


def test_a_cancelled_visit_stays_asserted_for_the_held_reading(results) -> None:
    # the conflict reading (sentence_held) records it as not held against an outlet's "met"
    assert [e.modality for e in of_type(results["cancelled"], "CONSULT")] == ["asserted"]


def test_an_act_done_before_its_delay_stays_real(results) -> None:
    assert [e.modality for e in of_type(results["shared"], "SANCTION")] == ["asserted"]


@pytest.mark.parametrize("key", ["hesitate", "hesitate_quoted"])
def test_not_hesitating_to_act_is_a_threat_made(results, key: str) -> None:
    threats = of_type(results[key], "THREATEN")
    assert [e.modality for e in threats] == ["asserted"], TEXTS[key]
    assert all(e.modality != "negated" for e in results[key].events), TEXTS[key]


def test_a_reported_wish_is_no_plan(results) -> None:
    assert [e.modality for e in of_type(results["wish"], "CONSULT")] == ["hypothetical"]
    assert [e.modality for e in of_type(results["plan"], "CONSULT")] == ["planned"]


def test_a_charge_raised_is_a_fee_not_an_accusation(results) -> None:
    assert not of_type(results["fee"], "ACCUSE")
