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


def test_columns_of_words_seen_before_and_of_new_ones() -> None:
    nlp = load_nlp()
    attrs = {"orth": lambda t: t.text, "lemma": lambda t: t.lemma_.lower(),
             "dep": lambda t: t.dep_}
    for text in (TEXT, TEXT, TEXT + " Quuxville's zorbling envoys wrote."):
        doc = nlp(text)  # every string known the second time; new words the third
        for name, of in attrs.items():
            assert column(doc, name) == [of(t) for t in doc], (text, name)


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


def test_word_positions_and_sentence_spans() -> None:
    from eventwire.annotate.doccache import sentence_of, word_positions

    doc = load_nlp()("What happened was unclear. Zenda condemned what it called an attack.")
    whats = word_positions(doc, "what", "WP")
    assert whats == [t.i for t in doc if t.lower_ == "what" and t.tag_ == "WP"]
    assert len(whats) == 2 and word_positions(doc, "zenda", "WP") == []
    for tok in doc:
        sent = sentence_of(tok)
        assert (sent.start, sent.end) == (tok.sent.start, tok.sent.end)
        assert sentence_of(tok) is sent  # one span per sentence


def test_a_free_relative_needs_its_own_what() -> None:
    from eventwire.extract.arguments import _free_relative, _governs

    doc = load_nlp()("What happened was unclear. Zenda condemned what it called an attack. "
                     "Ruritania condemned the attack.")
    attack = [t for t in doc if t.lower_ == "attack"]
    objects = [c for t in doc if t.lower_ == "condemned" for c in t.children
               if c.dep_ in ("dobj", "ccomp")]  # 'what it called an attack', 'the attack'
    assert len(objects) == 2
    named = _free_relative(objects[0])  # the free relative names the attack
    assert [t.i for t in named] == [attack[0].i]
    assert _free_relative(objects[1]) == []  # an earlier 'what' is not in this phrase
    assert not _governs(objects[1], doc[0].i) and _governs(objects[0], objects[0].i)


def test_inside_entity_is_the_iob_inside_mark() -> None:
    from eventwire.annotate.doccache import inside_entity

    doc = load_nlp()("The United Nations Security Council met in New York on Monday.")
    assert inside_entity(doc) == [t.ent_iob_ == "I" for t in doc]
    assert any(inside_entity(doc)) and not all(inside_entity(doc))


def test_positions_in_are_the_tokens_with_a_listed_word_and_between_cuts_them_by_sentence() -> None:
    from eventwire.annotate.doccache import between, positions_in

    doc = load_nlp()(TEXT)
    words = frozenset({"sign", "accord", "talks", "meet"})
    lemmas = positions_in(doc, words)
    assert lemmas == [t.i for t in doc if t.lemma_.lower() in words]
    both = positions_in(doc, words, ("lower", "lemma"))
    assert both == [t.i for t in doc if t.lemma_.lower() in words or t.lower_ in words]
    for sent in doc.sents:
        assert between(both, sent.start, sent.end) == [i for i in both
                                                       if sent.start <= i < sent.end]


def test_children_and_conjuncts_are_spacys() -> None:
    from eventwire.annotate.doccache import child_tokens, children, conjuncts

    doc = load_nlp()(TEXT + " Troops from Ruritania, Freedonia and Zenda crossed the river, "
                     "seized two bridges and shelled the town, the army said.")
    kids = children(doc)
    assert any(len(k) > 2 for k in kids) and any(t.dep_ == "conj" for t in doc)
    for tok in doc:
        assert list(kids[tok.i]) == [c.i for c in tok.children]
        assert [c.i for c in child_tokens(tok, ("nsubj", "dobj"))] == \
            [c.i for c in tok.children if c.dep_ in ("nsubj", "dobj")]
        assert [c.i for c in conjuncts(tok)] == [c.i for c in tok.conjuncts]
    assert sum(1 for tok in doc if conjuncts(tok)) >= 4


def test_spaces_are_the_space_tokens() -> None:
    from eventwire.annotate.doccache import spaces

    doc = load_nlp()("Talks  resume.\n\nZenda \t agreed.  ")
    assert spaces(doc) == [t.is_space for t in doc] and any(spaces(doc))


def test_columns_of_an_empty_and_a_one_word_document() -> None:
    from eventwire.annotate.doccache import COLUMNS, children

    nlp = load_nlp()
    for text in ("", "Talks", "  "):
        doc = nlp(text)
        for name in COLUMNS:
            assert len(column(doc, name)) == len(doc), (text, name)
        assert [list(k) for k in children(doc)] == [[c.i for c in t.children] for t in doc]
    assert column(nlp("Talks"), "orth") == ["Talks"]
