"""A bare weekday takes its week from the verb it dates: a past report the last such day on
or before the publication day, a future or scheduled one the next on or after it."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import extract_times

THURSDAY = dt.date(2025, 3, 13)

PAST = "Rebels attacked the army base on {day}."
PERFECT = "Rebels have attacked the army base on {day}."
HEADLINE = "Rebels attack army base on {day}"
FUTURE = "Rebels will attack the army base on {day}."
SCHEDULED = "The truce begins on {day}."
REPORTED_FUTURE = "The minister said the envoy would travel to the capital on {day}."


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("template", [PAST, PERFECT, HEADLINE])
@pytest.mark.parametrize(("day", "value"), [
    ("Monday", "2025-03-10"),     # earlier this week
    ("Wednesday", "2025-03-12"),  # the day before
    ("Thursday", "2025-03-13"),   # the publication day itself
    ("Friday", "2025-03-07"),     # a weekday after the publication day: last week's
    ("Sunday", "2025-03-09"),
])
def test_a_past_weekday_is_the_last_on_or_before_the_publication_day(
        nlp, template: str, day: str, value: str) -> None:
    text = template.format(day=day)
    (t,) = [t for t in extract_times(text, THURSDAY, nlp(text)) if t.text == day]
    assert t.value == value


@pytest.mark.parametrize("template", [FUTURE, SCHEDULED, REPORTED_FUTURE])
@pytest.mark.parametrize(("day", "value"), [
    ("Monday", "2025-03-17"),     # a weekday before the publication day: next week's
    ("Wednesday", "2025-03-19"),
    ("Thursday", "2025-03-13"),   # the publication day itself
    ("Friday", "2025-03-14"),     # the day after
    ("Sunday", "2025-03-16"),
])
def test_a_future_weekday_is_the_next_on_or_after_the_publication_day(
        nlp, template: str, day: str, value: str) -> None:
    text = template.format(day=day)
    (t,) = [t for t in extract_times(text, THURSDAY, nlp(text)) if t.text == day]
    assert t.value == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Rebels attacked the base last Thursday.", "last Thursday", "2025-03-06"),
    ("Rebels will attack the base next Thursday.", "next Thursday", "2025-03-20"),
    ("Rebels attacked the base on Wednesday night.", "Wednesday night", "2025-03-12TNI"),
    ("Rebels attacked the base late on Wednesday.", "Wednesday", "2025-03-12"),
    ("Rebels attacked the base before dawn on Friday.", "Friday", "2025-03-07"),
])
def test_shifted_and_edge_weekdays(nlp, text: str, expr: str, value: str) -> None:
    values = {t.text: t.value for t in extract_times(text, THURSDAY, nlp(text))}
    assert values[expr] == value


@pytest.mark.parametrize("text", [
    "Talks between Veloria and Castran are to be hosted by Oman on {day}.",
    "Veloria said talks are to be held in Muscat on {day}.",
    "The two sides are to meet on {day}, the ministry said.",
    "Officials said the talks are due to resume on {day}.",
    "Talks are due on {day}.",
    "The vote is set for {day}.",
    "The summit, planned for {day}, will go ahead.",
    "Oman, which will host the talks on {day}, said they would be productive.",
    "The envoy is due to visit Castran on {day}.",
    "Castran's president is expected to arrive in Veloria on {day}.",
])
def test_a_weekday_under_a_planned_verb_is_the_coming_one(nlp, text: str) -> None:
    """A weekday under a future or planned main verb ('are to', 'due', 'set for', 'planned
    for' in a clause that will happen) is the coming day, also under a past reporting verb."""
    text = text.format(day="Monday")
    (t,) = [t for t in extract_times(text, THURSDAY, nlp(text)) if t.text == "Monday"]
    assert t.value == "2025-03-17"


@pytest.mark.parametrize("text", [
    "Talks between Veloria and Castran were hosted by Oman on {day}.",
    "The two sides were to meet on {day}, the ministry said.",
    "The envoy was due to visit Castran on {day}.",
    "Talks were due on {day}.",
    "The talks had been scheduled for {day}.",
    "Oman, which hosted the talks on {day}, said they were productive.",
])
def test_a_weekday_under_a_past_verb_stays_the_last_one(nlp, text: str) -> None:
    text = text.format(day="Monday")
    (t,) = [t for t in extract_times(text, THURSDAY, nlp(text)) if t.text == "Monday"]
    assert t.value == "2025-03-10"
