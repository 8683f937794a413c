"""Weapons launched at a target: 'launched drones at X', 'unleashed rockets on X' are an
ASSAULT by the launcher on the target; a launch aimed at no actor or place is none."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

AIMED = {
    "drones_at": ("Moscow launched 60 drones at Ukraine during the night.", "RUS", "UKR"),
    "missiles_toward": ("The Houthis launched two ballistic missiles toward Israel.",
                        None, "ISR"),
    "barrage_of": ("Syria launched a barrage of rockets at Turkey on Monday.", "SYR", "TUR"),
    "wave_into": ("Russia launched a wave of drones into Poland overnight.", "RUS", "POL"),
    "drones_against": ("Kyiv launched drones against Russian oil depots on Sunday.",
                       "UKR", "RUS"),
    "unleashed_on": ("Russia unleashed dozens of missiles on Kharkiv on Friday.", "RUS", "UKR"),
    "lobbed_at": ("Pakistan lobbed mortar shells at Indian villages, officials said.",
                  "PAK", "IND"),
}
NOT_AIMED = {
    "product_launch": "The firm launched a new delivery drone at a trade show in Berlin.",
    "missile_into_sea": "North Korea launched a missile into the sea on Tuesday.",
    "rocket_into_orbit": "The agency launched a rocket into orbit from its coastal base.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**{k: v[0] for k, v in AIMED.items()}, **NOT_AIMED})


@pytest.mark.parametrize("key", sorted(AIMED))
def test_launched_weapons_are_assaults(results: dict[str, Extraction], key: str) -> None:
    text, source, target = AIMED[key]
    found = of_type(results[key], "ASSAULT")
    assert found, text
    ev = found[0]
    if source is not None:
        assert source in {p.actor.country for p in ev.source if p.actor}, text
    assert target in {p.actor.country for p in ev.target if p.actor}, text


@pytest.mark.parametrize("key", sorted(NOT_AIMED))
def test_launches_aimed_at_nothing_are_no_assault(results: dict[str, Extraction],
                                                  key: str) -> None:
    assert not of_type(results[key], "ASSAULT"), NOT_AIMED[key]
