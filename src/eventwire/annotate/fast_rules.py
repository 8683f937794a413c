"""The model's rule-based components with less Python per token, same output.

spaCy's ``attribute_ruler`` runs a general token Matcher with ~180 patterns
over every token, and the ``lemmatizer`` builds a Token object and re-derives
base forms for every token. Both results depend only on a few token
attributes, so these replacements compute them once per distinct attribute
combination and reuse the answer:

- ``RuleMatcher`` finds exactly the matches the ruler's Matcher finds (same
  ``(rule, start, end)`` list, same order) and lets the ruler apply them.
  Patterns it cannot compile (operators, other attributes) make it use the
  ruler's own Matcher instead.
- ``MemoLemmatizer`` asks the stock lemmatizer once per distinct
  (text, POS, morphology) and writes all lemmas in one array operation.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.lookups import Lookups, Table
from spacy.tokens._retokenize import set_token_attrs

# Token attributes a compiled pattern may test, with their array ids. Strings
# compare as text; IS_SPACE is a flag.
STRING_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG,
                "DEP": DEP, "LEMMA": LEMMA}
FLAG_ATTRS = {"IS_SPACE": IS_SPACE}
PREDICATES = frozenset({"IN", "NOT_IN", "REGEX"})
# Attributes a rule may set that live on the token alone (not its lexeme), so that writing
# each token's last values once leaves the document as the ruler's match-by-match writes do.
TOKEN_ONLY_ATTRS = frozenset({LEMMA, POS, TAG, DEP, MORPH})
MEMO_LIMIT = 500_000  # distinct token keys kept before a memo starts afresh
INDEX_TABLE = "lemma_index"
LEMMA_MODES = frozenset({"rule", "lookup"})  # modes whose lemma depends on text, POS, morph only

Test = Callable[[Any], bool]


class Unsupported(ValueError):
    """A pattern uses a Matcher feature the compiled matcher does not reproduce."""


def _value_test(value: Any) -> Test:
    """A test of one attribute value: equality, or IN / NOT_IN / REGEX predicates."""
    if isinstance(value, (str, bool)):
        return lambda v: v == value
    if not isinstance(value, dict) or not value or set(value) - PREDICATES:
        raise Unsupported(f"predicate {value!r}")
    members = [v for k in ("IN", "NOT_IN") for v in value.get(k, [])]
    if any(not isinstance(v, str) for v in members) or not isinstance(value.get("REGEX", ""), str):
        raise Unsupported(f"predicate values {value!r}")
    tests: list[Test] = []
    if "IN" in value:
        allowed = frozenset(value["IN"])
        tests.append(lambda v: v in allowed)
    if "NOT_IN" in value:
        banned = frozenset(value["NOT_IN"])
        tests.append(lambda v: v not in banned)
    if "REGEX" in value:
        regex = re.compile(value["REGEX"])
        tests.append(lambda v: bool(regex.search(v)))
    return lambda v: all(t(v) for t in tests)


def _equal_values(value: Any) -> frozenset[Any] | None:
    """The values a test passes for when it is an equality or IN test, else None."""
    if isinstance(value, (str, bool)):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"])
    return None


def _token_tests(spec: dict[str, Any], names: list[str]) -> dict[int, tuple[Test, Any]]:
    """The tests of one pattern token (with their equal values, if any), by attribute index."""
    tests: dict[int, tuple[Test, Any]] = {}
    for attr, value in spec.items():
        key = attr.upper()
        if key not in STRING_ATTRS and key not in FLAG_ATTRS:
            raise Unsupported(f"attribute {attr}")
        if (key in FLAG_ATTRS) != isinstance(value, bool):
            raise Unsupported(f"value {value!r} for {attr}")
        if names.index(key) in tests:
            raise Unsupported(f"attribute {attr} twice")
        tests[names.index(key)] = (_value_test(value), _equal_values(value))
    return tests


def _attr_names(rules: list[list[list[dict[str, Any]]]]) -> list[str]:
    """The attribute names used by any pattern token, in a fixed order."""
    names = {attr.upper() for patterns in rules for pattern in patterns
             for spec in pattern for attr in spec}
    return sorted(names)


class RuleMatcher:
    """The attribute ruler's matches, from per-attribute bit masks of passing pattern tokens.

    Every pattern token ("step") is a conjunction of tests on single
    attributes. For each attribute value seen, a bit mask records the steps
    whose test on that attribute passes (steps without one always pass), so a
    token's passing steps are the AND of one cached mask per attribute.
    """

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        self.keys = [self.strings[str(i)] for i in range(len(ruler.attrs))]
        rules = [ruler.matcher.get(key)[1] for key in self.keys]
        self.by_mask: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        self.by_row: dict[tuple[int, ...], tuple[list[int], list[tuple[int, int]]]] = {}
        try:
            self.names = _attr_names(rules)
            self.ids = [STRING_ATTRS.get(n, FLAG_ATTRS.get(n)) for n in self.names]
            if None in self.ids:
                raise Unsupported("attribute")
            self.steps = self._compile(rules)
        except Unsupported:
            self.steps = None
        self.masks: list[dict[int, int]] = [{} for _ in self.ids]
        if self.steps is not None:
            self._index_tests()
        self.token_only = all(set(a) <= TOKEN_ONLY_ATTRS for a in ruler.attrs)

    def _index_tests(self) -> None:
        """Per attribute: steps without a test on it, equality tests by value, other tests."""
        self.base = [0] * len(self.ids)
        self.equal: list[dict[Any, int]] = [{} for _ in self.ids]
        self.general: list[list[tuple[int, Test]]] = [[] for _ in self.ids]
        for bit, (_p, _k, tests) in enumerate(self.steps):
            for col in range(len(self.ids)):
                if col not in tests:
                    self.base[col] |= 1 << bit
                    continue
                test, values = tests[col]
                if values is None:
                    self.general[col].append((bit, test))
                for v in values or ():
                    self.equal[col][v] = self.equal[col].get(v, 0) | 1 << bit

    def _compile(self, rules: list[list[list[dict[str, Any]]]]
                 ) -> list[tuple[int, int, dict[int, tuple[Test, Any]]]]:
        """(pattern, position, tests) for every token of every pattern; patterns listed in ``lengths``."""
        steps: list[tuple[int, int, dict[int, tuple[Test, Any]]]] = []
        self.lengths: list[tuple[int, int]] = []  # (rule, length) per pattern
        for rule, patterns in enumerate(rules):
            for pattern in patterns:
                if not pattern or any(not isinstance(s, dict) for s in pattern):
                    raise Unsupported("empty pattern")
                p = len(self.lengths)
                self.lengths.append((rule, len(pattern)))
                steps += [(p, k, _token_tests(spec, self.names)) for k, spec in enumerate(pattern)]
        return steps

    def _mask(self, col: int, value: int) -> int:
        """The bit mask of steps whose test on attribute ``col`` passes for ``value``."""
        masks = self.masks[col]
        mask = masks.get(value)
        if mask is None:
            if len(masks) >= MEMO_LIMIT:
                masks.clear()
            text = bool(value) if self.names[col] in FLAG_ATTRS else self.strings[value]
            mask = self.base[col] | self.equal[col].get(text, 0)
            for bit, test in self.general[col]:
                if test(text):
                    mask |= 1 << bit
            masks[value] = mask
        return mask

    def _hits(self, mask: int) -> tuple[list[int], list[tuple[int, int]]]:
        """Single-token rules matched by a token and (pattern, position) hits of longer ones."""
        hit = self.by_mask.get(mask)
        if hit is None:
            single, multi = [], []
            for bit, (p, k, _tests) in enumerate(self.steps):
                if mask >> bit & 1:
                    rule, length = self.lengths[p]
                    if length == 1:
                        single.append(rule)
                    else:
                        multi.append((p, k))
            hit = self.by_mask[mask] = (single, multi)
        return hit

    def _token_hits(self, row: list[int]) -> tuple[list[int], list[tuple[int, int]]]:
        """The hits of one token from its attribute values (once per distinct values)."""
        key = tuple(row)
        hit = self.by_row.get(key)
        if hit is None:
            mask = -1
            for col, value in enumerate(row):
                mask &= self._mask(col, value)
            if len(self.by_row) >= MEMO_LIMIT:
                self.by_row.clear()
            hit = self.by_row[key] = self._hits(mask)
        return hit

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """The ruler's sorted ``(rule, key, start, end)`` matches over ``doc``."""
        if self.steps is None:
            return self.ruler.match(doc)
        if not len(doc):
            return []
        rows = doc.to_array(self.ids).reshape(len(doc), -1).tolist()
        hits = [self._token_hits(row) for row in rows]
        found: set[tuple[int, int, int, int]] = set()
        for i, (single, multi) in enumerate(hits):
            for rule in single:
                found.add((rule, self.keys[rule], i, i + 1))
            for p, k in multi:
                rule, length = self.lengths[p]
                if k == 0 and i + length <= len(doc) and all(
                        (p, j) in hits[i + j][1] for j in range(1, length)):
                    found.add((rule, self.keys[rule], i, i + length))
        return sorted(found)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the ruler alone (compiled tests are rebuilt)."""
        return (RuleMatcher, (self.ruler,))

    def __call__(self, doc: Any) -> Any:
        """Apply the ruler's attributes to ``doc``."""
        matches = self.match(doc)
        if self.token_only:
            self._set_final(doc, matches)
        else:
            self.ruler.set_annotations(doc, matches)
        return doc

    def _set_final(self, doc: Any, matches: list[tuple[int, int, int, int]]) -> None:
        """Give each matched token, in one write, the attribute values the ruler leaves on
        it after applying ``matches`` in order (a later rule overwrites an earlier one)."""
        attrs, indices = self.ruler.attrs, self.ruler.indices
        final: dict[int, dict[int, Any]] = {}
        for rule, key, start, end in matches:
            index = indices[rule]
            if not -(end - start) <= index < end - start:  # the ruler's own error
                self.ruler.set_annotations(doc, [(rule, key, start, end)])
            token = (start if index >= 0 else end) + index
            values = final.get(token)
            if values is None:
                final[token] = dict(attrs[rule])
            else:
                values.update(attrs[rule])
        for token, values in final.items():
            set_token_attrs(doc[token], values)

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterator[Any]:
        """Apply the ruler to a stream of documents."""
        for doc in docs:
            yield self(doc)


def _indexed_copy(lemmatizer: Any) -> Any:
    """A copy of ``lemmatizer`` whose word index tables are sets (membership is all they serve).

    The stock rule lemmatizer tests ``form in index`` against a list of tens
    of thousands of words; a set answers the same question at once.
    """
    fast = copy.copy(lemmatizer)
    fast.cache = {}
    if getattr(lemmatizer, "mode", None) == "rule" and INDEX_TABLE in lemmatizer.lookups.tables:
        lookups = Lookups()
        for name in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table(name)
            if name == INDEX_TABLE:
                table = Table(name=name, data={k: frozenset(v) for k, v in table.items()})
            lookups.set_table(name, table)
        fast.lookups = lookups
    fast.lemmatize = getattr(fast, f"{lemmatizer.mode}_lemmatize")
    return fast


class MemoLemmatizer:
    """The stock lemmatizer's lemmas, asked once per distinct (text, POS, morphology)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}
        self.lemmatize = _indexed_copy(lemmatizer).lemmatize

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the lemmatizer alone (the memo is rebuilt)."""
        return (MemoLemmatizer, (self.lemmatizer,))

    @staticmethod
    def supports(lemmatizer: Any) -> bool:
        """True when the lemmatizer's result depends only on text, POS and morphology."""
        return getattr(lemmatizer, "mode", None) in LEMMA_MODES

    def __call__(self, doc: Any) -> Any:
        """Set the lemma of every token that has none (of every token when overwriting)."""
        if not len(doc):
            return doc
        overwrite = self.lemmatizer.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = [0] * len(rows)
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas[i] = lemma
                continue
            key = (orth, pos, morph)
            value = self.memo.get(key)
            if value is None:
                if len(self.memo) >= MEMO_LIMIT:
                    self.memo.clear()
                value = self.memo[key] = self.strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterator[Any]:
        """Lemmatise a stream of documents."""
        for doc in docs:
            yield self(doc)
