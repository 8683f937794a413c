"""The spaCy pipeline: cached, and a line break always starts a sentence."""

from __future__ import annotations

from eventwire.annotate.nlp import load_nlp


def test_loaded_once() -> None:
    assert load_nlp() is load_nlp()


def test_heading_does_not_run_into_the_next_sentence() -> None:
    text = ("Trump Acknowledges Lack of Breakthrough in Ukraine Talks with Putin\n"
            "In a recent phone call with Russian President Vladimir Putin, Trump admitted "
            "that the talks yielded no progress.\nAspect | Outcome |\nTone | Cautious |")
    sents = [s.text.strip() for s in load_nlp()(text).sents]
    assert sents[0] == "Trump Acknowledges Lack of Breakthrough in Ukraine Talks with Putin"
    assert sents[1].startswith("In a recent phone call")
    assert "Aspect | Outcome |" in sents and "Tone | Cautious |" in sents


def test_entities_have_offsets_into_the_text() -> None:
    text = "Sergei Lavrov met Antony Blinken in Geneva."
    for ent in load_nlp()(text).ents:
        assert text[ent.start_char:ent.end_char] == ent.text
