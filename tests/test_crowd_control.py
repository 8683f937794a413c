"""Crowd-control weapons (tear gas, water cannon, rubber bullets) give the ASSAULT mode
crowd-control, and 'Riot police' opening a sentence is one agent, on hand-built sentences."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events, _texts

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "mode"), [
    ("Riot police fired tear gas at protesters.", "ASSAULT/crowd-control"),
    ("Security forces fired rubber bullets at demonstrators.", "ASSAULT/crowd-control"),
    ("Police fired water cannon at the marchers.", "ASSAULT/crowd-control"),
    ("Soldiers fired live rounds at protesters.", "ASSAULT/firearms"),
])
def test_crowd_control_weapons_give_their_mode(pipeline, text, mode):
    ev = _event(_events(pipeline, text), "fired")
    assert ev.mode == mode


def test_riot_police_is_one_agent(pipeline):
    ev = _event(_events(pipeline, "Riot police fired tear gas at protesters."), "fired")
    assert _texts(ev, "source") == ["Riot police"]
