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


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The curfew lifted at 6 a.m. local time on Monday.", "6 a.m. local time on Monday",
     "2025-05-05T06:00"),
    ("Shelling resumed at 9 p.m. (1800 GMT) on Sunday.", "9 p.m. (1800 GMT) on Sunday",
     "2025-05-04T21:00"),
    ("The ferry sailed at 7 a.m. EDT, May 2.", "7 a.m. EDT, May 2", "2025-05-02T07:00"),
])
def test_a_clock_with_its_zone_and_day_is_one_time(text: str, expr: str, value: str) -> None:
    assert [(t.text, t.value) for t in extract_times(text, ANCHOR)] == [(expr, value)]


def test_a_clock_and_its_day_take_the_tense_of_the_clause_the_clock_is_in() -> None:
    from eventwire.annotate.nlp import load_nlp

    text = ("The mediators said on Wednesday that the pause would start at 7:30 a.m. local "
            "time on Friday.")
    times = extract_times(text, ANCHOR, load_nlp()(text))
    assert [(t.text, t.value) for t in times if "7:30" in t.text] == \
        [("7:30 a.m. local time on Friday", "2025-05-09T07:30")]


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Trading thinned out by mid-afternoon yesterday.", "mid-afternoon yesterday",
     "2025-05-06TAF"),
    ("Rain is forecast for late morning tomorrow.", "late morning tomorrow", "2025-05-08TMO"),
    ("The crowd had gone by early evening on Monday.", "early evening on Monday",
     "2025-05-05TEV"),
    ("By mid afternoon the queue had doubled.", "mid afternoon", "2025-05-07TAF"),
])
def test_a_part_of_day_with_early_mid_or_late_is_a_time(text: str, expr: str,
                                                        value: str) -> None:
    assert [(t.text, t.type, t.value) for t in extract_times(text, ANCHOR)] == \
        [(expr, "TIME", value)]
