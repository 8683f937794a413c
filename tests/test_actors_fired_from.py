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


@pytest.mark.parametrize(("text", "trigger", "site", "victim"), [
    ("A drone launched from Yemen struck a building in Tel Aviv on Friday, the Israeli "
     "military said.", "struck", "YEM", "ISR"),
    ("A missile fired from Russia hit an apartment block in Kharkiv on Friday.", "hit", "RUS",
     "UKR"),
    ("Two rockets launched from Lebanon struck northern Israel on Tuesday.", "struck", "LBN",
     "ISR"),
])
def test_the_weapon_subject_is_fired_by_whoever_is_at_its_launch_site(pipeline, text, trigger,
                                                                     site, victim):
    """'A drone launched from X struck Y': the weapon is X's, not the country of the place
    it hit (nor of the side that reports it)."""
    ev = event_of(pipeline, text, trigger)
    assert side_countries(ev, "source") == {site}
    assert side_countries(ev, "target") == {victim}


def test_a_launch_site_naming_no_state_leaves_the_weapon_as_it_was(pipeline):
    ev = event_of(pipeline, "A drone launched from a ship struck a tanker off the coast on "
                            "Friday.", "struck")
    assert "ship" not in {p.text for p in ev.source}
