"""A report of an act and another outlet's denial of it are one disputed record whichever
arrives first: two articles ingested in two updates, in both orders, through the CLI into a
SQLite store. Invented texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPORT = {"id": "w1", "title": "Troops pull out",
          "text": "Israeli troops withdrew from the Lebanese border town of Khiam on Tuesday, "
                  "the Lebanese army said.",
          "published": "2025-05-13T10:00:00+00:00", "url": "https://wire.example/a/1"}
DENIAL = {"id": "d1", "title": "No pullout",
          "text": "Israeli troops did not withdraw from the Lebanese town of Khiam on Tuesday, "
                  "residents told Lebanese media.",
          "published": "2025-05-13T15:00:00+00:00", "url": "https://daily.example/b/2"}
QUALIFIED = {"id": "q1", "title": "Partial pullout",
             "text": "Israeli troops withdrew from parts of Khiam on Tuesday. But Israeli troops "
                     "did not withdraw from the Lebanese town of Khiam entirely, residents told "
                     "Lebanese media.",
             "published": "2025-05-13T15:00:00+00:00", "url": "https://daily.example/b/3"}


def records(cli: Any, tmp_path: Path, *articles: dict[str, str]) -> list[tuple[Any, ...]]:
    """(type, modality, articles, conflict kinds) of every record after ingesting each article in an
    update of its own, in the given order."""
    db = str(tmp_path / "order.db")
    for art in articles:
        src = tmp_path / f"{art['id']}.jsonl"
        src.write_text(json.dumps(art) + "\n", encoding="utf-8")
        assert cli("ingest", str(src), "--db", db).exit_code == 0
    out = cli("events", "--all", "--format", "jsonl", "--db", db).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    return sorted((r["type"], r["modality"], tuple(sorted(r["articles"])),
                   tuple(sorted(f["kind"] for f in r["flags"] if f["kind"].endswith("conflict"))))
                  for r in rows)


@pytest.mark.parametrize("second", [DENIAL, QUALIFIED])
def test_a_report_and_a_denial_fuse_alike_in_either_order(cli: Any, tmp_path: Path,
                                                          second: dict[str, str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = records(cli, tmp_path / "a", REPORT, second)
    then = records(cli, tmp_path / "b", second, REPORT)
    assert first == then
    joined = [r for r in first if set(r[2]) == {"w1", second["id"]}]
    if second is DENIAL:  # one occurrence whose happening the two outlets dispute
        assert joined == [("RETREAT", "asserted", ("d1", "w1"), ("happened_conflict",))]
    else:  # its own article reports the pullout: a qualified account, no denial
        assert all(not r[3] for r in first)


SHOOTING = {"id": "s1", "title": "Shots at the crossing",
            "text": "Israeli troops opened fire on Lebanese soldiers near the border town of "
                    "Khiam on Tuesday, the Lebanese army said.",
            "published": "2025-05-13T10:00:00+00:00", "url": "https://wire.example/a/4"}
DENIED = [
    "Israel denied that its troops had opened fire on Lebanese soldiers near Khiam.",
    "Israel denied its soldiers fired on Lebanese troops near the border town of Khiam.",
    "Israel denied firing on Lebanese soldiers near the border town of Khiam.",
]


@pytest.mark.parametrize("text", DENIED)
def test_an_actors_denial_of_the_shooting_disputes_the_report(cli: Any, tmp_path: Path,
                                                              text: str) -> None:
    denial = {"id": "n1", "title": "Israel denies shooting", "text": text,
              "published": "2025-05-13T15:00:00+00:00", "url": "https://daily.example/b/5"}
    db = str(tmp_path / "shots.db")
    for art in (SHOOTING, denial):
        src = tmp_path / f"{art['id']}.jsonl"
        src.write_text(json.dumps(art) + "\n", encoding="utf-8")
        assert cli("ingest", str(src), "--db", db).exit_code == 0
    out = cli("events", "--all", "--format", "jsonl", "--db", db).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    (shots,) = [r for r in rows if set(r["articles"]) == {"s1", "n1"}]
    assert shots["type"] == "ASSAULT"
    (flag,) = [f for f in shots["flags"] if f["kind"] == "happened_conflict"]
    assert {v["value"]: (v["articles"], v["outlets"]) for v in flag["values"]} == \
        {"happened": (["s1"], ["wire.example"]), "denied": (["n1"], ["daily.example"])}
