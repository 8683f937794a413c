"""The masked article text the sentence cuts read is computed once per text within an update."""

from __future__ import annotations

from fuse_helpers import add, make_call

from eventwire import fuse
from eventwire.fuse.conflicts import next_sentence, sentence_around
from eventwire.fuse.summary import mask_abbreviations
from eventwire.store import Store


def test_the_sentences_after_a_mention_are_cut_from_one_masked_text() -> None:
    mask_abbreviations.cache_clear()
    text = ("Mr. Smith met U.S. envoys at 5 a.m. Saturday in Geneva. The talks broke up. "
            "No deal was reached.")
    first = sentence_around(text, 0)
    assert first["text"] == "Mr. Smith met U.S. envoys at 5 a.m. Saturday in Geneva."
    second = next_sentence(text, first["end"])
    assert second is not None and second["text"] == "The talks broke up."
    third = next_sentence(text, second["end"])
    assert third is not None and third["text"] == "No deal was reached."
    info = mask_abbreviations.cache_info()
    assert info.misses == 1 and info.hits == 2
    assert mask_abbreviations("Mr. Smith met U.S. envoys.") == \
        "Mr\u00a7 Smith met U\u00a7S\u00a7 envoys."


def test_an_update_forgets_the_masked_texts(store: Store) -> None:
    mask_abbreviations("Mr. Smith met U.S. envoys.")
    a = add(store, make_call("a1", date="2025-03-18", outcome="productive"))
    b = add(store, make_call("a2", date="2025-03-18", outcome="long"))
    fuse.update(store, [a, b])
    assert mask_abbreviations.cache_info().currsize == 0
