"""Clock times are TIME values, never durations; recent-past phrases follow TimeML."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.times import extract_times, normalize
from eventwire.extract.attributes import duration_value

ANCHOR = dt.date(2025, 5, 7)


@pytest.mark.parametrize(("text", "value"), [
    ("15:35 hours", "2025-05-07T15:35"),
    ("1700 hours", "2025-05-07T17:00"),
    ("0530 hrs", "2025-05-07T05:30"),
])
def test_clock_hours_are_times(text: str, value: str) -> None:
    assert normalize(text, ANCHOR) == ("TIME", value)


def test_clock_hours_in_a_sentence_are_not_durations() -> None:
    text = "Firing began at 15:35 hours and stopped by 1700 hours on the border."
    times = extract_times(text, ANCHOR)
    assert [(t.text, t.type) for t in times] == [("15:35 hours", "TIME"), ("1700 hours", "TIME")]
    assert duration_value("at 15:35 hours") is None
    assert duration_value("1700 hours") is None
    assert duration_value("a 35 hour delay") == "PT35H"


def test_real_hour_durations_stay_durations() -> None:
    assert normalize("35 hours", ANCHOR) == ("DURATION", "PT35H")
    assert normalize("for 12 hours", ANCHOR)[0] == "DURATION"


@pytest.mark.parametrize("text", ["recent years", "in recent weeks", "the past years",
                                  "the last few months", "in recent days"])
def test_recent_past_is_past_ref(text: str) -> None:
    assert normalize(text, ANCHOR) == ("DATE", "PAST_REF")


def test_plain_plural_days_stay_a_duration() -> None:
    assert normalize("days", ANCHOR) == ("DURATION", "PXD")


def test_counted_past_stretch_is_a_duration() -> None:
    assert normalize("the past three months", ANCHOR) == ("DURATION", "P3M")


def test_no_expression_runs_across_a_paragraph_break() -> None:
    text = "Talks were extended to 9 April\n\n23 delegates left the hall on Friday."
    times = extract_times(text, ANCHOR)
    assert [(t.text, t.value) for t in times][0] == ("9 April", "2025-04-09")


def test_clock_hours_never_become_an_event_duration() -> None:
    from pipeline_runs import run_texts

    ex = run_texts({"clock": "Artillery fire began at 1700 hours and lasted three hours, "
                             "the army said."})["clock"]
    assert [(t.text, t.type) for t in ex.times if "1700" in t.text] == [("1700 hours", "TIME")]
    durations = [ev.attributes["duration"]["span"]["text"] for ev in ex.events
                 if "duration" in ev.attributes]
    assert not any("1700" in d for d in durations)
