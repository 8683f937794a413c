"""A report that another outlet dated a day apart ("sat down with her on March 6" against
"met her on Friday, March 7"): it joins the other outlets' event when, with the day
forgiven, its link beats every link it has, it names the same people, and no event of its
own day holds a report of those people."""

from __future__ import annotations

import pytest
from test_fuse_coref import ENVOY, SPEAKER, event, mention

from eventwire.fuse import coref
from eventwire.fuse import events as fev
from eventwire.fuse.mentions import Mention

FRI_A = "Anna Envoy met Boris Speaker in the capital on Friday to discuss the truce."
FRI_B = "Anna Envoy held talks with Boris Speaker on Friday about the truce proposal."
THU = "When Anna Envoy sat down with Boris Speaker on Thursday, the truce was not agreed."
SUN = "Anna Envoy met Boris Speaker again on Sunday to discuss the truce."


def meeting(aid: str, outlet: str, text: str, trigger: str, date: str, day: str,
            people: bool = True) -> Mention:
    """One CONSULT mention of the envoy and the speaker dated by its own weekday."""
    ev = event(text, trigger, "CONSULT", [("Anna Envoy", ENVOY)] if people else [],
               [("Boris Speaker", SPEAKER)] if people else [], date=date, date_text=day)
    m = mention(aid, "2025-03-08", outlet, ev)
    m.story = "s1"
    return m


def fusion_of(*groups: tuple[str, list[Mention]]) -> fev.Fusion:
    """A fusion holding the given events."""
    fusion = fev.Fusion()
    for eid, ms in groups:
        for m in ms:
            fusion.add(eid, m)
    fusion.next_seq = 10
    return fusion


def friday_event() -> list[Mention]:
    return [meeting("a", "north", FRI_A, "met", "2025-03-07", "Friday"),
            meeting("b", "south", FRI_B, "held talks", "2025-03-07", "Friday")]


@pytest.fixture()
def link(monkeypatch: pytest.MonkeyPatch):
    """Set the probability every mention pair gets from the link model."""
    def set_to(p: float) -> None:
        monkeypatch.setattr(coref, "link_probability", lambda a, b, common=frozenset(): p)
    return set_to


def test_a_report_a_day_apart_joins_the_other_outlets_event(link) -> None:
    link(coref.threshold() + 0.05)
    fusion = fusion_of(("e1", friday_event()))
    thursday = meeting("c", "east", THU, "sat down", "2025-03-06", "Thursday")
    assert fev.place(fusion, thursday) == "e1"
    assert {m.article for m in fusion.groups["e1"]} == {"a", "b", "c"}


def test_a_link_under_the_threshold_opens_a_record_of_its_own(link) -> None:
    link(coref.threshold() - 0.05)
    fusion = fusion_of(("e1", friday_event()))
    thursday = meeting("c", "east", THU, "sat down", "2025-03-06", "Thursday")
    assert fev.place(fusion, thursday) == "e10"


def test_an_outlet_dating_the_event_itself_or_days_further_apart_is_not_moved(link) -> None:
    link(0.99)
    fusion = fusion_of(("e1", friday_event()))
    same_outlet = meeting("c", "north", THU, "sat down", "2025-03-06", "Thursday")
    assert fev.place(fusion, same_outlet) == "e10"
    fusion = fusion_of(("e1", friday_event()))
    sunday = meeting("d", "east", SUN, "met", "2025-03-09", "Sunday")
    assert fev.place(fusion, sunday) == "e10"


def test_reports_naming_no_people_are_not_moved(link) -> None:
    link(0.99)
    fusion = fusion_of(("e1", friday_event()))
    thursday = meeting("c", "east", THU, "sat down", "2025-03-06", "Thursday", people=False)
    assert fev.place(fusion, thursday) == "e10"


def test_the_same_people_met_on_the_reports_own_day_keeps_it_there(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coref, "link_probability", lambda a, b, common=frozenset(): 0.6 if "d" in (
        a.article, b.article) else 0.95)  # the other day's event links more strongly
    own_day = meeting("d", "west", THU.replace("When", "So").replace(", the", "; the"),
                      "sat down", "2025-03-06", "Thursday")
    fusion = fusion_of(("e1", friday_event()), ("e2", [own_day]))
    thursday = meeting("c", "east", THU, "sat down", "2025-03-06", "Thursday")
    assert fev.place(fusion, thursday) == "e2"


def test_the_day_is_forgiven_only_across_outlets_a_day_apart() -> None:
    a = meeting("a", "north", FRI_A, "met", "2025-03-07", "Friday")
    c = meeting("c", "east", THU, "sat down", "2025-03-06", "Thursday")
    assert fev.day_apart_link(c, a) > coref.link_probability(c, a)
    assert fev.day_apart_link(meeting("c", "north", THU, "sat down", "2025-03-06",
                                      "Thursday"), a) == 0.0
    assert fev.day_apart_link(meeting("d", "east", SUN, "met", "2025-03-09", "Sunday"),
                              a) == 0.0

