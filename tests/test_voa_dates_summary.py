"""The VOA date summary splits the range hit by the grain of the annotated date: an event
annotated to the day, one annotated only to a month (a week's range inside the month is
consistent with it but no hit)."""

from __future__ import annotations

from eventwire.evaluation.voa_dates import summarise


def test_range_hit_is_split_by_the_annotated_grain() -> None:
    week = {"value": "2025-06-05", "from": "article", "range": ["2025-05-29", "2025-06-05"]}
    rows = [("2025-06-02", week, "a"),  # a day inside the week: a hit
            ("2025-05-20", week, "b"),  # a day before it: a miss
            ("2025-06", week, "c"),  # a month the week is inside only in part: a miss
            ("2025-05", {"value": "2025-05", "from": "text"}, "d")]  # the month itself: a hit
    got = summarise(rows)
    assert got["matched_day"] == 2 and got["matched_coarse"] == 2
    assert got["range_hit_day"] == 0.5 and got["range_hit_coarse"] == 0.5
    assert got["range_hit"] == 0.5 and got["matched_with_date"] == 4
    assert got["range_consistent_coarse"] == 0.5  # the month itself; the week straddles June


def test_a_week_inside_an_annotated_month_is_consistent_but_no_hit() -> None:
    week = {"value": "2025-06-12", "from": "article", "range": ["2025-06-05", "2025-06-12"]}
    got = summarise([("2025-06", week, "a"), ("2025-05", week, "b")])
    assert got["range_hit_coarse"] == 0.0 and got["range_consistent_coarse"] == 0.5


def test_no_rows_give_zero_shares() -> None:
    got = summarise([])
    assert got["range_hit_day"] == 0.0 and got["matched_coarse"] == 0
    assert got["range_consistent_coarse"] == 0.0
