"""A verb of an active relative clause takes the noun the clause modifies as its object ('border
controls, which they imposed', 'the weapons Redland supplied to the rebels'): its entries that
ask for an object read that noun, as they read the noun a reduced passive modifies ('the
curfew imposed by the army'). A relative clause whose relative word is its subject ('the
troops that imposed a blockade'), one with an object of its own, a place or time relative
('the area where the troops deployed') and a noun parsed as the root of its sentence give the
verb no such object."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.triggers import object_relative
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _types(pipeline, text: str) -> set[str]:
    return {ev.type for ev in _events(pipeline, text)}


@pytest.mark.parametrize(("text", "etype"), [
    ("Member states broke with Brussels over border controls, which they imposed "
     "unilaterally because of the pandemic.", "COERCE"),
    ("The weapons Lorania supplied to the rebels were used in the attack.", "AID"),
    ("Bluland criticized the curfew that the Redland army enforced in the capital.", "COERCE"),
])
def test_the_modified_noun_is_the_object_of_a_relative_verb(pipeline, text, etype):
    assert etype in _types(pipeline, text)


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("The weapons Lorania supplied to the rebels were used in the attack.", "supplied", True),
    ("The sanctions, which Redland imposed last year, hurt Bluland.", "imposed", True),
    ("The troops that imposed the blockade left on Monday.", "imposed", False),
    ("The region where the troops deployed last year remains tense.", "deployed", False),
    ("The area in which the soldiers deployed is near the border.", "deployed", False),
    ("The country that Redland sent aid to is poor.", "sent", False),
    ("The talks the two leaders held in Geneva ended without a deal.", "ended", False),
])
def test_object_relative(text, verb, expected):
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == verb)
    assert object_relative(tok) is expected


def test_a_relative_clause_with_its_own_subject_relative_keeps_its_reading(pipeline):
    assert "SANCTION" in _types(pipeline, "The troops that imposed the blockade left on Monday.")
    assert "CONSULT" in _types(pipeline, "The talks the two leaders held in Geneva ended "
                                         "without a deal.")


def test_an_event_noun_keeps_its_reading_when_the_relative_verb_adds_a_pronoun(pipeline):
    evs = [ev for ev in _events(pipeline, "Kenya thanked France for the humanitarian "
                                          "assistance it sent.") if ev.type == "AID"]
    assert [ev.trigger.text for ev in evs] == ["assistance"]


def test_a_named_doer_of_the_relative_verb_is_the_source(pipeline):
    evs = [ev for ev in _events(pipeline, "Kenya welcomed the aid that France sent last week.")
           if ev.type == "AID"]
    assert [p.text for ev in evs for p in ev.source] == ["France"]
