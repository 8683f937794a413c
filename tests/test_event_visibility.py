"""Views list events the confidence model confirms; ``--all`` / ``all=true`` list every one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from fuse_helpers import TRUMP, ZELENSKY, add, make_call
from typer.testing import CliRunner

from eventwire import fuse
from eventwire.extract import event_classifier as ec
from eventwire.fuse import queries
from eventwire.fuse.cli import register as register_record
from eventwire.model import EventMention, Span
from eventwire.store import Store
from eventwire.views.api import create_app
from eventwire.views.cli import register as register_views
from eventwire.views.visibility import min_confidence

LOW, HIGH = 0.2, 0.9


@pytest.fixture()
def db(tmp_path: Path) -> str:
    """A store with a confident call (June) and an unconfirmed one (March, other target)."""
    path = str(tmp_path / "shown.db")
    store = Store(path)
    sure = make_call("sure", date="2025-06-04", date_text="on Wednesday")
    unsure = make_call("unsure", date="2025-03-18", target=ZELENSKY)
    sure.events[0].confidence, unsure.events[0].confidence = HIGH, LOW
    fuse.update(store, [add(store, sure), add(store, unsure)])
    store.close()
    return path


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    """A Typer app with the record and view commands."""
    a = typer.Typer()
    register_record(a)
    register_views(a)
    return a


def _run(app: typer.Typer, *args: str) -> list[dict]:
    """Invoke a command that prints JSON lines; return the rows."""
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _articles(rows: list[dict]) -> set[str]:
    """The articles behind some events."""
    return {a for r in rows for a in r.get("articles") or [r.get("article_ids")] if a}


def test_the_default_threshold_is_the_fitted_display_threshold() -> None:
    assert min_confidence() == ec.display_threshold()
    assert min_confidence(show_all=True) is None
    assert LOW < ec.display_threshold() <= HIGH


def test_queries_filter_on_the_best_mention_and_report_its_confidence(db: str) -> None:
    store = Store(db)
    everything = queries.list_events(store)
    assert sorted(e["confidence"] for e in everything) == [LOW, HIGH]
    shown = queries.list_events(store, min_confidence=ec.display_threshold())
    assert [e["articles"] for e in shown] == [["sure"]]
    assert queries.count_events(store, min_confidence=ec.display_threshold()) == 1
    assert queries.count_events(store) == 2
    pages = list(queries.event_pages(store, min_confidence=ec.display_threshold()))
    assert [e["id"] for page in pages for e in page] == [shown[0]["id"]]
    assert queries.get_event(store, everything[0]["id"])["confidence"] == LOW
    trump = queries.get_actor(store, TRUMP.id, min_confidence=ec.display_threshold())
    assert trump["n_events"] == 1 and len(trump["events"]) == 1
    assert queries.get_actor(store, TRUMP.id)["n_events"] == 2


def test_cli_events_and_timeline_hide_unconfirmed_events_unless_all(app: typer.Typer,
                                                                    db: str) -> None:
    assert _articles(_run(app, "events", "--format", "jsonl", "--db", db)) == {"sure"}
    assert _articles(_run(app, "events", "--format", "jsonl", "--db", db, "--all")) == \
        {"sure", "unsure"}
    shown = _run(app, "timeline", "--format", "jsonl", "--db", db)
    every = _run(app, "timeline", "--format", "jsonl", "--db", db, "--all")
    assert len(shown) == 1 and len(every) == 2


def test_cli_export_hides_unconfirmed_events_unless_all(app: typer.Typer, db: str,
                                                        tmp_path: Path) -> None:
    counts = {}
    for flag in ((), ("--all",)):
        out = tmp_path / f"export{len(flag)}.jsonl"
        result = CliRunner().invoke(app, ["export", "--format", "jsonl", "--out", str(out),
                                          "--db", db, *flag])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert all(r["confidence"] >= (ec.display_threshold() if not flag else 0) for r in rows)
        counts[bool(flag)] = len(rows)
    assert counts == {False: 1, True: 2}


@pytest.fixture()
def client(db: str) -> Iterator[TestClient]:
    """A client of the app over the two-call store."""
    with TestClient(create_app(Store(db))) as c:
        yield c


def test_api_lists_confirmed_events_and_all_on_request(client: TestClient) -> None:
    shown = client.get("/api/events").json()
    every = client.get("/api/events", params={"all": "true"}).json()
    assert shown["total"] == 1 and every["total"] == 2
    assert shown["items"][0]["confidence"] >= ec.display_threshold()
    assert {e["confidence"] for e in every["items"]} == {LOW, HIGH}
    actor = client.get(f"/api/actors/{TRUMP.id}").json()
    assert actor["n_events"] == 1
    assert client.get(f"/api/actors/{TRUMP.id}", params={"all": "true"}).json()["n_events"] == 2
    listed = {a["id"]: a["n_events"] for a in client.get("/api/actors").json()["items"]}
    every = {a["id"]: a["n_events"]
             for a in client.get("/api/actors", params={"all": "true"}).json()["items"]}
    assert listed[TRUMP.id] == 1 and ZELENSKY.id not in listed
    assert every[TRUMP.id] == 2 and every[ZELENSKY.id] == 1


def test_web_event_list_offers_the_switch_to_all_events(client: TestClient) -> None:
    page = client.get("/events").text
    assert "Show all events" in page and "?all=true" in page
    assert page.count('class="desc"') < client.get("/events?all=true").text.count('class="desc"')
    assert "Show only confirmed events" in client.get("/events?all=true").text


def test_extract_marks_each_event_shown_or_not() -> None:
    sure = EventMention("CONSULT", Span(0, 5, "spoke"), Span(0, 9, "He spoke."), confidence=HIGH)
    unsure = EventMention("CONSULT", Span(0, 5, "spoke"), Span(0, 9, "He spoke."),
                          confidence=LOW)
    ec.mark_shown([sure, unsure])
    assert sure.to_dict()["shown"] is True and unsure.to_dict()["shown"] is False
    assert "shown" not in EventMention("AID", Span(0, 1, "x"), Span(0, 1, "x")).to_dict()


def test_an_event_a_tracked_promise_is_made_in_is_shown(db: str) -> None:
    from sqlalchemy import insert

    from eventwire.store import fuse_tables as ft

    store = Store(db)
    unsure = next(e for e in queries.list_events(store) if e["confidence"] == LOW)
    with store.begin() as conn:
        conn.execute(insert(ft.promises).values(
            id="p1", event_id=unsure["id"], mention_id="m1", status="pending", data={},
            updated_at="2025-03-18T00:00:00"))
    shown = queries.list_events(store, min_confidence=ec.display_threshold())
    assert sorted(e["confidence"] for e in shown) == [LOW, HIGH]


@pytest.mark.parametrize("modality", ["hypothetical", "negated"])
def test_a_confident_report_of_no_occurrence_shows_no_event(tmp_path: Path, modality: str) -> None:
    store = Store(str(tmp_path / "untold.db"))
    told = make_call("told", date="2025-06-04", date_text="on Wednesday")
    untold = make_call("untold", date="2025-03-18", target=ZELENSKY, modality=modality)
    told.events[0].confidence = untold.events[0].confidence = HIGH
    fuse.update(store, [add(store, told), add(store, untold)])
    shown = queries.list_events(store, min_confidence=ec.display_threshold())
    assert [e["articles"] for e in shown] == [["told"]]
    assert {e["modality"] for e in queries.list_events(store)} == {"asserted", modality}
    assert queries.count_events(store, min_confidence=ec.display_threshold()) == 1


def test_a_record_with_a_confident_asserted_report_is_shown_beside_a_hypothetical_one(
        tmp_path: Path) -> None:
    store = Store(str(tmp_path / "mixed.db"))
    told = make_call("told", date="2025-06-04", date_text="on Wednesday")
    untold = make_call("untold", date="2025-06-04", date_text="on Wednesday",
                       modality="hypothetical")
    told.events[0].confidence = untold.events[0].confidence = HIGH
    fuse.update(store, [add(store, told), add(store, untold)])
    every = queries.list_events(store)
    shown = queries.list_events(store, min_confidence=ec.display_threshold())
    told_events = [e for e in every if "told" in e["articles"]]
    assert [e["id"] for e in shown] == [e["id"] for e in told_events]


def test_a_confident_denial_in_a_disputed_record_shows_it(tmp_path: Path) -> None:
    from sqlalchemy import update

    from eventwire.store import fuse_tables as ft

    store = Store(str(tmp_path / "denied.db"))
    denial = make_call("denial", date="2025-03-18", modality="negated")
    denial.events[0].confidence = HIGH
    fuse.update(store, [add(store, denial)])
    assert queries.list_events(store, min_confidence=ec.display_threshold()) == []
    with store.begin() as conn:  # another outlet's report of the act makes the record asserted
        conn.execute(update(ft.events).values(modality="asserted"))
    shown = queries.list_events(store, min_confidence=ec.display_threshold())
    assert [e["articles"] for e in shown] == [["denial"]]
    assert queries.count_events(store, min_confidence=ec.display_threshold()) == 1
