"""Joining records that two outlets' reports link strongly but no single new mention bridged:
merge at the calibrated record link, keep apart below it or when their mentions rule it out."""

from __future__ import annotations

import pytest
from test_fuse_coref import ISRAEL, LEBANON, event, mention

from eventwire.fuse import events as fev
from eventwire.fuse.mentions import Mention

STRIKE_A = "Israeli jets struck Lebanon on Sunday, hitting depots near Tyre."
STRIKE_B = "Israel bombed targets in Lebanon on Sunday near the port of Tyre."
STRIKE_C = "Israel hit sites in Lebanon on Monday in a second wave of raids near Tyre."


def strike(aid: str, text: str, trigger: str, date: str, day: str) -> Mention:
    """One ASSAULT mention of Israel against Lebanon, dated by its own time expression."""
    ev = event(text, trigger, "ASSAULT", [("Israel", ISRAEL)], [("Lebanon", LEBANON)],
               date=date, date_text=day)
    return mention(aid, "2025-02-03", f"outlet-{aid}", ev)


def fusion_of(*groups: tuple[str, Mention]) -> fev.Fusion:
    """A fusion holding one event per mention, all touched in this update."""
    fusion = fev.Fusion()
    for eid, m in groups:
        fusion.add(eid, m)
        fusion.touched.add(eid)
    return fusion


@pytest.fixture()
def link(monkeypatch: pytest.MonkeyPatch):
    """Set the cross-outlet link probability every mention pair gets."""
    def set_to(p: float) -> None:
        monkeypatch.setattr(fev, "cross_link", lambda m, o, common=frozenset(): p)
    return set_to


def test_strongly_linked_records_merge_and_the_oldest_id_survives(link) -> None:
    link(fev.RECORD_MERGE_MIN + 0.01)
    fusion = fusion_of(("e7", strike("a", STRIKE_A, "struck", "2025-02-02", "Sunday")),
                       ("e3", strike("b", STRIKE_B, "bombed", "2025-02-02", "Sunday")))
    fev.join_linked(fusion, {m.id for g in fusion.groups.values() for m in g})
    assert set(fusion.groups) == {"e3"} and fusion.resolve("e7") == "e3"
    assert {m.article for m in fusion.groups["e3"]} == {"a", "b"}


def test_records_linked_below_the_calibrated_level_stay_apart(link) -> None:
    link(fev.RECORD_MERGE_MIN - 0.01)
    fusion = fusion_of(("e1", strike("a", STRIKE_A, "struck", "2025-02-02", "Sunday")),
                       ("e2", strike("b", STRIKE_B, "bombed", "2025-02-02", "Sunday")))
    fev.join_linked(fusion, {m.id for g in fusion.groups.values() for m in g})
    assert set(fusion.groups) == {"e1", "e2"}


def test_records_of_different_own_days_stay_apart_however_strong_the_link(link) -> None:
    link(0.99)
    fusion = fusion_of(("e1", strike("a", STRIKE_A, "struck", "2025-02-02", "Sunday")),
                       ("e2", strike("c", STRIKE_C, "hit", "2025-02-03", "Monday")))
    fev.join_linked(fusion, {m.id for g in fusion.groups.values() for m in g})
    assert set(fusion.groups) == {"e1", "e2"}


def test_join_is_transitive_only_through_compatible_records(link) -> None:
    link(0.99)
    fusion = fusion_of(("e1", strike("a", STRIKE_A, "struck", "2025-02-02", "Sunday")),
                       ("e2", strike("b", STRIKE_B, "bombed", "2025-02-02", "Sunday")),
                       ("e3", strike("c", STRIKE_C, "hit", "2025-02-03", "Monday")))
    fev.join_linked(fusion, {m.id for g in fusion.groups.values() for m in g})
    assert set(fusion.groups) == {"e1", "e3"}
    assert {m.article for m in fusion.groups["e1"]} == {"a", "b"}


def test_vaguely_dated_records_are_never_joined(link) -> None:
    link(0.99)
    a = strike("a", "Israeli jets struck Lebanon in February near Tyre.", "struck", "2025-02",
               "February")
    b = strike("b", "Israel bombed Lebanon in February near the port of Tyre.", "bombed",
               "2025-02", "February")
    fusion = fusion_of(("e1", a), ("e2", b))
    fev.join_linked(fusion, {m.id for g in fusion.groups.values() for m in g})
    assert set(fusion.groups) == {"e1", "e2"}


def test_only_links_through_a_new_mention_are_compared(link) -> None:
    link(0.99)
    fusion = fusion_of(("e1", strike("a", STRIKE_A, "struck", "2025-02-02", "Sunday")),
                       ("e2", strike("b", STRIKE_B, "bombed", "2025-02-02", "Sunday")))
    fev.join_linked(fusion, set())  # both stored before this update: compared back then
    assert set(fusion.groups) == {"e1", "e2"}


def pullout(aid: str, text: str, trigger: str, modality: str) -> Mention:
    """One RETREAT mention of Israel from Lebanon, dated by its 'Tuesday'."""
    ev = event(text, trigger, "RETREAT", [("Israel", ISRAEL)], [("Lebanon", LEBANON)],
               date="2025-02-18", date_text="Tuesday", modality=modality)
    return mention(aid, "2025-02-18", f"outlet-{aid}", ev)


def test_a_report_of_the_deed_joins_a_reported_record_before_a_plan() -> None:
    plan = pullout("a1", "Lebanon said Israel must withdraw by Tuesday.", "withdraw", "planned")
    done = pullout("a2", "Israel withdrew from Lebanon's villages on Tuesday.", "withdrew",
                   "asserted")
    groups = {"e1": [plan], "e2": [done]}
    report = pullout("a3", "Israel pulled out of Lebanon on Tuesday.", "pulled out",
                     "asserted")
    assert fev.strongest({"e1": 0.7, "e2": 0.5}, groups, report) == "e2"
    assert fev.strongest({"e1": 0.5, "e2": 0.7}, groups, report) == "e2"
    # a plan restated joins the strongest link; so does a report when no record tells one
    restated = pullout("a3", "Israel is to withdraw from Lebanon on Tuesday.", "withdraw",
                       "planned")
    assert fev.strongest({"e1": 0.7, "e2": 0.5}, groups, restated) == "e1"
    assert fev.strongest({"e1": 0.7, "e3": 0.5}, {**groups, "e3": [plan]}, report) == "e1"
