"""Quotes and attribution: quote styles, cues, speakers, pronouns, relayed speech."""

from __future__ import annotations

import pytest

from eventwire.annotate.nlp import load_nlp
from eventwire.extract.quotes import extract_quotes
from eventwire.extract.quotes_marks import find_quotes
from eventwire.model import Article, Extraction, Quote


@pytest.fixture(scope="module")
def nlp():
    """The spaCy pipeline, loaded once."""
    return load_nlp()


def quotes_of(nlp, text: str) -> list[Quote]:
    """The quotes of ``text``."""
    ex = Extraction(Article("t", text), doc=nlp(text))
    return extract_quotes(ex)


def find(quotes: list[Quote], words: str) -> Quote:
    """The quote whose content holds ``words``."""
    hits = [q for q in quotes if words in q.content.text]
    assert hits, f"no quote with {words!r} in {[q.content.text for q in quotes]}"
    return hits[0]


def test_marks_straight_curly_single_and_apostrophes():
    text = 'He said "go now," then ‘wait here’ and it\'s Trump’s call. “Fine”'
    inner = [text[m.inner_start:m.inner_end] for m in find_quotes(text)]
    assert inner == ["go now,", "wait here", "Fine"]


def test_marks_multi_paragraph_quote_and_unbalanced_mark():
    text = "“First part of it.\n“Second part.” he said.\nA stray “mark here"
    marks = find_quotes(text)
    assert text[marks[0].inner_start:marks[0].inner_end].endswith("Second part.")
    assert not marks[-1].closed and text[marks[-1].inner_start:].startswith("mark here")


def test_direct_quote_speaker_after(nlp):
    q = find(quotes_of(nlp, "“We will not give up the territory,” Zelensky said on Monday."),
             "We will not give up")
    assert q.direct and q.speaker.text == "Zelensky" and q.cue.text == "said"
    assert q.content.text == "We will not give up the territory,"


def test_direct_quote_speaker_before_with_straight_quotes(nlp):
    q = find(quotes_of(nlp, 'Putin said "the operation will continue until its goals are met."'),
             "operation will continue")
    assert q.direct and q.speaker.text == "Putin"


def test_split_quote_shares_speaker_and_cue(nlp):
    qs = quotes_of(nlp, "“It was a good call,” Trump said, “but not one that will lead to "
                        "immediate peace.”")
    first, second = find(qs, "good call"), find(qs, "immediate peace")
    assert first.speaker.text == second.speaker.text == "Trump"
    assert first.cue.text == second.cue.text == "said"


def test_multi_sentence_quote(nlp):
    q = find(quotes_of(nlp, "“This is about the harvest. This is about their livelihoods,” said "
                            "Okafor."), "about the harvest")
    assert "livelihoods" in q.content.text and q.speaker.text == "Okafor"


def test_colon_introduction(nlp):
    q = find(quotes_of(nlp, "Trump wrote on Truth Social: “It was a good call, but not a call "
                            "that will lead to immediate peace.”"), "immediate peace")
    assert q.direct and q.speaker.text == "Trump" and q.cue.text == "wrote"


def test_told_reporters(nlp):
    q = find(quotes_of(nlp, "Peskov told reporters that the talks would resume next week."),
             "talks would resume")
    assert not q.direct and q.speaker.text == "Peskov" and q.cue.text == "told"


def test_indirect_that_clause(nlp):
    q = find(quotes_of(nlp, "The Kremlin said that the two presidents discussed a prisoner "
                            "exchange."), "prisoner exchange")
    assert not q.direct and "Kremlin" in q.speaker.text


@pytest.mark.parametrize("cue", ["acknowledged", "warned", "insisted", "claimed", "stressed",
                                 "noted", "denied", "confirmed", "announced", "argued"])
def test_indirect_cue_verbs(nlp, cue):
    text = f"Merkel {cue} that the sanctions would stay in place."
    q = find(quotes_of(nlp, text), "sanctions would stay")
    assert q.speaker.text == "Merkel" and cue in q.cue.text


def test_fronted_content(nlp):
    q = find(quotes_of(nlp, "Putin will have to respond, Trump said."), "will have to respond")
    assert q.speaker.text == "Trump" and q.cue.text == "said"


def test_according_to(nlp):
    q = find(quotes_of(nlp, "The two leaders spoke for 75 minutes, according to TASS."),
             "spoke for 75 minutes")
    assert q.cue.text == "according to" and "TASS" in (q.mention or q.speaker).text


def test_according_to_each_occurrence(nlp):
    """Every occurrence of a source phrase is an attribution, in text order; a phrase's first
    word alone ("in the words" without "of", a final "according") is not."""
    text = ("The ferry sank near the harbour, according to the coast guard. Nine crew members "
            "were rescued, according to the port authority. He chose his words with care, "
            "in the words of one aide. Nobody acted according")
    quotes = quotes_of(nlp, text)
    ferry = find(quotes, "ferry sank")
    crew = find(quotes, "crew members")
    assert ferry.cue.text == crew.cue.text == "according to"
    assert "coast guard" in (ferry.mention or ferry.speaker).text
    assert "port authority" in (crew.mention or crew.speaker).text
    assert ferry.cue.start < crew.cue.start
    assert not [q for q in quotes if q.cue.text == "according"]


def test_nominal_cue(nlp):
    q = find(quotes_of(nlp, "Despite Trump’s assertion that he could judge Putin within two "
                            "weeks, little changed."), "he could judge Putin")
    assert q.speaker.text == "Trump" and q.cue.text == "assertion"


def test_pronoun_resolved_to_nearest_person_subject(nlp):
    text = ("Trump spoke with Putin on Wednesday. Later he said that the call had been "
            "productive.")
    q = find(quotes_of(nlp, text), "had been productive")
    assert q.speaker.text == "Trump" and q.mention.text == "he"


def test_scare_quotes_are_not_quotes(nlp):
    assert quotes_of(nlp, "The so-called “peace plan” was published on Friday.") == []


def test_relayed_speech_chain(nlp):
    text = ("Trump described the call. He relayed Putin’s firm stance, indicating that he "
            "“will have to respond” to Ukraine’s incursions.")
    q = find(quotes_of(nlp, text), "will have to respond")
    assert q.speaker.text == "Putin" and q.via is not None and q.via.text == "Trump"
    assert q.direct


def test_transcript_line(nlp):
    q = find(quotes_of(nlp, "WALLACE: Will the senator be there tonight?\nPENCE: Well, the "
                            "question really is a different one."), "question really")
    assert q.direct and q.speaker.text == "PENCE"


def test_stated_intention(nlp):
    q = find(quotes_of(nlp, "Zelensky vowed to retake every occupied village."), "retake")
    assert q.speaker.text == "Zelensky" and q.cue.text == "vowed"
