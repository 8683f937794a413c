"""An ownerless act of force takes as the story's actor only a party that can use force."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _story(ev) -> list[str]:
    return [p.text for p in ev.source if p.actor is not None and
            str(p.actor.evidence or "").startswith("story:")]


def test_a_head_of_government_met_in_diplomacy_is_no_story_fighter(pipeline):
    text = ("Lebanon's prime minister met the US envoy in Beirut on Monday. "
            "The shelling continued on Tuesday.")
    ev = _event(_events(pipeline, text), "shelling")
    assert not ev.source


def test_an_armed_doer_before_is_still_the_story_actor_of_a_bombing(pipeline):
    text = ("Peru's army raided a rebel camp in the Ayacucho region on Monday. Officials in "
            "Lima said the operation would last a month. The bombing destroyed a bridge in Peru.")
    ev = _event(_events(pipeline, text), "bombing")
    assert _story(ev) == ["Peru's army"]


def test_a_state_body_still_gives_an_unarmed_act_its_story_actor(pipeline):
    text = ("Peru's government deployed troops to the Ayacucho region of Peru on Monday. "
            "Officials in Lima said the deployment would last a month. "
            "Fresh sanctions against the smuggling networks are now awaiting a vote in Peru.")
    ev = _event(_events(pipeline, text, title="Peru tightens security"), "sanctions")
    assert _story(ev) == ["Peru's government"]
