"""Story background: a record dated by its text more than a month before its story's first
report is written as background; one of the story's own days stays asserted."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from eventwire.fuse.background import (
    RECOUNTED_DAYS,
    STORY_BACKGROUND_DAYS,
    before_story,
    in_passing,
)

FIRST = dt.date(2025, 7, 25)


def record(end: str, modality: str = "asserted", date_from: str = "text") -> dict[str, Any]:
    return {"modality": modality, "date_from": date_from, "date_range": ["2025-01-01", end]}


def test_only_an_asserted_record_dated_by_its_text_well_before_the_story_is_background():
    old = (FIRST - dt.timedelta(days=STORY_BACKGROUND_DAYS + 1)).isoformat()
    near = (FIRST - dt.timedelta(days=STORY_BACKGROUND_DAYS)).isoformat()
    assert before_story(record(old), FIRST)
    assert not before_story(record(near), FIRST)
    assert not before_story(record(old, modality="planned"), FIRST)
    assert not before_story(record(old, date_from="publication"), FIRST)
    assert not before_story(record(old), None)


def told(dep: str, tag: str) -> dict[str, Any]:
    return {"attributes": {"trigger_info": {"dep": dep, "tag": tag}}}


def test_an_event_only_recounted_in_passing_is_background_a_week_before_the_story():
    """'a day after militants killed 26 people' (advcl), 'since the war in June' (pobj):
    recounted; 'Hochstein sat down with Netanyahu' (ROOT), 'clashes erupted' (nominal
    subject): reported."""
    assert in_passing(told("advcl", "VBD")) and in_passing(told("pobj", "NN"))
    assert not in_passing(told("ROOT", "VBD")) and not in_passing(told("nsubj", "NNS"))
    assert not in_passing({"attributes": {}})
    week = (FIRST - dt.timedelta(days=RECOUNTED_DAYS + 1)).isoformat()
    assert before_story(record(week), FIRST, [told("advcl", "VBD"), told("pobj", "NN")])
    assert not before_story(record(week), FIRST, [told("advcl", "VBD"), told("ROOT", "VBD")])
    assert not before_story(record(week), FIRST)
    days = (FIRST - dt.timedelta(days=RECOUNTED_DAYS)).isoformat()
    assert not before_story(record(days), FIRST, [told("advcl", "VBD")])


def test_a_war_months_before_the_story_is_its_background(cli: Any, tmp_path: Path):
    texts = [
        ("2025-07-25T09:00:00+00:00",
         "Redland and Blueland troops clashed along the border on Thursday, killing 12 "
         "soldiers, officials said."),
        ("2025-07-26T09:00:00+00:00",
         "Redland and Blueland troops clashed again along the border on Friday. Redland and "
         "Blueland fought a short war in April, when Redland jets bombed the Blueland capital."),
    ]
    src = tmp_path / "articles.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, (published, text) in enumerate(texts):
            f.write(json.dumps({"id": f"b{i}", "title": "Border clashes", "text": text,
                                "published": published,
                                "url": f"https://outlet{i}.example/border/{i}"}) + "\n")
    db = str(tmp_path / "background.db")
    assert cli("ingest", str(src), "--db", db).exit_code == 0
    out = cli("events", "--all", "--format", "jsonl", "--db", db).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    bombed = [r for r in rows if any(m["trigger"]["text"] == "bombed" for m in r["mentions"])]
    clashed = [r for r in rows if any(m["trigger"]["text"] == "clashed" for m in r["mentions"])]
    assert bombed and all(r["modality"] == "background" for r in bombed)
    assert bombed[0]["attributes"]["story_first_report"] == "2025-07-25"
    assert clashed and all(r["modality"] == "asserted" for r in clashed)
