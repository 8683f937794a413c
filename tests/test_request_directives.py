"""Requests told as pressure into an act ('pressured Kyiv into accepting the deal', 'coaxed X
into talks'), as advice or encouragement to a party with an infinitive ('encouraged Israel to
allow aid', 'challenged Congress to pass the bill', 'advised Kyiv to accept') and as a
recommendation that a party act are REQUEST (PLOVER: all requests, demands and orders). Troops
pushing into a city, a directive to the press or to the public, a recommended thing and a
thing that encourages investors stay no request."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

REQUESTS = {
    "pressured": "Washington pressured Kyiv into accepting the deal.",
    "coaxed": "Brussels coaxed Belgrade into talks.",
    "encouraged": "The minister encouraged Ruritania to allow more aid into the region.",
    "challenged": "The president challenged Congress to pass the bill.",
    "recommended": "The council recommended that the government lift the ban.",
    "advised": "Brussels advised Ruritania to accept the offer.",
}
NO_REQUESTS = {
    "pushed": "Troops pushed into the city.",
    "reporters": "The governor told reporters to expect more arrests.",
    "citizens": "France advised its citizens to leave the country.",
    "rest": "The doctor recommended rest.",
    "story": "He told the story to his children.",
    "investors": "The results encouraged investors to buy shares.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**REQUESTS, **NO_REQUESTS})


@pytest.mark.parametrize("key", sorted(REQUESTS))
def test_directives_are_requests(results: dict[str, Extraction], key: str) -> None:
    assert [e for e in of_type(results[key], "REQUEST") if e.modality == "asserted"], \
        [(e.type, e.trigger.text) for e in results[key].events]


@pytest.mark.parametrize("key", sorted(NO_REQUESTS))
def test_no_request(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "REQUEST"), \
        [(e.type, e.trigger.text) for e in results[key].events]
