"""Objects shared across coordinated verbs: a later verb's pronoun object, and an earlier
verb whose object the parser hangs on the verb after it."""

from __future__ import annotations

import pytest
from pipeline_runs import countries as _countries

from eventwire.model import Article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text: str, published: str = "2025-05-07"):
    (ex,) = list(pipeline.run([Article(id="t", text=text, title=None, published=published)]))
    return ex.events


def _event(events, trigger: str):
    found = [ev for ev in events if trigger in ev.trigger.text]
    assert found, [ev.trigger.text for ev in events]
    return found[0]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Chilean troops detained two Peruvian farmers and shot them, witnesses said.",
     "shot", "PER"),
    ("Chilean soldiers picked up three Peruvian fishermen, tied them up and shot them.",
     "shot", "PER"),
    ("Bolivian police rounded up dozens of Paraguayan traders and beat them on Monday.",
     "beat", "PRY"),
    ("Chilean marines surrounded the Peruvian patrol boat and fired on it.",
     "fired", "PER"),
    ("Chilean police stopped a Peruvian activist at the border and detained her.",
     "detained", "PER"),
])
def test_pronoun_object_of_a_later_verb_takes_the_earlier_object(pipeline, text, trigger,
                                                                   target):
    ev = _event(_events(pipeline, text), trigger)
    assert target in _countries(ev, "target")


def test_pronoun_object_must_agree_with_the_earlier_object():
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.participants import conjunct_object

    doc = load_nlp()("Chilean troops detained two Peruvian farmers and shot them.")
    them = next(t for t in doc if t.lower_ == "them")
    assert conjunct_object(them).lower_ == "farmers"
    doc = load_nlp()("Chilean troops detained two Peruvian farmers and burned it.")
    it = next(t for t in doc if t.lower_ == "it")
    assert conjunct_object(it) is None


def test_pronoun_object_of_a_verb_with_its_own_subject_is_left_to_other_rules():
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.participants import conjunct_object

    doc = load_nlp()("Police detained two Peruvian farmers, and prosecutors charged them on Friday.")
    them = next(t for t in doc if t.lower_ == "them")
    assert conjunct_object(them) is None


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Chilean troops seized and beat several Peruvian fishermen near the coast.",
     "seized", "PER"),
    ("Bolivian police arrested and charged four Paraguayan traders on Monday.",
     "arrested", "PRY"),
])
def test_earlier_verb_shares_the_object_of_the_verb_after_it(pipeline, text, trigger, target):
    ev = _event(_events(pipeline, text), trigger)
    assert target in _countries(ev, "target")


def test_raised_object_needs_a_bare_conjunction_and_no_second_subject():
    from eventwire.annotate.nlp import load_nlp
    from eventwire.extract.arguments import _raised_objects

    doc = load_nlp()("Chilean troops seized and beat several Peruvian fishermen.")
    seized = next(t for t in doc if t.lower_ == "seized")
    assert [t.lower_ for t in _raised_objects(seized)] == ["fishermen"]
    doc = load_nlp()("Chilean troops seized the port and beat several Peruvian fishermen.")
    seized = next(t for t in doc if t.lower_ == "seized")
    assert _raised_objects(seized) == []
