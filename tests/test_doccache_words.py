"""The cached word set of a sentence span holds its lemmas and forms."""

from __future__ import annotations

from eventwire.annotate.doccache import sentence_words
from eventwire.annotate.nlp import load_nlp

TEXT = ("The Ministers of Ruritania and Freedonia MET on Thursday. They signed three accords, "
        "officials said.\nTalks resume in Zenda next month.")


def test_sentence_words_are_the_lemmas_and_forms_of_the_span() -> None:
    doc = load_nlp()(TEXT)
    for sent in [*doc.sents, doc[2:7]]:
        expected = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        assert sentence_words(sent) == frozenset(expected)
    assert {"sign", "signed", "ministers", "accord"} <= sentence_words(next(iter(doc.sents))) | \
        sentence_words(list(doc.sents)[1])
