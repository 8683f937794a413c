"""The cached word set of a sentence span holds its lemmas and forms."""

from __future__ import annotations

from eventwire.annotate.doccache import column, sentence_words, span_text, token_ends, words_text
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


def test_columns_are_the_token_attributes() -> None:
    doc = load_nlp()(TEXT + "  \n\n\"Hello,\" said   Dr. O'Neill\tat 10:30 a.m. ")
    attrs = {"orth": lambda t: t.text, "lower": lambda t: t.lower_,
             "lemma": lambda t: t.lemma_.lower(), "pos": lambda t: t.pos_,
             "tag": lambda t: t.tag_, "dep": lambda t: t.dep_}
    for name, of in attrs.items():
        assert column(doc, name) == [of(t) for t in doc], name


def test_span_text_is_the_span_text() -> None:
    doc = load_nlp()(TEXT + "  Zenda\u00a0 talks")
    for span in [*doc.sents, doc[2:7], doc[3:3], doc[len(doc) - 1:]]:
        assert span_text(span) == span.text
    for i, j in [(0, 3), (2, 7), (5, 5), (7, 5), (len(doc) - 2, len(doc) + 4), (-3, 2)]:
        assert words_text(doc, max(i, 0), j) == doc[max(i, 0):j].text
    assert token_ends(doc) == [t.idx + len(t.text) for t in doc]


def test_child_index_is_the_children_walk() -> None:
    from eventwire.annotate.doccache import has_child, heads, heads_with_child

    doc = load_nlp()(TEXT + " If the talks fail, the army will likely not withdraw. "
                     "Should they meet, it must be soon.")
    assert heads(doc) == [t.head.i for t in doc]
    for dep, words in [("aux", frozenset({"will", "must"})), ("advmod", frozenset({"likely"})),
                       ("mark", frozenset({"if"})), ("neg", None), ("det", frozenset())]:
        expected = {t.i for t in doc if any(c.dep_ == dep and (words is None or c.lower_ in words)
                                            for c in t.children)}
        assert heads_with_child(doc, dep, words) == expected, dep
        assert [has_child(t, dep, words) for t in doc] == [t.i in expected for t in doc]
    assert heads_with_child(doc, "aux", frozenset({"will"}))  # the index finds 'will withdraw'
    assert not heads_with_child(doc, "aux", frozenset({"shall"}))  # and nothing not there
