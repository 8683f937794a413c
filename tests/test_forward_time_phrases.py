"""A time phrase that reaches forward from the publication day ("later this week", "later
today", "in the coming days") dates an event ahead of it, as "next week" does: a present
progressive or a bare event noun it dates is planned. A past verb ("met earlier this week")
and a report whose own verb the phrase dates ("said later this week that ... met") keep
their past reading."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

PUBLISHED = "2031-03-04"  # a Tuesday
TEXTS = {
    "progressive": "The Redland foreign minister is meeting his Blueland counterpart later "
                   "this week in Maralo.",
    "noun": "A meeting between the Redland and Blueland foreign ministers later this week "
            "in Maralo.",
    "coming_days": "Redland and Blueland talks in the coming days in Maralo.",
    "later_today": "The Redland envoy is meeting the Blueland prime minister later today.",
    "earlier": "The Redland foreign minister met his Blueland counterpart earlier this week "
               "in Maralo.",
    "report_later": "The Redland ministry said later this week that its minister met the "
                    "Blueland envoy.",
    "today": "The Redland foreign minister is meeting his Blueland counterpart today.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "trigger", "how"), [
    ("progressive", "meeting", "scheduled present"),
    ("noun", "meeting", "noun dated ahead"),
    ("coming_days", "talks", "noun dated ahead"),
    ("later_today", "meeting", "scheduled present"),
])
def test_a_forward_phrase_makes_the_event_planned(results: dict[str, Extraction], key: str,
                                                 trigger: str, how: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert ev.modality == "planned"
    assert ev.attributes.get("modality_from") == how


@pytest.mark.parametrize(("key", "trigger"), [("earlier", "met"), ("report_later", "met"),
                                              ("today", "meeting")])
def test_a_past_verb_or_a_phrase_on_the_report_stays_asserted(
        results: dict[str, Extraction], key: str, trigger: str) -> None:
    assert by_trigger(results[key], trigger).modality == "asserted"

