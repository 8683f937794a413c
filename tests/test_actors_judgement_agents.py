"""A passive verdict's by-agent hung on the noun of its as-phrase judges: 'the offer was
dismissed as a ploy by Tehran' is Tehran's REJECT, 'the drill was condemned as a provocation
by Seoul' Seoul's ACCUSE, as the adjective form ('dismissed as absurd by X') already was. Not
after a verb that gives no verdict ('described as a provocation by X' may name whose
provocation), nor for a noun with an of-phrase ('an act of aggression by X': whose act)."""

from __future__ import annotations

import pytest
from pipeline_runs import of_type, run_texts

from eventwire.model import Extraction

FIRING = {
    "ploy": ("The offer was dismissed as a ploy by Tehran.", "REJECT", "IRN"),
    "provocation": ("The drill was condemned as a provocation by Seoul.", "ACCUSE", "KOR"),
    "fabrication": ("The report was dismissed as fabrication by Beijing.", "REJECT", "CHN"),
    "stunt": ("The summit was derided as a stunt by Moscow.", "ACCUSE", "RUS"),
}
SILENT = {
    "described": "The drill was described as a provocation by Iran.",
    "act_of": "The strike was condemned as an act of aggression by Washington.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts({**{k: v[0] for k, v in FIRING.items()}, **SILENT})


def _countries(ps: list) -> set[str | None]:
    return {p.actor.country for p in ps if p.actor is not None}


@pytest.mark.parametrize("key", sorted(FIRING))
def test_the_by_agent_of_the_verdict_noun_judges(results: dict[str, Extraction],
                                                  key: str) -> None:
    text, etype, judge = FIRING[key]
    found = of_type(results[key], etype)
    assert found, text
    assert all(_countries(ev.source) == {judge} for ev in found), text


@pytest.mark.parametrize("key", sorted(SILENT))
def test_no_judge_without_a_verdict_verb_or_through_an_of_phrase(
        results: dict[str, Extraction], key: str) -> None:
    by_agent = {"described": "IRN", "act_of": "USA"}[key]
    for ev in results[key].events:
        if ev.type in ("ACCUSE", "REJECT"):
            assert by_agent not in _countries(ev.source), SILENT[key]
