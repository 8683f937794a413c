"""An occurrence's own date and the dates that only bound it: "Monday's attack killed three"
dates the killing by its subject; "suspended on Tuesday over a leaked call" dates the
suspension, and the call came before it."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.fuse.dates import CAUSE_DAYS, mention_range
from eventwire.model import Extraction

PUBLISHED = "2025-06-05"  # a Thursday
TEXTS = {
    "subject_strike": "Saturday's strike on the depot wounded 12 soldiers, the military said.",
    "subject_attack": "Monday's attack killed three officers, according to police.",
    "subject_bombing": "Tuesday's bombing killed five people in the market.",
    "no_subject_date": "The attack killed three officers, according to police.",
    "over_call": "Parliament suspended the prime minister on Tuesday over a leaked phone call "
                 "with a rival leader.",
    "over_shelling": "Lakeland summoned Riverland's ambassador on Monday over the shelling of "
                     "a border village.",
    "over_period": "The minister was sacked last week over a recorded telephone conversation "
                   "with a rival general.",
    "in_response": "Lakeland closed the border on Monday in response to the shelling of its "
                   "posts.",
    "said_possessive": "The minister said Monday's bombing of the market was carried out by "
                       "the rebels.",
    "told_possessive": "The army told reporters Tuesday's shelling of the town had been a "
                       "mistake.",
    "police_possessive": "Police said Saturday's raid on the camp was ordered by the interior "
                         "ministry.",
    "said_on_day": "The ministry said on Monday that rebels had bombed the market.",
    "since_then_day": "The border was closed on 3 May after a soldier was killed. Since then, "
                      "Lakeland has halted fuel imports.",
    "since_then_month": "Talks collapsed in March. Since then the rebels have attacked three "
                        "towns.",
    "since_then_inside": "The army shelled the town on Monday. It has since then withdrawn from "
                         "the hills.",
    "since_then_same": "Talks collapsed in March, and the rebels have attacked three border "
                       "towns since then.",
    "since_then_last": "Villagers said on Tuesday that the rebels had looted shops in April and "
                       "have attacked two convoys since then.",
    "since_then_alone": "Since then, protesters have demanded the release of the detained "
                        "leaders.",
    "own_date": "Lakeland summoned Riverland's ambassador on Monday over the shelling of its "
                "border posts on Saturday.",
    "own_possessive": "Lakeland summoned Riverland's ambassador on Monday over Saturday's "
                      "shelling of a border village.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS, PUBLISHED)


@pytest.mark.parametrize(("key", "trigger", "day", "words"), [
    ("subject_strike", "wounded", "2025-05-31", "Saturday"),
    ("subject_attack", "killed", "2025-06-02", "Monday"),
    ("subject_bombing", "killed", "2025-06-03", "Tuesday"),
])
def test_a_dated_subject_dates_what_it_did(results: dict[str, Extraction], key: str,
                                           trigger: str, day: str, words: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert ev.date.get("via") == "subject" and ev.date["span"]["text"] == words
    assert ev.date["range"] == [day, day] and ev.date["range_from"] == "time_expression"
    assert ev.date["range_span"]["text"] == words


def test_an_undated_subject_leaves_the_tense_bounds(results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["no_subject_date"], "killed")
    assert ev.date.get("via") != "subject"
    assert ev.date["range_from"] == "tense:past"


@pytest.mark.parametrize(("key", "trigger", "first", "last", "words"), [
    ("over_call", "call", "2025-06-03", "2025-06-03", "Tuesday"),
    ("over_shelling", "shelling", "2025-06-02", "2025-06-02", "Monday"),
    ("over_period", "conversation", "2025-05-26", "2025-06-01", "last week"),
    ("in_response", "shelling", "2025-06-02", "2025-06-02", "Monday"),
])
def test_what_a_dated_act_is_done_over_came_before(results: dict[str, Extraction], key: str,
                                                   trigger: str, first: str, last: str,
                                                   words: str) -> None:
    """The clause's date (a day or a period) ends the cause's range, which reaches a month
    back from its first day; it is no date of the cause's own."""
    ev = by_trigger(results[key], trigger)
    assert ev.date.get("via") == "cause" and ev.date["span"]["text"] == words
    lo = (dt.date.fromisoformat(first) - dt.timedelta(days=CAUSE_DAYS)).isoformat()
    assert ev.date["range"] == [lo, last] and ev.date["range_from"] == "tense:before-date"
    assert mention_range(ev.to_dict(), PUBLISHED)["range"] == [lo, last]


@pytest.mark.parametrize("key", ["own_date", "own_possessive"])
def test_a_cause_with_its_own_date_keeps_it(results: dict[str, Extraction], key: str) -> None:
    """The trigger's own date comes before the date of the clause it hangs on."""
    ev = by_trigger(results[key], "shelling")
    assert ev.date.get("via") == "attached" and ev.date["span"]["text"] == "Saturday"
    assert ev.date["range"] == ["2025-05-31", "2025-05-31"]


@pytest.mark.parametrize(("key", "trigger", "day"), [
    ("said_possessive", "bombing", "2025-06-02"),
    ("told_possessive", "shelling", "2025-06-03"),
    ("police_possessive", "raid", "2025-05-31"),
])
def test_a_day_owning_the_noun_after_a_reporting_verb_is_that_nouns(
        results: dict[str, Extraction], key: str, trigger: str, day: str) -> None:
    """"said Monday's bombing was ...": Monday is the bombing's day, not the statement's."""
    ev = by_trigger(results[key], trigger)
    assert ev.date["range"] == [day, day] and ev.date["range_from"] == "time_expression"


def test_a_day_after_a_reporting_verb_still_dates_the_statement(
        results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["said_on_day"], "bombed")
    assert ev.date["range"] == ["2025-05-26", "2025-06-02"]
    assert ev.date["range_from"] == "tense:before-statement"


@pytest.mark.parametrize(("key", "trigger", "first", "words"), [
    ("since_then_day", "halted", "2025-05-03", "3 May"),
    ("since_then_month", "attacked", "2025-03-01", "March"),
    ("since_then_inside", "withdrawn", "2025-06-02", "Monday"),
    ("since_then_same", "attacked", "2025-03-01", "March"),  # the date of its own sentence
    ("since_then_last", "attacked", "2025-04-01", "April"),  # the one named last, not the
])  # statement's day, and not the date of the verb it is coordinated with
def test_since_then_reaches_from_the_date_before_to_the_report(
        results: dict[str, Extraction], key: str, trigger: str, first: str, words: str) -> None:
    ev = by_trigger(results[key], trigger)
    assert ev.date.get("via") == "since-then" and ev.date["span"]["text"] == words
    assert ev.date["range"] == [first, PUBLISHED]
    assert ev.date["range_from"] == "tense:since-date"


def test_since_then_without_a_date_before_keeps_the_tense_bounds(
        results: dict[str, Extraction]) -> None:
    ev = by_trigger(results["since_then_alone"], "demanded")
    assert ev.date.get("via") != "since-then" and ev.date["range_from"] == "tense:past"
