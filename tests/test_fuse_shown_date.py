"""The date a fused event shows is a day or a month written as ISO text: a week or a weekend
inside one month shows its month, not its value cut short; a span over two months shows
none (its day range tells it)."""

from __future__ import annotations

import pytest

from eventwire.fuse.build import best_date


@pytest.mark.parametrize("value,shown,first,last", [
    ("2026-03-07", "2026-03-07", "2026-03-07", "2026-03-07"),
    ("2026-03-07TAF", "2026-03-07", "2026-03-07", "2026-03-07"),
    ("2026-03", "2026-03", "2026-03-01", "2026-03-31"),
    ("2026-W10", "2026-03", "2026-03-02", "2026-03-08"),
    ("2026-W09", None, "2026-02-23", "2026-03-01"),
    ("2026", None, "2026-01-01", "2026-12-31"),
])
def test_shown_date_is_a_day_or_a_month(value: str, shown: str | None, first: str,
                                        last: str) -> None:
    assert best_date([{"value": value, "root": "a"}]) == (shown, [first, last])
