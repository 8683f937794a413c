"""An acronym the tagger leaves outside any entity ('an OAU proposal', 'ECOWAS troops') is a
name when the registry knows it as a body: the rules looking for a named doer or owner see it."""

from __future__ import annotations

import pytest
from actor_helpers import actor_of, linked

from eventwire.annotate.nlp import load_nlp
from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _side(pipeline, text, etype, side):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2001-05-07")]))
    events = [e for e in ex.events if e.type == etype]
    assert events, [(e.type, e.trigger.text) for e in ex.events]
    return {p.actor.country if p.actor else None for e in events for p in getattr(e, side)}


def test_an_acronym_read_as_an_adjective_owns_the_agent(nlp):
    # the tagger reads 'ECOWAS' as an adjective: the place the sentence names decided before
    ref = actor_of(linked(nlp, "ECOWAS troops attacked rebel positions in Liberia."), "troops")
    assert ref.country == "IGO"
    assert ref.evidence == "name: ECOWAS"


@pytest.mark.parametrize(("text", "etype"), [
    ("The rebels accepted an OAU proposal for a truce.", "AGREE"),
    ("Sudan accepted an OAU proposal for a truce.", "AGREE"),
])
def test_the_acronym_author_of_an_answered_proposal_is_the_target(pipeline, text, etype):
    assert "IGO" in _side(pipeline, text, etype, "target")


def _labelled(nlp, text):
    from eventwire.annotate.actors import _label_acronyms, default_registry

    doc = nlp(text)
    before = {e.text for e in doc.ents}
    _label_acronyms(doc, default_registry())
    return {e.text for e in doc.ents} - before


def test_an_unlabelled_body_acronym_becomes_an_entity(nlp):
    assert _labelled(nlp, "Sudan accepted an OAU proposal for a truce.") == {"OAU"}


def test_no_entity_for_a_word_in_a_line_of_capitals(nlp):
    assert _labelled(nlp, "REFUGEES WHO FLED THE FIGHTING RETURNED HOME, officials said.") \
        == set()


@pytest.mark.parametrize(("kind", "labelled"), [("media", False), ("person", False),
                                                ("igo", True)])
def test_only_bodies_are_labelled(nlp, kind, labelled):
    from eventwire.annotate.actors import _label_acronyms
    from eventwire.model import ActorRef

    class OneName:  # a registry knowing one acronym only, as an actor of ``kind``
        alias_index = {"OAU": ["oau"]}

        def resolve(self, actor_id):
            return ActorRef(id=actor_id, name="Oau", kind=kind, country="IGO")

    doc = nlp("Sudan accepted an OAU proposal for a truce.")
    assert not any(e.text == "OAU" for e in doc.ents)
    _label_acronyms(doc, OneName())
    assert any(e.text == "OAU" for e in doc.ents) is labelled
