"""The window an event naming no party searches for the earlier mention it refers back to is
counted in the article's sentences (plus its lead), not in mentions: events found in unrelated
sentences between the two do not change the reading."""

from __future__ import annotations

import pytest

from eventwire.model import Article, EventMention, Extraction
from eventwire.pipeline import Pipeline

DATE = "2025-06-05"
INTRO = "Markets in Europe opened lower on Monday. Traders were cautious. Oil prices were flat."
ATTACK = "Ukraine launched a drone attack on Russian airfields on Sunday."
QUIET = "The weather in the region stayed cold and grey all week."
BUSY = "Japan sent humanitarian aid to Turkey, and Germany praised Poland for its help."
LATER = "Reports estimate that 41 aircraft were hit in the attack."
TEXTS = {
    "quiet": " ".join([INTRO, ATTACK, *[QUIET] * 7, LATER]),
    "busy": " ".join([INTRO, ATTACK, *[BUSY] * 7, LATER]),  # fourteen unrelated events between
    "far": " ".join([INTRO, ATTACK, *[QUIET] * 12, LATER]),
    "lead": " ".join([ATTACK, *[QUIET] * 12, LATER]),
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in TEXTS.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def _hit(ex: Extraction) -> EventMention:
    return next(e for e in ex.events if e.type == "ASSAULT" and e.trigger.text == "hit")


def _sources(ev: EventMention) -> set[str | None]:
    return {p.actor.country for p in ev.source if p.actor is not None}


def test_unrelated_events_between_do_not_change_the_reading(results: dict[str, Extraction]
                                                            ) -> None:
    quiet, busy = _hit(results["quiet"]), _hit(results["busy"])
    assert len(results["busy"].events) > len(results["quiet"].events) + 12
    assert _sources(quiet) == _sources(busy) == {"UKR"}
    assert quiet.attributes.get("source_from") == busy.attributes.get("source_from") == "context"


def test_antecedent_beyond_the_window_is_not_taken(results: dict[str, Extraction]) -> None:
    assert not _sources(_hit(results["far"]))


def test_the_lead_frames_the_whole_article(results: dict[str, Extraction]) -> None:
    assert _sources(_hit(results["lead"])) == {"UKR"}
