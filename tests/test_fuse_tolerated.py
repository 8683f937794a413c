"""Two records that are one occurrence but for the day two outlets give it ("spoke on 6 March"
against "held a call on 9 March"): they merge when, with the day forgiven, a new report of one
links to the other at the merge threshold, both name one person, nothing else keeps them apart
and no outlet dates the two apart itself; the dates' difference is then the record's date
conflict. Unit tests on hand-built mentions, then end to end through the CLI with invented
countries and leaders in several phrasings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_fuse_adjacent_days import fusion_of as held
from test_fuse_coref import ENVOY, SPEAKER, event, mention

from eventwire.fuse import coref
from eventwire.fuse import events as fev
from eventwire.fuse.mentions import Mention

TUE_A = "Anna Envoy met Boris Speaker in the capital on Tuesday to discuss the truce."
TUE_B = "Anna Envoy held talks with Boris Speaker on Tuesday about the truce proposal."
FRI = "Anna Envoy sat down with Boris Speaker on Friday to discuss the truce."
SAT = "Anna Envoy sat down with Boris Speaker on Saturday to discuss the truce."
FRI_AGAIN = "Anna Envoy sat down with Boris Speaker again on Friday to discuss the truce."
DAYS = {"Tuesday": "2025-03-04", "Wednesday": "2025-03-05", "Friday": "2025-03-07",
        "Saturday": "2025-03-08",
        "Monday": "2025-03-10"}


def meeting(aid: str, outlet: str, text: str, trigger: str, day: str,
            people: bool = True) -> Mention:
    """One CONSULT mention of the envoy and the speaker dated by its own weekday."""
    ev = event(text, trigger, "CONSULT", [("Anna Envoy", ENVOY)] if people else [],
               [("Boris Speaker", SPEAKER)] if people else [], date=DAYS[day], date_text=day)
    m = mention(aid, "2025-03-09", outlet, ev)
    m.story = "s1"
    return m


def fusion_of(*groups: tuple[str, list[Mention]]) -> fev.Fusion:
    """A fusion holding the given events, every one touched in this update."""
    fusion = held(*groups)
    fusion.touched.update(eid for eid, _ in groups)
    return fusion


def tuesday() -> list[Mention]:
    return [meeting("a", "north", TUE_A, "met", "Tuesday"),
            meeting("b", "south", TUE_B, "held talks", "Tuesday")]


@pytest.fixture()
def link(monkeypatch: pytest.MonkeyPatch):
    """Set the probability every mention pair gets from the link model."""
    def set_to(p: float) -> None:
        monkeypatch.setattr(coref, "link_probability", lambda a, b, common=frozenset(): p)
    return set_to


def joined(fusion: fev.Fusion, fresh: Mention) -> bool:
    fev.join_tolerated(fusion, {fresh.id})
    return len(fusion.groups) == 1


def test_another_outlets_report_three_days_apart_joins_the_record(link) -> None:
    link(coref.merge_threshold() + 0.05)
    friday = meeting("c", "east", FRI, "sat down", "Friday")
    fusion = fusion_of(("e1", tuesday()), ("e2", [friday]))
    assert joined(fusion, friday)
    assert {m.article for m in fusion.groups["e1"]} == {"a", "b", "c"}


def test_two_lone_outlets_three_days_apart_keep_two_records_a_day_apart_join(link) -> None:
    link(0.99)
    friday = meeting("c", "east", FRI, "sat down", "Friday")
    fusion = fusion_of(("e1", [meeting("a", "north", TUE_A, "met", "Tuesday")]), ("e2", [friday]))
    assert not joined(fusion, friday)
    thursday = meeting("c", "east", FRI.replace("Friday", "Wednesday"), "sat down", "Wednesday")
    fusion = fusion_of(("e1", [meeting("a", "north", TUE_A, "met", "Tuesday")]),
                       ("e2", [thursday]))
    assert joined(fusion, thursday)


def test_articles_without_a_known_outlet_keep_two_records(link) -> None:
    link(0.99)
    friday = meeting("c", "east", FRI, "sat down", "Friday")
    friday.outlet = friday.article
    assert not joined(fusion_of(("e1", tuesday()), ("e2", [friday])), friday)


def test_a_weak_link_or_days_further_apart_keep_two_records(link) -> None:
    link(coref.merge_threshold() - 0.05)
    friday = meeting("c", "east", FRI, "sat down", "Friday")
    assert not joined(fusion_of(("e1", tuesday()), ("e2", [friday])), friday)
    link(0.99)
    saturday = meeting("c", "east", SAT, "sat down", "Saturday")
    assert not joined(fusion_of(("e1", tuesday()), ("e2", [saturday])), saturday)


def test_an_outlet_dating_both_days_or_a_repeated_act_keeps_two_records(link) -> None:
    link(0.99)
    same_outlet = meeting("c", "north", FRI, "sat down", "Friday")
    assert not joined(fusion_of(("e1", tuesday()), ("e2", [same_outlet])), same_outlet)
    friday = meeting("c", "east", FRI, "sat down", "Friday")
    both = meeting("d", "west", TUE_A, "met", "Tuesday")
    both_fri = meeting("d", "west", FRI, "sat down", "Friday")
    assert not joined(fusion_of(("e1", tuesday() + [both]), ("e2", [friday, both_fri])),
                      friday)
    again = meeting("c", "east", FRI_AGAIN, "sat down", "Friday")
    assert not joined(fusion_of(("e1", tuesday()), ("e2", [again])), again)


def test_reports_naming_no_person_keep_two_records(link) -> None:
    link(0.99)
    friday = meeting("c", "east", FRI, "sat down", "Friday", people=False)
    fusion = fusion_of(("e1", [meeting("a", "north", TUE_A, "met", "Tuesday", people=False)]),
                       ("e2", [friday]))
    assert not joined(fusion, friday)


def test_a_third_record_of_the_same_people_leaves_the_choice_open(link) -> None:
    link(0.99)
    friday = meeting("c", "east", FRI, "sat down", "Friday")
    other = meeting("d", "west", SAT.replace("Saturday", "Monday"), "sat down", "Monday")
    fusion = fusion_of(("e1", tuesday()), ("e2", [friday]), ("e3", [other]))
    fev.join_tolerated(fusion, {friday.id, other.id})
    assert len(fusion.groups) == 3


PUBLISHED = ("2025-03-12T09:00:00+00:00", "2025-03-12T15:00:00+00:00", "2025-03-13T10:00:00+00:00")


def records(cli: Any, tmp_path: Path, *reports: tuple[str, str]) -> list[dict[str, Any]]:
    """The records of reports ``(outlet, text)`` ingested through the CLI, with their
    conflict flag kinds."""
    src = tmp_path / "articles.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, (outlet, text) in enumerate(reports):
            f.write(json.dumps({"id": f"t{i}", "title": f"Report {i}", "text": text,
                                "published": PUBLISHED[i],
                                "url": f"https://{outlet}.example/report/{i}"}) + "\n")
    db = str(tmp_path / "tolerated.db")
    assert cli("ingest", str(src), "--db", db).exit_code == 0
    out = cli("events", "--all", "--format", "jsonl", "--db", db).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    return [{"articles": sorted(r["articles"]), "type": r["type"],
             "flags": [f["kind"] for f in r["flags"] if f["kind"].endswith("conflict")]}
            for r in rows]


CALL_A = ("President Arlen Mosk of Veldoria spoke by phone with Castrane's prime minister Tovi "
          "Rendal on {day} March, officials in Veldoria said. The two leaders discussed the "
          "disputed river border.")
CALL_B = ("Castrane's prime minister Tovi Rendal held a telephone call with Veldorian President "
          "Arlen Mosk on {day} March to discuss the river border dispute, his office said.")


CALL_C = ("Veldoria's President Arlen Mosk and Castrane's prime minister Tovi Rendal talked by "
          "telephone on {day} March about the river border, according to a statement.")


def test_one_call_dated_a_day_apart_by_two_outlets_is_one_record_with_a_date_conflict(
        cli: Any, tmp_path: Path) -> None:
    found = records(cli, tmp_path, ("herald", CALL_A.format(day=9)),
                    ("courier", CALL_B.format(day=10)))
    both = [r for r in found if r["articles"] == ["t0", "t1"] and r["type"] == "CONSULT"]
    assert both and "date_conflict" in both[0]["flags"]


def test_one_outlets_day_three_days_from_two_others_joins_them_with_a_date_conflict(
        cli: Any, tmp_path: Path) -> None:
    found = records(cli, tmp_path, ("herald", CALL_A.format(day=6)),
                    ("gazette", CALL_C.format(day=6)), ("courier", CALL_B.format(day=9)))
    every = [r for r in found if r["articles"] == ["t0", "t1", "t2"] and r["type"] == "CONSULT"]
    assert every and "date_conflict" in every[0]["flags"]


def test_two_lone_outlets_three_days_apart_keep_two_records(cli: Any, tmp_path: Path) -> None:
    found = records(cli, tmp_path, ("herald", CALL_A.format(day=6)),
                    ("courier", CALL_B.format(day=9)))
    assert not any(r["articles"] == ["t0", "t1"] for r in found)


def test_one_outlet_reporting_two_days_keeps_two_records(cli: Any, tmp_path: Path) -> None:
    found = records(cli, tmp_path, ("herald", CALL_A.format(day=8)),
                    ("herald", CALL_A.format(day=10).replace("spoke by phone",
                                                             "spoke by phone again")),
                    ("courier", CALL_B.format(day=10)))
    dated = [r for r in found if r["type"] == "CONSULT" and r["articles"] != ["t0", "t1"]
             and "t0" in r["articles"]]
    assert all("t2" not in r["articles"] for r in dated)
    assert not any("date_conflict" in r["flags"] for r in found)


def test_calls_further_apart_stay_two_records(cli: Any, tmp_path: Path) -> None:
    found = records(cli, tmp_path, ("herald", CALL_A.format(day=3)),
                    ("courier", CALL_B.format(day=10)))
    assert not any(r["articles"] == ["t0", "t1"] for r in found)


def test_one_shelling_with_two_tolls_is_one_record_with_a_toll_conflict(
        cli: Any, tmp_path: Path) -> None:
    found = records(cli, tmp_path,
                    ("herald", "Veldorian artillery shelled the Castranian border town of Mirsk "
                               "on Monday, killing six people, Castrane's interior ministry said."),
                    ("courier", "Veldoria's artillery struck the border town of Mirsk in "
                                "Castrane on Monday, killing nine people, local officials said."))
    both = [r for r in found if r["articles"] == ["t0", "t1"]]
    assert both and both[0]["flags"] == ["number_conflict"]


def test_one_clash_told_from_either_side_is_one_record_with_a_starter_conflict(
        cli: Any, tmp_path: Path) -> None:
    # the starter is read from registered sides: two real states, invented places
    found = records(cli, tmp_path,
                    ("herald", "Armenian troops attacked Azerbaijani border posts near Tegh on "
                               "Monday. Armenia fired first, according to local officials."),
                    ("courier", "Azerbaijani soldiers shelled Armenian positions near Tegh on "
                                "Monday. Azerbaijan fired first, according to a military "
                                "spokesman."))
    both = [r for r in found if r["articles"] == ["t0", "t1"]]
    assert both and both[0]["flags"] == ["starter_conflict"]
