"""A welcomed or praised act owned by a common-noun body its own name modifier places ('the
Turkish government's decision', 'the Kenyan army's restraint') targets that body; an owner with
no name ('the government's decision') or a pronoun ('their hunger strike') adds none."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

DATE = "2024-06-10"
# text, source country, target countries of the SUPPORT
CASES = [
    ("Britain welcomed the Turkish government's decision to approve the bid.", "GBR", {"TUR"}),
    ("Washington praised the Kenyan army's restraint.", "USA", {"KEN"}),
    ("Germany welcomed the Iraqi parliament's vote to approve the deal.", "DEU", {"IRQ"}),
    ("The EU welcomed Israel's decision to allow aid into Gaza.", "IGO", {"ISR"}),
    ("Kyiv welcomed Germany's decision to supply tanks to Ukraine.", "UKR", {"DEU"}),
]


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    arts = [Article(id=f"s{i}", text=t, published=DATE, published_from="input")
            for i, (t, _, _) in enumerate(CASES)]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("i", range(len(CASES)))
def test_owner_of_welcomed_act_is_target(results: dict[str, Extraction], i: int) -> None:
    text, source, targets = CASES[i]
    support = [e for e in results[f"s{i}"].events if e.type == "SUPPORT"]
    assert support, text
    ev = support[0]
    assert {p.actor.country for p in ev.source if p.actor} == {source}, text
    assert {p.actor.country for p in ev.target if p.actor} == targets, text
    assert len(ev.target) == len({p.text for p in ev.target}), text  # no duplicate target


def test_unnamed_owner_adds_no_target() -> None:
    ex = list(Pipeline().run([Article(
        id="u", text="The EU welcomed the government's decision to hold elections.",
        published=DATE, published_from="input")]))[0]
    support = [e for e in ex.events if e.type == "SUPPORT"]
    assert support
    assert not any(p.actor is not None and p.actor.country == "IGO" for p in support[0].target)
