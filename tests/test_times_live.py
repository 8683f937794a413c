"""Live pages and 24-hour clocks: an entry stamp ("09:40 GMT: ...") is a TIME on the
publication day or on the day heading above it, crossing midnight where the clock turns;
an undated past event in an entry takes the entry's day, not the week before publication;
a clock next to a day in its clause is on that day; no expression runs across a paragraph
break; clock times stay times, never durations."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.annotate.times import entry_of, extract_times

PAGE = ("Live: flooding on the delta\n\n"
        "21:15 GMT: Rescue crews say they evacuated 300 villagers from two islands.\n\n"
        "19:05 GMT: The governor says the dam spillway was opened. Police arrested two looters near the bridge.\n\n"
        "16:40 GMT: Officials will visit the camps next week, the ministry says.\n\n"
        "11:20 GMT: Rivers keep rising across the lowlands.\n")


def stamps(text: str, published: str) -> list[tuple[str, str | None]]:
    anchor = dt.date.fromisoformat(published[:10])
    return [(t.text, t.value) for t in extract_times(text, anchor, None, published)
            if t.type == "TIME"]


def test_entry_stamps_are_times_on_the_publication_day() -> None:
    assert stamps(PAGE, "2025-03-14T22:00:00+00:00") == [
        ("21:15 GMT", "2025-03-14T21:15"), ("19:05 GMT", "2025-03-14T19:05"),
        ("16:40 GMT", "2025-03-14T16:40"), ("11:20 GMT", "2025-03-14T11:20")]


def test_an_entry_stamped_after_the_update_time_is_from_the_day_before() -> None:
    # updated at 00:30 UTC (02:30 local): the 21:15 entry was the evening before
    values = [v for _, v in stamps(PAGE, "2025-03-15T02:30:00+02:00")]
    assert values[0] == "2025-03-14T21:15" and values[-1] == "2025-03-14T11:20"


def test_a_clock_that_turns_back_has_crossed_midnight() -> None:
    page = ("Live: border standoff\n\n01:10 GMT: Shooting stopped.\n\n"
            "23:50 GMT: Flares lit the ridge.\n\n22:30 GMT: Troops moved up.\n")
    assert [v for _, v in stamps(page, "2025-08-03T01:30:00+00:00")] == [
        "2025-08-03T01:10", "2025-08-02T23:50", "2025-08-02T22:30"]


def test_a_day_heading_dates_the_entries_under_it() -> None:
    page = ("Live: border standoff\n\nMonday 4 August\n\n10:05 GMT: Talks resumed.\n\n"
            "08:00 GMT: Envoys arrived.\n\nSunday 3 August\n\n20:45 GMT: Shells landed.\n\n"
            "18:10 GMT: Sirens sounded.\n")
    assert [v for _, v in stamps(page, "2025-08-04T11:00:00+00:00")] == [
        "2025-08-04T10:05", "2025-08-04T08:00", "2025-08-03T20:45", "2025-08-03T18:10"]


def test_a_stamp_alone_on_its_line_opens_an_entry() -> None:
    page = ("Live: harbour strike\n\n17:20 GMT\n\nDockers walked out.\n\n"
            "15:05 GMT\n\nTalks stalled.\n")
    assert [v for _, v in stamps(page, "2025-03-14T18:00:00+00:00")] == [
        "2025-03-14T17:20", "2025-03-14T15:05"]


def test_text_under_a_later_day_heading_belongs_to_no_entry() -> None:
    page = ("Live: border standoff\n\n10:05 GMT: Talks resumed.\n\n08:00 GMT: Envoys arrived."
            "\n\nSunday 3 August\n\nGuards reinforced the crossing.\n")
    times = extract_times(page, dt.date(2025, 8, 4), None, "2025-08-04T11:00:00+00:00")
    assert entry_of(page, times, page.index("Envoys")).text == "08:00 GMT"
    assert entry_of(page, times, page.index("Guards")) is None


def test_one_clock_line_is_no_live_page() -> None:
    text = "Note\n\n14:00: the briefing was moved.\n"
    assert [v for _, v in stamps(text, "2025-03-14T22:00:00+00:00")] == ["2025-03-14T14:00"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The pause began at 06:00 local time (03:00 GMT) on Tuesday.",
     [("06:00 local time", "2025-03-11T06:00"), ("03:00 GMT", "2025-03-11T03:00"),
      ("Tuesday", "2025-03-11")]),
    ("On Tuesday at 06:00 the pause began.", [("Tuesday", "2025-03-11"),
                                              ("06:00", "2025-03-11T06:00")]),
    ("Firing stopped at 0930 GMT.", [("0930 GMT", "2025-03-14T09:30")]),
])
def test_a_clock_next_to_a_day_is_on_that_day(text: str, expected: list) -> None:
    times = extract_times(text, dt.date(2025, 3, 14), None, "2025-03-14T12:00:00+00:00")
    assert [(t.text, t.value) for t in times] == expected


def test_no_expression_runs_across_a_paragraph_break() -> None:
    text = "Live: the talks were extended to 9 April\n\n23:00 GMT: Delegates left.\n"
    times = extract_times(text, dt.date(2025, 3, 14))
    assert [(t.text, t.value) for t in times] == [("9 April", "2025-04-09"),
                                                  ("23:00 GMT", "2025-03-14T23:00")]


@pytest.fixture(scope="module")
def results() -> dict:
    return run_texts({
        "page": PAGE,
        "clock": "Artillery fire began at 1700 hours and lasted three hours, the army said.",
    }, "2025-03-14T22:00:00+00:00")


@pytest.mark.parametrize("trigger", ["evacuated", "arrested"])
def test_an_undated_past_event_in_an_entry_takes_its_day(results: dict, trigger: str) -> None:
    date = by_trigger(results["page"], trigger).date
    assert date["range"] == ["2025-03-14", "2025-03-14"] and date["via"] == "live entry"


def test_a_planned_event_in_an_entry_keeps_its_own_range(results: dict) -> None:
    date = by_trigger(results["page"], "visit").date
    assert date.get("via") != "live entry" and date["range"][0] >= "2025-03-14"


def test_clock_hours_never_become_an_event_duration(results: dict) -> None:
    ex = results["clock"]
    assert [(t.text, t.type) for t in ex.times if "1700" in t.text] == [("1700 hours", "TIME")]
    durations = [ev.attributes["duration"]["span"]["text"] for ev in ex.events
                 if "duration" in ev.attributes]
    assert not any("1700" in d for d in durations)
