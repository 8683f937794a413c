"""Orders and custody: a verb of ordering with an infinitive is a REQUEST (PLOVER: "all
requests, demands, and orders"; CAMEO 100 lists ORDER) whose ordered act stays planned beside
it, and people taken, placed, held or sent into custody, detention, jail or prison, or put
under arrest, held without charge, transferred to a prison or locked up, are arrested (COERCE,
mode arrest; CAMEO 173: TAKE / PLACE (INTO / IN DETENTION))."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

ORDERS = {
    "seal": "The government ordered the army to seal the border.",
    "withdraw": "The general ordered his troops to withdraw from the town.",
    "passive": "Troops were ordered to leave the city.",
    "instruct": "The president instructed the foreign minister to open talks with Ruritania.",
}
ORDERED_ACTS = {"seal": "COERCE", "withdraw": "RETREAT", "instruct": "CONSULT"}
NO_ORDERS = {
    "pizza": "He ordered a pizza.",
    "funds": "The ministry directed funds to the regions.",
}
CUSTODY = {
    "taken": "Dozens of protesters were taken into custody in the capital.",
    "took": "Police took the two journalists into custody on Friday.",
    "house_arrest": "The activist was placed under house arrest.",
    "under_arrest": "The former president was put under arrest.",
    "remanded": "The suspects were remanded in custody.",
    "prison": "The general was sent to prison for plotting a coup.",
    "jail": "A court sent the opposition leader to jail.",
    "locked_up": "The government locked up hundreds of critics.",
    "without_charge": "The men are being held without charge.",
    "transferred": "The detainees were transferred to a prison in the north.",
}
NO_CUSTODY = {
    "talks": "He held talks in Geneva.",
    "vote": "She put the proposal to a vote.",
    "visit": "The minister sent a letter to the prison director.",
    "nomination": "The senator locked up the nomination.",
    "office": "He locked up the office and went home.",
    "funds": "The funds were transferred to a bank in the north.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**ORDERS, **NO_ORDERS, **CUSTODY, **NO_CUSTODY,
                      "urged": "The envoy urged Ruritania to withdraw its troops."})


def _types(ex: Extraction) -> list[tuple[str, str, str]]:
    return [(e.type, e.modality, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("key", sorted(ORDERS))
def test_an_order_is_a_request(results: dict[str, Extraction], key: str) -> None:
    assert [e for e in of_type(results[key], "REQUEST") if e.modality == "asserted"], \
        _types(results[key])


@pytest.mark.parametrize("key", sorted(ORDERED_ACTS))
def test_the_ordered_act_stays_planned(results: dict[str, Extraction], key: str) -> None:
    acts = of_type(results[key], ORDERED_ACTS[key])
    assert acts and all(e.modality == "planned" for e in acts), _types(results[key])


def test_an_urged_act_stays_folded(results: dict[str, Extraction]) -> None:
    assert of_type(results["urged"], "REQUEST")
    assert not of_type(results["urged"], "RETREAT"), _types(results["urged"])


@pytest.mark.parametrize("key", sorted(NO_ORDERS))
def test_no_order_without_an_infinitive(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "REQUEST"), _types(results[key])


@pytest.mark.parametrize("key", sorted(CUSTODY))
def test_custody_is_an_arrest(results: dict[str, Extraction], key: str) -> None:
    arrests = of_type(results[key], "COERCE")
    assert arrests and arrests[0].mode == "COERCE/arrest", _types(results[key])


@pytest.mark.parametrize("key", sorted(NO_CUSTODY))
def test_other_places_are_no_custody(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "COERCE"), _types(results[key])
