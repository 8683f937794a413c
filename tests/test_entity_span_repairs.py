"""Two repairs of the tagger's name spans before linking: a body's name run over 'on' /
'against' into the place after it, and a capitalised opening adjective read as a name."""

from __future__ import annotations

import pytest
from test_actors_arguments import _event, _events

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.fixture(scope="module")
def registry():
    from eventwire.annotate.actors import default_registry

    return default_registry()


def _countries(ev, side: str) -> set[str]:
    return {p.actor.country for p in getattr(ev, side) if p.actor is not None}


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The sanctions imposed by the European Union on Belarus took effect on Monday.",
     "sanctions", "IGO", "BLR"),
    ("The tariffs imposed by the European Union on China angered Beijing.", "tariffs",
     "IGO", "CHN"),
])
def test_a_body_run_into_the_place_after_on_is_two_names(pipeline, text, trigger, source,
                                                        target):
    """'imposed by the European Union on Belarus': the Union imposes, Belarus undergoes."""
    ev = _event(_events(pipeline, text), trigger)
    assert _countries(ev, "source") == {source}
    assert _countries(ev, "target") == {target}
    assert all(" on " not in p.text for p in ev.source)


def test_a_name_with_on_that_is_no_body_and_place_is_kept(registry):
    """'the Council on Foreign Relations' and 'the UN Special Rapporteur on Myanmar' are one
    name each: the words after 'on' name no place, or the words before are no registry name."""
    from eventwire.annotate.actors import _split_at_target_preposition
    from eventwire.annotate.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp("An analyst at the Council on Foreign Relations spoke.")
    from spacy.tokens import Span

    k = next(t.i for t in doc if t.text == "the")
    end = next(t.i for t in doc if t.text == "spoke")
    doc.ents = [Span(doc, k, end, label="ORG")]
    _split_at_target_preposition(doc, registry)
    assert [e.text for e in doc.ents] == ["the Council on Foreign Relations"]
    doc = nlp("The Special Rapporteur on Myanmar spoke.")
    doc.ents = [Span(doc, 1, 5, label="ORG")]
    _split_at_target_preposition(doc, registry)
    assert [e.text for e in doc.ents] == ["Special Rapporteur on Myanmar"]


def test_a_capitalised_opening_adjective_is_no_doer(pipeline):
    """'Sharp criticism came from Beijing': the criticism is Beijing's, not 'Sharp''s."""
    ev = _event(_events(pipeline, "Sharp criticism came from Beijing after the meeting."),
                "criticism")
    assert [p.text for p in ev.source] == ["Beijing"]
    assert _countries(ev, "source") == {"CHN"}


def test_an_opening_nationality_or_registry_name_is_kept(registry):
    """A one-word name opening the sentence that the registry knows stays a name."""
    from spacy.tokens import Span

    from eventwire.annotate.actors import _drop_capitalised_adjectives
    from eventwire.annotate.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp("Sharp criticism came from Beijing.")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 4, 5, label="GPE")]
    _drop_capitalised_adjectives(doc, registry)
    assert [e.text for e in doc.ents] == ["Beijing"]
    doc = nlp("Russian troops shelled the town.")
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    _drop_capitalised_adjectives(doc, registry)
    assert [e.text for e in doc.ents] == ["Russian"]
