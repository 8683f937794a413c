"""A sentence's tokens of a few cue words, read from the document's index, are the ones a loop
over the sentence would test."""

from __future__ import annotations

from eventwire.annotate.doccache import tokens_in
from eventwire.annotate.nlp import load_nlp
from eventwire.extract.effect_charges import effect_lemmas, effect_predicate
from eventwire.extract.lexicon import load_lexicon
from eventwire.extract.natural import _hazard_forms, _hazard_word

TEXT = ("The ministers of Ruritania and Freedonia met on Thursday and welcomed the accord. "
        "Officials said the strikes threaten regional stability and undermine the truce.\n"
        "Cyclones hit the coast; the cyclone season allegedly WELCOMES nobody.")


def test_tokens_in_is_the_loop_over_the_sentence() -> None:
    doc = load_nlp()(TEXT)
    words = frozenset({"welcome", "threaten", "meet", "cyclone"})
    for sent in [*doc.sents, doc[3:12], doc[:], doc[5:5]]:
        assert tokens_in(sent, words) == [t for t in sent if t.lemma_.lower() in words]
        assert tokens_in(sent, frozenset({"allegedly", "cyclones"}), "lower") == \
            [t for t in sent if t.lower_ in {"allegedly", "cyclones"}]
    assert [t.lower_ for t in tokens_in(doc[:], words)][:4] == ["met", "welcomed", "threaten",
                                                                "cyclones"]


def test_effect_predicates_only_at_their_lemmas() -> None:
    doc = load_nlp()(TEXT)
    lexicon = load_lexicon()
    cues = lambda name: lexicon.cue("disapproval_charges", name)  # noqa: E731
    lemmas = effect_lemmas(cues)
    assert "threaten" in lemmas
    found = [t.i for t in doc if effect_predicate(t, cues) is not None]
    assert found  # 'threaten regional stability', 'undermine the truce'
    assert found == [t.i for t in tokens_in(doc[:], lemmas)
                     if effect_predicate(t, cues) is not None]


def test_hazard_forms_are_the_hazard_words() -> None:
    doc = load_nlp()(TEXT)
    assert [t.i for t in doc if _hazard_word(t)] == \
        [t.i for t in tokens_in(doc[:], _hazard_forms(), "lower")]
    assert any(_hazard_word(t) for t in doc)


def _correlative_by_tokens(tok) -> bool:  # noqa: ANN001 - the loop over tokens it replaces
    from eventwire.extract.modality import COMPARATIVE_TAGS
    from eventwire.extract.triggers import sentence_of

    sent = sentence_of(tok)
    pairs = [t.i for t in sent[:-1] if t.lower_ == "the" and t.nbor(1).tag_ in COMPARATIVE_TAGS]
    if len(pairs) < 2 or tok.i < pairs[0]:
        return False
    return any(t.text == "," for t in tok.doc[pairs[0]:pairs[-1]])


def test_correlative_comparison_from_the_columns_is_the_token_loop() -> None:
    from eventwire.extract.modality import correlative_comparison

    doc = load_nlp()("The more the rebels attack, the harder the army will strike. The longer "
                     "the siege lasts, the less food remains. The more recent attack killed "
                     "more civilians than ever. The sooner they talk the better")
    assert any(correlative_comparison(t) for t in doc)
    assert [correlative_comparison(t) for t in doc] == [_correlative_by_tokens(t) for t in doc]


def test_name_text_from_the_cached_entities_is_the_entity_text() -> None:
    from eventwire.extract.arguments import _name_text

    doc = load_nlp()("The United Nations and the European Union met Ruritania's Foreign "
                     "Minister Anna Petrova in New York on Monday.")
    for tok in doc:
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        expected = ent.text.lower().removeprefix("the ") if tok.ent_type_ and ent is not None \
            else tok.lower_
        assert _name_text(tok) == expected
    assert any(tok.ent_type_ for tok in doc)
