"""A verb the small parser read as a modifier in a short verbless sentence is made the
sentence's root again, on hand-built sentences; headings and hyphened modifiers stay."""

from __future__ import annotations

import pytest

from eventwire.annotate.nlp import VERBLESS, load_nlp
from eventwire.annotate.verbless import VerblessRepair, quantity_site, repair_site, verb_stems
from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text: str):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published="2025-05-07")]))
    return ex.events


def test_verb_stems_of_ed_forms():
    assert verb_stems("phoned")[:2] == ["phone", "phon"]
    assert "ban" in verb_stems("banned")
    assert verb_stems("red") == [] and verb_stems("Putin") == []


def test_the_component_sits_after_the_lemmas():
    names = load_nlp().pipe_names
    assert names.index(VERBLESS) < names.index("ner")


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    ("Trump phoned Putin.", "CONSULT", "Trump", "Putin"),
    ("Trump phoned Putin on Tuesday.", "CONSULT", "Trump", "Putin"),
])
def test_a_phone_call_misread_as_an_adjective_is_a_consultation(pipeline, text, etype, source,
                                                               target):
    [ev] = [ev for ev in _events(pipeline, text) if ev.type == etype]
    assert ev.trigger.text == "phoned"
    assert [p.text for p in ev.source] == [source]
    assert [p.text for p in ev.target] == [target]


def test_a_restriction_misread_as_an_adjective_is_coerce(pipeline):
    events = _events(pipeline, "The junta limited gatherings.")
    assert [(ev.type, ev.trigger.text) for ev in events] == [("COERCE", "limited gatherings")]


@pytest.mark.parametrize("text", [
    "Hamas-led attack on the border town",
    "Related stories and reports",
    "Region | Current status | Predicted impact |",
    "The destroyed bridge near the border",
])
def test_verbless_headings_are_left_alone(text):
    nlp = load_nlp()
    with nlp.select_pipes(disable=[VERBLESS]):
        doc = nlp(text)
    assert all(repair_site(s, lambda w: True) is None for s in doc.sents)


def test_a_sentence_with_a_verb_is_not_touched():
    nlp = load_nlp()
    doc = nlp("The president phoned the king.")
    before = [(t.head.i, t.dep_, t.pos_) for t in doc]
    VerblessRepair(lambda w: True)(doc)
    assert [(t.head.i, t.dep_, t.pos_) for t in doc] == before


def _unrepaired(text: str):
    nlp = load_nlp()
    with nlp.select_pipes(disable=[VERBLESS]):
        return nlp(text)


def test_a_quantity_subject_misread_with_its_verb_as_a_participle_is_repaired():
    """'Hundreds of X protested ...' parsed with 'Hundreds' as the root and the verb as its
    acl: the verb becomes the root and the quantity its subject."""
    text = "Hundreds of miners protested outside the parliament on Tuesday."
    [sent] = list(_unrepaired(text).sents)
    site = quantity_site(sent)
    assert site is not None and site[0].text == "protested" and site[1].text == "Hundreds"
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.text == "protested")
    assert verb.dep_ == "ROOT" and doc[0].dep_ == "nsubj" and doc[0].head.i == verb.i


def test_the_repaired_protest_is_the_crowd_s(pipeline):
    events = _events(pipeline, "Hundreds of miners protested outside the parliament on Tuesday.")
    assert [(ev.type, ev.trigger.text) for ev in events] == [("PROTEST", "protested")]


@pytest.mark.parametrize("text", [
    "Hundreds of people killed in the floods.",
    "Dozens of soldiers wounded in the fighting.",
    "Hundreds of people displaced by the fighting.",
    "Hundreds of people killed in the floods were buried on Sunday.",
])
def test_a_reduced_relative_on_a_quantity_keeps_its_parse(text):
    """No object and a verb that takes one, a by-agent, or a main verb of its own: the
    participle describes the people (a passive), it is no act of theirs."""
    assert all(quantity_site(s) is None for s in _unrepaired(text).sents)
