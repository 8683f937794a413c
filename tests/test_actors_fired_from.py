"""'JERUSALEM — Rockets fired from Lebanon struck a kibbutz': an attack naming no attacker
whose projectiles were fired from another country is no domestic attack of its victims'
country; the launch site's country is its source."""

from __future__ import annotations

import pytest
from pipeline_runs import event_of, side_countries

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "site", "victim"), [
    ("JERUSALEM — Rockets fired from Lebanon struck a kibbutz, wounding two people.",
     "struck", "LBN", "ISR"),
    ("JERUSALEM — Mortar shells fired from Syria struck a farm, wounding a worker.",
     "struck", "SYR", "ISR"),
])
def test_the_launch_site_is_the_source(pipeline, text, trigger, site, victim):
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {site}
    assert ev.source[0].actor.evidence.startswith("fired from: ")
    assert side_countries(ev, "target") == {victim}


def test_a_domestic_attack_stays_domestic(pipeline):
    ev = event_of(pipeline, "BAMAKO, Mali — Gunmen attacked a village in the Mopti region, killing "
                          "12 people.", "attacked")
    assert side_countries(ev, "source") == {"MLI"}
