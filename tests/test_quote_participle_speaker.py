"""A participle after a quote's speech verb ('..., X said, adding that ...') keeps X as speaker."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.quotes import extract_quotes
from eventwire.extract.quotes_deps import source_of
from eventwire.model import Article, Extraction

# (word, trailing space, head index, dep, tag, pos, lemma)
_MISPARSE = [
    ("“", False, 3, "punct", "``", "PUNCT", "“"),
    ("We", True, 3, "nsubj", "PRP", "PRON", "we"),
    ("are", True, 3, "aux", "VBP", "AUX", "be"),
    ("going", True, 3, "ROOT", "VBG", "VERB", "go"),
    ("to", True, 5, "aux", "TO", "PART", "to"),
    ("sign", True, 3, "xcomp", "VB", "VERB", "sign"),
    ("nothing", True, 5, "dobj", "NN", "PRON", "nothing"),
    ("but", True, 3, "cc", "CC", "CCONJ", "but"),
    ("just", True, 9, "advmod", "RB", "ADV", "just"),
    ("listen", False, 3, "conj", "VB", "VERB", "listen"),
    (",", False, 13, "punct", ",", "PUNCT", ","),
    ("”", True, 13, "punct", "''", "PUNCT", "”"),
    ("Dostan", True, 13, "nsubj", "NNP", "PROPN", "Dostan"),
    ("said", False, 9, "parataxis", "VBD", "VERB", "say"),
    (",", True, 13, "punct", ",", "PUNCT", ","),
    ("adding", True, 3, "advcl", "VBG", "VERB", "add"),
    ("that", True, 18, "mark", "IN", "SCONJ", "that"),
    ("there", True, 18, "expl", "EX", "PRON", "there"),
    ("is", True, 15, "ccomp", "VBZ", "VERB", "be"),
    ("no", True, 20, "det", "DT", "DET", "no"),
    ("way", False, 18, "attr", "NN", "NOUN", "way"),
    (".", False, 3, "punct", ".", "PUNCT", "."),
]


@pytest.fixture(scope="module")
def nlp():
    """The spaCy pipeline, loaded once."""
    return load_nlp()


def _doc(nlp, rows, quoted: bool = True) -> Doc:
    """A document parsed as ``rows`` say: the parse a sentence can get in a full article."""
    if not quoted:  # the same words without quote marks, heads renumbered
        keep = [r for r in rows if r[0] not in "“”"]
        index = {id(r): i for i, r in enumerate(keep)}
        rows = [(w, sp, index[id(rows[h])], d, t, p, lem) for (w, sp, h, d, t, p, lem) in keep]
    words, spaces, heads, deps, tags, pos, lemmas = (list(c) for c in zip(*rows, strict=True))
    sent_starts = [True] + [False] * (len(words) - 1)
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=lemmas, sent_starts=sent_starts)


def test_participle_hung_on_the_quote_takes_the_speech_verbs_subject(nlp):
    doc = _doc(nlp, _MISPARSE)
    adding = next(t for t in doc if t.text == "adding")
    assert source_of(adding).text == "Dostan"
    ex = Extraction(Article("t", doc.text), doc=doc)
    added = [q for q in extract_quotes(ex) if q.cue.text == "adding"]
    assert added and added[0].speaker.text == "Dostan"


def test_without_a_closing_quote_the_participle_keeps_its_parsed_head(nlp):
    # 'We are going to sign nothing but just listen, Dostan said, adding ...' with no quote marks:
    # the parenthetical 'Dostan said' is no speech verb told after a quote
    doc = _doc(nlp, _MISPARSE, quoted=False)
    adding = next(t for t in doc if t.text == "adding")
    assert source_of(adding).text == "We"


@pytest.mark.parametrize("text, speaker", [
    ("Talks resumed in Kessa on Monday. Minister Karel Dostan said his country was ready. "
     "“We are not going to sign anything, but we want a sense of what is possible,” Dostan "
     "said, adding that the border quarrel could only be settled at the table.", "Dostan"),
    ("“Nothing is settled yet,” Mirova Tal told reporters in Orsk, adding that the talks "
     "would continue.", "Mirova Tal"),
    ("The envoy arrived on Sunday. “Our people will not wait forever,” the envoy said, "
     "warning that patience was running out.", "the envoy"),
])
def test_participle_after_a_quote_is_the_speakers_in_full_articles(nlp, text, speaker):
    ex = Extraction(Article("t", text), doc=nlp(text))
    added = [q for q in extract_quotes(ex) if q.cue.text in ("adding", "warning")]
    assert added and added[0].speaker.text == speaker
