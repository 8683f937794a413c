"""A standing total over a period ("bringing the death toll to 1,200", "killed since October
2023", "so far this year") and the people of a place ("a village of 300 residents") are no
toll of the event a sentence reports: an outlet's strike toll is compared, not its war total."""

from __future__ import annotations

import pytest
from test_conflict_ranges import report

from eventwire.fuse.conflicts import number_conflicts, text_counts


def counts(text: str) -> list[tuple[str, float]]:
    return [(what, n) for what, n, *_ in text_counts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike killed two people, bringing the death toll since the war began to 1,200.",
     [("killed", 2)]),
    ("The strike killed four people in Mirsk, taking the overall toll to more than 600.",
     [("killed", 4)]),
    ("The shelling wounded nine people, bringing the number of wounded this year to 3,100.",
     [("wounded", 9)]),
    ("Over 2,100 Castranians have died in the border war since March 2021, according to "
     "relief groups.", []),
    ("Since the start of the war, 3,600 people have been killed, and on Monday a strike killed "
     "two.", [("killed", 2)]),
    ("Some 40 civilians have been killed so far this year in the border districts.", []),
    ("The strike killed two people in a village of 300 residents.", [("killed", 2)]),
    ("The overall death toll stood at 40 after the strike killed two.", [("killed", 2)]),
])
def test_a_standing_total_is_no_toll_of_the_event(text: str,
                                                  expected: list[tuple[str, float]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fighting episode's running toll since its first day is still read
    ("Some 40 Castranians have been killed since 3 May, medics in Mirsk said.",
     [("killed", 40)]),
    ("The shelling killed 12 people since dawn, officials said.", [("killed", 12)]),
    ("The death toll from the shelling of Mirsk rose to 15.", [("killed", 15)]),
    ("Veldorian shells killed 12 residents of Mirsk on Monday.", [("killed", 12)]),
])
def test_tolls_of_the_event_are_still_read(text: str, expected: list[tuple[str, float]]) -> None:
    assert counts(text) == expected


TOTAL = ("A Veldorian strike killed two people in Mirsk on Monday, bringing the death toll "
         "since the start of the war to 1,200.")


@pytest.mark.parametrize(("other", "kinds"), [
    ("A Veldorian strike on Mirsk killed two people on Monday.", []),
    ("A Veldorian strike on Mirsk killed 1,200 people on Monday.", ["number_conflict"]),
    ("A Veldorian strike on Mirsk killed five people on Monday.", ["number_conflict"]),
])
def test_the_strike_s_toll_is_compared_not_the_war_total(other: str, kinds: list[str]) -> None:
    flags = number_conflicts([report("a", "herald", TOTAL), report("b", "courier", other)])
    assert [f["kind"] for f in flags] == kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike killed 12 people, among them three soldiers.", [("killed", 12)]),
    ("The strike killed 12, including three soldiers.", [("killed", 12)]),
    ("Twelve people were wounded, among them three soldiers, officials said.",
     [("wounded", 12)]),
    ("Among the dead were three soldiers.", []),
    ("The army deployed 300 troops, including 40 soldiers from the north.",
     [("troops", 300), ("troops", 40)]),
])
def test_soldiers_named_as_a_part_of_the_casualties_are_no_force(
        text: str, expected: list[tuple[str, float]]) -> None:
    assert counts(text) == expected


PART = "A Veldorian strike killed 12 people in Mirsk on Monday, including three soldiers."


@pytest.mark.parametrize(("other", "kinds"), [
    ("A Veldorian strike on Mirsk killed 12 people on Monday, among them five soldiers.", []),
    ("A Veldorian strike on Mirsk killed 15 people on Monday, including three soldiers.",
     ["number_conflict"]),
])
def test_parts_of_a_toll_are_not_compared_as_forces(other: str, kinds: list[str]) -> None:
    flags = number_conflicts([report("a", "herald", PART), report("b", "courier", other)])
    assert [f["kind"] for f in flags] == kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike killed or wounded 30 people.", [("casualties", 30)]),
    ("Thirty people were killed or injured in the strike.", [("casualties", 30)]),
    ("The strike left 30 dead or wounded, officials said.", [("casualties", 30)]),
    ("The strike caused 30 casualties, officials said.", [("casualties", 30)]),
    ("The strike killed two and left 12 missing.", [("killed", 2), ("missing", 12)]),
    ("Two people were killed and 12 are missing.", [("killed", 2), ("missing", 12)]),
    ("Two were killed and five others wounded in the blast.", [("killed", 2), ("wounded", 5)]),
    ("Nine civilians and two police officers were killed.", [("killed", 2), ("killed", 11)]),
])
def test_the_dead_the_hurt_and_the_missing_are_counted_apart(
        text: str, expected: list[tuple[str, float]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("first", "other", "kinds"), [
    ("A Veldorian strike killed or wounded 30 people in Mirsk on Monday.",
     "A Veldorian strike on Mirsk killed five people and wounded 25 on Monday.", []),
    ("A Veldorian strike killed two people in Mirsk on Monday and left 12 missing.",
     "A Veldorian strike on Mirsk killed two people on Monday.", []),
    ("Two were killed and five others wounded in a Veldorian strike on Mirsk on Monday.",
     "A Veldorian strike on Mirsk killed two people and wounded five on Monday.", []),
    ("A Veldorian strike killed or wounded 30 people in Mirsk on Monday.",
     "A Veldorian strike on Mirsk caused 60 casualties on Monday.", ["number_conflict"]),
    ("Two were killed and five others wounded in a Veldorian strike on Mirsk on Monday.",
     "A Veldorian strike on Mirsk killed two people and wounded nine on Monday.",
     ["number_conflict"]),
])
def test_counts_of_different_kinds_are_not_compared(first: str, other: str,
                                                    kinds: list[str]) -> None:
    flags = number_conflicts([report("a", "herald", first), report("b", "courier", other)])
    assert [f["kind"] for f in flags] == kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike killed two people, a week after 30 people were killed in a similar attack.",
     [("killed", 2)]),
    ("Two people were killed on Monday, two days after a strike on the same town killed nine.",
     [("killed", 2)]),
    ("Twelve people were killed on Monday, days after 20 soldiers were wounded in the north.",
     [("killed", 12)]),
    # without a toll of its own event before it, a count after "days after" is still read
    ("Two days after the attack 15 people had died of their wounds.", [("killed", 15)]),
    ("Nine people were killed a day after talks broke down, and 40 were wounded.",
     [("killed", 9), ("wounded", 40)]),
])
def test_a_toll_of_an_occurrence_days_apart_is_not_the_event_s(
        text: str, expected: list[tuple[str, float]]) -> None:
    assert counts(text) == expected


def test_an_earlier_strike_s_toll_is_not_compared() -> None:
    first = report("a", "herald", "A Veldorian strike killed two people in Mirsk on Monday, "
                                  "two days after a strike on the same town killed nine.")
    same = report("b", "courier", "A Veldorian strike on Mirsk killed two people on Monday.")
    other = report("c", "gazette", "A Veldorian strike on Mirsk killed six people on Monday.")
    assert number_conflicts([first, same]) == []
    assert [f["kind"] for f in number_conflicts([first, other])] == ["number_conflict"]
