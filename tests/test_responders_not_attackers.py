"""Who responds to an attack (arrests, detentions, curfews after it) is not its doer."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _story_sourced(ev) -> bool:
    return any((p.actor.evidence or "").startswith("story:") for p in ev.source
               if p.actor is not None)


def _texts(ev) -> list[str]:
    return [p.text for p in ev.source]


@pytest.mark.parametrize(("text", "trigger"), [
    ("LAHORE — Police arrested six suspects after the bombing.", "bombing"),
    ("LAHORE — Police detained three men following the bombing of a bus.", "bombing"),
    ("DHAKA — Security forces detained dozens of people after the attack on the temple.",
     "attack"),
    ("LAHORE — Police arrested six suspects after Tuesday's bombing in Multan. "
     "The bombing killed 12 people.", "killed"),
    ("The warning from Iran came hours after the strike.", "strike"),
    ("LAHORE — The curfew in the old city followed the bombing of a bus.", "bombing"),
])
def test_the_responder_is_no_story_doer_of_the_attack(pipeline, text, trigger):
    """'Police arrested six suspects after the bombing': the police respond to the bombing;
    neither it nor a later mention of it ('The bombing killed 12 people') takes them as its
    doer from the story."""
    ev = _event(_events(pipeline, text), trigger)
    assert not _story_sourced(ev), _texts(ev)
    assert not any(p.text.lower() in ("police", "security forces", "iran") for p in ev.source)


def test_an_attack_with_no_response_still_takes_the_story_actor(pipeline):
    """An ownerless attack after an act that responds to none still continues the story's
    armed actor (the rule above is no general block)."""
    text = "LAHORE — The army raided a militant camp on Monday. The shelling continued for days."
    ev = _event(_events(pipeline, text), "shelling")
    assert _story_sourced(ev)
