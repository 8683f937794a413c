"""An act named as the object of a reaction to it ('welcomed the withdrawal', 'regretted the
expulsion', 'celebrated the release') is not done by the one who reacts: the reaction verb
lends the event noun no source, while a verb that carries the act on still does ('resumed the
shelling', 'held talks')."""

from __future__ import annotations

import pytest
from pipeline_runs import by_trigger, run_texts

from eventwire.model import Extraction

TEXTS = {
    "welcomed": "Norland welcomed the withdrawal of Tarvosi troops from the valley.",
    "welcomed_release": "The Merin press union welcomed the release of the reporter on Monday.",
    "regretted": "The Lomar minister regretted the expulsion of two Merin diplomats.",
    "celebrated": "Crowds in Norland celebrated the release of the fishermen.",
    "noted": "Norland noted the withdrawal of the Tarvosi fleet from the strait.",
    "resumed": "Norland resumed the shelling of the border towns on Friday.",
    "held": "Norland held talks with Tarvos on Friday.",
}


@pytest.fixture(scope="module")
def results() -> dict[str, Extraction]:
    return run_texts(TEXTS)


def _sources(ex: Extraction, trigger: str) -> list[str]:
    return [p.text for p in by_trigger(ex, trigger).source]


@pytest.mark.parametrize(("key", "trigger", "reactor"), [
    ("welcomed", "withdrawal", "Norland"), ("welcomed_release", "release", "Merin press union"),
    ("regretted", "expulsion", "Lomar minister"), ("celebrated", "release", "Crowds"),
    ("noted", "withdrawal", "Norland"),
])
def test_the_one_who_reacts_does_not_do_the_act(results, key: str, trigger: str,
                                                 reactor: str) -> None:
    sources = _sources(results[key], trigger)
    assert not any(reactor in s or s in reactor for s in sources), (TEXTS[key], sources)


def test_a_named_doer_of_the_act_stays(results) -> None:
    assert any("Tarvos" in s for s in _sources(results["welcomed"], "withdrawal"))


@pytest.mark.parametrize(("key", "trigger"), [("resumed", "shelling"), ("held", "held talks")])
def test_a_verb_that_carries_the_act_on_lends_its_subject(results, key: str, trigger: str) -> None:
    assert "Norland" in _sources(results[key], trigger)
