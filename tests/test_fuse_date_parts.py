"""A month or year qualified as "early", "mid" or "late" dates an event to that part of it,
so a report of the part and a precise date in another part can tell two occurrences apart."""

from __future__ import annotations

import datetime as dt

from test_fuse_coref import ISRAEL, LEBANON, event, mention

from eventwire.fuse.dates import mention_range, part_of
from eventwire.fuse.events import dates_contradict

LATE = "The truce between the two armies took effect in late October after a year of raids."
EARLY = "The truce between the two armies took effect in early October after a year of raids."
PLAIN = "The truce between the two armies took effect in October after a year of raids."


def truce(text: str, date_text: str, value: str = "2023-10"):
    """A RETREAT told with ``date_text`` as its time expression."""
    return event(text, "took effect", "RETREAT", [("armies", ISRAEL)], [], value, date_text)


def test_late_and_early_narrow_a_month_to_overlapping_parts() -> None:
    late = mention_range(truce(LATE, "late October").to_dict(), "2024-01-05")
    early = mention_range(truce(EARLY, "early October").to_dict(), "2024-01-05")
    plain = mention_range(truce(PLAIN, "October").to_dict(), "2024-01-05")
    assert late["range"] == ["2023-10-16", "2023-10-31"] and late["from"].endswith("+part")
    assert early["range"] == ["2023-10-01", "2023-10-15"]
    assert plain["range"] == ["2023-10-01", "2023-10-31"] and "+part" not in plain["from"]


def test_a_part_before_the_time_expression_counts_and_a_year_splits_in_halves() -> None:
    text = "Talks on the border dispute resumed in mid-2022, officials said."
    ev = event(text, "resumed", "CONSULT", [("officials", LEBANON)], [], "2022", "2022")
    r = mention_range(ev.to_dict(), "2024-01-05")
    assert r["range"] == ["2022-04-01", "2022-09-30"]
    day = (dt.date(2023, 10, 27), dt.date(2023, 10, 27))
    assert part_of(day, "late") == (day, False)  # a precise day is never widened or moved


def test_a_precise_date_outside_the_part_is_a_different_day_only_when_both_are_precise() -> None:
    late = mention("a", "2024-01-05", "wire", truce(LATE, "late October"))
    text = "The truce between the two armies took effect on 3 October, officials said."
    precise = mention("b", "2024-01-06", "paper", truce(text, "3 October", "2023-10-03"))
    assert not (late.range[0] <= precise.range[1] and precise.range[0] <= late.range[1])
    assert not dates_contradict(late, precise)  # a vague part never rules a merge out alone
