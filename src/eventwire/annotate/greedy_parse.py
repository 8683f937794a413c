"""The model's parser and entity recognizer run greedily while holding the GIL, same output.

spaCy's greedy transition loop (``Parser._parseC``) runs without the GIL, and
every check of a state's buffer or stack that finds nothing there (a lookahead
past the last token, no open entity) makes the compiled code take the GIL back
to ask whether a Python error is pending, then release it again. The entity
recognizer's validity tests do that for most of its 74 actions at every token:
a third of its time went to locking and unlocking the GIL's mutexes.

``GreedyParser`` runs the same loop from Python with the GIL held, where those
checks cost nothing: the stock step model scores the unfinished states
(``ParserStepModel.predict``: the same precomputed features, sum, maxout and
output layer as the compiled loop) and the stock ``transition_states`` checks
the actions' validity and applies the best one. A batch the pipeline hands the
component is parsed as one set of states instead of the stock component's
length-sorted quarters (four documents each at the pipeline's batch of 16),
which costs fewer steps of Python; each state's scores are computed row by row,
so grouping the documents differently gives them the same values (checked against
the stock component by ``tests/test_greedy_parse.py``). Beam search, training and
everything else go to the stock component.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import blis.py
import numpy
from spacy import util
from spacy.language import Language
from spacy.pipeline.transition_parser import Parser
from thinc.api import set_dropout_rate

GREEDY_PARSE = "eventwire_greedy_parse"


class GreedyParser:
    """A transition-based component (parser, entity recognizer) whose greedy prediction runs
    with the GIL held; every other attribute is the stock component's."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser

    def __getattr__(self, name: str) -> Any:
        parser = self.__dict__.get("parser")
        if parser is None:  # not initialised (a copy being made)
            raise AttributeError(name)
        return getattr(parser, name)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the stock component (the wrapper is rebuilt)."""
        return (GreedyParser, (self.parser,))

    @staticmethod
    def supports(parser: Any) -> bool:
        """True for a transition-based component that predicts greedily on the CPU."""
        return isinstance(parser, Parser) and parser.cfg.get("beam_width", 1) == 1 \
            and "has_upper" in getattr(parser.model, "attrs", {})

    def predict(self, docs: list[Any]) -> list[Any]:
        """The final parse states of ``docs``, as the stock greedy parse gives them."""
        parser = self.parser
        if not any(len(doc) for doc in docs):
            return parser.moves.init_batch(docs)
        parser._ensure_labels_are_added(docs)
        set_dropout_rate(parser.model, 0.0)
        batch = parser.moves.init_batch(docs)
        model = parser.model.predict(docs)
        scores = _scorer(model)
        states = [s for s in batch if not s.is_final()]
        while states:
            states = parser.transition_states(states, scores(states))
        model.clear_memory()
        return batch

    def __call__(self, doc: Any) -> Any:
        """Parse one document in place."""
        try:
            self.parser.set_annotations([doc], self.predict([doc]))
            return doc
        except Exception as exc:
            self.parser.get_error_handler()(self.parser.name, self.parser, [doc], exc)

    def pipe(self, docs: Iterable[Any], *, batch_size: int = 256) -> Iterator[Any]:
        """Parse a stream of documents in place, ``batch_size`` at a time, in order."""
        for batch in util.minibatch(docs, size=batch_size):
            batch = list(batch)
            try:
                self.parser.set_annotations(batch, self.predict(batch))
                yield from batch
            except Exception as exc:
                self.parser.get_error_handler()(self.parser.name, self.parser, batch, exc)


def _scorer(model: Any) -> Callable[[list[Any]], Any]:
    """The scores of a list of unfinished states as the compiled loop computes them
    (``parser_model.predict_states``): the step model's precomputed features summed, biased
    and maxed out, times the output layer by blis (whatever thinc's matrix kernel), plus its
    bias, and each class the model has not seen set to the lowest score of the step."""
    state2vec, upper = model.state2vec, model.vec2scores
    unseen = numpy.flatnonzero(model._class_mask == 0)
    weights = bias = None
    if upper is not None:
        weights = numpy.ascontiguousarray(upper.get_param("W"), dtype="f")
        bias = upper.get_param("b")

    def scores(states: list[Any]) -> Any:
        hidden = state2vec.predict(model.get_token_ids(states))
        if weights is None:
            out = numpy.ascontiguousarray(hidden, dtype="f")
        else:
            out = blis.py.gemm(hidden, weights, trans2=True, beta=0.0)
            out += bias
        if unseen.size:
            out[:, unseen] = out.min()
        return out

    return scores


@Language.factory(GREEDY_PARSE, default_config={"stock": ""})
def make_greedy_parse(nlp: Language, name: str, stock: str) -> GreedyParser:
    """The component ``stock`` of the pipeline, predicting greedily with the GIL held."""
    return GreedyParser(nlp.get_pipe(stock))


def use_greedy_parse(nlp: Language) -> None:
    """Put a ``GreedyParser`` in the place and under the name of each greedy transition-based
    component of ``nlp``."""
    for name in list(nlp.pipe_names):
        proc = nlp.get_pipe(name)
        if isinstance(proc, GreedyParser) or not GreedyParser.supports(proc):
            continue
        temporary = f"{GREEDY_PARSE}_{name}"
        nlp.add_pipe(GREEDY_PARSE, name=temporary, before=name, config={"stock": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(temporary, name)
