"""A report joins an event only through strong links: not when most of the event's reports
refuse it where dates cannot tell."""

from __future__ import annotations

from typing import Any

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


def fused(groups: dict[str, list[Mention]], links: dict[tuple[str, str], float],
          new: list[Mention] = ()) -> Any:
    """A fusion holding these events, every cross-article pair's link (with the ``new``
    mentions too) preset: 0 unless given."""
    from eventwire.fuse.events import Fusion
    fusion = Fusion()
    for eid, group in groups.items():
        for m in group:
            fusion.add(eid, m)
    fusion.next_seq = len(groups) + 1
    every = [m for g in groups.values() for m in g] + list(new)
    for m in every:
        for o in every:
            if m.root != o.root:
                key = (m.id, o.id) if m.id <= o.id else (o.id, m.id)
                fusion.scores[key] = links.get((m.id, o.id), links.get((o.id, m.id), 0.0))
    return fusion


def test_two_events_whose_reports_refuse_each_other_stay_two() -> None:
    from eventwire.fuse.events import records_chained
    harbour = reports(FIRE[:2])
    barn = [mention(f"b{i}", None, f"farm{i}", quake(t, "destroyed")) for i, t in enumerate((
        OTHER_FIRE, "The barn on the farm north of the town was destroyed by fire."))]
    strong = coref.vague_threshold()
    fusion = fused({"e1": harbour, "e2": barn}, {})
    assert records_chained(fusion, "e1", "e2")  # four pairs across, all refused
    # linked across by most pairs: one occurrence the reports tell alike
    fusion = fused({"e1": harbour, "e2": barn}, {(x.id, y.id): strong for x in harbour
                                                 for y in barn[:1]})
    assert not records_chained(fusion, "e1", "e2")
    # too few pairs to tell (one report against two)
    fusion = fused({"e1": harbour, "e2": barn[:1]}, {})
    assert not records_chained(fusion, "e1", "e2")


def test_a_report_linking_strongly_to_two_events_their_reports_refuse_joins_one() -> None:
    from eventwire.fuse.candidates import with_ingest_day
    from eventwire.fuse.events import place
    def report(aid: str, text: str) -> Mention:  # undated, stored the same day, one story
        found = with_ingest_day(mention(aid, None, aid, quake(text, "destroyed")),
                                "2024-05-03T10:00:00")
        found.story = "fires"
        return found
    harbour = [report(f"f{i}", t) for i, t in enumerate(FIRE[:2])]
    barn = [report(f"b{i}", t) for i, t in enumerate((
        OTHER_FIRE, "The barn on the farm north of the town was destroyed by fire."))]
    new = report("n1", FIRE[3])
    assert new.range is None
    strong = coref.merge_threshold() + 0.01
    bridge = {(new.id, o.id): strong for o in harbour + barn}
    fusion = fused({"e1": harbour, "e2": barn}, bridge, [new])
    eid = place(fusion, new)
    assert eid in ("e1", "e2") and len(fusion.groups) == 2
    assert len(fusion.groups[eid]) == 3
    # the same report with two events whose reports link: one occurrence told twice
    across = {(x.id, y.id): strong for x in harbour for y in barn}
    fusion = fused({"e1": harbour, "e2": barn}, {**bridge, **across}, [new])
    assert place(fusion, new) == "e1" and len(fusion.groups["e1"]) == 5


def test_two_events_linked_only_by_their_trigger_word_stay_two() -> None:
    """Reports of two events in one story that link only because they tell it with one trigger
    word, one in its lead (``link_verdict``: "trigger"), are no link between the events: a
    storm's two kinds of damage told with "destroyed" stay two."""
    from eventwire.fuse.candidates import with_ingest_day
    from eventwire.fuse.events import link_verdict, records_chained

    def report(aid: str, text: str, where: str) -> Mention:
        found = with_ingest_day(mention(aid, None, aid, quake(text, "destroyed")),
                                "2024-05-03T10:00:00")
        found.story = "storms"
        found.data.setdefault("attributes", {})["trigger_info"] = {"position": where,
                                                                   "lemma": "destroy"}
        return found

    def events(where: str) -> tuple[list[Mention], list[Mention]]:
        return ([report("w1", "The warehouse fire by the harbour destroyed stock worth millions.",
                        where),
                 report("w2", "Residents watched as the fire destroyed the old warehouse.", where)],
                [report("c1", "Lightning destroyed an old chapel in the hills.", where),
                 report("c2", "A storm destroyed two boats at the marina.", where)])

    fire, storm = events("lead")
    verdicts = [link_verdict(x, y)[0] for x in fire for y in storm]
    assert verdicts.count("trigger") == 3
    linked = {(x.id, y.id): coref.vague_threshold() for x in fire for y in storm}
    assert records_chained(fused({"e1": fire, "e2": storm}, linked), "e1", "e2")
    # the same reports, none in its lead: their links are the model's, and they hold
    fire, storm = events("body")
    assert "trigger" not in [link_verdict(x, y)[0] for x in fire for y in storm]
    linked = {(x.id, y.id): coref.vague_threshold() for x in fire for y in storm}
    assert not records_chained(fused({"e1": fire, "e2": storm}, linked), "e1", "e2")
