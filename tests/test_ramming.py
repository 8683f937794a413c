"""A vessel or a vehicle that rams another is an attack (ASSAULT), as the noun 'ramming' is;
a bill rammed through a parliament and a point rammed home are no attack."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts, side_countries

from eventwire.model import Extraction

TEXTS = {
    "ship": "A Russian coast guard ship rammed a Ukrainian tugboat in the Kerch Strait on Sunday.",
    "into": "A Chinese fishing vessel rammed into a Japanese patrol boat on Monday, officials said.",
    "noun": "Seoul condemned the ramming of a South Korean boat by a Chinese vessel.",
    "bill": "The ruling party rammed the budget through parliament on Friday.",
    "home": "The minister rammed home the message that the talks had failed.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


@pytest.mark.parametrize("key,trigger,source,target", [
    ("ship", "rammed", "RUS", "UKR"),
    ("into", "rammed", "CHN", "JPN"),
])
def test_ramming_a_vessel_is_an_attack(results: dict[str, Extraction], key: str, trigger: str,
                                       source: str, target: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert ev.type == "ASSAULT"
    assert source in side_countries(ev, "source")
    assert target in side_countries(ev, "target")


def test_the_noun_ramming_is_an_attack(results: dict[str, Extraction]) -> None:
    assert by_trigger(results["noun"], "ramming").type == "ASSAULT"


@pytest.mark.parametrize("key", ["bill", "home"])
def test_a_bill_or_a_point_rammed_is_no_attack(results: dict[str, Extraction], key: str) -> None:
    assert not any(e.type == "ASSAULT" for e in results[key].events)
