"""Extending a truce, deadline or mandate is an AGREE of its own (PLOVER's AGREE covers
renewing an arrangement; CAMEO codes extending a ceasefire as an agreement): the verb with
an agreement or period as its object, or the noun "extension of" one. The date it is
extended to is the period's new end, not the day of the act, and a date in a clause that
orders the act after another event is that event's."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

PUBLISHED = "2025-06-04T10:00:00+00:00"  # a Wednesday
TEXTS = {
    "extended_to": "The mediators said the truce between Lorania and Veland had been extended "
                   "to July 9.",
    "passive_after": "Under the deal the rebels had 30 days to leave, a deadline that was "
                     "extended to July 9 after clashes killed 12 people last month.",
    "active_until": "The council on Monday extended the deadline for the pullout until July 9.",
    "renewed_mandate": "The Security Council renewed the mandate of the monitoring mission "
                       "for another year.",
    "noun": "The extension of the ceasefire was announced by the mediators on Tuesday.",
    "curfew": "The governor on Monday extended the curfew until Friday.",
    "ordered": "The minister resigned on Tuesday after protesters stormed the parliament on "
               "Monday.",
    "not_a_period": "The army extended its control over the valley.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, published=PUBLISHED)


@pytest.mark.parametrize("key", ["extended_to", "passive_after", "active_until",
                                 "renewed_mandate", "noun"])
def test_an_extension_is_an_agreement(results: dict[str, Extraction], key: str) -> None:
    found = of_type(results[key], "AGREE")
    assert len(found) == 1, TEXTS[key]
    assert any(w in found[0].trigger.text for w in ("extend", "renewed", "extension"))


def test_the_extended_truce_is_no_event_of_its_own(results: dict[str, Extraction]) -> None:
    assert not of_type(results["extended_to"], "RETREAT")


@pytest.mark.parametrize("key", ["extended_to", "passive_after"])
def test_the_new_end_is_no_event_date(results: dict[str, Extraction], key: str) -> None:
    ev = of_type(results[key], "AGREE")[0]
    assert not str(ev.date["value"]).startswith("2025-07"), ev.date
    assert ev.date["range"][1] <= "2025-06-04"


def test_a_date_of_the_ordering_clause_dates_the_other_event(
        results: dict[str, Extraction]) -> None:
    ev = of_type(results["passive_after"], "AGREE")[0]
    assert not str(ev.date["value"]).startswith("2025-05"), ev.date
    killing = of_type(results["passive_after"], "ASSAULT")[0]
    assert str(killing.date["value"]).startswith("2025-05")


def test_the_day_of_the_act_stays(results: dict[str, Extraction]) -> None:
    assert of_type(results["active_until"], "AGREE")[0].date["value"] == "2025-06-02"
    assert of_type(results["curfew"], "COERCE")[0].date["value"] == "2025-06-02"
    assert of_type(results["noun"], "AGREE")[0].date["value"] == "2025-06-03"
    assert of_type(results["ordered"], "RETREAT")[0].date["value"] == "2025-06-03"
    assert of_type(results["ordered"], "ASSAULT")[0].date["value"] == "2025-06-02"


def test_extending_no_arrangement_is_no_agreement(results: dict[str, Extraction]) -> None:
    assert not of_type(results["not_a_period"], "AGREE")
