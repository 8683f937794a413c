"""An event noun modified by a reduced passive with a by-agent ('the sanctions, announced by X
on Monday, ...') is one event of that agent, and force-posture phrases are MOBILIZE."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "sanctions_announced_by": "The sanctions, announced by the Norland Treasury on Monday, "
                              "target three officials of the Velland army.",
    "embargo_imposed_by": "The embargo imposed by Norland last year hurt farmers in Velland.",
    "strikes_launched_by": "The air strikes, launched by Norland on Monday, hit three bridges "
                           "in Velland.",
    "attack_by": "A spokesman for the Velland army said its forces had repelled an attack by "
                 "rebels near the border on Tuesday.",
    "sanctions_if": "If the sanctions announced by Norland take effect, Velland will suffer.",
    "alert_level": "Norland raised the alert level along its border with Velland on Monday.",
    "readiness": "The Velland army heightened its readiness level after the clashes.",
    "rate_level": "The Norland central bank raised the level of interest rates on Monday.",
    "defence_test": "Norland tested a new air-defence system on Monday.",
    "ticket_test": "Engineers tested the new ticketing system at the Varo station.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _sources(ex: Extraction, etype: str) -> list[str]:
    return [p.text for e in of_type(ex, etype) for p in e.source]


@pytest.mark.parametrize("key,etype,agent", [
    ("sanctions_announced_by", "SANCTION", "Norland Treasury"),
    ("embargo_imposed_by", "SANCTION", "Norland"),
    ("strikes_launched_by", "ASSAULT", "Norland"),
    ("attack_by", "ASSAULT", "rebels"),
])
def test_event_noun_with_a_by_agent_is_the_agents_event(results, key, etype, agent) -> None:
    events = of_type(results[key], etype)
    assert len(events) == 1, [e.trigger.text for e in results[key].events]
    assert any(agent in s for s in _sources(results[key], etype))


def test_event_noun_in_a_condition_stays_hypothetical(results) -> None:
    events = of_type(results["sanctions_if"], "SANCTION")
    assert events and all(e.modality != "asserted" for e in events)


@pytest.mark.parametrize("key", ["alert_level", "readiness"])
def test_raising_the_alert_level_is_a_mobilisation(results, key) -> None:
    assert of_type(results[key], "MOBILIZE")


def test_raising_another_level_is_no_mobilisation(results) -> None:
    assert not of_type(results["rate_level"], "MOBILIZE")


def test_testing_a_defence_system_is_a_weapons_mobilisation(results) -> None:
    assert [e.mode for e in of_type(results["defence_test"], "MOBILIZE")] == ["MOBILIZE/weapons"]
    assert not of_type(results["ticket_test"], "MOBILIZE")
