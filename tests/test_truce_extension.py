"""A truce said to remain in effect until a later end is its extension, an agreement (AGREE),
not the halt taking effect; a truce taking or staying in effect without a new end stays the
halt (RETREAT)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

TEXTS = {
    "extended": "On Sunday the Chilean government said the ceasefire arrangement would remain "
                "in effect until 18 February.",
    "took_effect": "The truce between Chile and Peru took effect on Monday.",
    "since": "The ceasefire has remained in effect since June.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def test_remaining_in_effect_until_a_date_is_an_extension(results: dict[str, Extraction]) -> None:
    assert of_type(results["extended"], "AGREE"), TEXTS["extended"]
    assert not of_type(results["extended"], "RETREAT")


@pytest.mark.parametrize("key", ["took_effect", "since"])
def test_a_truce_in_effect_is_the_halt(results: dict[str, Extraction], key: str) -> None:
    assert of_type(results[key], "RETREAT"), TEXTS[key]
    assert not of_type(results[key], "AGREE")


TERMS = {
    "extended_passive": "The truce between the two militias was extended to 18 February after "
                        "talks in Geneva.",
    "extended_active": "Chile and Peru extended the ceasefire by two more days on Friday.",
    "renewed": "The ceasefire was renewed for another month on Tuesday.",
    "prolonged": "Mediators said the truce had been prolonged until the end of March.",
    "deadline": "The ceasefire deadline had been moved to the end of the month.",
    "set_by": "The withdrawal period set by the ceasefire ran out last week.",
    "headline": "Norland says truce extended to 18 February",
    "headline_acl": "Norland truce extended by two more days",
    "produced": "The talks between Armenia and Azerbaijan in Kestrel produced a ceasefire.",
    "yielded": "The meeting yielded a truce between the two sides.",
}
HALTS = {
    "unilateral_extended": "The rebels extended their unilateral ceasefire by a week.",
    "declared": "The rebels declared a ceasefire on Sunday evening.",
}


@pytest.fixture(scope="module")
def terms_results() -> dict[str, Extraction]:
    return run_texts({**TERMS, **HALTS})


def truce_types(ex: Extraction) -> set[str]:
    """The types of the events whose trigger is the ceasefire noun."""
    return {e.type for e in ex.events if e.trigger.text.lower() in ("truce", "ceasefire")}


@pytest.mark.parametrize("key", sorted(TERMS))
def test_a_truce_with_terms_is_an_agreement(terms_results: dict[str, Extraction],
                                            key: str) -> None:
    """A truce extended, renewed or prolonged, with a deadline of its own or setting a period
    is spoken of as a set of terms, and one that talks produced or yielded is their outcome:
    the agreement, not the halt."""
    assert truce_types(terms_results[key]) == {"AGREE"}, TERMS[key]


@pytest.mark.parametrize("key", sorted(HALTS))
def test_a_declared_or_unilateral_truce_stays_the_halt(terms_results: dict[str, Extraction],
                                                       key: str) -> None:
    assert truce_types(terms_results[key]) == {"RETREAT"}, HALTS[key]
