"""A condemned act of force: the condemnation's target is the doer its phrase names, not the
victims of its on-phrase ('France condemned the Hezbollah attack on Israel': Hezbollah), and a
registry name the tagger left unlabelled before the act is its doer ('the Boko Haram attack')."""

from __future__ import annotations

import pytest

from eventwire.model import Article, EventMention, Extraction
from eventwire.pipeline import Pipeline

DATE = "2024-06-10"
# text, condemned countries (ACCUSE target), attack's source country (None: not checked)
CASES = [
    ("France condemned the Hezbollah attack on Israel.", {"LBN"}, "LBN"),
    ("Ukraine condemned Russia's attack on Kyiv.", {"RUS"}, "RUS"),
    ("The EU condemned Russian strikes on Ukrainian cities.", {"RUS"}, "RUS"),
    ("Egypt condemned the Israeli raid on Jenin.", {"ISR"}, "ISR"),
    ("Iraq condemned the ISIS attack on the prison.", {"IMG"}, "IMG"),
    ("Kenya condemned the al-Shabab attack on the base.", {"SOM"}, "SOM"),
    ("France condemned the attack on Israel.", {"ISR"}, None),  # no doer named: unchanged
]
# an attack noun with an unlabelled registry name before it: text, the doer's country
DOERS = [
    ("Nigeria condemned the Boko Haram attack on a school.", "NGA"),
    ("Somalia condemned the Al-Shabaab bombing in Mogadishu.", "SOM"),
]


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    texts = [c[0] for c in CASES] + [d[0] for d in DOERS]
    arts = [Article(id=f"c{i}", text=t, published=DATE, published_from="input")
            for i, t in enumerate(texts)]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


def _countries(parts: list) -> set[str]:
    return {p.actor.country for p in parts if p.actor is not None and p.actor.country}


def _of_type(ex: Extraction, types: tuple[str, ...]) -> list[EventMention]:
    return [e for e in ex.events if e.type in types]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_condemnation_targets_the_doer(results: dict[str, Extraction], i: int) -> None:
    text, condemned, doer = CASES[i]
    ex = results[f"c{i}"]
    accusations = _of_type(ex, ("ACCUSE",))
    assert accusations, text
    assert _countries(accusations[0].target) == condemned, text
    if doer is not None:
        attacks = _of_type(ex, ("ASSAULT", "COERCE"))
        assert attacks and _countries(attacks[0].source) == {doer}, text


@pytest.mark.parametrize("j", range(len(DOERS)))
def test_unlabelled_group_before_attack_is_doer(results: dict[str, Extraction], j: int) -> None:
    text, doer = DOERS[j]
    attacks = _of_type(results[f"c{len(CASES) + j}"], ("ASSAULT",))
    assert attacks, text
    assert any(p.actor is not None and p.actor.country == doer and p.actor.sector == "REB"
               for p in attacks[0].source), text
