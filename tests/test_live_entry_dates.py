"""An act told without a date of its own in a live page's timestamped entry happened on the
entry's day (the page's day, or the day before for a GMT stamp later than the page's clock),
not anywhere in the week before the page; fighting keeps its tense bounds."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline

EXPEL = "The foreign ministry says it has expelled the northern ambassador."
SHELL = "The army says northern artillery shelled the border town of Varsk."
PAGES = {  # id: (text, publication time)
    "gmt": (f"Live: envoys expelled\n\n20:15 GMT: {EXPEL}\n\n18:40 GMT: Talks are off.",
            "2026-03-10T21:00:00+00:00"),
    "past_midnight": (f"Live: envoys expelled\n\n00:20 GMT: Talks are off.\n\n23:40 GMT: {EXPEL}",
                      "2026-03-10T00:30:00+00:00"),
    "local": (f"Live: envoys expelled\n\n20:15 local time: {EXPEL}", "2026-03-10T21:00:00+00:00"),
    "plain": (f"Envoys expelled\n\n{EXPEL}", "2026-03-10T21:00:00+00:00"),
    "fighting": (f"Live: border clashes\n\n20:15 GMT: {SHELL}", "2026-03-10T21:00:00+00:00"),
}


@pytest.fixture(scope="module")
def results():
    arts = [Article(id=k, text=text, published=at[:10], published_at=at, published_from="input")
            for k, (text, at) in PAGES.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def _range(results, key: str, trigger: str) -> tuple[list[str] | None, str]:
    ev = [e for e in results[key].events if e.trigger.text.startswith(trigger)][-1]  # not the title
    return ev.date.get("range"), ev.date.get("range_from") or ""


def test_an_entry_act_happened_on_the_page_day(results) -> None:
    assert _range(results, "gmt", "expelled") == (["2026-03-10", "2026-03-10"],
                                                  "tense:entry-day")


def test_a_stamp_later_than_the_page_clock_is_the_day_before(results) -> None:
    assert _range(results, "past_midnight", "expelled") == (["2026-03-09", "2026-03-09"],
                                                            "tense:entry-day")


def test_a_local_stamp_holds_both_days(results) -> None:
    assert _range(results, "local", "expelled") == (["2026-03-09", "2026-03-10"],
                                                    "tense:entry-day")


def test_without_a_stamp_the_week_before_the_report_stays(results) -> None:
    assert _range(results, "plain", "expelled") == (["2026-03-03", "2026-03-10"], "tense:past")


def test_fighting_in_an_entry_keeps_its_tense_bounds(results) -> None:
    rng, how = _range(results, "fighting", "shelled")
    assert how.startswith("tense:past") and rng[0] < "2026-03-10"
