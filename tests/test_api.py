"""JSON API over a real SQLite store filled by the real ingest of the sample corpus."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from views_helpers import HOSTILE_ID, corpus_db

from eventwire.store import Store
from eventwire.views.api import create_app

TOKEN = "s3cret-token"
API_PATHS = ("/api/articles", "/api/articles/{article_id}", "/api/events",
             "/api/events/{event_id}", "/api/stories", "/api/stories/{story_id}",
             "/api/actors", "/api/actors/{actor_id}", "/api/promises", "/api/search",
             "/api/ingest")


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """A client of the app over the shared corpus (token set, reads open)."""
    with TestClient(create_app(Store(corpus_db()), token=TOKEN)) as c:
        yield c


@pytest.fixture()
def fresh(tmp_path: Path) -> Iterator[tuple[TestClient, Store]]:
    """A client of the app over an empty store, for ingest tests."""
    store = Store(str(tmp_path / "fresh.db"))
    with TestClient(create_app(store, token=TOKEN)) as c:
        yield c, store


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    for path in API_PATHS:
        assert path in schema["paths"], path
    assert "post" in schema["paths"]["/api/ingest"]


def test_articles_paginate_without_overlap(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 6
    assert len(first["items"]) == len(second["items"]) == 2
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


def test_article_filters(client: TestClient) -> None:
    dated = client.get("/api/articles", params={"date_from": "2025-05-20"}).json()
    assert HOSTILE_ID in {a["id"] for a in dated["items"]}
    text = client.get("/api/articles", params={"q": "onerror"}).json()
    assert [a["id"] for a in text["items"]] == [HOSTILE_ID]
    assert client.get("/api/articles", params={"q": "no-such-word-zzz"}).json()["total"] == 0


def test_article_detail_and_404(client: TestClient) -> None:
    body = client.get(f"/api/articles/{HOSTILE_ID}").json()
    assert body["id"] == HOSTILE_ID
    assert "<script>alert(1)</script>" in body["extraction"]["text"]
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/articles/nope").json()["detail"].startswith("article")


def test_events_list_detail_and_filters(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 3}).json()
    assert page["total"] > 0 and 0 < len(page["items"]) <= 3
    ev = page["items"][0]
    detail = client.get(f"/api/events/{ev['id']}").json()
    assert detail["id"] == ev["id"] and detail["mentions"]
    typed = client.get("/api/events", params={"type": ev["type"].lower(), "limit": 1000}).json()
    assert typed["total"] >= 1 and all(e["type"] == ev["type"] for e in typed["items"])
    assert client.get("/api/events/no-such-event").status_code == 404


def test_stories_and_story_filter(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    assert stories["total"] >= 1
    story = client.get(f"/api/stories/{stories['items'][0]['id']}").json()
    assert story["articles"]
    events = client.get("/api/events", params={"story": story["id"], "limit": 1000,
                                                "all": "true"}).json()
    assert {e["id"] for e in events["items"]} == set(story["events"])
    shown = client.get("/api/events", params={"story": story["id"], "limit": 1000}).json()
    assert {e["id"] for e in shown["items"]} <= set(story["events"])


def test_actors_promises_search(client: TestClient) -> None:
    actors = client.get("/api/actors", params={"limit": 2}).json()
    assert len(actors["items"]) == min(2, actors["total"])
    assert actors["total"] == len(client.get("/api/actors", params={"limit": 1000}).json()["items"])
    for a in actors["items"][:2]:
        assert client.get(f"/api/actors/{a['id']}").json()["id"] == a["id"]
    promises = client.get("/api/promises").json()
    assert promises["total"] == len(promises["items"]) and promises["offset"] == 0
    found = client.get("/api/search", params={"q": "Kremlin"}).json()
    assert HOSTILE_ID in {a["id"] for a in found["articles"]}


@pytest.mark.parametrize("query", [{"limit": 0}, {"limit": 5000}, {"offset": -1},
                                   {"date_from": "May 2025"}])
def test_bad_parameters_are_422(client: TestClient, query: dict[str, object]) -> None:
    assert client.get("/api/events", params=query).status_code == 422


def test_security_headers_on_every_kind_of_response(client: TestClient) -> None:
    for path in ("/", "/api/articles", "/openapi.json", "/static/style.css", "/nope"):
        csp = client.get(path).headers["content-security-policy"]
        assert "default-src 'self'" in csp, path
        assert "http" not in csp


@pytest.mark.parametrize("path", ["/static/../api.py", "/static/%2e%2e/api.py",
                                  "/static/..%2fapi.py", "/static/%2e%2e%2f%2e%2e/store/schema.py",
                                  "/static//etc/passwd", "/vendor/swagger-ui/..%2f__init__.py",
                                  "/vendor/swagger-ui/index.html"])
def test_no_path_traversal(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert "import" not in r.text and "root:" not in r.text


def test_ingest_is_forbidden_without_a_configured_token(tmp_path: Path) -> None:
    with TestClient(create_app(Store(str(tmp_path / "t.db")))) as c:
        r = c.post("/api/ingest", json={"text": "Putin met Trump."},
                   headers={"Authorization": "Bearer anything"})
        assert r.status_code == 403


def test_ingest_needs_the_right_token(fresh: tuple[TestClient, Store]) -> None:
    c, store = fresh
    assert c.post("/api/ingest", json={"text": "Putin met Trump."}).status_code == 401
    wrong = c.post("/api/ingest", json={"text": "Putin met Trump."},
                   headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "Bearer" in wrong.headers["www-authenticate"]
    assert store.count_articles() == 0


def test_ingest_stores_text_once(fresh: tuple[TestClient, Store]) -> None:
    c, store = fresh
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = {"id": "api-1", "title": "Call", "published": "2025-05-19",
            "text": "Donald Trump spoke with Vladimir Putin by phone on Monday."}
    first = c.post("/api/ingest", json=body, headers=auth)
    assert first.status_code == 200 and first.json()["new"] == ["api-1"]
    again = c.post("/api/ingest", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["duplicates"]
    assert store.count_articles() == 1
    assert store.article("api-1")["published"] == "2025-05-19"


def test_ingest_refuses_private_addresses_and_local_paths(fresh: tuple[TestClient, Store]) -> None:
    c, store = fresh
    auth = {"Authorization": f"Bearer {TOKEN}"}
    private = c.post("/api/ingest", json={"url": "http://127.0.0.1:9/news"}, headers=auth)
    assert private.status_code == 422 and "private" in private.json()["failed"][0][1]
    for url in ("/etc/passwd", "file:///etc/passwd", "-"):
        assert c.post("/api/ingest", json={"url": url}, headers=auth).status_code == 422
    assert c.post("/api/ingest", json={}, headers=auth).status_code == 422
    assert store.count_articles() == 0


def test_private_reads_need_the_token(tmp_path: Path) -> None:
    with TestClient(create_app(Store(corpus_db()), token=TOKEN, private_reads=True)) as c:
        assert c.get("/api/articles").status_code == 401
        page = c.get("/")
        assert page.status_code == 401 and page.headers["www-authenticate"].startswith("Basic")
        bearer = c.get("/api/articles", headers={"Authorization": f"Bearer {TOKEN}"})
        assert bearer.status_code == 200
        basic = base64.b64encode(f"reader:{TOKEN}".encode()).decode()
        assert c.get("/", headers={"Authorization": f"Basic {basic}"}).status_code == 200
        assert c.get("/static/style.css").status_code == 200


def test_private_reads_without_token_is_refused() -> None:
    with pytest.raises(ValueError):
        create_app(Store(corpus_db()), private_reads=True)


def test_cli_serve_fails_in_one_line() -> None:
    import socket

    import typer
    from typer.testing import CliRunner

    from eventwire.views.cli import register

    app = typer.Typer()
    app.callback()(lambda: None)
    register(app)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--port", str(port), "--db", corpus_db()])
    assert result.exit_code == 1 and "cannot listen" in result.output
    private = CliRunner().invoke(app, ["serve", "--private", "--db", corpus_db()],
                                 env={"EVENTWIRE_TOKEN": ""})
    assert private.exit_code == 1 and "needs a token" in private.output
