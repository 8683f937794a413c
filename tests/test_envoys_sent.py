"""Sending or dispatching a delegation, an envoy, a negotiator or a minister to a party or
a place is a visit (CONSULT/visit, CAMEO 042:043); the target preposition is read whether
the parse makes it a preposition or a dative ("sent a delegation [to] Taipei"), so sent
rescuers are read the same way. A delegation sent to an occasion, troops sent to a border
and a representative sent to no place stay apart."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

VISITS = {
    "delegation": "The United States sent a delegation to Taipei on Monday.",
    "envoy": "China dispatched a special envoy to Myanmar last week.",
    "minister": "Qatar sent its foreign minister to Kabul.",
    "negotiator": "Washington dispatched its top negotiator to Doha for the talks.",
    "planned": "The European Union will send a high-level delegation to Caracas.",
}
OTHER = {
    "funeral": "Japan sent an envoy to the funeral.",
    "fair": "The company sent a delegation to the trade fair.",
    "troops": "Russia sent troops to the border.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**VISITS, **OTHER,
                      "rescuers": "Canada sent firefighters to Australia on Friday."})


@pytest.mark.parametrize("key", sorted(VISITS))
def test_sent_envoys_are_visits(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "CONSULT")
    assert found and found[0].mode == "CONSULT/visit", [(e.type, e.mode, e.trigger.text)
                                                for e in results[key].events]


@pytest.mark.parametrize("key", sorted(OTHER))
def test_other_sendings_are_no_visit(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "CONSULT"), [(e.type, e.trigger.text)
                                                  for e in results[key].events]


def test_sent_delegation_names_sender_and_host(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["delegation"], "CONSULT")
    assert [p.text for p in ev.source] == ["The United States"]
    assert [p.text for p in ev.target] == ["Taipei"]


def test_sent_rescuers_with_a_dative_are_aid(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["rescuers"], "AID")
    assert [p.text for p in ev.target] == ["Australia"]
