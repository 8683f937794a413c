"""An attack noun told with coordinated weapons of different modes ('a bomb and gun
attack', 'a bomb and mortar attack') stands once per mode, as PLOVER codes one event per
mode; one weapon, or two of one mode, stay one ASSAULT."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

TEXTS = {
    "bomb_gun": "Militants carried out a bomb and gun attack on a police station on Tuesday.",
    "bomb_mortar": "Rebels launched a bomb and mortar attack on the base.",
    "bomb": "Militants carried out a bomb attack on a police station on Tuesday.",
    "one_mode": "Rebels launched a bomb and grenade attack on the base.",
}
MODES = {
    "bomb_gun": {"ASSAULT/explosives", "ASSAULT/firearms"},
    "bomb_mortar": {"ASSAULT/explosives", "ASSAULT/shelling"},
    "bomb": {"ASSAULT/explosives"},
    "one_mode": {"ASSAULT/explosives"},
}


@pytest.fixture(scope="module")
def runs():
    return run_texts(TEXTS)


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_one_assault_per_weapon_mode(runs, key):
    found = of_type(runs[key], "ASSAULT")
    assert sorted(e.mode for e in found) == sorted(MODES[key])


def test_each_weapon_keeps_the_sides(runs):
    first, second = of_type(runs["bomb_mortar"], "ASSAULT")
    assert [p.text for p in first.source] == [p.text for p in second.source] == ["Rebels"]
    assert [p.text for p in first.target] == [p.text for p in second.target]
