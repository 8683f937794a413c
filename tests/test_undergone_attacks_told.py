"""An attack noun its clause's subject comes under ('the convoy came under attack') is a
particular attack told as happening, not a generic mention, and a train is a thing force
lands on ('the train came under fire')."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TOLD = {
    "convoy_in_valley": "The convoy came under attack in the valley, the army said.",
    "ship": "The ship came under attack in the strait.",
    "train_fire": "The train came under fire near the border town of Aro.",
}
GENERIC = {
    "discussed_at_summit": "The ministers discussed attacks on shipping at one summit.",
    "came_under_review": "The rules came under review after an attack.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**TOLD, **GENERIC})


@pytest.mark.parametrize("key", sorted(TOLD))
def test_attack_come_under_is_told(results: dict[str, Extraction], key: str) -> None:
    assert "ASSAULT" in {e.type for e in results[key].events}, TOLD[key]


@pytest.mark.parametrize("key", sorted(GENERIC))
def test_generic_attack_noun_stays_no_event(results: dict[str, Extraction], key: str) -> None:
    assert not [e for e in results[key].events if e.type == "ASSAULT"], GENERIC[key]
