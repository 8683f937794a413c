"""An outcome or agreement phrase hoped for, feared or supposed ("neither side expected a
breakthrough", "unless they reach an agreement") states nothing of how talks went, and a
denied failure ("denied that the talks had collapsed") is no report that they failed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.fuse.conflicts import text_claim


@pytest.mark.parametrize(("kind", "text"), [
    ("outcome", "Neither side expected a breakthrough at the talks in Mirsk."),
    ("outcome", "A diplomat cautioned against expecting an imminent breakthrough."),
    ("outcome", "Both delegations had hoped for a breakthrough on the river border."),
    ("outcome", "Officials feared the talks would collapse over the border question."),
    ("outcome", "It was unclear whether progress was made on the prisoners."),
    ("outcome", "Officials denied that the talks had collapsed."),
    ("agreement", "Veldoria threatened new tariffs unless they reach agreements."),
])
def test_hoped_for_feared_or_denied_phrases_are_not_read(kind: str, text: str) -> None:
    assert text_claim(text, kind) is None


@pytest.mark.parametrize(("kind", "group", "text"), [
    ("outcome", "negative", "The talks in Mirsk made no headway, officials said."),
    ("outcome", "positive", "The talks did not collapse, and progress was made on prisoners."),
    ("outcome", "negative", "Officials denied that the talks had made progress."),
    ("agreement", "negative", "Veldoria never agreed to the extension, its minister said."),
])
def test_stated_outcomes_are_still_read(kind: str, group: str, text: str) -> None:
    found = text_claim(text, kind)
    assert found is not None and found[0] == group


PUBLISHED = ("2025-03-12T09:00:00+00:00", "2025-03-12T15:00:00+00:00")
TALKS = "Veldorian and Castranian negotiators held talks in Mirsk on Tuesday. {after}"


def outcome_flags(cli: Any, tmp_path: Path, *afters: str) -> list[list[str]]:
    src = tmp_path / "articles.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, after in enumerate(afters):
            f.write(json.dumps({"id": f"u{i}", "title": f"Report {i}",
                                "text": TALKS.format(after=after), "published": PUBLISHED[i],
                                "url": f"https://outlet{i}.example/report/{i}"}) + "\n")
    db = str(tmp_path / "unreal.db")
    assert cli("ingest", str(src), "--db", db).exit_code == 0
    out = cli("events", "--all", "--format", "jsonl", "--db", db).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    return [[f["kind"] for f in r["flags"] if f["kind"].endswith("conflict")]
            for r in rows if len(r["articles"]) == len(afters)]


@pytest.mark.parametrize(("first", "flagged"), [
    ("Neither side had expected the talks to bring a breakthrough, a diplomat said.", False),
    ("The session was constructive and made progress, a spokesman said.", True),
])
def test_an_expectation_is_no_outcome_against_a_failure(cli: Any, tmp_path: Path, first: str,
                                                         flagged: bool) -> None:
    found = outcome_flags(cli, tmp_path, first,
                          "The session broke up with no progress, according to diplomats.")
    assert found
    assert any("outcome_conflict" in f for f in found) is flagged, found
