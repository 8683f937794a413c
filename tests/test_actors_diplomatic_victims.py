"""An attack on a state's embassy, consulate or envoy names no attacker of that state: a
mission stands abroad, so its country is no domestic attack's."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "victim"), [
    ("The government of Chile condemned the attack on its embassy.", "CHL"),
    ("Nigeria condemned the attack on its ambassador.", "NGA"),
    ("The government of Peru condemned the attack on its consulate.", "PER"),
])
def test_a_mission_abroad_is_no_domestic_attack(pipeline, text, victim):
    ev = event_of(pipeline, text, "attack")
    assert side_countries(ev, "target") == {victim}
    assert not ev.source


def test_an_attack_on_soldiers_at_home_stays_domestic(pipeline):
    ev = event_of(pipeline, "BAMAKO, Mali — Gunmen attacked a village in the Mopti region, "
                            "killing 12 people.", "attacked")
    assert side_countries(ev, "source") == {"MLI"}
