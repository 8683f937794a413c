"""A night named relative to the publication day: a range over the two days outlets may give
("Saturday" in one, "overnight" the next morning in another), and what fusion does with it."""

from __future__ import annotations

import pytest
from test_fuse_coref import ISRAEL, LEBANON, article, event, mention

from eventwire import fuse
from eventwire.fuse import coref, queries
from eventwire.fuse.dates import mention_range, reach
from eventwire.fuse.events import dates_contradict
from eventwire.store import Store

RAID_SAT = "Israeli jets bombed a fuel depot near Tyre on Saturday, killing 14 people."
RAID_NIGHT = "Israeli jets bombed a fuel depot near Tyre overnight, killing 14 people."
RAID_TUE = "Israeli jets bombed a fuel depot near Tyre on Tuesday, killing 14 people."


def raid(text: str, date: str | None = None, date_text: str | None = None):
    """An Israeli ASSAULT on Lebanon over ``text``."""
    return event(text, "bombed", "ASSAULT", [("Israeli", ISRAEL)], [("Tyre", LEBANON)],
                 date, date_text)


def test_overnight_without_a_date_is_the_night_before_publication() -> None:
    r = mention_range(raid(RAID_NIGHT).to_dict(), "2025-03-09")
    assert r["range"] == ["2025-03-08", "2025-03-09"] and r["from"] == "cue:overnight"
    far = ("Officials said overnight that a long inquiry into the raid last month had found "
           "that jets bombed a depot.")
    ev = event(far, "bombed", "ASSAULT", [("jets", ISRAEL)], [])
    assert mention_range(ev.to_dict(), "2025-03-09")["from"] == "tense:past"  # cue too far


def test_saturday_and_overnight_of_the_next_day_do_not_contradict_but_other_days_do() -> None:
    sat = mention("n1", "2025-03-08", "wire", raid(RAID_SAT, "2025-03-08", "Saturday"))
    night = mention("n2", "2025-03-09", "paper", raid(RAID_NIGHT))
    tue = mention("n3", "2025-03-11", "post", raid(RAID_TUE, "2025-03-11", "Tuesday"))
    assert not dates_contradict(sat, night)
    assert dates_contradict(sat, tue) and dates_contradict(night, tue)


def test_two_outlets_dating_one_night_raid_to_neighbouring_days_give_one_record(
        store: Store) -> None:
    ids = [article(store, "n1", "2025-03-08", "wire", raid(RAID_SAT, "2025-03-08", "Saturday"),
                   text=RAID_SAT),
           article(store, "n2", "2025-03-09", "paper", raid(RAID_NIGHT), text=RAID_NIGHT)]
    fuse.update(store, ids)
    (ev,) = queries.list_events(store)
    assert ev["articles"] == ["n1", "n2"]


def test_the_same_raid_wording_on_clearly_different_days_stays_two_records(store: Store) -> None:
    ids = [article(store, "n1", "2025-03-08", "wire", raid(RAID_SAT, "2025-03-08", "Saturday"),
                   text=RAID_SAT),
           article(store, "n3", "2025-03-11", "post", raid(RAID_TUE, "2025-03-11", "Tuesday"),
                   text=RAID_TUE)]
    fuse.update(store, ids)
    assert len(queries.list_events(store)) == 2


def test_last_weekday_resolved_to_the_publication_day_is_a_week_earlier() -> None:
    text = "Last Wednesday two soldiers were hurt when a mine exploded near the pass."
    ev = event(text, "exploded", "ASSAULT", [], [], "2025-05-14", "Last Wednesday")
    r = mention_range(ev.to_dict(), "2025-05-14")  # a Wednesday
    assert r["range"] == ["2025-05-07", "2025-05-07"] and r["from"] == "time_expression+weekday"
    ev = event(text, "exploded", "ASSAULT", [], [], "2025-05-07", "Last Wednesday")
    assert mention_range(ev.to_dict(), "2025-05-09")["range"] == ["2025-05-07", "2025-05-07"]


def test_midnight_holds_the_two_days_it_divides() -> None:
    text = "The truce began at 24:00 on 3 June, and both armies held their fire."
    ev = event(text, "truce", "RETREAT", [], [], "2025-06-03", "3 June")
    r = mention_range(ev.to_dict(), "2025-06-05")
    assert r["range"] == ["2025-06-02", "2025-06-04"] and r["from"] == "time_expression+midnight"
    other = "The truce began at midnight, the defence ministry said."
    ev = event(other, "truce", "RETREAT", [], [], "2025-06-04", "midnight")
    assert mention_range(ev.to_dict(), "2025-06-05")["range"] == ["2025-06-03", "2025-06-05"]


def test_a_model_being_fitted_is_used_in_memory_and_the_shipped_one_comes_back() -> None:
    from eventwire.fuse import coref
    shipped = coref.types_compatible("AGREE", "RETREAT")
    with coref.fitting({"compatible_types": [["PROTEST", "SANCTION"]]}):
        assert coref.types_compatible("PROTEST", "SANCTION")
        assert not coref.types_compatible("AGREE", "RETREAT")
    assert coref.types_compatible("AGREE", "RETREAT") == shipped
    assert not coref.types_compatible("PROTEST", "SANCTION")


def test_attacks_in_opposite_directions_are_role_reversed_and_dates_are_graded() -> None:
    from eventwire.fuse import coref
    one = "Israeli jets bombed a depot near Tyre on Saturday."
    two = "Lebanese gunners shelled an Israeli post on Saturday."
    a = mention("d1", "2025-03-08", "wire", raid(RAID_SAT, "2025-03-08", "Saturday"))
    b = mention("d2", "2025-03-08", "paper", event(two, "shelled", "ASSAULT",
                                                  [("Lebanese", LEBANON)], [("Israeli", ISRAEL)],
                                                  "2025-03-08", "Saturday"))
    c = mention("d3", "2025-03-08", "post", event(one, "bombed", "ASSAULT", [("Israeli", ISRAEL)],
                                                 [("Tyre", LEBANON)], "2025-03-08", "Saturday"))
    assert coref.role_reversed(a, b) and not coref.role_reversed(a, c)
    assert coref.date_share(["2025-03-08", "2025-03-08"], ["2025-03-08", "2025-03-08"]) == 1.0
    assert coref.date_share(["2025-03-08", "2025-03-08"], ["2025-03-02", "2025-03-08"]) == 1 / 7
    assert coref.date_share(["2025-03-08", "2025-03-08"], ["2025-03-09", "2025-03-10"]) == 0.0


def test_an_event_after_a_midnight_deadline_keeps_its_day() -> None:
    text = "Rebels kept shelling the town after the midnight deadline, the army said."
    ev = event(text, "shelling", "ASSAULT", [], [], "2025-06-04", "midnight")
    r = mention_range(ev.to_dict(), "2025-06-04")
    assert r["range"] == ["2025-06-04", "2025-06-04"] and r["from"] == "time_expression"


@pytest.mark.parametrize(("text", "expr", "day", "edge", "first", "last"), [
    ("Gunmen raided a border post late on Friday, killing two guards.", "Friday",
     "2025-03-07", "late", "2025-03-07", "2025-03-08"),
    ("Gunmen raided a border post late Friday, killing two guards.", "Friday",
     "2025-03-07", "late", "2025-03-07", "2025-03-08"),
    ("Gunmen raided a border post early on Saturday, killing two guards.", "Saturday",
     "2025-03-08", "early", "2025-03-07", "2025-03-08"),
    ("Gunmen raided a border post before dawn on Saturday, killing two guards.", "Saturday",
     "2025-03-08", "early", "2025-03-07", "2025-03-08"),
    ("Gunmen raided a border post in the early hours of Saturday, killing two guards.",
     "Saturday", "2025-03-08", "early", "2025-03-07", "2025-03-08"),
    # no edge of the day: one day; "earlier" is no edge cue
    ("Gunmen raided a border post on Saturday, killing two guards.", "Saturday",
     "2025-03-08", "", "2025-03-08", "2025-03-08"),
    ("Gunmen raided a border post earlier on Saturday, killing two guards.", "Saturday",
     "2025-03-08", "", "2025-03-08", "2025-03-08"),
])
def test_a_day_named_at_its_edge_reaches_the_day_across_midnight(
        text: str, expr: str, day: str, edge: str, first: str, last: str) -> None:
    ev = event(text, "raided", "ASSAULT", [], [], day, expr)
    r = mention_range(ev.to_dict(), "2025-03-09")
    assert r["range"] == [day, day]  # the date read stays one day
    assert r["from"] == "time_expression" + ("+" + edge if edge else "")
    assert reach(r["range"], r["from"]) == [first, last]


def test_late_on_a_day_and_the_next_day_do_not_contradict_but_two_days_later_does() -> None:
    late = "Israeli jets bombed a fuel depot near Tyre late on Saturday, killing 14 people."
    sat = mention("e1", "2025-03-08", "wire", raid(late, "2025-03-08", "Saturday"))
    sun = mention("e2", "2025-03-09", "paper", raid(RAID_SAT.replace("Saturday", "Sunday"),
                                                   "2025-03-09", "Sunday"))
    mon = mention("e3", "2025-03-10", "post", raid(RAID_SAT.replace("Saturday", "Monday"),
                                                  "2025-03-10", "Monday"))
    assert not dates_contradict(sat, sun)
    assert dates_contradict(sat, mon)
    overlap, gap = coref.FEATURES.index("date_overlap"), coref.FEATURES.index("date_gap")
    assert coref.features(sat, sun)[overlap] == 1.0 and coref.features(sat, sun)[gap] == 0.0
    assert coref.features(sat, mon)[overlap] == 0.0 and coref.features(sat, mon)[gap] > 0.0
