"""New words get the same lexical attributes from the string-method getters as from spaCy's."""

from __future__ import annotations

from spacy.attrs import IS_ASCII, LIKE_URL
from spacy.lang import lex_attrs

from eventwire.annotate.nlp import load_nlp

WORDS = ["", " ", " " * 700, " " * 40 + "\n", "Geneva", "naïve", "Zürich", "x" * 300,
         "http://example", "https://a", "www.example.org", "www.", "example.org", "a.b",
         "U.S.", ".com", "example.", "user@example.org", "localhost:8080", "10.5", "e.g",
         "news.example.co.uk/path", "über.de", "—"]


def test_fast_getters_give_the_stock_values() -> None:
    getters = load_nlp().vocab.lex_attr_getters
    assert getters[IS_ASCII] is not lex_attrs.is_ascii  # replaced
    assert getters[LIKE_URL] is not lex_attrs.like_url
    for word in WORDS:
        assert getters[IS_ASCII](word) == lex_attrs.is_ascii(word), word
        if word:  # spaCy's like_url fails on the empty string (the vocabulary never asks)
            assert getters[LIKE_URL](word) == lex_attrs.like_url(word), word


def test_new_long_word_lexeme() -> None:
    lex = load_nlp().vocab[" " * 1234]
    assert lex.is_ascii and not lex.like_url and lex.is_space
