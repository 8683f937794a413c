"""One article telling one occurrence twice, far apart, with the same figures."""

from __future__ import annotations

from typing import Any

from eventwire.fuse.events import NEAR_CHARS, same_article_verdict
from eventwire.fuse.mentions import Mention, make_mention

LEAD = "Bordurian shelling killed 37 people and wounded 112 in the border town, officials said."
LATER = "10:40 GMT: Bordurian shelling killed 37 people and wounded 112, the ministry says."
OTHER = "10:40 GMT: A second Bordurian barrage killed 14 people and wounded 112."


def mention(idx: int, text: str, trigger: str, at: int, published: str = "2025-03-05"
            ) -> Mention:
    """An ASSAULT mention of article a1 whose sentence ``text`` starts at ``at``."""
    i = text.index(trigger)
    data: dict[str, Any] = {
        "type": "ASSAULT", "mode": None, "modality": "asserted",
        "trigger": {"start": at + i, "end": at + i + len(trigger), "text": trigger},
        "sentence": {"start": at, "end": at + len(text), "text": text},
        "source": [{"start": at + text.index("Bordurian"),
                    "end": at + text.index("Bordurian") + 9, "text": "Bordurian",
                    "actor": {"id": "BOR", "name": "Borduria", "country": "BOR"}}],
        "target": []}
    art = {"id": "a1", "published": published, "url": "https://a1.example/live"}
    return make_mention(f"a1#{idx}", art, data, None)


def test_far_apart_sentences_with_the_same_figures_are_one_occurrence() -> None:
    lead = mention(0, LEAD, "shelling", 0)
    later = mention(1, LATER, "shelling", 5 * NEAR_CHARS)
    assert same_article_verdict(lead, later) == "merge"


def test_one_shared_figure_is_not_enough() -> None:
    lead = mention(0, LEAD, "shelling", 0)
    other = mention(1, OTHER, "barrage", 5 * NEAR_CHARS)
    assert same_article_verdict(lead, other) == "no"


def test_same_figures_need_overlapping_ranges() -> None:
    lead = mention(0, LEAD, "shelling", 0)
    undated = mention(1, LATER, "shelling", 5 * NEAR_CHARS, published="")
    assert same_article_verdict(lead, undated) == "no"
