"""A later entry that restates the lead's figures joins the lead's event even when it shares
only one figure with the headline the lead already joined."""

from __future__ import annotations

from fuse_helpers import bordurian_assault

from eventwire.fuse.events import NEAR_CHARS, event_link, same_article_decision
from eventwire.fuse.mentions import Mention

HEADLINE = "Bordurian shelling kills 37 in the border town as talks stall"
LEAD = "Bordurian shelling killed 37 people and wounded 112 in the border town, officials said."
ENTRY = "Bordurian shelling has killed 37 people and wounded 112, the ministry now says."
SECOND = "A second Bordurian barrage killed 14 people and wounded 112 near the river."


mention = bordurian_assault


def never(m: Mention, o: Mention) -> float:
    """Cross-article links (none here)."""
    raise AssertionError("only one article")


def test_entry_restating_the_lead_joins_headline_and_lead() -> None:
    headline = mention(0, HEADLINE, "shelling", 0)
    lead = mention(1, LEAD, "shelling", 80)
    entry = mention(2, ENTRY, "shelling", 6 * NEAR_CHARS)
    assert same_article_decision(headline, lead)[0] == "merge"
    assert same_article_decision(entry, headline) == ("no", False)  # one figure: no tie
    assert same_article_decision(entry, lead)[0] == "merge"  # the same two figures
    assert event_link(entry, [headline, lead], never) == 1.0


def test_entry_without_a_tie_to_any_stays_out() -> None:
    headline = mention(0, HEADLINE, "shelling", 0)
    lead = mention(1, LEAD, "shelling", 80)
    second = mention(2, SECOND, "barrage", 6 * NEAR_CHARS)
    assert event_link(second, [headline, lead], never) == 0.0


def test_entry_told_apart_from_one_mention_stays_out() -> None:
    headline = mention(0, HEADLINE, "shelling", 0, mode="ASSAULT/aerial")
    lead = mention(1, LEAD, "shelling", 80)
    entry = mention(2, ENTRY, "shelling", 6 * NEAR_CHARS, mode="ASSAULT/shelling")
    assert same_article_decision(entry, headline) == ("no", True)
    assert event_link(entry, [headline, lead], never) == 0.0
