"""Coercion told by a verb of pressure, a censor's instruction, and a refusal told by ignoring.

Bullying, intimidating, harassing, persecuting or terrorising a party is COERCE (no mode);
the verb with no object and no passive ('the crowd was intimidating') is none. An order to
publishers, newspapers, broadcasters or journalists not to print, publish, air or report is
COERCE mode censor. Ignoring a demand, call, appeal, order, ruling or ultimatum is a REJECT, as
PETRARCH2's CAMEO dictionary codes 'IGNORE * APPEAL / ORDER / RULE' (122, 124, 128)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "bullying": "Norland is bullying Valdoria with daily military drills near the border.",
    "intimidated": "Castrania has long intimidated its smaller neighbours.",
    "harassed": "Security forces harassed opposition supporters before the vote.",
    "passive": "Journalists were harassed by the police during the march.",
    "reduced": "Activists harassed by the police fled the country.",
    "noun": "The government's harassment of activists drew criticism abroad.",
    "adjective": "The crowd outside the stadium was intimidating.",
    "publishers": "The Velmar authorities instructed publishers not to print anything "
                  "without permission.",
    "newspapers": "The Norland ministry told newspapers not to publish the photographs.",
    "broadcasters": "Officials ordered broadcasters not to air the opposition leader's speech.",
    "worry": "The editor told reporters not to worry about the deadline.",
    "calls": "The rebels ignored calls for a ceasefire.",
    "ruling": "Valdoria ignored the ruling of the court.",
    "ultimatum": "The army ignored the ultimatum issued by the protesters.",
    "demands": "The government ignored the union's demands.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["bullying", "intimidated", "harassed", "passive", "reduced",
                                 "noun"])
def test_pressure_on_a_party_is_coercion(results, key: str) -> None:
    found = [e for e in of_type(results[key], "COERCE") if e.modality == "asserted"]
    assert len(found) == 1, TEXTS[key]


def test_the_bully_is_the_source_and_the_bullied_the_target(results) -> None:
    (e,) = of_type(results["bullying"], "COERCE")
    assert [p.text for p in e.source] == ["Norland"]
    assert [p.text for p in e.target] == ["Valdoria"]


def test_a_passive_takes_its_agent_as_source(results) -> None:
    (e,) = of_type(results["passive"], "COERCE")
    assert [p.text for p in e.source] == ["police"]
    assert [p.text for p in e.target] == ["Journalists"]


def test_an_intimidating_thing_is_no_coercion(results) -> None:
    assert not of_type(results["adjective"], "COERCE")


@pytest.mark.parametrize("key", ["publishers", "newspapers", "broadcasters"])
def test_an_order_not_to_publish_is_censorship(results, key: str) -> None:
    assert [e.mode for e in of_type(results[key], "COERCE")] == ["COERCE/censor"], TEXTS[key]


def test_an_order_not_to_worry_is_none(results) -> None:
    assert not of_type(results["worry"], "COERCE")


@pytest.mark.parametrize("key", ["calls", "ruling", "ultimatum", "demands"])
def test_ignoring_a_demand_is_a_rejection(results, key: str) -> None:
    found = of_type(results[key], "REJECT")
    assert [e.modality for e in found] == ["asserted"], TEXTS[key]
