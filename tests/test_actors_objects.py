"""Targets named by object pronouns, misattached agent phrases and participles on event nouns."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _event(pipeline, text: str, trigger: str):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    found = [ev for ev in ex.events if trigger in ev.trigger.text]
    assert found, [ev.trigger.text for ev in ex.events]
    return found[0]


def _countries(ev, side: str) -> set[str | None]:
    return {p.actor.country if p.actor else None for p in getattr(ev, side)}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Argentina imposed sanctions on Venezuela, accusing it of election fraud.",
     "accusing", "VEN"),
    ("Uruguay expelled diplomats from Paraguay, accusing them of espionage.",
     "accusing", "PRY"),
])
def test_an_object_pronoun_is_not_its_own_clause_subject(pipeline, text, trigger, target):
    ev = _event(pipeline, text, trigger)
    assert _countries(ev, "target") == {target}


def test_an_object_pronoun_naming_a_thing_takes_no_actor(pipeline):
    (ex,) = list(pipeline.run([Article(id="t", published="2025-05-07", text=(
        "Chile signed the accord with Peru and ratified it on Monday."))]))
    assert not any(p.text == "it" for ev in ex.events for p in ev.target)


def test_a_place_is_no_antecedent_of_an_object_pronoun(pipeline):
    ev = _event(pipeline, "Soldiers raided the farmers in Mali, accusing them of hiding "
                "weapons.", "accusing")
    assert not any(p.text == "Mali" for p in ev.target)
