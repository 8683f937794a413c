"""A clock time with no day is resolved against the page's date and the time it was
written: a time still to come that is well before that time is the next day's."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import extract_times, page_clock

DAY = dt.date(2025, 3, 4)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _clock(nlp, text: str, stamps: list[str]) -> str | None:
    times = extract_times(text, DAY, nlp(text), stamps)
    return next((t.value for t in times if t.type == "TIME"), None)


@pytest.mark.parametrize(("stamps", "text", "minutes"), [
    (["Updated 23:10 GMT"], "Crews worked through the day.", 23 * 60 + 10),
    (["Updated: March 4, 2025, 6:15 pm"], "Crews worked through the day.", 18 * 60 + 15),
    (["Published on: 04/03/2025 - 08:00 Modified: 04/03/2025 - 08:30"], "Crews worked.",
     8 * 60 + 30),
    ([], "Storm lashes coast\n\n21:35 GMT: Power is out.\n\n17:05 GMT: Winds rise.",
     21 * 60 + 35),
    (["Updated: March 3, 2025, 6:15 pm"], "Crews worked through the day.", None),
    (["By our weather desk"], "Crews worked through the day.", None),
])
def test_page_clock(stamps: list[str], text: str, minutes: int | None) -> None:
    assert page_clock(stamps, text, DAY) == minutes


def test_a_future_clock_well_before_the_writing_time_is_tomorrow(nlp) -> None:
    text = "The curfew will start at 5 a.m., the governor said."
    assert _clock(nlp, text, ["Updated 23:10 GMT"]) == "2025-03-05T05:00"


def test_a_future_clock_after_the_writing_time_stays_today(nlp) -> None:
    text = "The curfew will start at 5 a.m., the governor said."
    assert _clock(nlp, text, ["Updated 03:10 GMT"]) == "2025-03-04T05:00"


def test_a_future_clock_just_before_the_writing_time_stays_today(nlp) -> None:
    text = "The governor will speak at 10 p.m., her office said."
    assert _clock(nlp, text, ["Updated 23:10 GMT"]) == "2025-03-04T22:00"


def test_a_past_clock_stays_on_the_publication_day(nlp) -> None:
    text = "The dam burst at 5 a.m., the governor said."
    assert _clock(nlp, text, ["Updated 23:10 GMT"]) == "2025-03-04T05:00"


def test_a_live_entry_is_written_at_its_own_stamp(nlp) -> None:
    text = ("Storm lashes coast\n\n22:40 GMT: Crews rest.\n\n"
            "07:20 GMT: The curfew will be lifted at 9 a.m., police say.")
    assert _clock(nlp, text, []) == "2025-03-04T09:00"


def test_a_clock_with_a_day_beside_it_keeps_that_day(nlp) -> None:
    text = "The curfew will start at 5 a.m. (0400 GMT) tomorrow, the governor said."
    times = extract_times(text, DAY, nlp(text), ["Updated 23:10 GMT"])
    assert [t.value for t in times if t.type == "TIME"] == ["2025-03-04T05:00"]


def test_midnight_is_left_to_the_range_that_spreads_it(nlp) -> None:
    text = "The curfew will start at midnight, the governor said."
    assert _clock(nlp, text, ["Updated 23:10 GMT"]) == "2025-03-04T00:00"


def test_without_a_page_clock_the_publication_day_stays(nlp) -> None:
    text = "The curfew will start at 5 a.m., the governor said."
    assert _clock(nlp, text, []) == "2025-03-04T05:00"
