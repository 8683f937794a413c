"""The model's token embeddings computed once per distinct token, same output.

Each tok2vec network of the model (the shared one, and the entity
recognizer's own) begins with an embedding stage: hash-table rows for a
token's norm, prefix, suffix and shape (and spacing), mixed by a maxout
layer and normalised. That stage reads nothing but the token's own
attributes; context enters only in the window encoder after it. It costs
about a quarter of each network's time, and news repeats its words, so
``EmbedMemo`` keeps the stage's output row of every attribute combination
it has seen and computes only the combinations a batch adds (together, in
one pass through the stock layers). Every row is the one the stock stage
gives: the stage works row by row (hash lookups, one matrix product, a
per-row maximum and normalisation), and the matrix product gives each row
the same value whatever other rows are multiplied with it (checked on both
matrix kernels by ``tests/test_embed_memo.py``). Training goes through the
stock stage.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
from thinc.api import Model

MEMO_ROWS = 50_000  # attribute combinations kept per network before the memo starts afresh
MEMO_NAME = "eventwire_embed_memo"
EMBED = "embed"


class EmbedMemo:
    """An embedding stage (``extract_features >> ... >> ragged2list``) with its rows memoised."""

    def __init__(self, embed: Model, limit: int = MEMO_ROWS) -> None:
        self.embed = embed
        self.features, self.rest = embed.layers[0], embed.layers[1:]
        self.limit = limit
        self.index: dict[bytes, int] = {}
        self.table = numpy.empty((0, embed.get_dim("nO")), dtype="float32")

    def forward(self, model: Model, docs: list[Any], is_train: bool
                ) -> tuple[list[Any], Callable[[Any], Any]]:
        """Thinc forward: memoised rows at prediction, the stock stage in training."""
        if is_train:
            return self.embed(docs, is_train)
        feats = self.features.predict(docs)
        lengths = [len(f) for f in feats]
        if not sum(lengths):
            return self.embed(docs, is_train)
        rows = numpy.ascontiguousarray(numpy.concatenate(feats))
        keys = rows.view(numpy.dtype((numpy.void, rows.dtype.itemsize * rows.shape[1])))
        positions = self.positions(keys.ravel().tolist(), rows)
        out = self.table[positions]
        return model.ops.unflatten(out, model.ops.asarray1i(lengths)), _no_backprop

    def positions(self, keys: list[bytes], rows: Any) -> list[int]:
        """The table row of each key, computing the rows of keys not seen before."""
        index = self.index
        found = [index.get(k, -1) for k in keys]
        if -1 not in found:
            return found
        new: dict[bytes, int] = {}  # unseen key -> its first position in the batch
        for i, k in enumerate(keys):
            if found[i] < 0 and k not in new:
                new[k] = i
        if len(index) + len(new) > self.limit:  # start afresh with this batch's keys
            index.clear()
            new = {}
            for i, k in enumerate(keys):
                new.setdefault(k, i)
        computed = self.compute(rows[list(new.values())])
        start = len(index)
        self.reserve(start + len(new))
        self.table[start:start + len(new)] = computed
        for i, k in enumerate(new, start):
            index[k] = i
        return [index[k] for k in keys]

    def compute(self, rows: Any) -> Any:
        """The stock stage's output for feature rows (one row per token)."""
        out = [rows]
        for layer in self.rest:
            out = layer.predict(out)
        return out[0]

    def reserve(self, n: int) -> None:
        """Room for ``n`` rows in the table, keeping the rows it holds."""
        if n <= len(self.table):
            return
        size = min(max(n, 2 * len(self.table), 1024), max(n, self.limit))
        table = numpy.empty((size, self.table.shape[1]), dtype="float32")
        table[:len(self.table)] = self.table
        self.table = table


def _no_backprop(d_output: Any) -> Any:
    """The memoised stage predicts only; training runs the stock stage."""
    raise NotImplementedError("the memoised embedding stage does not train")


def memo_model(embed: Model, limit: int = MEMO_ROWS) -> Model:
    """A thinc layer that runs ``embed`` with its rows memoised."""
    memo = EmbedMemo(embed, limit)
    return Model(MEMO_NAME, memo.forward, layers=[embed], dims={"nO": embed.get_dim("nO")})


def _embedding_stage(tok2vec: Model) -> Model | None:
    """The chain holding an embedding stage as its first layer, or None."""
    for node in tok2vec.walk():
        if node.has_ref(EMBED) and node.layers and node.layers[0] is node.get_ref(EMBED):
            embed = node.get_ref(EMBED)
            if embed.name.startswith("extract_features>>") and embed.name.endswith("ragged2list"):
                return node
    return None


def memoise_embeddings(nlp: Any, limit: int = MEMO_ROWS) -> int:
    """Memoise the embedding stage of every tok2vec network of ``nlp``; returns how many."""
    done = 0
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if not isinstance(model, Model):
            continue
        node = _embedding_stage(model)
        if node is None or node.layers[0].name == MEMO_NAME:
            continue
        memo = memo_model(node.get_ref(EMBED), limit)
        node.layers[0] = memo
        node.set_ref(EMBED, memo)
        done += 1
    return done
