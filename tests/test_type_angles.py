"""Strong agreement of two differently typed reports (``evaluation.type_angles``)."""

from __future__ import annotations

from test_fuse_coref import event, mention

from eventwire.evaluation.type_angles import (
    angle_label,
    near_days,
    same_place,
    same_sides,
    strong,
    type_pair,
)
from eventwire.model import ActorRef

REDLAND = ActorRef("country:RDL", "Redland", "RDL", kind="state")
BLUELAND = ActorRef("country:BLL", "Blueland", "BLL", kind="state")
GREENIA = ActorRef("country:GRN", "Greenia", "GRN", kind="state")

AGREED = "Redland and Blueland agreed to a ceasefire on Monday, officials in Blueland said."
EFFECT = "The truce between Redland and Blueland took effect on Monday night."
LATER = "Redland withdrew its troops from Blueland on Friday under the truce."
THIRD = "Greenia and Blueland agreed to a ceasefire on Monday."


def agreed(day: str = "2031-03-03"):
    return mention("a1", "2031-03-04", "one", event(
        AGREED, "agreed", "AGREE", [("Redland", REDLAND)], [("Blueland", BLUELAND)], day,
        "Monday"))


def effect(day: str = "2031-03-03"):
    return mention("a2", "2031-03-04", "two", event(
        EFFECT, "truce", "RETREAT", [("Blueland", BLUELAND)], [("Redland", REDLAND)], day,
        "Monday"))


def test_a_truce_agreed_and_taking_effect_agree_strongly_either_way_round() -> None:
    a, b = agreed(), effect()
    assert same_sides(a, b) and same_sides(b, a)
    assert near_days(a, b) and near_days(b, a)
    assert strong(a, b) and strong(b, a)
    assert type_pair("RETREAT", "AGREE") == type_pair("AGREE", "RETREAT") == "AGREE~RETREAT"


def test_a_day_apart_still_agrees_but_not_four_days() -> None:
    assert strong(agreed("2031-03-03"), effect("2031-03-04"))
    later = mention("a3", "2031-03-08", "three", event(
        LATER, "withdrew", "RETREAT", [("Redland", REDLAND)], [("Blueland", BLUELAND)],
        "2031-03-07", "Friday"))
    assert same_sides(agreed(), later) and not near_days(agreed(), later)
    assert not strong(agreed(), later)


def test_another_pair_of_sides_or_no_own_date_is_no_strong_agreement() -> None:
    third = mention("a4", "2031-03-04", "four", event(
        THIRD, "agreed", "AGREE", [("Greenia", GREENIA)], [("Blueland", BLUELAND)],
        "2031-03-03", "Monday"))
    assert not same_sides(third, effect()) and not strong(third, effect())
    undated = mention("a5", "2031-03-04", "five", event(
        EFFECT, "truce", "RETREAT", [("Blueland", BLUELAND)], [("Redland", REDLAND)]))
    assert not near_days(agreed(), undated) and not strong(agreed(), undated)


def test_places_disagree_only_when_both_name_one() -> None:
    a, b = agreed(), effect()
    assert same_place(a, b)
    a.data["location"] = {"text": "Port Alder", "country": "RDL"}
    assert same_place(a, b)
    b.data["location"] = {"text": "Millford", "country": "BLL"}
    assert not same_place(a, b) and not strong(a, b)


def test_labels_of_a_pair() -> None:
    a, b = agreed(), effect()
    assert angle_label(a, b, {a.id: "T1", b.id: "T1"}) == "coreferent"
    assert angle_label(a, b, {a.id: "T1", b.id: "T2"}) == "other"
    assert angle_label(a, b, {a.id: "T1"}) == "unlabelled"
