"""'Hit', 'strike' and 'target' in their non-violent senses: hitting a country with a levy,
tariffs or sanctions imposes them (SANCTION); hitting a record or a snag, striking on an
idea and a law or policy that targets something are no event. Missiles that hit a block,
drones that target a base and an army that strikes positions stay ASSAULTs."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

SANCTIONS = {
    "levy": "The president hit Canada with a new 25% levy on steel last week.",
    "sanctions": "Washington hit the company with fresh sanctions on Monday.",
}
NOT_ATTACKS = {
    "record": "Exports hit a record high in March.",
    "law": "The new law targets online gambling addiction.",
    "policy": "The policy targeted young voters in the cities.",
    "idea": "We struck on the idea of sharing the remaining food.",
    **SANCTIONS,
}
ATTACKS = {
    "missiles": "Russian missiles hit an apartment block in Kharkiv on Monday.",
    "drones": "Drones targeted an army base near the capital.",
    "artillery": "The army struck rebel positions with artillery.",
}


@pytest.fixture(scope="module")
def runs():
    return run_texts({**NOT_ATTACKS, **ATTACKS})


@pytest.mark.parametrize("key", sorted(NOT_ATTACKS))
def test_no_attack(runs, key):
    assert not of_type(runs[key], "ASSAULT")


@pytest.mark.parametrize("key", sorted(SANCTIONS))
def test_hit_with_a_penalty_is_a_sanction(runs, key):
    (ev,) = of_type(runs[key], "SANCTION")
    assert ev.source and ev.target


@pytest.mark.parametrize("key", sorted(ATTACKS))
def test_attacks_stay(runs, key):
    assert of_type(runs[key], "ASSAULT")
