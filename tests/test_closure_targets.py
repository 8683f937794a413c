"""A closure of a border, crossing, frontier or airspace is COERCE/restrict aimed at the
country it is closed to, never at the closing side's own country."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

RESTRICT = "COERCE/restrict"
DATE = "2024-03-04"
# text, closing country, country closed to (None: no target)
CASES = [
    ("Peru sealed its border with Bolivia on Monday.", "PER", "BOL"),
    ("Chile sealed the crossing into Argentina on Tuesday.", "CHL", "ARG"),
    ("Ghana sealed its airspace to Togolese aircraft.", "GHA", "TGO"),
    ("Kenya sealed the Kenya-Somalia border after the attack.", "KEN", "SOM"),
    ("Poland sealed its frontier with Belarus.", "POL", "BLR"),
    ("Mongolian troops shelled a Kazakh border post on Saturday.\n\n"
     "Kazakh authorities sealed all Kazakh border crossings on Sunday.", "KAZ", "MNG"),
    ("ASTANA, Kazakhstan — The Kazakh government sealed the border crossings on Sunday after Mongolian "
     "troops shelled a village.", "KAZ", "MNG"),
    ("Ecuadorian authorities sealed all Ecuadorian border crossings on Sunday.", "ECU", None),
]


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    arts = [Article(id=f"c{i}", text=t, published=DATE, published_from="input")
            for i, (t, _, _) in enumerate(CASES)]
    return {ex.article.id: ex for ex in Pipeline().run(arts)}


@pytest.mark.parametrize("i", range(len(CASES)))
def test_closure_target_is_the_other_side(results: dict[str, Extraction], i: int) -> None:
    text, source, target = CASES[i]
    closures = [e for e in results[f"c{i}"].events if e.mode == RESTRICT]
    assert closures, text
    ev = closures[0]
    assert {p.actor.country for p in ev.source if p.actor} == {source}, text
    targets = {p.actor.country for p in ev.target if p.actor}
    assert source not in targets, text
    assert targets == ({target} if target else set()), text
