"""One article telling one occurrence twice, far apart, with the same figures."""

from __future__ import annotations

from fuse_helpers import bordurian_assault

from eventwire.fuse.events import NEAR_CHARS, same_article_verdict

LEAD = "Bordurian shelling killed 37 people and wounded 112 in the border town, officials said."
LATER = "10:40 GMT: Bordurian shelling killed 37 people and wounded 112, the ministry says."
OTHER = "10:40 GMT: A second Bordurian barrage killed 14 people and wounded 112."


mention = bordurian_assault


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
