"""Numbers that are parts of dates are not counts."""

from __future__ import annotations

import pytest

from eventwire.datenumbers import clock_spans, is_date_number, is_day_of_month


def at(text: str, number: str) -> tuple[str, int, int]:
    """The text and the span of the first occurrence of a number in it."""
    i = text.index(number)
    return text, i, i + len(number)


@pytest.mark.parametrize("text,number", [
    ("killed in a clash on 28 May.", "28"),
    ("killed on May 28, officials said", "28"),
    ("the Oct. 7 attack", "7"),
    ("on the 3rd of March", "3"),
    ("wounded on 23 JULY", "23"),
])
def test_days_of_a_month(text, number):
    assert is_day_of_month(*at(text, number))


@pytest.mark.parametrize("text,number", [
    ("as many as 30 may have died", "30"),
    ("some 20 march on the capital", "20"),
    ("45 May protesters", "45"),  # no day is 45
    ("12 soldiers were killed", "12"),
])
def test_counts_are_not_days(text, number):
    assert not is_day_of_month(*at(text, number))


def test_years_unless_counting_people():
    assert is_date_number(*at("the 2019 attack killed many", "2019"))
    assert not is_date_number(*at("1900 soldiers were wounded", "1900"))


@pytest.mark.parametrize(("text", "clocks"), [
    ("19:05 GMT: the agency counts 31 dead", ["19:05"]),
    ("the strike came at 3 a.m. (0100 GMT) on Friday", ["0100"]),
    ("guns fell silent at 1800 hrs and again at 21.15 pm", ["1800", "21.15"]),
    ("inflation reached 7.25 percent in 2023", []),
    ("a vote of 10-1 with 120 present", []),
])
def test_clock_spans(text: str, clocks: list[str]) -> None:
    assert [text[s:e] for s, e in clock_spans(text)] == clocks


def test_clock_parts_are_no_shared_figures() -> None:
    from eventwire.fuse.coref import numbers

    assert numbers("19:05 GMT: the agency counts 31 dead and 140 hurt") == {"31", "140"}
    assert numbers("the pause began at 05:00 local time (03:00 GMT)") == frozenset()
