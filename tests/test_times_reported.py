"""A weekday in a modal clause under a past reporting verb ("said X would meet on Thursday")
lies after the report: after the statement's own day when the text dates it, else after
the publication day. A weekday of a past clause stays before it."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import extract_times
from eventwire.fuse.dates import mention_range

SATURDAY = dt.date(2024, 11, 23)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def values(text: str, anchor: dt.date, nlp) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in extract_times(text, anchor, nlp(text))]


def test_modal_clause_under_a_past_report_points_forward(nlp) -> None:
    text = "A ministry spokesman said the delegation would visit the border crossing on Thursday."
    assert values(text, SATURDAY, nlp) == [("Thursday", "2024-11-28")]
    text = "A ministry spokesman said the delegation visited the border crossing on Thursday."
    assert values(text, SATURDAY, nlp) == [("Thursday", "2024-11-21")]  # past: before


def test_dated_statement_is_the_reference_of_its_modal_clause(nlp) -> None:
    text = "The foreign minister said on Monday that the envoy would fly to Doha on Friday."
    assert values(text, SATURDAY, nlp) == [("Monday", "2024-11-18"), ("Friday", "2024-11-22")]
    text = "The envoy could fly to Doha on Friday, the foreign minister said Monday."
    assert values(text, SATURDAY, nlp) == [("Friday", "2024-11-22"), ("Monday", "2024-11-18")]
    # no statement date: the Friday after publication
    text = "The foreign minister said that the envoy would fly to Doha on Friday."
    assert values(text, SATURDAY, nlp) == [("Friday", "2024-11-29")]


def test_planned_weekday_after_a_named_statement_day_is_not_pushed_a_week() -> None:
    text = "The minister said on Monday that the envoy would fly to Doha on Friday."
    sentence = {"start": 0, "end": len(text), "text": text}
    at = text.index("Friday")
    friday = {"start": at, "end": at + 6, "text": "Friday"}
    monday = {"start": text.index("Monday"), "end": text.index("Monday") + 6, "text": "Monday"}
    data = {"modality": "planned", "sentence": sentence,
            "trigger": {"start": text.index("fly"), "end": text.index("fly") + 3},
            "date": {"value": "2024-11-22", "span": friday, "from": "text"},
            "claims": [{"kind": "date", "value": "2024-11-18", "span": monday},
                       {"kind": "date", "value": "2024-11-22", "span": friday}]}
    assert mention_range(data, "2024-11-23")["range"] == ["2024-11-22", "2024-11-22"]
    data["claims"] = data["claims"][1:]  # no earlier day named: a planned Friday is ahead
    assert mention_range(data, "2024-11-23")["range"] == ["2024-11-29", "2024-11-29"]


def test_will_keeps_the_writers_present(nlp) -> None:
    text = "The foreign minister said on Monday that the envoy will fly to Doha on Friday."
    assert values(text, SATURDAY, nlp) == [("Monday", "2024-11-18"), ("Friday", "2024-11-29")]


@pytest.mark.parametrize(("text", "expr", "value"), [
    # the parser hangs the phrase on the reported verb; it dates the saying, before the report
    ("The company said on Monday it could cut 500 jobs.", "Monday", "2024-11-18"),
    ("The bank told investors in October it might sell the unit.", "October", "2024-10"),
    ("The council said in September it would raise fares.", "September", "2024-09"),
    # after the clause's subject the phrase is the clause's own
    ("The council said it would raise fares in September.", "September", "2025-09"),
])
def test_time_between_a_report_and_its_clause_dates_the_report(nlp, text: str, expr: str,
                                                              value: str) -> None:
    assert dict(values(text, SATURDAY, nlp))[expr] == value


@pytest.mark.parametrize(("text", "value"), [
    ("Heavy rain is forecast for Thursday.", "2024-11-28"),
    ("A recovery is predicted for Thursday.", "2024-11-28"),
    ("Heavy rain fell on Thursday.", "2024-11-21"),
])
def test_a_forecast_points_forward(nlp, text: str, value: str) -> None:
    assert dict(values(text, SATURDAY, nlp))["Thursday"] == value
