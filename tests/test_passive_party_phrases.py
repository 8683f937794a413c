"""Passive by-phrases that name a party through its followers or its request."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _countries(parts) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in parts}


def _of_type(events, etype):
    return [ev for ev in events if ev.type == etype]


@pytest.mark.parametrize("agent", [
    "supporters of Kataib Hezbollah", "Kataib Hezbollah supporters", "members of Kataib Hezbollah",
])
def test_followers_of_a_group_stand_for_the_group(pipeline, agent):
    text = f"The US embassy in Baghdad was stormed by {agent}."
    (ev,) = _of_type(_events(pipeline, text), "ASSAULT")
    assert [p.text for p in ev.source] == ["Kataib Hezbollah"]
    assert _countries(ev.target) == {"USA"}


def test_followers_of_a_group_named_before_stand_for_it(pipeline):
    text = ("US jets struck bases of Kataib Hezbollah in Iraq on Sunday. The US embassy in "
            "Baghdad was stormed by supporters of the militia on Tuesday.")
    ev = next(e for e in _events(pipeline, text) if e.trigger.text == "stormed")
    assert _countries(ev.source) == {"IRQ"}


@pytest.mark.parametrize(("text", "requester", "refuser"), [
    ("A US request for access was declined by Pyongyang.", "USA", "PRK"),
    ("Kyiv's request for more air defence was turned down by Berlin.", "UKR", "DEU"),
    ("Ukraine's calls for talks were rejected by Moscow.", "UKR", "RUS"),
])
def test_a_request_refused_in_the_passive_is_made_and_answered(pipeline, text, requester,
                                                              refuser):
    events = _events(pipeline, text)
    (request,) = _of_type(events, "REQUEST")
    (reject,) = _of_type(events, "REJECT")
    assert _countries(request.source) == {requester}
    assert _countries(reject.source) == {refuser} and _countries(reject.target) == {requester}


def test_calls_with_no_author_give_the_refusal_no_target(pipeline):
    events = _events(pipeline, "Calls for talks were rejected by Moscow.")
    (reject,) = _of_type(events, "REJECT")
    assert _countries(reject.source) == {"RUS"} and not reject.target
