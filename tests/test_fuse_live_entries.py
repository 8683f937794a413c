"""Timestamped entries of a live page: the extractor stores the entry each mention sits in,
and fusion reads two entries as two moments (not one occurrence for being near, though
nothing keeps them apart: dates, figures or other outlets may still join them) and one
entry as one item of news."""

from __future__ import annotations

from fuse_helpers import bordurian_assault
from pipeline_runs import run_texts

from eventwire.fuse.events import NEAR_CHARS, kept_apart_in_article, same_article_verdict

FIRST = "10:40 GMT: Bordurian shelling hit the border town, officials say."
SECOND = "11:05 GMT: Bordurian artillery pounded the hills west of the river."
LIVE = ("Live: fighting on the border\n\n"
        "10:40 GMT: Bordurian troops shelled the border town of Vorsk, officials say.\n\n"
        "11:05 GMT: Syldavia's army says it shot down two Bordurian drones.\n")
PLAIN = ("Bordurian troops shelled the border town of Vorsk, officials said. Syldavia's army "
         "said it shot down two Bordurian drones.")


def mention(idx: int, text: str, trigger: str, at: int, entry: int | None):
    m = bordurian_assault(idx, text, trigger, at, published="")
    if entry is not None:
        m.data.setdefault("attributes", {})["entry"] = entry
    return m


def test_near_mentions_of_two_entries_are_not_merged_for_nearness() -> None:
    a = mention(0, FIRST, "shelling", 0, 0)
    b = mention(1, SECOND, "pounded", len(FIRST) + 2, len(FIRST) + 2)
    assert same_article_verdict(a, b) == "maybe"
    assert not kept_apart_in_article(b, [a])


def test_near_mentions_outside_entries_still_merge() -> None:
    a = mention(0, FIRST, "shelling", 0, None)
    b = mention(1, SECOND, "pounded", len(FIRST) + 2, None)
    assert same_article_verdict(a, b) == "merge"


def test_far_mentions_of_one_entry_are_one_item() -> None:
    a = mention(0, FIRST, "shelling", 0, 0)
    b = mention(1, SECOND, "pounded", 3 * NEAR_CHARS, 0)
    assert same_article_verdict(a, b) == "merge"
    c = mention(2, SECOND, "pounded", 3 * NEAR_CHARS, None)
    assert same_article_verdict(a, c) == "no"


def test_the_entry_is_stored_only_on_live_pages() -> None:
    found = run_texts({"live": LIVE, "plain": PLAIN})
    live = {e.trigger.text: e.attributes.get("entry") for e in found["live"].events}
    starts = [LIVE.index("10:40"), LIVE.index("11:05")]
    assert live["shelled"] == starts[0] and live["shot"] == starts[1], live
    assert live["fighting"] is None  # the page's headline frames every entry
    assert all("entry" not in e.attributes for e in found["plain"].events)
