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


# The other windows that reach back for a party: an event naming no target, a response
# naming the act it answers.
VISITED = "Modi visited Mauritius in March."
VISIT = "Analysts said Modi's visit was aimed at countering China."
CHARGE = "Russia accused Ukraine of shelling a power plant."
REPLY = "Ukraine rejected the accusation."
WINDOW_TEXTS = {
    "target_busy": " ".join([INTRO, VISITED, BUSY, BUSY, VISIT]),  # four events between
    "target_far": " ".join([INTRO, VISITED, *[QUIET] * 4, VISIT]),
    "reply_busy": " ".join([INTRO, CHARGE, *[BUSY] * 7, REPLY]),  # fourteen events between
    "reply_far": " ".join([INTRO, CHARGE, *[QUIET] * 11, REPLY]),
}


@pytest.fixture(scope="module")
def window_results() -> dict[str, Extraction]:
    arts = [Article(id=k, text=v, published=DATE, published_from="input")
            for k, v in WINDOW_TEXTS.items()]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def _event(ex: Extraction, word: str) -> EventMention:
    return [e for e in ex.events if e.trigger.text == word][-1]


def _targets(ev: EventMention) -> set[str | None]:
    return {p.actor.country for p in ev.target if p.actor is not None}


def test_target_of_the_earlier_act_reached_past_busy_sentences(
        window_results: dict[str, Extraction]) -> None:
    ex = window_results["target_busy"]
    assert len(ex.events) >= 6  # the busy sentences' events lie between the two visits
    assert _targets(_event(ex, "visit")) == {"MUS"}


def test_a_sparse_articles_last_events_are_reached_however_far(
        window_results: dict[str, Extraction]) -> None:
    # fewer than three events in the three sentences before: the last three events count
    assert _targets(_event(window_results["target_far"], "visit")) == {"MUS"}


def test_response_reaches_its_act_past_busy_sentences(window_results: dict[str, Extraction]
                                                      ) -> None:
    ex = window_results["reply_busy"]
    assert len(ex.events) > 14
    assert _targets(_event(ex, "rejected")) == {"RUS"}


def test_response_beyond_the_window_takes_no_target(window_results: dict[str, Extraction]
                                                   ) -> None:
    assert not _targets(_event(window_results["reply_far"], "rejected"))
