"""Agreements told with a phrasal verb ('hammered out a deal', 'came to terms'), an agreement
whose terms a relative clause states, and support told by welcoming a decision or by throwing
one's weight behind someone."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

AGREED = {
    "hammered": "Ruritania and Freedonia hammered out an agreement on Monday to reopen the border.",
    "worked": "Negotiators from Ruritania and Freedonia worked out a deal on water sharing.",
    "thrashed": "The envoys thrashed out a truce between the two clans in Kestrel.",
    "came_to": "The rival factions came to an agreement on a ceasefire after three days of talks.",
    "terms": "Ruritania and Freedonia finally came to terms on Sunday.",
    "arrived_at": "Ruritania and Freedonia arrived at a compromise on the disputed islands.",
    "forged": "Ruritania and Freedonia forged an agreement to share the river's water.",
    "cobbled": "The coalition partners in Ruritania cobbled together a deal on the budget.",
    "nailed": "Ruritania and Freedonia nailed down an accord on fishing rights.",
    "under_which": "Norland announced an agreement under which Ruritania and Freedonia will "
                   "exchange prisoners.",
    "by_which": "The mediators unveiled an accord by which Ruritania and Freedonia pull their "
                "troops back.",
}
NOT_AGREED = {
    "schedule": "The team worked out a schedule for the visit.",
    "came_city": "The minister came to the capital for the ceremony.",
    "never": "He wrote a book about a deal that never materialized.",
}
SUPPORTED = {
    "welcomed_deal": "Ruritania welcomed the ceasefire agreement between the two rebel groups.",
    "welcomed_decision": "The United Nations welcomed the decision to extend the truce.",
    "welcomed_move": "Freedonia's foreign ministry welcomed the move by Ruritania.",
    "threw_support": "The Ruritanian senator threw his support behind the candidate.",
    "threw_weight": "The ruling party of Freedonia threw its weight behind the proposal.",
}
NOT_SUPPORTED = {
    "ball": "The player threw the ball behind the line.",
    "welcomed_rain": "Farmers in Ruritania welcomed the rain.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**AGREED, **NOT_AGREED, **SUPPORTED, **NOT_SUPPORTED})


@pytest.mark.parametrize("key", sorted(AGREED))
def test_agreement_phrasings_are_agree(results: dict[str, Extraction], key: str) -> None:
    found = [e for e in of_type(results[key], "AGREE") if e.modality == "asserted"]
    assert found, [(e.type, e.trigger.text) for e in results[key].events]


@pytest.mark.parametrize("key", sorted(NOT_AGREED))
def test_other_senses_are_no_agreement(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "AGREE")


@pytest.mark.parametrize("key", sorted(SUPPORTED))
def test_welcoming_and_backing_are_support(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "SUPPORT"), [(e.type, e.trigger.text)
                                              for e in results[key].events]


@pytest.mark.parametrize("key", sorted(NOT_SUPPORTED))
def test_other_objects_are_no_support(results: dict[str, Extraction], key: str) -> None:
    assert not of_type(results[key], "SUPPORT")


def test_phrasal_agreement_keeps_its_parties(results: dict[str, Extraction]) -> None:
    (ev,) = of_type(results["hammered"], "AGREE")
    assert {p.text for p in ev.source + ev.target} >= {"Ruritania", "Freedonia"}
