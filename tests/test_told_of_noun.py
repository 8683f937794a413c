"""An act noun's act told again in a clause on its phrase ('an air strike on Saturday, which
local authorities said killed 29 people') is one event: the verb folds into the noun's
mention, which keeps its doer, target and date and takes the toll."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _assaults(pipeline: Pipeline, text: str) -> list[Any]:
    ex = next(iter(pipeline.run([Article(id="t", text=text, published="2025-06-05")])))
    return [e for e in ex.events if e.type == "ASSAULT"]


def _also(ev: Any) -> list[str]:
    return [t["text"] for t in ev.attributes.get("also_triggers", [])]


def test_reported_killing_in_relative_clause_joins_the_strike(pipeline: Pipeline) -> None:
    evs = _assaults(pipeline, "Norland carried out an air strike on the town of Kessel on "
                              "Saturday, which local authorities said killed 29 people.")
    assert len(evs) == 1
    ev = evs[0]
    assert ev.trigger.text == "strike" and "killed" in _also(ev)
    assert [p.text for p in ev.source] == ["Norland"]
    assert ev.date.get("span", {}).get("text") == "Saturday"
    assert ev.attributes["counts"][0]["count"] == 29


def test_plain_relative_clause_joins_the_strike(pipeline: Pipeline) -> None:
    evs = _assaults(pipeline, "Norland launched an air strike on Kessel on Saturday, which "
                              "killed 29 people.")
    assert len(evs) == 1 and "killed" in _also(evs[0])
    assert evs[0].attributes["counts"][0]["count"] == 29


def test_relative_clause_on_the_subject_noun(pipeline: Pipeline) -> None:
    evs = _assaults(pipeline, "The strike on the town, which officials said wounded 14 people, "
                              "drew condemnation.")
    assert len(evs) == 1 and evs[0].trigger.text == "strike" and "wounded" in _also(evs[0])


def test_clause_with_its_own_doer_stays_apart(pipeline: Pipeline) -> None:
    evs = _assaults(pipeline, "Norland launched an air strike on the village on Saturday, "
                              "which rebels attacked last week.")
    assert sorted(e.trigger.text for e in evs) == ["attacked", "strike"]


def test_clause_telling_the_target_s_own_act_stays_apart(pipeline: Pipeline) -> None:
    evs = _assaults(pipeline, "Norland launched an air strike on Tarsia, which fired missiles "
                              "at Norland last week.")
    assert len(evs) == 2
