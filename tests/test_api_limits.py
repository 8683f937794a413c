"""API limits: body size and token checked before parsing, short validation errors, bounded
integers, undecodable bodies, literal search, typed 422s, paged lists, documented responses,
and the per-record-version answer cache."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from views_helpers import corpus_db

from eventwire.fuse import queries
from eventwire.model import PLOVER_TYPES
from eventwire.store import Store
from eventwire.views import data
from eventwire.views.api import create_app

TOKEN = "limits-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
LIMIT = 64 * 1024
CHUNK = 1024 * 1024
HUGE = 200 * CHUNK
LIST_PATHS = ("/api/articles", "/api/events", "/api/stories", "/api/actors", "/api/promises")
DETAIL_PATHS = ("/api/articles/{article_id}", "/api/events/{event_id}",
                "/api/stories/{story_id}", "/api/actors/{actor_id}")


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """A client of the app over the shared corpus with a small body limit."""
    with TestClient(create_app(Store(corpus_db()), token=TOKEN, max_body=LIMIT)) as c:
        yield c


def _post_stream(app: Any, headers: dict[str, str], total: int) -> tuple[int, int, bytes]:
    """POST /api/ingest straight through ASGI with a ``total``-byte body sent in 1 MB chunks
    (no Content-Length); (status, bytes the app pulled, answer body)."""
    pulled = 0
    answer: dict[str, Any] = {"body": b""}

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        if pulled >= total:
            return {"type": "http.disconnect"}
        size = min(CHUNK, total - pulled)
        pulled += size
        return {"type": "http.request", "body": b"x" * size, "more_body": pulled < total}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": "/api/ingest", "raw_path":
             b"/api/ingest", "root_path": "", "query_string": b"", "client": ("127.0.0.1", 1),
             "server": ("127.0.0.1", 80),
             "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}
    asyncio.run(app(scope, receive, send))
    return answer["status"], pulled, answer["body"]


def test_huge_body_without_token_is_refused_before_reading(tmp_path: Path) -> None:
    app = create_app(Store(str(tmp_path / "t.db")), token=TOKEN, max_body=LIMIT)
    status, pulled, body = _post_stream(app, {"content-type": "application/json"}, HUGE)
    assert status == 401 and pulled == 0 and len(body) < 200


def test_huge_body_with_token_is_cut_at_the_limit(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "t.db"))
    app = create_app(store, token=TOKEN, max_body=LIMIT)
    status, pulled, body = _post_stream(app, {**AUTH, "content-type": "application/json"}, HUGE)
    assert status == 413 and pulled <= LIMIT + CHUNK
    assert str(LIMIT) in json.loads(body)["detail"] and store.count_articles() == 0


def test_declared_length_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    app = create_app(Store(str(tmp_path / "t.db")), token=TOKEN, max_body=LIMIT)
    headers = {**AUTH, "content-type": "application/json", "content-length": str(HUGE)}
    status, pulled, _ = _post_stream(app, headers, HUGE)
    assert status == 413 and pulled == 0


def test_ingest_without_token_is_forbidden_or_unauthorised_first(tmp_path: Path) -> None:
    closed = create_app(Store(str(tmp_path / "t.db")), max_body=LIMIT)
    assert _post_stream(closed, {"content-type": "application/json"}, HUGE)[:2] == (403, 0)
    app = create_app(Store(str(tmp_path / "t.db")), token=TOKEN, max_body=LIMIT)
    wrong = {"Authorization": "Bearer nope", "content-type": "application/json"}
    assert _post_stream(app, wrong, HUGE)[:2] == (401, 0)


def test_body_limit_applies_over_http(client: TestClient) -> None:
    r = client.post("/api/ingest", content=b"{" + b" " * (LIMIT + 10) + b"}",
                    headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == 413
    assert "content-security-policy" in r.headers


def test_validation_errors_do_not_echo_long_inputs(client: TestClient) -> None:
    long_title = "T" * 30_000
    r = client.post("/api/ingest", json={"text": "Talks.", "title": long_title}, headers=AUTH)
    assert r.status_code == 422 and len(r.content) < 1000
    assert "30000 characters" in r.text
    r = client.get("/api/events", params={"q": "q" * 5000})
    assert r.status_code == 422 and len(r.content) < 1000


def test_undecodable_and_lone_surrogate_bodies_are_422(client: TestClient) -> None:
    headers = {**AUTH, "content-type": "application/json"}
    bad_utf8 = client.post("/api/ingest", content=b'{"text": "caf\xe9 talks"}', headers=headers)
    assert bad_utf8.status_code == 422 and "UTF-8" in bad_utf8.json()["detail"][0]["msg"]
    surrogate = client.post("/api/ingest", content=b'{"text": "talks \\ud800 here"}',
                            headers=headers)
    assert surrogate.status_code == 422
    assert surrogate.json()["detail"][0]["loc"] == ["body", "text"]
    broken = client.post("/api/ingest", content=b'{"text": ', headers=headers)
    assert broken.status_code == 422


@pytest.mark.parametrize("path", LIST_PATHS)
def test_offsets_are_bounded(client: TestClient, path: str) -> None:
    assert client.get(path, params={"offset": 2**63}).status_code == 422
    assert client.get(path, params={"limit": 2**64}).status_code == 422
    last = client.get(path, params={"offset": 2**31 - 1})
    assert last.status_code == 200 and last.json()["items"] == []


@pytest.mark.parametrize("query", ["offset=0&offset=5", "limit=5&offset=1&limit=9",
                                   "offset=1&offset="])
def test_repeated_query_parameters_are_422(client: TestClient, query: str) -> None:
    """A scalar parameter given twice is refused, naming it, not read as its last value."""
    r = client.get(f"/api/stories?{query}")
    assert r.status_code == 422
    [error] = r.json()["detail"]
    assert error["type"] == "query_repeated"
    assert error["loc"] == ["query", query.split("=")[0]]
    assert client.get("/api/stories?offset=0&limit=5").status_code == 200


def test_queries_clamp_huge_offsets() -> None:
    store = Store(corpus_db())
    assert queries.list_events(store, offset=2**70, limit=2**70) == []
    assert queries.list_stories(store, offset=2**70) == []
    assert queries.list_promises(store, offset=2**70, limit=5) == []
    assert data.list_articles(store, offset=2**70) == []


@pytest.mark.parametrize("wildcard", ["%", "_", "\\", "%_%"])
def test_search_wildcards_match_literally(client: TestClient, wildcard: str) -> None:
    found = client.get("/api/search", params={"q": wildcard}).json()
    assert found["articles"] == [] and found["events"] == []
    assert client.get("/api/articles", params={"q": wildcard}).json()["total"] == 0
    assert client.get("/api/events", params={"q": wildcard}).json()["total"] == 0


def test_search_still_finds_words(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": "kremlin"}).json()["articles"]


def test_unknown_event_type_lists_the_valid_ones(client: TestClient) -> None:
    r = client.get("/api/events", params={"type": "FOO"})
    assert r.status_code == 422
    error = r.json()["detail"][0]
    assert error["loc"] == ["query", "type"]
    assert all(t in error["msg"] for t in PLOVER_TYPES)
    assert client.get("/api/events", params={"type": "consult"}).status_code == 200


def test_unknown_promise_status_lists_the_valid_ones(client: TestClient) -> None:
    r = client.get("/api/promises", params={"status": "pending"})
    assert r.status_code == 422
    assert all(s in r.json()["detail"][0]["msg"] for s in ("open", "kept", "broken", "expired"))


def test_promises_are_paged(client: TestClient) -> None:
    everything = client.get("/api/promises", params={"limit": 1000}).json()
    assert everything["total"] == len(everything["items"]) >= 2
    one = client.get("/api/promises", params={"limit": 1, "offset": 1}).json()
    assert one["total"] == everything["total"] and one["limit"] == 1 and one["offset"] == 1
    assert one["items"] == everything["items"][1:2]
    opened = client.get("/api/promises", params={"status": "open"}).json()
    assert opened["total"] == sum(p["status"] == "open" for p in everything["items"])


@pytest.mark.parametrize("path", LIST_PATHS)
def test_every_list_is_a_page(client: TestClient, path: str) -> None:
    page = client.get(path, params={"limit": 2}).json()
    assert set(page) == {"total", "items", "limit", "offset"}
    assert len(page["items"]) == min(2, page["total"])


def test_actor_events_are_paged(client: TestClient) -> None:
    actor = client.get("/api/actors").json()["items"][0]
    full = client.get(f"/api/actors/{actor['id']}").json()
    assert full["n_events"] == actor["n_events"] == len(full["events"])
    page = client.get(f"/api/actors/{actor['id']}", params={"limit": 1, "offset": 1}).json()
    assert page["events"] == full["events"][1:2] and page["n_events"] == full["n_events"]


def test_openapi_documents_models_and_404s(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    models = schema["components"]["schemas"]
    for path in LIST_PATHS:
        ok = schema["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
        name = ok["schema"]["$ref"].rsplit("/", 1)[1]
        assert {"total", "items", "limit", "offset"} <= set(models[name]["properties"]), path
    for path in DETAIL_PATHS:
        responses = schema["paths"][path]["get"]["responses"]
        assert "$ref" in responses["200"]["content"]["application/json"]["schema"], path
        assert "404" in responses, path
    ingest = schema["paths"]["/api/ingest"]["post"]["responses"]
    assert {"200", "401", "403", "413", "422"} <= set(ingest)
    types = [p for p in schema["paths"]["/api/events"]["get"]["parameters"]
             if p["name"] == "type"][0]["schema"]["enum"]
    assert set(PLOVER_TYPES) <= set(types)


def test_answers_are_cached_until_the_record_changes(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "t.db"))
    with TestClient(create_app(store, token=TOKEN)) as c:
        first = c.get("/api/articles")
        again = c.get("/api/articles")
        assert first.headers["x-cache"] == "miss" and again.headers["x-cache"] == "hit"
        assert again.json() == first.json() == {"total": 0, "items": [], "limit": 50,
                                                "offset": 0}
        r = c.post("/api/ingest", headers=AUTH, json={
            "id": "cache-1", "text": "Donald Trump spoke with Vladimir Putin by phone."})
        assert r.status_code == 200
        after = c.get("/api/articles")
        assert after.headers["x-cache"] == "miss" and after.json()["total"] == 1
        assert c.get("/api/articles/nope").headers.get("x-cache") == "miss"
        assert c.get("/api/articles/nope").headers.get("x-cache") == "miss"


def test_private_reads_are_checked_before_the_cache(tmp_path: Path) -> None:
    with TestClient(create_app(Store(corpus_db()), token=TOKEN, private_reads=True)) as c:
        assert c.get("/api/stories", headers=AUTH).status_code == 200
        assert c.get("/api/stories").status_code == 401


@pytest.mark.slow
def test_serve_with_workers_and_a_body_limit(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "EVENTWIRE_TOKEN": TOKEN}
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", corpus_db(),
                             "--port", str(port), "--workers", "2", "--max-body-bytes", "2048"],
                            env=env, start_new_session=True, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline, page = time.monotonic() + 90, None
        while page is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                page = json.load(urllib.request.urlopen(f"{base}/api/stories", timeout=5))
            except OSError:
                time.sleep(0.5)
        assert page is not None and page["total"] >= 1
        big = urllib.request.Request(f"{base}/api/ingest", data=b"x" * 4096, method="POST",
                                     headers={**AUTH, "Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(big, timeout=10)
        assert refused.value.code == 413
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    assert b"2 workers" in proc.stderr.read()


def test_ingest_ids_and_dates_follow_the_schema_classes(tmp_path: Path) -> None:
    """The server refuses what the published schema refuses: ids and dates in ASCII classes."""
    store = Store(str(tmp_path / "t.db"))
    with TestClient(create_app(store, token=TOKEN)) as c:
        text = "Donald Trump spoke with Vladimir Putin by phone."
        for body in ({"id": "\u00b5", "text": text}, {"id": "r\u00e9sum\u00e9-1", "text": text},
                     {"id": "a-1", "published": "\u0662\u0660\u0662\u0665-01-01", "text": text}):
            r = c.post("/api/ingest", headers=AUTH, json=body)
            assert r.status_code == 422, body
        assert c.get("/api/events", params={"date_from": "\u0662\u0660\u0662\u0665"}).status_code == 422
        ok = c.post("/api/ingest", headers=AUTH, json={"id": "wire:a_1.2-b", "text": text,
                                                        "published": "2025-01-02T10:00Z"})
        assert ok.status_code == 200
        assert c.get("/api/articles").json()["total"] == 1
