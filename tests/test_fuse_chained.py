"""A report joins an event only through strong links: not when most of the event's reports
refuse it where dates cannot tell."""

from __future__ import annotations

from test_fuse_coref import event, mention, quake

from eventwire.fuse import coref
from eventwire.fuse.events import CHAIN_MIN, chained, event_link
from eventwire.fuse.mentions import Mention

FIRE = ["A fire destroyed a warehouse by the harbour overnight.",
        "The warehouse fire by the harbour destroyed stock worth millions.",
        "Firefighters said the fire destroyed the harbour warehouse.",
        "Residents watched as the fire destroyed the old warehouse."]
OTHER_FIRE = "A fire destroyed a barn on a farm north of the town."


def reports(texts: list[str], trigger: str = "destroyed") -> list[Mention]:
    """Undated reports of other outlets, one article each."""
    return [mention(f"f{i}", None, f"outlet{i}", quake(t, trigger)) for i, t in enumerate(texts)]


def test_a_report_refused_by_most_of_an_events_reports_does_not_join_it() -> None:
    group = reports(FIRE[:3])
    barn = mention("b1", None, "farmnews", quake(OTHER_FIRE, "destroyed"))
    assert not coref.other_triggers(barn, group[0])  # one word, refused all the same
    strong = coref.vague_threshold()
    # linked to one report only, refused by the two others: it reached the event through one
    assert chained(barn, [(group[0], strong), (group[1], 0.0), (group[2], 0.0)])
    # linked to two of three: most of the event takes it
    assert not chained(barn, [(group[0], strong), (group[1], strong), (group[2], 0.0)])
    # too few reports to tell (a pair of reports is single linkage as before)
    assert CHAIN_MIN == 3
    assert not chained(barn, [(group[0], strong), (group[1], 0.0)])
    # the mention's own article's reports do not vote
    own = mention("b1", None, "farmnews", quake("The barn burned for hours.", "burned"))
    assert not chained(barn, [(group[0], strong), (group[1], 0.0), (own, 0.0), (own, 0.0)])


def test_dated_reports_do_not_refuse_by_a_weak_link() -> None:
    def dated(aid: str, text: str) -> Mention:
        return mention(aid, "2024-05-03", aid, event(text, "destroyed", "ASSAULT", [], [],
                                                     "2024-05-02", "Thursday"))
    group = [dated(f"d{i}", t + " It happened on Thursday.") for i, t in enumerate(FIRE[:3])]
    new = dated("d9", FIRE[3] + " It happened on Thursday.")
    assert new.range and group[0].range
    # dated pairs under the threshold differ in detail, not in occurrence
    assert not chained(new, [(group[0], 0.9), (group[1], 0.05), (group[2], 0.05)])


def test_event_link_refuses_a_chained_report_and_keeps_a_linked_one() -> None:
    group = reports(FIRE[:3])
    barn = mention("b1", None, "farmnews", quake(OTHER_FIRE, "destroyed"))
    fourth = mention("f9", None, "outlet9", quake(FIRE[3], "destroyed"))
    strong = coref.vague_threshold()
    through_one = {(barn.id, group[0].id)}

    def link(m: Mention, o: Mention) -> float:
        if m is fourth:
            return strong
        return strong if (m.id, o.id) in through_one else 0.0

    assert event_link(barn, group, link) == 0.0
    assert event_link(barn, group[:2], link) == strong  # one of two: as before
    assert event_link(fourth, group, link) == strong
