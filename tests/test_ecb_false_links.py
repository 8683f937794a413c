"""Counting the false links of fused events by the rule that decided each pair."""

from __future__ import annotations

from typing import Any

from eventwire.evaluation import ecb_false_links as fl
from eventwire.fuse.mentions import Mention, make_mention


def mention(article: str, text: str, word: str) -> Mention:
    """An undated ASSAULT mention whose trigger is ``word`` in ``text``."""
    i = text.index(word)
    data: dict[str, Any] = {
        "type": "ASSAULT", "mode": None, "modality": "asserted",
        "trigger": {"start": i, "end": i + len(word), "text": word},
        "sentence": {"start": 0, "end": len(text), "text": text}, "source": [], "target": []}
    return make_mention(f"{article}#0", {"id": article}, data, "s1")


def test_false_and_coreferent_pairs_are_counted_by_verdict() -> None:
    a = mention("7_1ecb", "A gunman shot a guard in Varnholt.", "shot")
    b = mention("7_2ecb", "The guard was shot outside the depot.", "shot")
    c = mention("7_3ecbplus", "Two men were stabbed near the quay.", "stabbed")
    d = mention("7_1ecb", "The gunman shot again later.", "shot")  # same article as a
    events = {"e1": [(a, "g1"), (b, "g1"), (c, "g2"), (d, "g2")]}
    counts = fl.count_links(events, lambda x, y: "story")
    assert counts.true == {"story": 2}  # a-b, c-d; a-d share an article and are not compared
    assert counts.false == {"story": 3}  # a-c, b-c, b-d
    assert counts.words == {"other word": 2, "same word": 1}
    assert counts.halves == {"two halves": 2, "one half": 1}


def test_impurity_is_the_b_cubed_precision_lost() -> None:
    a = mention("7_1ecb", "A gunman shot a guard.", "shot")
    b = mention("7_2ecb", "The guard was shot.", "shot")
    assert fl.impurity([(a, "g1"), (b, "g1")]) == 0
    assert fl.impurity([(a, "g1"), (b, "g2")]) == 1.0
    assert fl.same_word(a, b)
    assert fl.half("7_3ecbplus") == "ecbplus" and fl.half("7_3ecb") == "ecb"
