"""Candidate retrieval: a report dated by a "since <date>" range ("has halted imports since
May") is placed in time over the whole range, so another outlet's report of the act weeks
before its publication is compared with it; wider and other long ranges place nothing."""

from __future__ import annotations

from eventwire.fuse import candidates as cands
from eventwire.fuse.mentions import Mention


def mention(mid: str, published: str, rng: list[str] | None, how: str) -> Mention:
    when = {"range": rng, "from": how, "span": None} if rng else None
    return Mention(id=mid, article=mid.split("#")[0], root=mid.split("#")[0], data={},
                   published=published, when=when)


def day(value: str) -> int:
    n = cands.day_number(value)
    assert n is not None
    return n


def test_a_since_range_places_the_mention_over_it() -> None:
    m = mention("b#1", "2025-07-21", ["2025-05-01", "2025-07-21"], cands.SINCE_FROM)
    assert (day("2025-05-01"), day("2025-07-21")) in cands.intervals(m)


def test_a_day_reported_weeks_before_is_near_a_since_report_both_ways() -> None:
    dated = mention("a#1", "2025-07-03", ["2025-07-03", "2025-07-03"], "time_expression")
    since = mention("b#1", "2025-07-21", ["2025-06-01", "2025-07-21"], cands.SINCE_FROM)
    assert cands.near(cands.intervals(dated), cands.intervals(since))
    assert cands.near(cands.intervals(since), cands.intervals(dated))


def test_a_since_range_wider_than_a_season_places_nothing() -> None:
    m = mention("b#1", "2025-07-21", ["2019-01-01", "2025-07-21"], cands.SINCE_FROM)
    assert cands.intervals(m) == [(day("2025-07-21"), day("2025-07-21"))]
    dated = mention("a#1", "2025-07-03", ["2025-07-03", "2025-07-03"], "time_expression")
    assert not cands.near(cands.intervals(dated), cands.intervals(m))


def test_another_long_range_places_nothing() -> None:
    m = mention("b#1", "2025-07-21", ["2025-05-01", "2025-07-21"], "tense:past")
    assert cands.intervals(m) == [(day("2025-07-21"), day("2025-07-21"))]
