"""A further occurrence told on the trigger's clause ("For the second time in a month, ...",
"was arrested again"): ``clause_repeat`` reads it, ``times`` gives the turn, and two reports
told with different turns are two occurrences (``ordinals_differ``)."""

from __future__ import annotations

from test_fuse_coref import event, mention
from test_fuse_trigger_links import CRASH
from test_fuse_trigger_links import report as word_report

from eventwire.fuse.events import (
    clause_repeat,
    link_verdict,
    ordinal,
    ordinals_differ,
    same_trigger_in_story,
    times,
)
from eventwire.fuse.mentions import Mention

FRONTED = ("Police said that on Sunday, for the second time in three weeks, officers arrested "
           "a driver near the old bridge.")
OPENING = "For the third time this year, police arrested a rally driver near the harbour."
AFTER = "Officers arrested the club's goalkeeper again on Friday after a late-night crash."
FIRST = "Police arrested a driver near the old bridge for the first time in his career."
OTHER_CLAUSE = "After he was arrested again, the goalkeeper resigned from the club on Friday."
OBJECT = "Police arrested a second suspect near the old bridge late on Friday."


def arrest(aid: str, text: str, trigger: str = "arrested") -> Mention:
    return mention(aid, None, aid, event(text, trigger, "COERCE", [], []))


NUMBERED = "Police arrested a driver at the 81st rally near the old bridge for the second time."


def test_the_clause_tells_the_turn_of_the_occurrence() -> None:
    assert clause_repeat(arrest("a1", OPENING)) == "third" and times(arrest("a2", OPENING)) == "third"
    assert clause_repeat(arrest("a3", AFTER)) == "again" and times(arrest("a4", AFTER)) == ""
    assert times(arrest("a5", FIRST)) == "first" and ordinal(arrest("a6", FIRST)) == ""
    assert ordinals_differ(arrest("a7", OPENING), arrest("a8", FIRST))
    assert not ordinals_differ(arrest("a9", OPENING), arrest("a10", AFTER))
    # a turn is not the number of the occurrence ("the 81st rally", "for the second time")
    rally = mention("a11", None, "a11", event(NUMBERED, "rally", "COERCE", [], []))
    assert ordinal(rally) == "81st" and ordinal(arrest("a14", NUMBERED)) == ""
    assert times(arrest("a15", NUMBERED)) == "second"
    assert not ordinals_differ(arrest("a12", NUMBERED), arrest("a13", OPENING.replace("third", "second")))


def test_a_sentence_opening_adverbial_reaches_the_main_clause() -> None:
    assert clause_repeat(arrest("b1", OPENING)) == "third"
    # an opening longer than a few words, or another clause's adverbial, tells nothing
    assert clause_repeat(arrest("b2", FRONTED)) == ""
    assert clause_repeat(arrest("b3", OTHER_CLAUSE, "resigned")) == ""
    assert clause_repeat(arrest("b4", OTHER_CLAUSE)) == "again"


def test_first_time_and_an_object_are_no_repeat() -> None:
    assert times(arrest("c1", FIRST)) == "first"
    assert clause_repeat(arrest("c2", OBJECT)) == ""
    assert clause_repeat(arrest("c3", CRASH)) == ""


def test_a_turn_keeps_reports_apart_only_against_another_turn() -> None:
    lead = word_report("d1", CRASH, "arrested", "s1", "arrest", "lead")
    again = word_report("d2", OPENING.replace("police", "Police"), "arrested", "s1", "arrest",
                        "body")
    first = word_report("d3", FIRST, "arrested", "s1", "arrest", "body")
    assert same_trigger_in_story(lead, again) and not ordinals_differ(lead, again)
    assert ordinals_differ(again, first) and link_verdict(again, first) == ("ordinals", 0.0)
