"""An act told in an adverbial clause with a subject of its own beside another act of the
same type is an event of its own ('a drone strike killed two militants, a day after an
airstrike killed 12 fighters'); a clause whose subject is a pronoun may tell the same act
and stays merged."""

from __future__ import annotations

import pytest
from pipeline_runs import run_texts

from eventwire.model import Extraction

TWO = {
    "day_after": "A drone strike killed two militants, a day after an airstrike killed 12 "
                 "fighters in the same area.",
    "after_gunmen": "Troops killed ten rebels after gunmen attacked a checkpoint near the "
                    "border.",
}
ONE = {
    "when_they": "Troops killed 12 rebels when they stormed the base.",
    "and_wounded": "The rebels killed five soldiers and wounded three civilians.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**TWO, **ONE})


def _assaults(ex: Extraction) -> list[str]:
    return [e.trigger.text for e in ex.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("key", sorted(TWO))
def test_clause_with_its_own_doer_is_its_own_act(results: dict[str, Extraction],
                                                 key: str) -> None:
    assert len(_assaults(results[key])) == 2, f"{TWO[key]} -> {_assaults(results[key])}"


@pytest.mark.parametrize("key", sorted(ONE))
def test_one_act_stays_one(results: dict[str, Extraction], key: str) -> None:
    assert len(_assaults(results[key])) == 1, f"{ONE[key]} -> {_assaults(results[key])}"
