"""The memoised attribute ruler and lemmatizer annotate exactly like the stock components."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc

from eventwire.annotate.fast_rules import MemoLemmatizer, RuleMatcher, Unsupported, _value_test
from eventwire.annotate.nlp import ATTRIBUTE_RULES, LEMMAS, load_nlp

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
ODD_TEXT = ("Y'all ain't gonna believe it, but nothin' changed.  Let's see:\n\n"
            "  \u00a0 \"I'd go,\" he said -- whether or not it rains.\n")


@pytest.fixture(scope="module")
def pipelines() -> tuple:
    """The fast pipeline and the stock one."""
    return load_nlp(), load_nlp(fast_rules=False)


def _texts() -> list[str]:
    """Two sample articles and a text full of the ruler's special cases."""
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))[:2]] + [ODD_TEXT]


def _same(a: Doc, b: Doc) -> bool:
    """True when two parses carry the same annotations."""
    return (numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))
            and [t.lemma_ for t in a] == [t.lemma_ for t in b]
            and [str(t.morph) for t in a] == [str(t.morph) for t in b])


def test_pipeline_uses_the_fast_components(pipelines: tuple) -> None:
    fast, stock = pipelines
    assert ATTRIBUTE_RULES in fast.pipe_names and LEMMAS in fast.pipe_names
    assert "attribute_ruler" in stock.pipe_names and "lemmatizer" in stock.pipe_names
    assert fast.get_pipe(ATTRIBUTE_RULES).steps is not None  # the model's patterns compile


def test_same_annotations_as_the_stock_pipeline(pipelines: tuple) -> None:
    fast, stock = pipelines
    for text in _texts():
        assert _same(fast(text), stock(text))


def test_same_matches_as_the_ruler(pipelines: tuple) -> None:
    fast, stock = pipelines
    rules = fast.get_pipe(ATTRIBUTE_RULES)
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        for text in _texts():
            doc = stock(text)
            assert rules.match(doc) == rules.ruler.match(doc)


def test_unsupported_patterns_fall_back_to_the_matcher(pipelines: tuple) -> None:
    fast, _ = pipelines
    ruler = pickle.loads(pickle.dumps(fast.get_pipe(ATTRIBUTE_RULES).ruler))
    ruler.add([[{"LOWER": "said"}, {"IS_PUNCT": True, "OP": "?"}]], {"LEMMA": "say"})
    rules = RuleMatcher(ruler)
    assert rules.steps is None
    doc = fast("He said, twice.")
    assert rules.match(doc) == ruler.match(doc)


def test_value_tests() -> None:
    assert _value_test("nn")("nn") and not _value_test("nn")("NN")
    assert _value_test({"IN": ["a", "b"]})("b") and not _value_test({"NOT_IN": ["a"]})("a")
    assert _value_test({"REGEX": "^n'?t$"})("n't") and not _value_test({"REGEX": "^x"})("ax")
    with pytest.raises(Unsupported):
        _value_test({">=": 3})


def test_components_pickle(pipelines: tuple) -> None:
    fast, _ = pipelines
    rules = pickle.loads(pickle.dumps(fast.get_pipe(ATTRIBUTE_RULES)))
    lemmas = pickle.loads(pickle.dumps(fast.get_pipe(LEMMAS)))
    assert isinstance(rules, RuleMatcher) and rules.steps is not None
    assert isinstance(lemmas, MemoLemmatizer)


def _blank_ruler() -> tuple:
    """A blank English pipeline with an empty attribute ruler."""
    import spacy

    nlp = spacy.blank("en")
    return nlp, nlp.add_pipe("attribute_ruler")


def test_each_token_gets_the_last_values_of_its_rules() -> None:
    nlp, ruler = _blank_ruler()
    ruler.add([[{"LOWER": "bank"}]], {"POS": "NOUN", "LEMMA": "bank"})
    ruler.add([[{"LOWER": "river"}, {"LOWER": "bank"}]], {"LEMMA": "shore", "TAG": "NN"}, index=-1)
    ruler.add([[{"LOWER": "bank"}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": "river"}]], {"POS": "DET"}, index=0)
    rules = RuleMatcher(ruler)
    assert rules.token_only
    text = "The river bank and the bank of the river bank"
    fast, stock = rules(nlp.make_doc(text)), ruler(nlp.make_doc(text))
    assert [(t.pos_, t.tag_, t.lemma_) for t in fast] == [(t.pos_, t.tag_, t.lemma_) for t in stock]
    assert fast[2].lemma_ == "shore" and fast[2].pos_ == "PROPN" and fast[5].lemma_ == "bank"


def test_rules_on_lexeme_attributes_are_applied_by_the_ruler() -> None:
    nlp, ruler = _blank_ruler()
    ruler.add([[{"LOWER": "pls"}]], {"NORM": "please"})
    rules = RuleMatcher(ruler)
    assert not rules.token_only
    assert [t.norm_ for t in rules(nlp.make_doc("Go pls now"))] == ["go", "please", "now"]


def test_an_index_outside_the_match_raises_the_rulers_error() -> None:
    nlp, ruler = _blank_ruler()
    ruler.add([[{"LOWER": "a"}, {"LOWER": "b"}]], {"POS": "X"}, index=2)
    with pytest.raises(ValueError):
        RuleMatcher(ruler)(nlp.make_doc("a b c"))
