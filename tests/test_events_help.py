"""A verb of helping is an AID (CAMEO's HELP, 070) when a party helps a party: its object, a
passive's subject or the subject of its bare infinitive ('helped Redland build a port') is a
name, and its subject, when it has one, is a name too. A thing that helps ('the rains helped
the harvest', 'the pact helped Redland escape the sanctions') or help to a person
named by a pronoun ('helped him cross') is no aid."""

from __future__ import annotations

import pytest
from test_actors_arguments import _events

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.triggers import helped_parties
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _aid(pipeline, text: str) -> list:
    return [ev for ev in _events(pipeline, text) if ev.type == "AID"]


@pytest.mark.parametrize("text", [
    "In 2019, Japan helped Sri Lanka build a new port near the capital.",
    "Canada is helping Australia fight the wildfires.",
    "Japan assisted Vietnam in rebuilding the bridge after the floods.",
    "Vietnam was assisted by Japan after the floods.",
    "Japan, which assisted Vietnam after the floods, sent more doctors.",
])
def test_a_party_helping_a_party_is_aid(pipeline, text):
    assert _aid(pipeline, text)


def test_the_helped_party_of_a_bare_infinitive_is_the_target(pipeline):
    ev = _aid(pipeline, "In 2019, Japan helped Sri Lanka build a new port near the capital.")[0]
    assert [p.text for p in ev.source] == ["Japan"]
    assert "Sri Lanka" in [p.text for p in ev.target]


@pytest.mark.parametrize("text", [
    "The new rules will help the economy grow.",
    "The smugglers helped him cross the border.",
    "Their trade pact has only helped Moscow escape the sanctions.",
    "A Turkish change to its port rules will help Ankara collect more fees.",
    "The heavy rains helped the harvest in Thailand.",
])
def test_a_thing_that_helps_or_help_to_no_party_is_no_aid(pipeline, text):
    assert not _aid(pipeline, text)


@pytest.mark.parametrize(("text", "helped"), [
    ("Norway helped Kenya build a dam.", ["Kenya"]),
    ("Japan assisted Vietnam in rebuilding the bridge.", ["Vietnam"]),
    ("The new rules will help the economy grow.", []),
])
def test_helped_parties_reads_the_object_or_the_small_clause(text, helped):
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.lemma_ in ("help", "assist"))
    assert [t.text for t in helped_parties(verb)] == helped
