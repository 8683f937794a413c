"""Per-document values computed once and reused by every component.

spaCy rebuilds ``Doc.text`` from its tokens on each access, builds every
entity span for each ``Doc.ents`` / ``Span.ents`` and walks the whole
document for noun chunks; components that ask for them per token or per
event would pay that cost many times per article. These helpers keep the
result in ``Doc.user_data`` so each document pays it once. Components do not
change a document after spaCy has run, so the values never go stale.
"""

from __future__ import annotations

import bisect
from operator import itemgetter
from typing import Any

from spacy.attrs import (
    DEP,
    ENT_IOB,
    HEAD,
    IDX,
    IS_SPACE,
    LEMMA,
    LENGTH,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    TAG,
)

MEMO_LIMIT = 200_000  # string hashes remembered with their (lower-cased) strings
_STRINGS: dict[bool, dict[int, str]] = {False: {}, True: {}}  # by lower-casing

TEXT_KEY = ("eventwire", "text")
ENTS_KEY = ("eventwire", "ents")
ENT_STARTS_KEY = ("eventwire", "ent_starts")
SENT_STARTS_KEY = ("eventwire", "sent_starts")
SENT_SPANS_KEY = ("eventwire", "sent_spans")
TOKEN_STARTS_KEY = ("eventwire", "token_starts")
TOKEN_ENDS_KEY = ("eventwire", "token_ends")
CHUNKS_KEY = ("eventwire", "noun_chunks")
HEADS_KEY = ("eventwire", "heads")
CHILDREN_KEY = ("eventwire", "children")
BY_DEP_KEY = ("eventwire", "by_dep")
INSIDE_KEY = ("eventwire", "inside_entity")
SPACES_KEY = ("eventwire", "spaces")
TOKENS_KEY = ("eventwire", "tokens")
NO_CHILDREN: tuple[int, ...] = ()  # the children of every token that has none (never changed)
IOB_INSIDE = 1  # ENT_IOB of a token inside an entity, not its first ('I')
# Token attributes as lists of strings, one per token: name -> (spaCy attribute, lower-cased)
COLUMNS = {"orth": (ORTH, False), "lower": (LOWER, False), "lemma": (LEMMA, True),
           "pos": (POS, False), "tag": (TAG, False), "dep": (DEP, False)}
COLUMN_KEYS = {name: ("eventwire", "column", name) for name in COLUMNS}
CHILD_WORDS_KEYS: dict[str, tuple[str, str, str]] = {}  # relation -> its index's key


def _cached(doc: Any, key: tuple[str, str], build: Any) -> Any:
    """``doc.user_data[key]``, computed by ``build(doc)`` on first use."""
    value = doc.user_data.get(key)
    if value is None:
        value = build(doc)
        doc.user_data[key] = value
    return value


def doc_text(doc: Any) -> str:
    """The document text, built once per document."""
    value = doc.user_data.get(TEXT_KEY)
    if value is None:
        value = doc.user_data[TEXT_KEY] = doc.text
    return value


def seed_text(doc: Any, text: str) -> None:
    """Record ``text`` as the document text (spaCy docs reproduce their input text exactly)."""
    if len(doc) == 0 or doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[TEXT_KEY] = text


def tokens(doc: Any) -> list[Any]:
    """The document's tokens as one list, built once per document: ``tokens(doc)[i]`` is
    ``doc[i]`` without building a new token object at each access."""
    value = doc.user_data.get(TOKENS_KEY)
    if value is None:
        value = doc.user_data[TOKENS_KEY] = list(doc)
    return value


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """The document's entity spans (``Doc.ents``), built once per document."""
    value = doc.user_data.get(ENTS_KEY)
    if value is None:
        value = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return value


def span_ents(span: Any) -> list[Any]:
    """The entities inside ``span``, exactly as ``Span.ents`` gives them."""
    doc = span.doc
    ents = doc_ents(doc)
    starts = doc.user_data.get(ENT_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[ENT_STARTS_KEY] = [e.start for e in ents]
    out = []
    for ent in ents[bisect.bisect_left(starts, span.start):]:
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def token_starts(doc: Any) -> list[int]:
    """Character offsets of the tokens, in order."""
    value = doc.user_data.get(TOKEN_STARTS_KEY)
    if value is None:
        value = doc.user_data[TOKEN_STARTS_KEY] = doc.to_array(IDX).tolist()
    return value


def sent_starts(doc: Any) -> list[int]:
    """Indices of the tokens that start a sentence, in order."""
    value = doc.user_data.get(SENT_STARTS_KEY)
    if value is None:
        value = doc.user_data[SENT_STARTS_KEY] = [
            i for i, v in enumerate(doc.to_array(SENT_START).tolist()) if v == 1]
    return value


def sentence_of(tok: Any) -> Any:
    """The sentence span holding ``tok``: from the last sentence start at or before it
    (or the document start) to the next one after it (or the document end)."""
    doc = tok.doc
    starts = sent_starts(doc)
    k = bisect.bisect_right(starts, tok.i)
    spans = doc.user_data.get(SENT_SPANS_KEY)
    if spans is None:
        spans = doc.user_data[SENT_SPANS_KEY] = {}
    span = spans.get(k)
    if span is None:  # one span per sentence, built on first use
        i = starts[k - 1] if k > 0 else 0
        j = starts[k] if k < len(starts) else len(doc)
        span = spans[k] = doc[i:j]
    return span


def column(doc: Any, name: str) -> list[str]:
    """One string attribute of every token, in order, built once per document: ``orth``
    (``Token.text``), ``lower`` (``Token.lower_``), ``lemma`` (``Token.lemma_.lower()``),
    ``pos``, ``tag``, ``dep`` (``Token.pos_``, ``tag_``, ``dep_``). Loops that test a word
    of each token read these instead of building a ``Token`` per word."""
    key = COLUMN_KEYS[name]
    value = doc.user_data.get(key)  # read directly: the token rules ask for columns often
    if value is None:
        value = doc.user_data[key] = _column(doc, *COLUMNS[name])
    return value


def _column(doc: Any, attr: int, lower: bool) -> list[str]:
    """The strings of one attribute of every token (lower-cased when ``lower``)."""
    hashes = doc.to_array(attr).tolist()
    memo = _STRINGS[lower]
    if len(hashes) > 1:  # every string seen before: one lookup call for all the words
        try:
            return list(itemgetter(*hashes)(memo))
        except KeyError:
            pass
    out = list(map(memo.get, hashes))
    if None in out:  # strings not seen before
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        strings = doc.vocab.strings
        for h in set(hashes).difference(memo):
            memo[h] = strings[h].lower() if lower else strings[h]
        out = list(map(memo.__getitem__, hashes))
    return out


def word_positions(doc: Any, word: str, tag: str) -> list[int]:
    """Indices of the tokens whose lower-cased form is ``word`` and whose tag is ``tag``, in
    order, found once per document from the token columns."""
    key = ("eventwire", "positions", word, tag)
    value = doc.user_data.get(key)
    if value is None:
        tags = column(doc, "tag")
        value = [i for i, w in enumerate(column(doc, "lower")) if w == word and tags[i] == tag]
        doc.user_data[key] = value
    return value


def positions_in(doc: Any, words: frozenset[str], names: tuple[str, ...] = ("lemma",)
                 ) -> list[int]:
    """Indices of the tokens whose value in one of the columns ``names`` is in ``words``, in
    order, found once per document and word set (a loop over a sentence's tokens for a few
    cue words then reads only these)."""
    key = ("eventwire", "positions_in", names, words)
    value = doc.user_data.get(key)
    if value is None:
        value = [i for i, w in enumerate(column(doc, names[0])) if w in words]
        for name in names[1:]:
            value = sorted({*value, *(i for i, w in enumerate(column(doc, name)) if w in words)})
        doc.user_data[key] = value
    return value


def tokens_in(sent: Any, words: frozenset[str], name: str = "lemma") -> list[Any]:
    """``[t for t in sent if w(t) in words]`` where ``w`` is the column ``name`` (``lemma``:
    ``t.lemma_.lower()``, ``lower``: ``t.lower_``), in order, from the document's positions of
    ``words``: a loop over a sentence that skips every token but a few cue words builds only
    those (a token per word of every sentence otherwise, several loops per sentence)."""
    doc = sent.doc
    found = between(positions_in(doc, words, (name,)), sent.start, sent.end)
    if not found:
        return []
    toks = tokens(doc)
    return [toks[i] for i in found]


def between(positions: list[int], start: int, end: int) -> list[int]:
    """The sorted ``positions`` in ``[start, end)``."""
    return positions[bisect.bisect_left(positions, start):bisect.bisect_left(positions, end)]


def inside_entity(doc: Any) -> list[bool]:
    """For each token, whether it continues an entity (``Token.ent_iob_ == "I"``)."""
    value = doc.user_data.get(INSIDE_KEY)
    if value is None:
        value = doc.user_data[INSIDE_KEY] = [
            v == IOB_INSIDE for v in doc.to_array(ENT_IOB).tolist()]
    return value


def spaces(doc: Any) -> list[bool]:
    """For each token, whether it is white space (``Token.is_space``)."""
    value = doc.user_data.get(SPACES_KEY)
    if value is None:
        value = doc.user_data[SPACES_KEY] = [v == 1 for v in doc.to_array(IS_SPACE).tolist()]
    return value


def token_ends(doc: Any) -> list[int]:
    """Character offsets where the tokens end, in order."""
    value = doc.user_data.get(TOKEN_ENDS_KEY)
    if value is None:
        value = doc.user_data[TOKEN_ENDS_KEY] = [
            s + n for s, n in zip(token_starts(doc), doc.to_array(LENGTH).tolist(), strict=True)]
    return value


def words_text(doc: Any, i: int, j: int) -> str:
    """``doc[i:j].text`` (same clamping of the bounds) from the document text, without
    building the span."""
    n = len(doc)
    i = min(n, max(0, i))
    j = min(n, max(i, j))
    if i == j:
        return ""
    data = doc.user_data
    text, starts, ends = data.get(TEXT_KEY), data.get(TOKEN_STARTS_KEY), data.get(TOKEN_ENDS_KEY)
    if text is None:
        text = doc_text(doc)
    if starts is None:
        starts = token_starts(doc)
    if ends is None:
        ends = token_ends(doc)
    return text[starts[i]:ends[j - 1]]


def span_text(span: Any) -> str:
    """``Span.text`` from the document text, without building a token per word."""
    return doc_text(span.doc)[span.start_char:span.end_char] if len(span) else ""


def sentence_words(sent: Any) -> frozenset[str]:
    """Lower-cased lemmas and forms of the tokens of a sentence span, once per span
    (built per span, not per document: only sentences holding an event ask for them)."""
    doc, start, end = sent.doc, sent.start, sent.end
    key = ("eventwire", "words", start, end)
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = frozenset(
            {*column(doc, "lemma")[start:end], *column(doc, "lower")[start:end]})
    return value


def noun_chunks(doc: Any) -> tuple[Any, ...]:
    """The document's noun chunks, found once per document."""
    return _cached(doc, CHUNKS_KEY, lambda d: tuple(d.noun_chunks))


def heads(doc: Any) -> list[int]:
    """The index of each token's head (``Token.head.i``; a root is its own head)."""
    value = doc.user_data.get(HEADS_KEY)
    if value is None:
        value = doc.user_data[HEADS_KEY] = [
            i + off for i, off in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
    return value


def children(doc: Any) -> list[list[int] | tuple[int, ...]]:
    """For each token, the indices of its syntactic children in order (``Token.children``:
    the left ones, then the right ones), built once per document from the heads."""
    value = doc.user_data.get(CHILDREN_KEY)
    if value is None:  # a token without children holds the one shared empty tuple
        value = doc.user_data[CHILDREN_KEY] = [NO_CHILDREN] * len(doc)
        for i, h in enumerate(heads(doc)):
            if h != i:
                kids = value[h]
                if kids:
                    kids.append(i)
                else:
                    value[h] = [i]
    return value


def child_tokens(tok: Any, deps: tuple[str, ...] | frozenset[str]) -> list[Any]:
    """``[c for c in tok.children if c.dep_ in deps]`` from the document's index: a token is
    built only for the children kept, and no subtree is walked."""
    doc = tok.doc
    dep = column(doc, "dep")
    return [doc[j] for j in children(doc)[tok.i] if dep[j] in deps]


def conjuncts(tok: Any) -> tuple[Any, ...]:
    """``Token.conjuncts`` (the tokens coordinated with ``tok``, without it) from the
    document's index: a token neither a conjunct nor with one costs two list reads."""
    doc, i = tok.doc, tok.i
    dep, kids = column(doc, "dep"), children(doc)
    if dep[i] != "conj" and not any(dep[j] == "conj" for j in kids[i] if j > i):
        return ()
    head = heads(doc)
    start = i
    while head[start] != start and dep[start] == "conj":
        start = head[start]
    found = [start]
    for w in found:  # grows while read: the conjuncts of each conjunct, to their right
        found.extend(j for j in kids[w] if j > w and dep[j] == "conj")
    return tuple(doc[j] for j in found if j != i)


def heads_with_child(doc: Any, dep: str, words: frozenset[str] | None = None) -> frozenset[int]:
    """Indices of the tokens with a child of relation ``dep`` whose lower-cased form is in
    ``words`` (any form when ``words`` is None), found once per document from the token columns. ``Token.children`` walks
    the token's whole subtree span, so asking it of a clause head for each trigger costs
    as much as the sentence."""
    key = ("eventwire", "heads_with", dep, words)
    value = doc.user_data.get(key)
    if value is None:
        head = heads(doc)
        lower = column(doc, "lower")
        value = frozenset(head[i] for i in _by_dep(doc).get(dep, ())
                          if (words is None or lower[i] in words) and head[i] != i)
        doc.user_data[key] = value
    return value


def _by_dep(doc: Any) -> dict[str, list[int]]:
    """The indices of the tokens of each dependency relation, once per document."""
    value = doc.user_data.get(BY_DEP_KEY)
    if value is None:
        value = doc.user_data[BY_DEP_KEY] = {}
        for i, dep in enumerate(column(doc, "dep")):
            value.setdefault(dep, []).append(i)
    return value


def has_child(tok: Any, dep: str, words: frozenset[str] | None = None) -> bool:
    """``any(c.dep_ == dep and c.lower_ in words for c in tok.children)`` (without the word
    test when ``words`` is None), from the document's index."""
    doc = tok.doc
    index = doc.user_data.get(CHILD_WORDS_KEYS.get(dep) or _child_words_key(dep))
    found = (index if index is not None else _child_words(doc, dep)).get(tok.i)
    return found is not None and (words is None or not found.isdisjoint(words))


def _child_words_key(dep: str) -> tuple[str, str, str]:
    """The key of the child-word index of relation ``dep`` (one tuple per relation)."""
    return CHILD_WORDS_KEYS.setdefault(dep, ("eventwire", "child_words", dep))


def _child_words(doc: Any, dep: str) -> dict[int, set[str]]:
    """For each token with a child of relation ``dep``, the lower-cased forms of those
    children, once per document and relation."""
    key = CHILD_WORDS_KEYS.get(dep) or _child_words_key(dep)
    value = doc.user_data.get(key)
    if value is None:
        head = heads(doc)
        lower = column(doc, "lower")
        value = {}
        for i in _by_dep(doc).get(dep, ()):
            if head[i] != i:
                value.setdefault(head[i], set()).add(lower[i])
        doc.user_data[key] = value
    return value


NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # places only a noun fills


def noun_in_use(tok: Any) -> bool:
    """True for a word the tagger read as a verb that the parse uses as a noun: in a noun's
    place (subject, object, a preposition's object) with a determiner or a possessor of its
    own, which no verb takes ('whose phone [calls] to both leaders opened the way')."""
    return tok.dep_ in NOUN_DEPS and any(c.dep_ in ("det", "poss") for c in tok.children)
