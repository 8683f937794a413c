"""The record commands: events, stories, timeline, readout, promises (hand-built store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from fuse_helpers import PUTIN, add, make_call
from typer.testing import CliRunner

from eventwire import fuse
from eventwire.fuse.cli import register
from eventwire.store import Store

PAUSE = {"commitment": {"kind": "pledge", "promiser": [PUTIN.id], "promisee": [],
                        "action": {"start": 0, "end": 10, "text": "refrain from attacks on "
                                   "energy infrastructure"},
                        "scope": ["energy infrastructure"], "negative": True,
                        "duration": "P30D", "deadline": None, "start": None}}


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    """A Typer app with only the record commands."""
    a = typer.Typer()
    register(a)
    return a


@pytest.fixture()
def db(tmp_path: Path) -> str:
    """A store with two reports of one call (opposite outcomes) and a later call."""
    path = str(tmp_path / "cli.db")
    store = Store(path)
    ids = [add(store, make_call("a1", date="2025-03-18", outcome="productive",
                                attributes=PAUSE)),
           add(store, make_call("a2", date="2025-03-18", outcome="no progress")),
           add(store, make_call("a3", date="2025-06-04", date_text="on Wednesday"))]
    fuse.update(store, ids)
    store.close()
    return path


def run(app: typer.Typer, *args: str) -> tuple[int, str, str]:
    """Invoke a command; return exit code, stdout and stderr."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_events_jsonl_follows_the_contract(app: typer.Typer, db: str) -> None:
    code, out, _ = run(app, "events", "--format", "jsonl", "--db", db)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 2
    for row in rows:
        assert {"id", "type", "mode", "date", "participants", "mentions", "articles",
                "flags"} <= set(row)
        assert all({"id", "name"} <= set(p) for p in row["participants"])
        assert all({"article", "start", "end"} <= set(m) for m in row["mentions"])
    merged = next(r for r in rows if r["articles"] == ["a1", "a2"])
    assert merged["date"] == "2025-03-18"
    assert "outcome_conflict" in {f["kind"] for f in merged["flags"]}


def test_stories_jsonl_and_table(app: typer.Typer, db: str) -> None:
    code, out, _ = run(app, "stories", "--format", "jsonl", "--db", db)
    (story,) = [json.loads(line) for line in out.splitlines()]
    assert {"id", "title", "articles", "events"} <= set(story)
    assert story["articles"] == ["a1", "a2", "a3"] and len(story["events"]) == 2
    code, out, _ = run(app, "stories", "--db", db)
    assert code == 0 and story["id"] in out


def test_timeline_readout_and_promises(app: typer.Typer, db: str) -> None:
    code, out, _ = run(app, "timeline", "--db", db)
    assert code == 0 and "2025-03-18" in out and "2025-06-04" in out
    assert out.index("2025-03-18") < out.index("2025-06-04")
    code, out, _ = run(app, "events", "--format", "jsonl", "--db", db)
    event = next(json.loads(x) for x in out.splitlines() if '"a2"' in x)
    code, out, _ = run(app, "readout", event["id"], "--db", db)
    assert code == 0
    assert "outcome_conflict" in out and "productive" in out and "no progress" in out
    assert "promise" in out
    code, out, _ = run(app, "promises", "--format", "jsonl", "--db", db)
    (promise,) = [json.loads(line) for line in out.splitlines()]
    assert promise["kind"] == "refrain" and promise["promiser"][0]["id"] == PUTIN.id
    assert promise["status"] == "expired"  # window closed 2025-04-17, nothing on Putin inside


@pytest.mark.parametrize("args", [["readout", "e999"], ["timeline", "s999"],
                                  ["events", "--format", "xml"],
                                  ["promises", "--status", "maybe"]])
def test_errors_are_one_line_and_exit_1(app: typer.Typer, db: str, args: list[str]) -> None:
    code, out, err = run(app, *args, "--db", db)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err + out


def test_timeline_rows_as_data_and_wrapped_text(app: typer.Typer, db: str) -> None:
    code, out, _ = run(app, "timeline", "--format", "jsonl", "--db", db)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 2
    for row in rows:
        assert row["description"] and row["description"] not in ("CONSULT", "CONSULT/phone")
        assert row["date_start"] <= row["date_end"] and row["date_precision"] == "day"
    code, out, _ = run(app, "timeline", "--format", "csv", "--db", db)
    header, *lines = out.splitlines()
    assert code == 0 and "description" in header.split(",") and len(lines) == 2
    code, out, _ = run(app, "timeline", "--db", db)  # not a terminal: wrapped, never cut
    words = " ".join(out.replace("│", " ").split())
    for row in rows:
        assert all(w in words for w in row["description"].split())
    assert max(len(line) for line in out.splitlines()) <= 100
    code, _, err = run(app, "timeline", "--format", "xml", "--db", db)
    assert code == 1 and "--format" in err
