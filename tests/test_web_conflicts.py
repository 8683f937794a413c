"""Conflicting sources in the views: the real fuse stage over two reports of one call."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from fuse_helpers import add, make_call

from eventwire import fuse
from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.views.api import create_app
from eventwire.views.export import export
from eventwire.views.report import render


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Two articles reporting the same call with opposite outcomes, fused."""
    st = Store(str(tmp_path_factory.mktemp("conflict") / "c.db"))
    a = add(st, make_call("c1", date="2025-03-18", outcome="productive", agreement=True))
    b = add(st, make_call("c2", date="2025-03-18", outcome="no progress", agreement=False))
    fuse.update(st, [a, b])
    yield st
    st.close()


@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[TestClient]:
    """A client of the app over the conflict store."""
    with TestClient(create_app(store)) as c:
        yield c


def test_conflict_is_highlighted_on_the_story_timeline(store: Store, client: TestClient) -> None:
    (ev,) = queries.list_events(store)
    html = client.get(f"/stories/{ev['story']}").text
    assert re.search(r'<a class="ev t-CONSULT conflict" href="/events/', html)
    assert 'class="conflict-ring"' in html and "with conflicting sources" in html


def test_event_page_shows_both_sides_of_the_conflict(store: Store, client: TestClient) -> None:
    (ev,) = queries.list_events(store)
    html = client.get(f"/events/{ev['id']}").text
    assert "Sources disagree" in html and 'class="flag-box conflict"' in html
    for article in ("c1", "c2"):
        assert f'href="/articles/{article}?event=' in html
        assert re.search(rf'href="/articles/{article}\?span=\d+-\d+#s-\d+"', html)
    assert html.count("<mark") >= 2


def test_events_table_marks_conflicting_rows(client: TestClient) -> None:
    assert 'class="has-conflict"' in client.get("/events").text


def test_report_and_export_carry_the_conflict(store: Store, tmp_path: Path) -> None:
    text = render(store, None, "md")
    section = text.split("## Conflicts", 1)[1].split("## Promises", 1)[0]
    assert "outcome" in section and "[1]" in section and "[2]" in section
    export(store, "csv", tmp_path / "c.csv")
    row = pd.read_csv(tmp_path / "c.csv").iloc[0]
    assert any(f["kind"] == "outcome_conflict" for f in json.loads(row["conflicts_json"]))
    assert row["conflicts"].startswith("outcome_conflict: ")


def test_conflict_values_are_shown_with_their_sentences(store: Store, client: TestClient) -> None:
    (ev,) = queries.list_events(store)
    spans = [sp for f in ev["flags"] for v in f["values"] for sp in v["spans"]]
    assert spans and all(sp["sentence"]["text"] for sp in spans)
    html = client.get(f"/events/{ev['id']}").text
    assert all(sp["sentence"]["text"] in html for sp in spans)
