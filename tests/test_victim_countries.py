"""Unnamed victims never take the country of the foreign state forces that harm them
('Russian shelling killed four soldiers', 'two soldiers were killed when Russian drones struck
a base'), while an armed group's victims keep the context country ('Boko Haram fighters
attacked a checkpoint': Nigerian policemen)."""

from __future__ import annotations

import pytest

from eventwire.model import Article, EventMention, Extraction
from eventwire.pipeline import Pipeline

DATE = "2024-06-10"
# text, attacker's country, target countries of the attack (empty: none placed)
CASES = [
    ("Russian shelling killed four soldiers.", "RUS", set()),
    ("Two soldiers were killed when Russian drones struck a base.", "RUS", set()),
    ("Russian missiles hit the base, and two soldiers were killed.", "RUS", set()),
    ("Russian drones struck Kyiv and two soldiers were killed.", "RUS", {"UKR"}),
    ("Israeli troops shot dead two militants.", "ISR", set()),
    ("Ukrainian shelling wounded three soldiers, the Russian defence ministry said.", "UKR",
     {"RUS"}),
    ("Two policemen were killed when Boko Haram fighters attacked a checkpoint.", "NGA", {"NGA"}),
    ("Five soldiers were wounded when Taliban fighters ambushed a convoy.", "AFG", {"AFG"}),
]


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    arts = [Article(id=f"v{i}", text=t, published=DATE, published_from="input")
            for i, (t, _, _) in enumerate(CASES)]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def _countries(parts: list) -> set[str]:
    return {p.actor.country for p in parts if p.actor is not None and p.actor.country}


def _attacks(ex: Extraction) -> list[EventMention]:
    return [e for e in ex.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_attack_targets(results: dict[str, Extraction], i: int) -> None:
    text, attacker, targets = CASES[i]
    attacks = _attacks(results[f"v{i}"])
    assert attacks, text
    assert any(attacker in _countries(e.source) for e in attacks), text
    found = set().union(*(_countries(e.target) for e in attacks))
    assert found == targets, (text, found)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_no_victim_takes_a_foreign_attackers_country(results: dict[str, Extraction], i: int
                                                     ) -> None:
    text, attacker, targets = CASES[i]
    if attacker in targets:  # a domestic armed group: its victims are of its country
        return
    for e in _attacks(results[f"v{i}"]):
        assert attacker not in _countries(e.target), text
