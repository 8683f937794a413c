"""Parts of one day and the place of a meeting tell two occurrences apart: a call on Thursday
morning and talks on Thursday evening between the same two parties are two records; a call
and a meeting held in a place are never one."""

from __future__ import annotations

from test_fuse_coref import ISRAEL, LEBANON, event, mention

from eventwire.fuse.events import (
    call_and_meeting,
    cross_link,
    dates_contradict,
    day_parts_apart,
    event_link,
    link_verdict,
)

CALL = "The Israeli minister spoke by telephone with Lebanon's premier on Thursday morning."
TALKS = "The Israeli minister then held talks with Lebanon's premier on Thursday evening."
NIGHT = "The Israeli minister held talks with Lebanon's premier late on Thursday night."
MET = "Hours later the Israeli minister met Lebanon's premier face to face in Nicosia."


def consult(text: str, trigger: str, value: str | None = None, date_text: str | None = None,
            mode: str | None = None, place: str | None = None):
    ev = event(text, trigger, "CONSULT", [("Israeli", ISRAEL)], [("Lebanon", LEBANON)],
               value, date_text)
    ev.mode = mode
    if place:
        i = text.index(place)
        ev.location = {"text": place, "start": i, "end": i + len(place), "country": "CYP"}
    return ev


def test_morning_and_evening_of_one_day_are_apart() -> None:
    call = mention("a1", "2025-06-06", "wire", consult(CALL, "spoke", "2025-06-05TMO",
                                                       "Thursday morning", "CONSULT/phone"))
    talks = mention("a1", "2025-06-06", "wire", consult(TALKS, "held talks", "2025-06-05TEV",
                                                        "Thursday evening"))
    assert day_parts_apart(call, talks) and dates_contradict(call, talks)
    assert event_link(talks, [call], cross_link) == 0.0  # kept out of the call's record


def test_evening_and_night_may_be_one_hour() -> None:
    talks = mention("a1", "2025-06-06", "wire", consult(TALKS, "held talks", "2025-06-05TEV",
                                                        "Thursday evening"))
    night = mention("b1", "2025-06-06", "post", consult(NIGHT, "held talks", "2025-06-05TNI",
                                                        "Thursday night"))
    assert not day_parts_apart(talks, night)


def test_a_call_and_a_meeting_in_a_place_do_not_link() -> None:
    call = mention("a1", "2025-06-06", "wire", consult(CALL, "spoke", "2025-06-05TMO",
                                                       "Thursday morning", "CONSULT/phone"))
    met = mention("b1", "2025-06-06", "post", consult(MET, "met", place="Nicosia"))
    assert call_and_meeting(call, met)
    assert link_verdict(met, call)[0] == "modes"


def test_a_meeting_without_a_place_may_still_be_the_call() -> None:
    call = mention("a1", "2025-06-06", "wire", consult(CALL, "spoke", "2025-06-05TMO",
                                                       "Thursday morning", "CONSULT/phone"))
    talks = mention("b1", "2025-06-06", "post", consult(TALKS, "held talks"))
    assert not call_and_meeting(call, talks)


def test_a_phone_mode_inferred_from_the_setting_keeps_no_meeting_apart() -> None:
    call = consult(CALL, "spoke", "2025-06-05TMO", "Thursday morning", "CONSULT/phone")
    call.attributes["mode_from"] = "inferred"
    met = mention("b1", "2025-06-06", "post", consult(MET, "met", place="Nicosia"))
    assert not call_and_meeting(mention("a1", "2025-06-06", "wire", call), met)


def test_a_meeting_noun_with_a_phone_mode_from_its_verb_is_no_call() -> None:
    off = "A meeting of the Israeli minister and Lebanon's premier was called off."
    called = consult(off, "meeting", mode="CONSULT/phone")
    called.attributes["trigger_info"] = {"lemma": "meeting"}
    met = mention("b1", "2025-06-06", "post", consult(MET, "met", place="Nicosia"))
    assert not call_and_meeting(mention("a1", "2025-06-06", "wire", called), met)
    spoke = consult(CALL, "spoke", "2025-06-05TMO", "Thursday morning", "CONSULT/phone")
    spoke.attributes["trigger_info"] = {"lemma": "speak"}
    assert call_and_meeting(mention("a2", "2025-06-06", "wire", spoke), met)
