"""'Came under fire (criticism) from X' said of a body that voices criticism (rights groups,
critics, unions, journalists) is ACCUSE by X of the subject or the subject's owner; an armed
doer or a weapon keeps the gunfire reading (ASSAULT)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

VOICED = {
    "law": "Thailand's new law has come under fire from rights groups.",
    "army": "The army came under fire from rights groups over the killings.",
    "plan": "The government's plan came under criticism from journalists and unions.",
    "parties": "The plan has come under fire from opposition parties.",
}
ARMED = {
    "militants": "The base came under fire from militants.",
    "artillery": "The village came under fire from Russian artillery.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**VOICED, **ARMED, "friend": "The minister came under fire from a friend."})


@pytest.mark.parametrize("key", list(VOICED))
def test_voiced_fire_is_criticism(results: dict[str, Extraction], key: str) -> None:
    ex = results[key]
    found = [e for e in of_type(ex, "ACCUSE") if "fire" in e.trigger.text or
             "criticism" in e.trigger.text]
    assert found, VOICED[key]
    assert not [e for e in of_type(ex, "ASSAULT") if "fire" in e.trigger.text]


def test_criticism_targets_the_owner(results: dict[str, Extraction]) -> None:
    (law,) = of_type(results["law"], "ACCUSE")
    assert {p.actor.country for p in law.target if p.actor} == {"THA"}
    (plan,) = of_type(results["plan"], "ACCUSE")
    assert [p.text for p in plan.target] == ["government"]


@pytest.mark.parametrize("key", list(ARMED))
def test_armed_doer_keeps_gunfire(results: dict[str, Extraction], key: str) -> None:
    ex = results[key]
    assert of_type(ex, "ASSAULT") and not of_type(ex, "ACCUSE"), ARMED[key]


def test_a_private_doer_names_no_critic(results: dict[str, Extraction]) -> None:
    assert not of_type(results["friend"], "ACCUSE")
