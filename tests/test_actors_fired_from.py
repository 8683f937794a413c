"""'JERUSALEM — Rockets fired from Lebanon struck a kibbutz': an attack naming no attacker
whose projectiles were fired from another country is no domestic attack of its victims'
country; the launch site's country is its source."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _event(pipeline, text, trigger):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    return next(e for e in ex.events if e.trigger.text.startswith(trigger))


def _countries(ev, side):
    return {p.actor.country for p in getattr(ev, side) if p.actor is not None}


@pytest.mark.parametrize(("text", "trigger", "site", "victim"), [
    ("JERUSALEM — Rockets fired from Lebanon struck a kibbutz, wounding two people.",
     "struck", "LBN", "ISR"),
    ("JERUSALEM — Mortar shells fired from Syria struck a farm, wounding a worker.",
     "struck", "SYR", "ISR"),
])
def test_the_launch_site_is_the_source(pipeline, text, trigger, site, victim):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "source") == {site}
    assert ev.source[0].actor.evidence.startswith("fired from: ")
    assert _countries(ev, "target") == {victim}


def test_a_domestic_attack_stays_domestic(pipeline):
    ev = _event(pipeline, "BAMAKO, Mali — Gunmen attacked a village in the Mopti region, killing "
                          "12 people.", "attacked")
    assert _countries(ev, "source") == {"MLI"}
