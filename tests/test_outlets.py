"""The outlet of an article, one notion everywhere: the readers take it from a JSONL record's
outlet fields or from a plain text's dateline or byline; fusion and the export name it by the
site's name, else the URL host, else the article id."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.fuse.mentions import outlet_of
from eventwire.ingest import build_article
from eventwire.ingest.errors import InputError
from eventwire.ingest.metadata import find_outlet
from eventwire.ingest.readers import jsonl_record


@pytest.mark.parametrize(("text", "outlet"), [
    ("PORT ALDEN, Veloria (Harbour Courier) — The navy said on Monday it had seized a boat.",
     "Harbour Courier"),
    ("NORTHGATE, March 3 (Lantern Wire) - Officials met on Tuesday.", "Lantern Wire"),
    ("WASHINGTON (AP) — The senators voted on Monday.", "AP"),
    ("Ports reopen after storm\n\nBy Mara Quill, Northgate Daily\n\nThe ports reopened.",
     "Northgate Daily"),
    ("By Mara Quill | The Evening Ledger | June 4, 2025, 09:10\n\nThe talks ended.",
     "The Evening Ledger"),
    ("By Mara Quill for The Evening Ledger\n\nThe talks ended.", "The Evening Ledger"),
    ("By Mara Quill, Senior Correspondent, Northgate Daily\n\nThe talks ended.",
     "Northgate Daily"),
])
def test_an_outlet_named_in_a_dateline_or_byline_is_read(text: str, outlet: str) -> None:
    assert find_outlet(text) == outlet


@pytest.mark.parametrize("text", [
    "BEIRUT (May 2) — Officials met on Tuesday.",          # a date in the parenthesis
    "KYIV, May 2 (Ukraine) — Officials met on Tuesday.",    # a place
    "PARIS, France (Updated) — Officials met on Tuesday.",  # a mark of the copy
    "By Mara Quill, Staff Writer\n\nThe talks ended.",       # the writer's job
    "By Mara Quill, Beirut\n\nThe talks ended.",             # a place
    "By Mara Quill and Tomas Reyes\n\nThe talks ended.",     # two writers
    "By Mara Quill, Tomas Reyes and Ada Lind\n\nThe talks ended.",  # a list of writers
    "By Tuesday, the army had withdrawn from the town.\n",   # a sentence, not a byline
    "By Mara Quill, June 4, 2025\n\nThe talks ended.",       # a date
    "The army said (Reuters) - nothing.",                    # no dateline at the line start
])
def test_no_outlet_from_a_date_place_person_or_sentence(text: str) -> None:
    assert find_outlet(text) is None


@pytest.mark.parametrize(("fields", "site"), [
    ({"site": "Harbour Courier", "outlet": "Other"}, "Harbour Courier"),
    ({"outlet": "Harbour  Courier"}, "Harbour Courier"),
    ({"source_name": "Northgate Daily"}, "Northgate Daily"),
    ({"publisher": "The Evening Ledger"}, "The Evening Ledger"),
    ({"source": "Lantern Wire"}, "Lantern Wire"),
    ({"source": {"id": "lantern", "name": "Lantern Wire"}}, "Lantern Wire"),
    ({"source": "https://lantern.example/feed.xml"}, None),
    ({"source": "data/batch1/report.txt"}, None),
    ({"source": "report.jsonl"}, None),
    ({}, None),
])
def test_a_jsonl_record_names_its_outlet(fields: dict[str, Any], site: str | None) -> None:
    record = jsonl_record(json.dumps({"id": "a", "text": "Officials met.", **fields}), "x:1")
    assert record.site == site


def test_a_plain_text_article_takes_its_site_from_its_byline_unless_given() -> None:
    text = "By Mara Quill, Northgate Daily\n\nOfficials met in Port Alden on Tuesday."
    assert build_article(text).site == "Northgate Daily"
    assert build_article(text, site="Harbour Courier").site == "Harbour Courier"
    assert build_article("Officials met in Port Alden on Tuesday.").site is None


def test_the_outlet_is_the_site_else_the_url_host_else_the_article() -> None:
    assert outlet_of({"id": "a", "site": "Harbour Courier",
                      "url": "https://www.harbour.example/x"}) == "Harbour Courier"
    assert outlet_of({"id": "a", "site": "", "url": "https://www.harbour.example/x"}) == \
        "harbour.example"
    assert outlet_of({"id": "b", "site": None, "url": None, "duplicate_of": "a"}) == "a"
    assert outlet_of({"id": "b"}) == "b"


def test_no_input_error_from_an_outlet_field_alone() -> None:
    with pytest.raises(InputError):
        jsonl_record(json.dumps({"id": "a", "outlet": "Harbour Courier"}), "x:1")


REPORTS = {
    "courier1.txt": "By Mara Quill, Harbour Courier\nPublished: 9 May 2025\n\n"
                    "Armenian and Azerbaijani envoys met in Vienna on Friday to discuss the "
                    "border, officials said.",
    "courier2.txt": "By Tomas Reyes, Harbour Courier\nPublished: 9 May 2025\n\n"
                    "Armenian and Azerbaijani envoys held talks in Vienna on Friday about the "
                    "disputed border, a diplomat said.",
    "ledger.txt": "VIENNA, May 9 (Evening Ledger) — Armenian and Azerbaijani envoys met in "
                  "Vienna on Friday to discuss their border, according to officials.\n\n"
                  "Published: 9 May 2025",
}


def test_two_outlets_of_three_plain_text_reports(cli: Any, tmp_path: Path) -> None:
    """Two reports of one outlet and one of another, read from plain text, give a record
    corroborated by two outlets (not three), and the export names both."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "outlets.db")
    assert cli("ingest", str(folder), "--db", db).exit_code == 0
    out = cli("events", "--all", "--format", "jsonl", "--db", db).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    record = next(r for r in rows if len(r["articles"]) == 3)
    corroboration = record["corroboration"]
    assert corroboration["outlets"] == 2
    assert sorted(s["outlet"] for s in corroboration["sources"]) == \
        ["Evening Ledger", "Harbour Courier"]
    table = tmp_path / "events.csv"
    assert cli("export", "--all", "--format", "csv", "--out", str(table), "--db", db).exit_code == 0
    with table.open(encoding="utf-8", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["n_articles"] == "3")
    assert sorted(row["outlets"].split(";")) == ["Evening Ledger", "Harbour Courier"]
