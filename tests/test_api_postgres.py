"""The API and UI give the same answers on PostgreSQL as on SQLite (real server, real ingest)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from views_helpers import HOSTILE, HOSTILE_ID, SAMPLES, corpus_db

from eventwire.corpus import ingest
from eventwire.store import Store
from eventwire.store import schema as s
from eventwire.views.api import create_app

QUERIES = [("/api/articles", {"limit": 100}), ("/api/articles", {"q": "Kremlin"}),
           ("/api/articles", {"date_from": "2025-05-20"}), ("/api/stories", {}),
           ("/api/events", {"limit": 1})]


@pytest.mark.slow
def test_postgres_matches_sqlite(postgres_url: str, tmp_path: Path) -> None:
    pg = Store(postgres_url)
    s.metadata.drop_all(pg.engine)
    pg.close()
    pg = Store(postgres_url)
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    assert not ingest([str(SAMPLES), str(hostile)], pg).failed
    with TestClient(create_app(pg)) as on_pg, \
            TestClient(create_app(Store(corpus_db()))) as on_sqlite:
        for path, params in QUERIES:
            a, b = on_pg.get(path, params=params).json(), on_sqlite.get(path, params=params).json()
            assert a["total"] == b["total"], (path, params)
            if path == "/api/articles":
                assert {x["label"] for x in a["items"]} == {x["label"] for x in b["items"]}
        page = on_pg.get(f"/articles/{HOSTILE_ID}")
        assert page.status_code == 200 and "&lt;script&gt;alert(1)" in page.text
        assert on_pg.get("/").status_code == 200
    pg.close()
