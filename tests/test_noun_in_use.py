"""A word the tagger read as a verb that the parse uses as a noun is read as the noun."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate.doccache import noun_in_use
from eventwire.annotate.nlp import load_nlp
from eventwire.model import Article
from eventwire.pipeline import Pipeline

MONDAY = dt.date(2025, 7, 28)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _events(pipeline, text):
    (ex,) = list(pipeline.run([Article(id="t", text=text, published=MONDAY.isoformat())]))
    return ex.events


def test_possessed_calls_parsed_as_a_verb_are_a_past_phone_call(pipeline, nlp):
    text = ("The president, whose phone calls to both prime ministers on Saturday opened the "
            "way to talks, praised the deal.")
    doc = nlp(text)
    calls = next(t for t in doc if t.lower_ == "calls")
    if calls.pos_ != "VERB":
        pytest.skip("the tagger reads 'calls' as a noun here; nothing to repair")
    assert noun_in_use(calls)
    (ev,) = [e for e in _events(pipeline, text) if e.trigger.text == "calls"]
    assert ev.type == "CONSULT" and ev.modality == "asserted"
    assert ev.date["value"] == "2025-07-26"  # the Saturday before, as 'opened' is past


@pytest.mark.parametrize("text, trigger, kind", [
    ("The minister calls on Varnia to withdraw its troops.", "calls", "REQUEST"),
    ("Varnia attacks the border post every night.", "attacks", "ASSAULT"),
])
def test_a_verb_in_a_verb_s_place_stays_a_verb(pipeline, nlp, text, trigger, kind):
    doc = nlp(text)
    assert not noun_in_use(next(t for t in doc if t.text == trigger))
    assert any(e.type == kind and e.trigger.text.startswith(trigger)
               for e in _events(pipeline, text))
