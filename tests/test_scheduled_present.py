"""A present tense with a time ahead tells a schedule: "the truce begins at 4 a.m. on
Sunday" dates the coming Sunday and is a planned event, as "will begin" is; a past verb,
a reporting verb's present, a headline's present of a deed ("Redland shells a village on
Sunday") and a weekday that dates a noun keep their readings."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

PUBLISHED = "2025-06-05"  # a Thursday
TEXTS = {
    "begins": "The truce between Redland and Blueland begins at 4 a.m. on Sunday.",
    "will_begin": "The truce between Redland and Blueland will begin at 4 a.m. on Sunday.",
    "start": "Peace talks between Redland and Blueland start tomorrow in Maralo.",
    "visits": "The Redland foreign minister visits Blueland on Monday.",
    "meeting": "Redland and Blueland ministers are meeting in Maralo on Monday.",
    "past": "Redland troops shelled a border village on Sunday.",
    "today": "The Redland foreign minister visits Blueland today.",
    "noun_day": "The bonds trade at a premium over Tuesday's closing price.",
    "headline": "Redland shells Blueland border village on Sunday\n\nThe shelling hit a school.",
    "headline_begins": "Truce between Redland and Blueland begins at 4 a.m. on Sunday\n\n"
                       "Both sides agreed to it.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, PUBLISHED)


def _value(ex: Extraction, text: str) -> str | None:
    return next(t.value for t in ex.times if t.text.startswith(text))


@pytest.mark.parametrize(("key", "text", "value"), [
    ("begins", "4 a.m.", "2025-06-08T04:00"),
    ("will_begin", "4 a.m.", "2025-06-08T04:00"),
    ("visits", "Monday", "2025-06-09"),
    ("meeting", "Monday", "2025-06-09"),
    ("past", "Sunday", "2025-06-01"),
    ("noun_day", "Tuesday", "2025-06-03"),
    ("headline", "Sunday", "2025-06-01"),
    ("headline_begins", "4 a.m.", "2025-06-08T04:00"),
])
def test_a_present_verb_dates_the_coming_weekday(results: dict[str, Extraction], key: str,
                                                 text: str, value: str) -> None:
    assert _value(results[key], text) == value


@pytest.mark.parametrize(("key", "trigger"), [
    ("begins", "truce"), ("start", "talks"), ("visits", "visits"),
])
def test_a_present_tense_with_a_time_ahead_is_planned(results: dict[str, Extraction], key: str,
                                                      trigger: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert ev.modality == "planned"
    assert ev.attributes.get("modality_from") == "scheduled present"


def test_will_begin_stays_planned_by_its_auxiliary(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["will_begin"], "truce")
    assert ev.modality == "planned" and "modality_from" not in ev.attributes


@pytest.mark.parametrize(("key", "trigger"), [("past", "shelled"), ("today", "visits"),
                                              ("headline", "shells")])
def test_a_past_verb_or_a_present_dated_today_stays_asserted(
        results: dict[str, Extraction], key: str, trigger: str) -> None:
    assert by_trigger(results[key], trigger).modality == "asserted"
