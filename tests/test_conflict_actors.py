"""Counts of the people who act (attackers, troops) are compared between outlets as ranges,
like tolls, but only when both outlets count the same participant role of one record: the
attackers' count is never set against the defenders', and one article never against itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.fuse.conflicts import number_conflicts, number_range, text_counts
from eventwire.fuse.mentions import Mention


def readings(text: str) -> list[tuple[str, float, float]]:
    """(what, lowest, highest) of each count ``text_counts`` reads in a sentence."""
    return [(what, *number_range(n, before, raw)) for what, n, before, (_, _, raw)
            in text_counts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("About 30 gunmen stormed the police post in Mirsk.", [("attackers", 25.5, 34.5)]),
    ("More than 80 armed men attacked the post.", [("attackers", 80, float("inf"))]),
    ("Dozens of militants raided the village at dawn.", [("attackers", 24, 99)]),
    ("Some 20 rebel fighters overran the outpost.", [("attackers", 17, 23)]),
    # the counted people did the killing: they are the force, not the dead
    ("About 30 gunmen killed four police officers.",
     [("attackers", 25.5, 34.5), ("killed", 4, 4)]),
    # people a casualty or capture verb governs are the dead or the taken, as for soldiers
    ("The army killed 12 militants near the pass.", [("killed", 12, 12)]),
    ("Twenty insurgents were killed in the raid.", [("killed", 20, 20)]),
    ("Police captured 18 rebels after the raid.", [("captured", 18, 18)]),
    # men who are not said to be armed are counted as before
    ("Three men were killed in the raid.", [("killed", 3, 3)]),
    # a word of the attackers naming another counted noun is no count of people
    ("Six fighter jets flew over the border.", [("aircraft", 6, 6)]),
    ("Troops took five rebel positions on the ridge.", [("positions", 5, 5)]),
])
def test_attackers_are_counted(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert readings(text) == expected


def report(aid: str, outlet: str, text: str, source: str = "", target: str = "",
           trigger: str = "attacked") -> Mention:
    """An attack told in one sentence, its source and target the given phrases of it."""
    def span(phrase: str) -> list[dict[str, Any]]:
        if not phrase:
            return []
        at = text.index(phrase)
        return [{"start": at, "end": at + len(phrase), "text": phrase}]
    at = text.index(trigger)
    m = Mention(id=f"{aid}#0", article=aid, root=aid, story=None, published="2025-03-12",
                data={"type": "ASSAULT", "sentence": {"start": 0, "end": len(text), "text": text},
                      "trigger": {"start": at, "end": at + len(trigger), "text": trigger},
                      "source": span(source), "target": span(target)})
    m.outlet = outlet
    return m


def test_the_attackers_count_is_not_set_against_the_defenders() -> None:
    attackers = report("a", "herald", "More than 200 Veldorian troops attacked a Castranian "
                       "outpost near Mirsk on Monday.", source="Veldorian", target="Castranian")
    defenders = report("b", "courier", "Veldorian forces attacked about 40 Castranian soldiers "
                       "near Mirsk on Monday.", source="Veldorian", target="Castranian")
    same_side = report("c", "gazette", "About 60 Veldorian soldiers attacked a Castranian "
                       "outpost near Mirsk on Monday.", source="Veldorian", target="Castranian")
    assert number_conflicts([attackers, defenders]) == []
    flags = number_conflicts([attackers, same_side])
    assert [f["message"] for f in flags] == [
        "sources disagree on the number of troops: More than 200 (a); About 60 (c)"]


def test_a_count_outside_the_attack_s_sides_is_not_the_attackers() -> None:
    """"an outpost defended by 40 soldiers" in an attack told by its attacker: neither side
    is placed by the arguments, so it is compared with no count of either side."""
    attackers = report("a", "herald", "More than 200 Veldorian troops attacked a Castranian "
                       "outpost near Mirsk on Monday.", source="Veldorian", target="Castranian")
    guarded = report("b", "courier", "Veldorian forces attacked an outpost near Mirsk defended "
                     "by 40 soldiers on Monday.", source="Veldorian")
    assert number_conflicts([attackers, guarded]) == []


@pytest.mark.parametrize(("second", "flagged"), [
    ("More than 80 armed men attacked the police post in Mirsk on Monday.", True),
    ("The police post in Mirsk was attacked on Monday by more than 80 armed men.", True),
    ("Dozens of armed men attacked the police post in Mirsk on Monday.", False),
    ("Some 35 gunmen attacked the police post in Mirsk on Monday.", False),
])
def test_the_attackers_placed_by_the_sentence(second: str, flagged: bool) -> None:
    """With no argument naming them, the subject of an active attack or the agent after "by"
    of a passive one are its attackers."""
    first = report("a", "herald", "About 30 gunmen attacked the police post in Mirsk on Monday.")
    flags = number_conflicts([first, report("b", "courier", second)])
    assert bool(flags) is flagged, flags


PUBLISHED = ("2025-03-12T09:00:00+00:00", "2025-03-12T15:00:00+00:00")


def records(cli: Any, tmp_path: Path, *texts: str) -> list[dict[str, Any]]:
    """The records holding every report (one outlet each), ingested through the CLI into a
    SQLite store."""
    src = tmp_path / "articles.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": f"r{i}", "title": f"Report {i}", "text": text,
                                "published": PUBLISHED[i],
                                "url": f"https://outlet{i}.example/report/{i}"}) + "\n")
    db = str(tmp_path / "actors.db")
    assert cli("ingest", str(src), "--db", db).exit_code == 0
    out = cli("events", "--all", "--format", "jsonl", "--db", db).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    return [r for r in rows if len(r["articles"]) == len(texts)]


RAID = ("About 30 gunmen attacked a police post in the Castranian border town of Mirsk on "
        "Monday, killing four officers, Castrane's interior ministry said.")
ARMED = ("{count} armed men attacked the police post in Mirsk in Castrane on Monday, killing "
         "four officers, local officials said.")


def test_two_outlets_counting_the_attackers_differently_through_the_cli(
        cli: Any, tmp_path: Path) -> None:
    found = records(cli, tmp_path, RAID, ARMED.format(count="More than 80"))
    assert found
    flags = [f for r in found for f in r["flags"] if f["kind"] == "number_conflict"]
    assert len(flags) == 1, found
    assert "number of attackers" in flags[0]["message"]
    values = {v["value"].lower(): v for v in flags[0]["values"]}
    assert set(values) == {"about 30", "more than 80"}
    assert values["about 30"]["articles"] == ["r0"]
    assert values["about 30"]["outlets"] == ["outlet0.example"]
    assert values["more than 80"]["articles"] == ["r1"]
    assert values["more than 80"]["spans"][0]["sentence"]["text"].startswith("More than 80")


@pytest.mark.parametrize("count", ["Dozens of", "Some 32"])
def test_counts_of_the_attackers_in_one_range_agree_through_the_cli(
        cli: Any, tmp_path: Path, count: str) -> None:
    found = records(cli, tmp_path, RAID, ARMED.format(count=count))
    assert found
    assert not [f for r in found for f in r["flags"] if f["kind"] == "number_conflict"], found


def test_one_article_s_two_counts_are_no_conflict_through_the_cli(
        cli: Any, tmp_path: Path) -> None:
    both = RAID + " Local officials said more than 80 armed men took part in the attack."
    other = ("Gunmen attacked the police post in Mirsk in Castrane on Monday, killing four "
             "officers, local officials said.")
    found = records(cli, tmp_path, both, other)
    assert found
    assert not [f for r in found for f in r["flags"] if f["kind"] == "number_conflict"], found
