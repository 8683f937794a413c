"""The parser and entity recognizer run with the GIL held annotate exactly like the stock ones."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START
from spacy.tokens import Doc

from eventwire.annotate.greedy_parse import GreedyParser, use_greedy_parse
from eventwire.annotate.nlp import load_nlp

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"
ATTRS = [DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
ODD_TEXTS = ["", "   \n ", "Paris", "U.N. Secretary-General António Guterres met Ukraine's "
             "President Volodymyr Zelenskyy in Kyiv on Monday.\n\nRussia said nothing."]


@pytest.fixture(scope="module")
def pipelines() -> tuple:
    """The eventwire pipeline and the stock one."""
    return load_nlp(), load_nlp(fast_rules=False)


def _texts() -> list[str]:
    """The sample articles whole and by paragraph (batches of unequal lengths), and odd texts."""
    articles = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    paragraphs = [p for a in articles for p in a.split("\n") if p.strip()]
    return articles + paragraphs + ODD_TEXTS


def _annotations(doc: Doc) -> tuple:
    """What the parser and the entity recognizer put on a doc."""
    return (doc.to_array(ATTRS).tobytes(), [(e.start, e.end, e.label_) for e in doc.ents])


def test_pipeline_uses_the_greedy_components(pipelines: tuple) -> None:
    fast, stock = pipelines
    assert isinstance(fast.get_pipe("parser"), GreedyParser)
    assert isinstance(fast.get_pipe("ner"), GreedyParser)
    assert not isinstance(stock.get_pipe("ner"), GreedyParser)
    assert fast.pipe_names.index("parser") < fast.pipe_names.index("ner")  # in the stock places
    assert fast.get_pipe("ner").labels == stock.get_pipe("ner").labels  # the stock's attributes


def test_same_annotations_as_the_stock_components(pipelines: tuple) -> None:
    fast, stock = pipelines
    texts = _texts()
    ours = [_annotations(d) for d in fast.pipe(texts, batch_size=16)]
    theirs = [_annotations(d) for d in stock.pipe(texts, batch_size=16)]
    assert len(ours) == len(texts)
    assert ours == theirs
    assert any(e for _, e in ours)  # the samples do have entities


def test_one_document_as_in_a_batch(pipelines: tuple) -> None:
    fast, _ = pipelines
    texts = _texts()[:8]
    assert [_annotations(fast(t)) for t in texts] == \
        [_annotations(d) for d in fast.pipe(texts, batch_size=8)]


def test_installing_twice_changes_nothing(pipelines: tuple) -> None:
    fast, _ = pipelines
    names = list(fast.pipe_names)
    ner = fast.get_pipe("ner")
    use_greedy_parse(fast)
    assert fast.pipe_names == names and fast.get_pipe("ner") is ner


def test_pickles_as_the_stock_component(pipelines: tuple) -> None:
    fast, _ = pipelines
    copy = pickle.loads(pickle.dumps(fast.get_pipe("ner")))
    assert isinstance(copy, GreedyParser) and copy.labels == fast.get_pipe("ner").labels
    assert not GreedyParser.supports(fast.get_pipe("tagger"))
    assert not hasattr(GreedyParser.__new__(GreedyParser), "labels")  # no parser yet: no loop
    doc = fast.make_doc("Officials in Geneva met on Monday.")
    for name, proc in fast.pipeline:
        doc = (copy if name == "ner" else proc)(doc)
    assert numpy.array_equal(doc.to_array(ATTRS), fast("Officials in Geneva met on Monday.")
                             .to_array(ATTRS))
