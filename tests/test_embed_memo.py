"""Memoised token embeddings give the stock embedding stage's rows, bit for bit with blis (on
numpy's OpenBLAS to the last digits), and the same parse."""

from __future__ import annotations

import pickle
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, POS, TAG

from eventwire.annotate.embed_memo import MEMO_NAME, EmbedMemo, memoise_embeddings
from eventwire.annotate.nlp import load_nlp

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "samples"
ATTRS = [TAG, POS, DEP, HEAD, ENT_IOB, ENT_TYPE]
TEXTS = ["The minister met the envoy in Cairo on Tuesday and the envoy met the minister again.",
         "Rebels shelled the town overnight, officials said.\nThe army answered at dawn.",
         "Talks resume Monday."]
COMPARE = """
import sys, numpy
from pathlib import Path
from eventwire.annotate.gemm import select_gemm
from eventwire.annotate.nlp import load_nlp
select_gemm(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
fast, stock = load_nlp(), load_nlp(fast_rules=False)
# OpenBLAS picks its kernel by the CPU and the matrix's shape, and the memo multiplies fewer
# rows at a time than the stock stage: the last digits of a row may differ, the parse may not
same = all(numpy.allclose(a.tensor, b.tensor, rtol=0, atol=1e-5) and a.to_json() == b.to_json()
           for a, b in zip(fast.pipe(texts, batch_size=2), stock.pipe(texts, batch_size=2)))
print("same" if same else "different")
"""


@pytest.fixture(scope="module")
def stock_stage():
    """The stock embedding stage of the stock pipeline's shared tok2vec network."""
    return load_nlp(fast_rules=False).get_pipe("tok2vec").model.get_ref("embed")


def _docs(texts: list[str]) -> list:
    nlp = load_nlp(fast_rules=False)
    return [nlp.make_doc(t) for t in texts]


def _same_rows(a: list, b: list) -> bool:
    return len(a) == len(b) and all(numpy.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_both_networks_are_memoised_once() -> None:
    nlp = load_nlp()
    assert nlp.get_pipe("tok2vec").model.get_ref("embed").name == MEMO_NAME
    ner_tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    assert any(node.name == MEMO_NAME for node in ner_tok2vec.walk())
    assert memoise_embeddings(nlp) == 0  # already memoised: nothing added
    stock = load_nlp(fast_rules=False)
    assert all(node.name != MEMO_NAME for _, pipe in stock.pipeline
               if getattr(pipe, "model", None) is not None for node in pipe.model.walk())


def test_rows_equal_the_stock_stage_before_and_after_they_are_remembered(stock_stage) -> None:
    memo = EmbedMemo(stock_stage)
    model = stock_stage  # any model: the forward reads only its ops
    docs = _docs(TEXTS)
    expected = stock_stage.predict(docs)
    first, _ = memo.forward(model, docs, is_train=False)
    assert _same_rows(first, expected)
    distinct = len(memo.index)
    assert 0 < distinct < sum(len(d) for d in docs)  # repeated words are computed once
    again, _ = memo.forward(model, docs[::-1], is_train=False)  # every row from the memo
    assert _same_rows(again, expected[::-1]) and len(memo.index) == distinct


def test_a_full_memo_starts_afresh_with_the_same_rows(stock_stage) -> None:
    memo = EmbedMemo(stock_stage, limit=12)
    for doc in _docs(TEXTS[:2]):  # the second adds more keys than there is room for
        keys = {row.tobytes() for row in memo.features.predict([doc])[0]}
        out, _ = memo.forward(stock_stage, [doc], is_train=False)
        assert _same_rows(out, stock_stage.predict([doc]))
    assert set(memo.index) == keys  # only the last document's keys are left


def test_training_runs_the_stock_stage(stock_stage) -> None:
    memo = EmbedMemo(stock_stage)
    docs = _docs(TEXTS[:1])
    out, backprop = memo.forward(stock_stage, docs, is_train=True)
    assert [x.shape for x in out] == [x.shape for x in stock_stage.predict(docs)]
    assert not memo.index  # nothing remembered from a training pass
    assert callable(backprop)
    _, no_backprop = memo.forward(stock_stage, docs, is_train=False)
    with pytest.raises(NotImplementedError):
        no_backprop(out)


def test_empty_documents_pass_through(stock_stage) -> None:
    memo = EmbedMemo(stock_stage)
    out, _ = memo.forward(stock_stage, _docs(["", ""]), is_train=False)
    assert [len(x) for x in out] == [0, 0] and not memo.index


def test_same_parse_as_the_stock_pipeline_on_blis() -> None:
    fast, stock = load_nlp(), load_nlp(fast_rules=False)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + TEXTS
    for a, b in zip(fast.pipe(texts, batch_size=3), stock.pipe(texts, batch_size=3), strict=True):
        assert numpy.array_equal(a.tensor, b.tensor)
        assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))


def test_same_vectors_as_the_stock_pipeline_on_numpy() -> None:
    done = subprocess.run([sys.executable, "-c", COMPARE, "numpy", str(SAMPLES)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "same"


def test_pickles_without_its_rows(stock_stage) -> None:
    memo = EmbedMemo(stock_stage, limit=99)
    docs = _docs(TEXTS)
    memo.forward(stock_stage, docs, is_train=False)
    copy = pickle.loads(pickle.dumps(memo))
    assert copy.limit == 99 and not copy.index and memo.index
    out, _ = copy.forward(stock_stage, docs, is_train=False)
    assert _same_rows(out, stock_stage.predict(docs))


def test_threads_sharing_a_memo_get_the_stock_rows(stock_stage) -> None:
    memo = EmbedMemo(stock_stage, limit=30)  # small: the threads also start it afresh
    docs = _docs(TEXTS * 3)
    expected = [stock_stage.predict([d])[0] for d in docs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        outs = list(pool.map(lambda d: memo.forward(stock_stage, [d], is_train=False)[0][0], docs))
    assert _same_rows(outs, expected)
