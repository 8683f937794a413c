"""A body's vote on a deal is its decision on it (AGREE for or on it, REJECT against it), also
when a meeting is held for it: outlets telling the meeting ahead and those telling the vote
after give one occurrence the same type."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text: str) -> list[tuple[str, str]]:
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2031-03-04")]))
    return [(ev.type, ev.trigger.text) for ev in ex.events]


@pytest.mark.parametrize("text", [
    "Redland's parliament will vote on the peace accord with Blueland next week.",
    "Lawmakers in Redland voted for the border agreement with Blueland on Monday.",
    "Redland's ministers vote this evening on a ceasefire with Blueland, aides said.",
    "The Redland war cabinet meets on Thursday evening to vote on the truce with Blueland, "
    "two ministers said.",
    "The Redland cabinet will meet on Sunday to vote on the arrangement with Blueland.",
])
def test_a_vote_on_a_deal_is_the_decision(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert any(t == "AGREE" and trig.startswith("vot") for t, trig in events)


def test_a_meeting_held_for_the_vote_is_still_told(pipeline) -> None:
    events = _events(pipeline, "The Redland cabinet will meet on Sunday to vote on the "
                               "arrangement with Blueland.")
    assert {t for t, _ in events} >= {"CONSULT", "AGREE"}


def test_a_vote_against_a_deal_is_a_refusal(pipeline) -> None:
    events = _events(pipeline, "Redland's parliament voted against the treaty with Blueland "
                               "on Monday.")
    assert ("REJECT", "voted against the treaty") in events
    assert not any(t == "AGREE" for t, _ in events)


def test_a_meeting_held_to_vote_against_a_deal_tells_the_refusal(pipeline) -> None:
    events = _events(pipeline, "The Redland assembly will meet on Monday to vote against the "
                               "pact with Blueland.")
    assert {t for t, _ in events} >= {"CONSULT", "REJECT"}


@pytest.mark.parametrize("text", [
    "The foreign ministers of Redland and Blueland met in Vienna to discuss the truce.",
    "Two Redland ministers voted against, and the rest voted for the motion.",
    "Residents of Redland voted in the regional election on Sunday.",
])
def test_other_votes_and_meetings_give_no_decision(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert not any(t in ("AGREE", "REJECT") for t, _ in events)


@pytest.mark.parametrize("text,trigger", [
    ("Redland's parliament voted in favour of the peace accord with Blueland on Monday.",
     "voted in favour of the peace accord"),
    ("Lawmakers in Redland voted in favor of the border agreement with Blueland.",
     "voted in favor of the border agreement"),
    ("The Redland parliament's vote on the truce with Blueland was held on Monday.",
     "vote on the truce"),
    ("After a vote for the ceasefire with Blueland, the Redland cabinet adjourned.",
     "vote for the ceasefire"),
])
def test_a_vote_in_favour_and_the_noun_vote_are_the_decision(pipeline, text, trigger) -> None:
    assert ("AGREE", trigger) in _events(pipeline, text)


def test_the_noun_vote_against_a_deal_is_a_refusal(pipeline) -> None:
    events = _events(pipeline, "A parliamentary vote against the pact with Blueland took "
                               "place in Redland on Monday.")
    assert ("REJECT", "vote against the pact") in events
    assert not any(t == "AGREE" for t, _ in events)


@pytest.mark.parametrize("text", [
    "The Redland cabinet's vote on the truce with Blueland was postponed until Sunday.",
    "Redland's parliament will hold a vote on the treaty with Blueland next week.",
    "Redland's parliament is expected to vote in favour of the accord with Blueland on Friday.",
])
def test_a_vote_still_to_come_stays_planned(pipeline, text) -> None:
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2031-03-04")]))
    votes = [ev for ev in ex.events if ev.trigger.text.startswith("vot")]
    assert votes and all(ev.type == "AGREE" and ev.modality == "planned" for ev in votes)


@pytest.mark.parametrize("text", [
    "The Redland assembly held a vote on the budget on Monday.",
    "Redland's senate voted in favour of the budget on Monday.",
    "Redland's parliament voted in favour of the motion on Monday.",
    "The motion of no confidence in the Redland government was put to a vote on Monday.",
])
def test_a_vote_on_no_deal_gives_no_decision(pipeline, text) -> None:
    events = _events(pipeline, text)
    assert not any(t in ("AGREE", "REJECT") for t, _ in events)
