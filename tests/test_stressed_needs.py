"""Stressing, underlining or emphasising the need for or the urgency of an act asks for it,
and a party turning or looking to another for help or support appeals to it: REQUEST, as
PETRARCH2's CAMEO dictionary codes 'STRESS * NEED / URGENCY' (020, 100) and 'LOOK (FOR
HELP)' (020). The importance of a thing stressed, and support looked for with nobody to
give it, ask for nothing."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "need": "The Norland minister stressed the need for a ceasefire.",
    "urgency": "The defence minister stressed the urgency of boosting Valdoria's defence.",
    "infinitive": "Castrania's president underlined the need to protect civilians.",
    "looks": "The country looks to Washington for support.",
    "turned": "Valdoria turned to the United Nations for help.",
    "importance": "He stressed the importance of the alliance.",
    "market": "Investors looked for support in the bond market.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", ["need", "urgency", "infinitive", "looks", "turned"])
def test_a_need_stressed_or_help_sought_is_a_request(results, key: str) -> None:
    found = [e for e in of_type(results[key], "REQUEST") if e.modality == "asserted"]
    assert len(found) == 1, TEXTS[key]


def test_the_party_turned_to_is_the_target(results) -> None:
    (e,) = of_type(results["turned"], "REQUEST")
    assert [p.text for p in e.source] == ["Valdoria"]
    assert [p.text for p in e.target] == ["the United Nations"]


@pytest.mark.parametrize("key", ["importance", "market"])
def test_no_request(results, key: str) -> None:
    assert not of_type(results[key], "REQUEST"), TEXTS[key]
