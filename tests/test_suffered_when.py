"""A harm told in an agentless passive whose 'when' / 'as' clause tells the act that did it is
one event ('two soldiers were killed when drones struck a base'), whatever victims the two
verbs name; a clause with a doer of its own beside an active main verb, or an 'after' clause,
keeps its own act."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline

DATE = "2024-06-10"
# text, the number of ASSAULT mentions
CASES = [
    ("Two soldiers were killed when Russian drones struck a base.", 1),
    ("Four guards were wounded when militants stormed a police post.", 1),
    ("Three civilians were injured as artillery shells hit a market.", 1),
    ("Five people were killed when warplanes bombed a house in the city.", 1),
    ("Two soldiers were killed after Russian drones struck a base.", 2),
]


@pytest.fixture(scope="module")
def results() -> list[Extraction]:
    arts = [Article(id=f"s{i}", text=t, published=DATE, published_from="input")
            for i, (t, _) in enumerate(CASES)]
    return list(Pipeline().run(arts))


@pytest.mark.parametrize("i", range(len(CASES)))
def test_a_harm_suffered_when_an_act_struck_is_one_event(results: list[Extraction], i: int) -> None:
    text, count = CASES[i]
    attacks = [e for e in results[i].events if e.type == "ASSAULT"]
    assert len(attacks) == count, (text, [(e.trigger.text, e.source, e.target) for e in attacks])
    if count == 1 and ("Russian" in text or "militants" in text):
        assert attacks[0].source, text  # the clause names the doer, which the event keeps
