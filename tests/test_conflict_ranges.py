"""A count stated as a range ("between six and eight", "10 to 12", "two or three") is one
count from its lower to its upper end, and an hour of the clock ("at 5 a.m.") counts no
one: outlets whose counts fall in the range agree, outlets outside it disagree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_conflict_actors import records as joined_records

from eventwire.fuse.conflicts import number_conflicts, number_range, text_counts
from eventwire.fuse.mentions import Mention


def readings(text: str) -> list[tuple[str, float, float]]:
    """(what, lowest, highest) of each count ``text_counts`` reads in a sentence."""
    return [(what, *number_range(n, before, raw)) for what, n, before, (_, _, raw)
            in text_counts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Between six and eight people were killed in the shelling of Mirsk.", [("killed", 6, 8)]),
    ("The shelling of Mirsk killed 10 to 12 people.", [("killed", 10, 12)]),
    ("The shelling of Mirsk killed 10-12 people, officials said.", [("killed", 10, 12)]),
    ("Two or three soldiers were wounded near the pass.", [("wounded", 2, 3)]),
    ("Six to eight civilians died when the shell hit the market.", [("killed", 6, 8)]),
    ("The raid killed 12 to 15 people and wounded 30-40.",
     [("killed", 12, 15), ("wounded", 30, 40)]),
    ("The army said 20 or 30 rockets were fired at the town.", [("projectiles", 20, 30)]),
])
def test_a_range_is_one_count(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a change of a count, not a range: both numbers stay (the larger is the outlet's)
    ("The toll rose from 10 to 12 on Friday.", [("killed", 10, 10), ("killed", 12, 12)]),
    # a list of parts adds up
    ("Medics in Mirsk said eight farmers and one soldier have been killed.",
     [("killed", 8, 8), ("killed", 1, 1), ("killed", 9, 9)]),
    # a larger number first is no range
    ("Twelve to ten soldiers were wounded.", [("wounded", 12, 12), ("wounded", 10, 10)]),
])
def test_changes_lists_and_falling_pairs_are_no_range(
        text: str, expected: list[tuple[str, float, float]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The shelling began at 5 a.m. and killed two people.", [("killed", 2, 2)]),
    ("At 3 p.m. on Friday a shell killed 12 people.", [("killed", 12, 12)]),
    ("At 11pm a rocket killed two people in Mirsk.", [("killed", 2, 2)]),
    ("Between 2 and 3 p.m. the army killed four fighters.", [("killed", 4, 4)]),
    ("Five people were killed at ten o'clock.", [("killed", 5, 5)]),
])
def test_an_hour_of_the_clock_counts_no_one(text: str,
                                            expected: list[tuple[str, float, float]]) -> None:
    assert readings(text) == expected


def report(aid: str, outlet: str, text: str) -> Mention:
    m = Mention(id=f"{aid}#0", article=aid, root=aid, story=None, published="2025-03-12",
                data={"type": "ASSAULT", "sentence": {"start": 0, "end": len(text), "text": text},
                      "trigger": {"start": 0, "end": 1, "text": "x"}})
    m.outlet = outlet
    return m


RANGE = "Veldorian shells killed between six and eight people in Mirsk on Monday."


@pytest.mark.parametrize(("other", "kinds"), [
    ("Veldorian shelling killed seven people in Mirsk on Monday.", []),
    ("Veldorian shelling killed six people in Mirsk on Monday.", []),
    ("Veldorian shelling killed at least seven people in Mirsk on Monday.", []),
    ("Veldorian shelling killed 15 people in Mirsk on Monday.", ["number_conflict"]),
    ("Veldorian shelling killed three people in Mirsk on Monday.", ["number_conflict"]),
])
def test_a_range_agrees_with_counts_inside_it_only(other: str, kinds: list[str]) -> None:
    flags = number_conflicts([report("a", "herald", RANGE), report("b", "courier", other)])
    assert [f["kind"] for f in flags] == kinds


def test_a_range_is_shown_as_stated() -> None:
    flags = number_conflicts([report("a", "herald", RANGE), report("b", "courier",
                              "Veldorian shelling killed 15 people in Mirsk on Monday.")])
    assert "6 to 8 (a)" in flags[0]["message"]


def test_an_hour_beside_a_toll_is_no_conflict() -> None:
    early = report("a", "herald", "Veldorian shelling that began at 5 a.m. killed two people in "
                                  "Mirsk on Monday.")
    same = report("b", "courier", "Veldorian shelling killed two people in Mirsk on Monday.")
    other = report("c", "gazette", "Veldorian shelling killed nine people in Mirsk on Monday.")
    assert number_conflicts([early, same]) == []
    assert [f["kind"] for f in number_conflicts([early, other])] == ["number_conflict"]


def records(cli: Any, tmp_path: Path, *texts: str) -> list[list[str]]:
    """The conflict flag kinds of each record holding every report (one outlet each),
    ingested through the CLI."""
    return [[f["kind"] for f in r["flags"] if f["kind"].endswith("conflict")]
            for r in joined_records(cli, tmp_path, *texts)]


SHELLING = ("Veldorian artillery shelled the Castranian border town of Mirsk on Monday, "
            "killing {toll} people, Castrane's interior ministry said.")
STRUCK = ("Veldoria's artillery struck the border town of Mirsk in Castrane on Monday, "
          "killing {toll} people, local officials said.")


@pytest.mark.parametrize(("first", "second", "flagged"), [
    ("between six and eight", "seven", False),
    ("two or three", "three", False),
    ("between six and eight", "15", True),
])
def test_reports_of_one_shelling_with_a_range_through_the_cli(
        cli: Any, tmp_path: Path, first: str, second: str, flagged: bool) -> None:
    found = records(cli, tmp_path, SHELLING.format(toll=first), STRUCK.format(toll=second))
    assert found
    assert any("number_conflict" in f for f in found) is flagged, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Half a dozen people were killed in the shelling of Mirsk.", [("killed", 6, 6)]),
    ("The shelling of Mirsk killed two dozen people.", [("killed", 24, 24)]),
    ("Three dozen rockets landed near Mirsk.", [("projectiles", 36, 36)]),
    ("The shelling of Mirsk killed a dozen people.", [("killed", 12, 12)]),
    ("The shelling of Mirsk killed a hundred people.", [("killed", 100, 100)]),
])
def test_dozens_multiplied_and_halved(text: str,
                                      expected: list[tuple[str, float, float]]) -> None:
    assert readings(text) == expected


def test_two_dozen_agrees_with_24_and_half_a_dozen_with_six() -> None:
    def flags(first: str, second: str) -> list[str]:
        return [f["kind"] for f in number_conflicts([report("a", "herald", first),
                                                     report("b", "courier", second)])]
    assert flags("Veldorian shells killed two dozen people in Mirsk on Monday.",
                 "Veldorian shelling killed 24 people in Mirsk on Monday.") == []
    assert flags("Veldorian shells killed half a dozen people in Mirsk on Monday.",
                 "Veldorian shelling killed six people in Mirsk on Monday.") == []
    assert flags("Veldorian shells killed two dozen people in Mirsk on Monday.",
                 "Veldorian shelling killed 12 people in Mirsk on Monday.") == ["number_conflict"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike on Route 4 killed two people in Mirsk.", [("killed", 2, 2)]),
    ("Two people were killed near Highway 12, officials said.", [("killed", 2, 2)]),
    ("The strike killed two soldiers from Unit 8200.", [("killed", 2, 2)]),
    ("Two people were killed in the strike on Building 7.", [("killed", 2, 2)]),
    ("The shelling killed a farmer, 45, and his son, 12.", []),
    # a headline's verb and a sentence's opening word are no names
    ("Veldorian Strike On Mirsk Kills 12", [("killed", 12, 12)]),
    ("Some 12 people were killed in Mirsk.", [("killed", 10.2, 13.8)]),
])
def test_a_name_s_number_or_an_age_counts_no_one(
        text: str, expected: list[tuple[str, float, float]]) -> None:
    assert [(w, round(lo, 1), round(hi, 1)) for w, lo, hi in readings(text)] == expected


def test_a_road_s_number_is_not_compared_with_a_toll() -> None:
    first = report("a", "herald", "A Veldorian strike on Route 4 killed two people on Monday.")
    same = report("b", "courier", "A Veldorian strike near Mirsk killed two people on Monday.")
    assert number_conflicts([first, same]) == []
