"""Undated reports of one story link without shared names or numbers, and never chain."""

from __future__ import annotations

from test_fuse_coref import SUSPECT, event, mention

from eventwire.fuse import coref
from eventwire.fuse.events import BLOCKED, cross_link, event_link, link_verdict
from eventwire.fuse.mentions import Mention

CRASH = "Police arrested a driver after a crash that killed a cyclist near the old bridge."
CRASH_TOO = "A driver was arrested by police after the crash that killed a cyclist by the bridge."
STATION = "Officers detained a man at a bus station downtown late in the evening."


def report(aid: str, text: str, trigger: str, story: str | None,
           published: str | None = None) -> Mention:
    """An arrest told without a date and without a distinctive name, placed in a story."""
    who = next(w for w in ("Police", "police", "Officers") if w in text)
    m = mention(aid, published, aid, event(text, trigger, "COERCE", [(who, None)], []))
    m.story = story
    return m


def test_undated_reports_of_one_story_link_without_shared_names() -> None:
    a, b = report("c1", CRASH, "arrested", "s1"), report("c2", CRASH_TOO, "arrested", "s1")
    verdict, p = link_verdict(a, b)
    assert verdict == "story" and p >= coref.vague_threshold()
    assert cross_link(a, b) == p and "story" not in BLOCKED
    # in two stories, or with a date range on one side, shared content is still needed
    other = report("c3", CRASH_TOO, "arrested", "s2")
    assert link_verdict(a, other)[0] == "vague_blind"
    dated = report("c4", CRASH_TOO, "arrested", "s1", published="2024-05-02")
    assert dated.range and link_verdict(a, dated)[0] != "story"
    # a person the registry knows (a leader, a minister) acts again and again in one story
    known = [mention(aid, None, aid, event(text, "arrested", "COERCE", [("Police", None)],
                                           [("Darren Pemberly", SUSPECT)]))
             for aid, text in (("k1", "Police arrested Darren Pemberly near the bridge."),
                               ("k2", "Police said Darren Pemberly was arrested by the bridge."))]
    for k in known:
        k.story = "s1"
    assert link_verdict(*known)[0] == "vague_blind"
    # a weak pair stays under the vague threshold whatever the story
    assert link_verdict(a, report("c5", STATION, "detained", "s1"))[0] == "vague_below"


def test_a_story_link_joins_an_event_only_when_it_links_to_all_its_reports() -> None:
    a, b = report("c1", CRASH, "arrested", "s1"), report("c2", CRASH_TOO, "arrested", "s1")
    station = report("c5", STATION, "detained", "s1")
    story_pairs = {(a.id, b.id), (b.id, a.id)}

    def link(m: Mention, o: Mention) -> float:
        return cross_link(m, o)

    def story_only(m: Mention, o: Mention) -> bool:
        return (m.id, o.id) in story_pairs

    strong = link(a, b)
    assert event_link(a, [b], link, None, story_only) == strong
    # the event also holds a report that the new one does not link to: no chaining
    assert event_link(a, [b, station], link, None, story_only) == 0.0
    # a link that rests on more than the story is single linkage as before
    assert event_link(a, [b, station], link, None, lambda m, o: False) == strong
    assert event_link(a, [b, station], link) == strong
