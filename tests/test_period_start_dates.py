"""The expiry of a period of stated length is its end: an event that set the period
lies that length before the expiry's date, while what is due at the end ("the window
for the pullout") keeps the expiry's date."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

TEXTS = {
    "set_by": "The 90-day pause set by the truce expired on Thursday, officials said.",
    "weeks": "The six-week pause set by the ceasefire expired on 5 June.",
    "laid_down": "The two-month period laid down in the truce ended on 5 June.",
    "purpose": "The 30-day window for the pullout lapsed on Thursday without a unit leaving.",
    "undated": "The 90-day pause set by the truce expired, officials said.",
    "own_date": "The 90-day pause set by the 2 March truce expired on Thursday.",
}


@pytest.fixture(scope="module")
def results():
    return run_texts(TEXTS)


def _range(results, key: str, trigger: str) -> tuple[list[str] | None, str]:
    ev = next(e for e in results[key].events if e.trigger.text == trigger)
    return ev.date.get("range"), ev.date.get("range_from") or ""


def test_the_setting_event_lies_the_period_before_the_expiry(results) -> None:
    assert _range(results, "set_by", "truce") == (["2025-03-07", "2025-03-07"],
                                                  "date_claim+period-start")


@pytest.mark.parametrize(("key", "trigger", "day"), [
    ("weeks", "ceasefire", "2025-04-24"), ("laid_down", "truce", "2025-04-06")])
def test_weeks_and_months_count_back_from_the_expiry(results, key: str, trigger: str,
                                                     day: str) -> None:
    rng, how = _range(results, key, trigger)
    assert rng == [day, day] and how.endswith("+period-start")


def test_a_date_of_its_own_stays(results) -> None:
    assert _range(results, "own_date", "truce") == (["2025-03-02", "2025-03-02"],
                                                    "time_expression")


def test_what_is_due_at_the_end_keeps_the_expiry_date(results) -> None:
    rng, how = _range(results, "purpose", "pullout")
    assert rng == ["2025-06-05", "2025-06-05"] and "period-start" not in how


def test_an_undated_expiry_moves_nothing(results) -> None:
    assert "period-start" not in _range(results, "undated", "truce")[1]
