"""References to actors: 'the country' and the owner of a plan act in the events they name."""

from __future__ import annotations

import pytest
from test_actors_arguments import _countries, _event, _events

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.arguments import verb_subject
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize(("text", "trigger", "side", "country", "antecedent"), [
    ("Botswana has resumed trophy hunting. The country was criticized by animal rights "
     "groups in Europe.", "criticized", "target", "BWA", "Botswana"),
    ("Kenya sent police to Haiti last year. The country has also promised to deploy more "
     "officers.", "promised", "source", "KEN", "Kenya"),
    ("China warned Japan on Monday. The country also imposed sanctions on three firms.",
     "sanctions", "source", "CHN", "China"),
])
def test_the_country_refers_to_the_country_named_before(pipeline, text, trigger, side,
                                                        country, antecedent):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, side) == {country}
    (p,) = getattr(ev, side)
    assert p.text.lower() == "the country"
    assert p.actor.evidence == f"refers to: {antecedent}"


def test_the_country_without_a_named_one_takes_the_dateline():
    ev = _event(_events(Pipeline(), "MANILA - The country protested on Tuesday against the "
                                    "water cannon attack."), "protested")
    assert _countries(ev, "source") == {"PHL"}
    assert ev.source[0].actor.evidence.startswith("refers to: dateline")


def test_a_narrowed_country_noun_refers_to_nobody(pipeline):
    text = "China warned Japan on Monday. The neighbouring country imposed sanctions on firms."
    ev = _event(_events(pipeline, text), "sanctions")
    assert not any(p.actor and p.actor.evidence and p.actor.evidence.startswith("refers to")
                   for p in ev.source)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Japan unveiled a plan to deploy missiles on its southern islands.", "deploy", "JPN"),
    ("The Biden administration announced plans to send troops to the border.", "send", "USA"),
    ("Russia launched an attempt to seize the airport on Friday.", "seize", "RUS"),
])
def test_the_owner_of_a_plan_acts_in_it(pipeline, text, trigger, country):
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {country}


def test_who_rejects_a_plan_does_not_carry_it_out():
    doc = load_nlp()("Germany rejected a plan to deploy troops in Mali.")
    deploy = next(t for t in doc if t.lower_ == "deploy")
    assert [t.text for t in verb_subject(deploy)] != ["Germany"]


@pytest.mark.parametrize(("text", "trigger", "country", "evidence"), [
    ("Pakistan's prime minister said his government would expel the Afghan diplomats. "
     "Modi said India would respond.", "expel", "PAK", "possessor: Pakistan's prime minister"),
    ("Zelenskyy said his forces repelled an attack near Pokrovsk. Putin has not commented.",
     "attack", "UKR", "possessor: Zelenskyy"),
    ("Russia said its troops had withdrawn from the village near Kharkiv, Ukrainian "
     "officials said.", "withdrawn", "RUS", "possessor: Russia"),
])
def test_a_possessive_pronoun_owns_the_generic_agent(pipeline, text, trigger, country,
                                                     evidence):
    ev = _event(_events(pipeline, text), trigger)
    (src,) = ev.source
    assert (src.actor.country, src.actor.evidence) == (country, evidence)


def test_an_organisation_owns_its_fighters(pipeline):
    text = "The Baloch Liberation Army said its fighters attacked a train in Balochistan."
    (src,) = _event(_events(pipeline, text), "attacked").source
    assert src.text == "fighters" and src.actor.id == "org:bla"
