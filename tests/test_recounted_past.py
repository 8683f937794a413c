"""An event told in the past perfect, or in a paragraph that steps back into it, is
recounted: its story makes it background when it lies well before the story's first report;
an event of the story's own days told the same way stays asserted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fuse_helpers import ingested_records, told_with
from pipeline_runs import by_trigger, run_texts

from eventwire.fuse.background import RECOUNTED_DAYS, before_story, in_passing

TEXTS = {
    "perfect": "Redland jets had bombed Blueland airfields near Varo on May 10.",
    "simple": "Redland jets bombed Blueland airfields near Varo on Monday.",
    "paragraph": "Troops clashed near the border on Tuesday, officials said.\n\n"
                 "The two countries had fought a short war in May. Redland jets bombed "
                 "Blueland airfields near Varo, and Blueland shelled the town of Kel.",
    "not_first": "Troops clashed near the border on Tuesday, officials said.\n\n"
                 "Redland jets bombed Blueland airfields near Varo on Monday. Officials said "
                 "the army had shelled the town of Kel.",
    "present": "The two countries had fought a short war in May. Redland jets are bombing "
               "Blueland airfields near Varo this week.",
    "heading": "Troops clashed near the border on Tuesday, officials said.\n\nBackground\n"
               "Redland jets bombed Blueland airfields near Varo in May.\n\nWhat comes next\n"
               "Blueland shelled the town of Kel on Monday, officials said.",
    "news_heading": "Latest\nRedland jets bombed Blueland airfields near Varo on Monday.",
}


def recounted(ex: Any, trigger: str) -> str | None:
    return by_trigger(ex, trigger).attributes.get("recounted")


def test_past_perfect_and_its_paragraph_recount():
    out = run_texts(TEXTS)
    assert recounted(out["perfect"], "bombed") == "past perfect"
    assert recounted(out["simple"], "bombed") is None
    assert recounted(out["paragraph"], "bombed") == "past perfect paragraph"
    assert recounted(out["paragraph"], "shelled") == "past perfect paragraph"
    assert recounted(out["paragraph"], "clashed") is None  # another paragraph
    assert recounted(out["not_first"], "bombed") is None  # the paragraph opens in the past
    assert recounted(out["not_first"], "shelled") == "past perfect"
    assert recounted(out["present"], "bombing") is None  # the present is no flashback
    assert recounted(out["heading"], "bombed") == "background heading"
    assert recounted(out["heading"], "clashed") is None  # above the heading
    assert recounted(out["heading"], "shelled") is None  # under another heading
    assert recounted(out["news_heading"], "bombed") is None


FIRST = dt.date(2025, 7, 25)


def test_a_recounted_mention_is_in_passing():
    mention = {"attributes": {"recounted": "past perfect",
                              "trigger_info": {"dep": "ROOT", "tag": "VBN"}}}
    assert in_passing(mention)
    assert not in_passing({"attributes": {"trigger_info": {"dep": "ROOT", "tag": "VBN"}}})
    week = (FIRST - dt.timedelta(days=RECOUNTED_DAYS + 1)).isoformat()
    record = {"modality": "asserted", "date_from": "text", "date_range": [week, week]}
    assert before_story(record, FIRST, [mention])
    days = (FIRST - dt.timedelta(days=RECOUNTED_DAYS)).isoformat()
    record = {"modality": "asserted", "date_from": "text", "date_range": [days, days]}
    assert not before_story(record, FIRST, [mention])


def test_a_war_told_in_the_past_perfect_is_its_story_background(cli: Any, tmp_path: Path):
    texts = [
        ("2025-07-25T09:00:00+00:00",
         "Redland and Blueland troops clashed along the border on Thursday, killing 12 "
         "soldiers, officials said."),
        ("2025-07-26T09:00:00+00:00",
         "Redland and Blueland troops clashed again along the border on Friday, officials "
         "said.\n\nThe two countries had fought a short war earlier in the month. Redland "
         "jets bombed the Blueland capital on July 10."),
    ]
    rows = ingested_records(cli, tmp_path, texts, prefix="recounted", title="Border clashes",
                            slug="border")
    bombed, clashed = told_with(rows, "bombed"), told_with(rows, "clashed")
    assert bombed and all(r["modality"] == "background" for r in bombed)
    assert clashed and all(r["modality"] == "asserted" for r in clashed)
