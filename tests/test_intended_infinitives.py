"""Modality: a 'to' infinitive of purpose, or one completing a noun, is what an actor means
to do or has yet to do (planned), not a reported deed; a result clause ('only to') and a
ranked noun ('the first envoy to visit') still report one."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

DATE = "2025-03-10"
TEXTS = {
    "purpose": "Militia columns moved into the valley to capture the grain depot.",
    "in_order": "Riot police fired tear gas in order to disperse the marchers.",
    "noun_days": "The garrison had thirty days to withdraw from the island.",
    "noun_passive": "The rebels published a list of the prisoners to be freed on Sunday.",
    "plain": "Militia columns captured the grain depot on the plain.",
    "only_to": "The brigade pushed into the suburb, only to retreat at dusk.",
    "first_to": "She was the first envoy to visit Juba since the coup.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in TEXTS.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def modality(ex: Extraction, trigger: str) -> str:
    found = [e for e in ex.events if e.trigger.text.lower().startswith(trigger)]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in ex.events]}"
    return found[0].modality


@pytest.mark.parametrize("key,trigger", [("purpose", "capture"), ("noun_days", "withdraw"),
                                         ("noun_passive", "freed")])
def test_purpose_and_noun_infinitives_are_planned(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "planned"


def test_in_order_to_reports_no_dispersal(extracted):
    assert all(e.modality != "asserted" for e in extracted["in_order"].events
               if e.trigger.text.lower().startswith("disperse"))


@pytest.mark.parametrize("key,trigger", [("plain", "captured"), ("only_to", "retreat"),
                                         ("first_to", "visit")])
def test_deeds_stay_asserted(extracted, key, trigger):
    assert modality(extracted[key], trigger) == "asserted"
