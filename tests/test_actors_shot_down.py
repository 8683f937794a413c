"""'KYIV — The air force said it shot down 30 drones': a defender shooting down projectiles
is not an attacker in its own country, nor the attack a later sentence condemns."""

from __future__ import annotations

import pytest
from pipeline_runs import article_events, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("KYIV, Ukraine — Russian drones struck a power station overnight, Ukrainian officials "
     "said. The air force said it shot down 30 drones.", "shot", "UKR"),
    ("KYIV — Russian missiles hit an apartment block in Dnipro overnight. The air force said "
     "it shot down 12 missiles.", "shot", "UKR"),
    ("JERUSALEM — Hezbollah fired rockets at northern towns on Monday. The army said it shot "
     "down most of the rockets.", "shot", "ISR"),
])
def test_the_defender_keeps_its_country(pipeline, text, trigger, code):
    ev = next(e for e in article_events(pipeline, text) if e.trigger.text.startswith(trigger))
    assert side_countries(ev, "source") == {code}


def test_the_condemned_attack_is_not_the_shooting_down(pipeline):
    events = article_events(pipeline, "KYIV, Ukraine — Russian drones struck a power station overnight, "
                               "Ukrainian officials said. The air force said it shot down 30 "
                               "drones. The president condemned the attack.")
    condemned = next(e for e in events if e.type == "ACCUSE")
    assert side_countries(condemned, "target") == {"RUS"}
