"""One list of token objects per document, the same tokens as indexing the document."""

from __future__ import annotations

import spacy

from eventwire.annotate.doccache import tokens


def test_tokens_are_the_documents_tokens_built_once():
    nlp = spacy.blank("en")
    doc = nlp("The minister met the envoy in Rome on Monday.")
    toks = tokens(doc)
    assert [t.i for t in toks] == list(range(len(doc)))
    assert [t.text for t in toks] == [doc[i].text for i in range(len(doc))]
    assert toks[-1] == doc[-1] and toks[2] == doc[2]
    assert tokens(doc) is toks  # cached on the document
