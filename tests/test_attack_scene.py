"""An attack noun naming the place of an attack told before ('the scene of the attack') is a
reference to it, no new ASSAULT; the attack told itself stays."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

SCENE = {
    "scene_hard_to_reach": "Located in mountainous terrain, the scene of the attack on the "
                           "Norland convoy is hard to reach.",
    "site_of_bombing": "Reporters at the site of the bombing by Velland rebels in Varo counted "
                       "six bodies.",
}
ATTACK = {
    "attack_on_convoy": "The attack on the Norland convoy by Velland rebels killed six.",
    "claimed_attack": "Velland rebels claimed responsibility for the attack on the Norland "
                      "convoy.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**SCENE, **ATTACK})


@pytest.mark.parametrize("key", sorted(SCENE))
def test_scene_of_an_attack_is_no_new_attack(results: dict[str, Extraction], key: str) -> None:
    found = [e.trigger.text for e in results[key].events if e.type == "ASSAULT"]
    assert found == [], f"{SCENE[key]} -> {found}"


@pytest.mark.parametrize("key", sorted(ATTACK))
def test_attack_told_stays(results: dict[str, Extraction], key: str) -> None:
    assert "ASSAULT" in {e.type for e in results[key].events}, ATTACK[key]
