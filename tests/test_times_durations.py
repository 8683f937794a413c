"""Durations with a half ("two and a half hours") or a kind of day between the count and the
unit ("eight trading days")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.times import extract_times

ANCHOR = dt.date(2024, 5, 1)


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The hearing lasted a minute and a half.", "a minute and a half", "PT1M30S"),
    ("Negotiators met for two and a half hours.", "two and a half hours", "PT2H30M"),
    ("She spent seven and a half years abroad.", "seven and a half years", "P7Y6M"),
    ("The siege went on for a day and a half.", "a day and a half", "P1DT12H"),
    ("Repairs took a month and a half.", "a month and a half", "P1.5M"),
    ("The index slid for six trading days.", "six trading days", "P6D"),
    ("Output grew for 12 straight years.", "12 straight years", "P12Y"),
    ("Refunds arrive within three business days.", "three business days", "P3D"),
    ("It rained for two consecutive weeks.", "two consecutive weeks", "P2W"),
])
def test_duration_forms(text: str, expr: str, value: str) -> None:
    found = {t.text: (t.type, t.value) for t in extract_times(text, ANCHOR)}
    assert found[expr] == ("DURATION", value)


def test_ordinal_runs_are_no_duration() -> None:
    assert extract_times("Prices rose for the third straight month.", ANCHOR) == []
