"""The FastAPI application: JSON API under /api, the web UI, static assets and API docs.

``create_app(store, token=..., private_reads=...)`` is the only entry point.
Reads are open unless ``private_reads``; POST /api/ingest always needs the
token (Bearer) and answers 403 when the operator set none.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, model_validator

from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.views import auth, data, docs, web

STATIC_DIR = Path(__file__).parent / "static"
MAX_LIMIT = 1000
DEFAULT_LIMIT = 50
MAX_TEXT_CHARS = 2_000_000
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
OPEN_PREFIXES = ("/static/", "/vendor/")
BEARER = HTTPBearer(auto_error=False, description="The token the server was started with.")


class Page(BaseModel):
    """One page of results with the total count."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


class IngestRequest(BaseModel):
    """An article to ingest: its text (with optional metadata), or just a URL to fetch."""

    text: str | None = Field(None, max_length=MAX_TEXT_CHARS)
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}([T ][\d:.+\-Z]*)?$")
    url: str | None = Field(None, max_length=4000, pattern=r"^https?://\S+$")
    id: str | None = Field(None, max_length=128, pattern=r"^[\w.\-:]+$")

    @model_validator(mode="after")
    def _text_or_url(self) -> IngestRequest:
        """Require text or a URL."""
        if not (self.text and self.text.strip()) and not self.url:
            raise ValueError("give 'text' (with optional title, published, url, id) or 'url'")
        return self


def _filters(
    actor: Annotated[str | None, Query(description="Actor id taking part")] = None,
    country: Annotated[str | None, Query(description="ISO-3 country of a participant")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT")] = None,
    date_from: Annotated[str | None, Query(pattern=DATE_PATTERN,
                                           description="Earliest date, YYYY[-MM[-DD]]")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE_PATTERN,
                                         description="Latest date, YYYY[-MM[-DD]]")] = None,
    story: Annotated[str | None, Query(description="Story id")] = None,
) -> dict[str, Any]:
    """The common event/article filters (empty ones dropped)."""
    found = {"actor": actor, "country": country, "type": type.upper() if type else None,
             "date_from": date_from, "date_to": date_to, "story": story}
    return {k: v for k, v in found.items() if v}


Filters = Annotated[dict[str, Any], Depends(_filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0)]


def _store(request: Request) -> Store:
    """The app's store."""
    return request.app.state.store


def _found(item: dict[str, Any] | None, what: str, ident: str) -> dict[str, Any]:
    """``item``, or a 404 naming what was not found."""
    if item is None:
        raise HTTPException(status_code=404, detail=f"{what} {ident!r} not found")
    return item


def api_router() -> APIRouter:
    """The JSON API routes."""
    r = APIRouter(prefix="/api")

    @r.get("/articles", response_model=Page, tags=["articles"])
    def articles(request: Request, f: Filters, limit: Limit = DEFAULT_LIMIT,
                 offset: Offset = 0,
                 q: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
        """Stored articles, latest first; filter by story, actor, country, date or text."""
        store = _store(request)
        f.pop("type", None)
        items = data.list_articles(store, limit=limit, offset=offset, q=q, **f)
        return {"items": items, "total": data.count_articles(store, q=q, **f), "limit": limit,
                "offset": offset}

    @r.get("/articles/{article_id}", tags=["articles"])
    def article(request: Request, article_id: str) -> dict[str, Any]:
        """One article: metadata, its `extract` object, removed boilerplate, story."""
        store = _store(request)
        meta = _found(store.article(article_id), "article", article_id)
        meta.pop("text", None)
        return {**meta, "extraction": store.extraction(article_id),
                "removed": store.removed(article_id), "story": data.article_story(store, article_id),
                "events": {str(k): v for k, v in data.mention_events(store, article_id).items()}}

    @r.get("/events", response_model=Page, tags=["events"])
    def events(request: Request, f: Filters, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
               q: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
        """Fused events with filters and pagination."""
        fq, store = queries, _store(request)
        if q:
            f["q"] = q
        return {"items": fq.list_events(store, limit=limit, offset=offset, **f),
                "total": fq.count_events(store, **f), "limit": limit, "offset": offset}

    @r.get("/events/{event_id}", tags=["events"])
    def event(request: Request, event_id: str) -> dict[str, Any]:
        """One fused event with participants, evidence, claims, conflicts and sources."""
        return _found(queries.get_event(_store(request), event_id), "event", event_id)

    @r.get("/stories", response_model=Page, tags=["stories"])
    def stories(request: Request, limit: Limit = DEFAULT_LIMIT,
                offset: Offset = 0) -> dict[str, Any]:
        """Stories (clusters of articles about one development)."""
        fq, store = queries, _store(request)
        items = fq.list_stories(store, limit=limit, offset=offset)
        total = data.count_stories(store)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    @r.get("/stories/{story_id}", tags=["stories"])
    def story(request: Request, story_id: str) -> dict[str, Any]:
        """One story with its articles, events and summary."""
        return _found(queries.get_story(_store(request), story_id), "story", story_id)

    @r.get("/actors", response_model=Page, tags=["actors"])
    def actors(request: Request, limit: Limit = DEFAULT_LIMIT,
               offset: Offset = 0) -> dict[str, Any]:
        """Actors that take part in fused events."""
        fq, store = queries, _store(request)
        items = fq.list_actors(store, limit=limit, offset=offset)
        return {"items": items, "total": data.count_actors(store), "limit": limit,
                "offset": offset}

    @r.get("/actors/{actor_id}", tags=["actors"])
    def actor(request: Request, actor_id: str) -> dict[str, Any]:
        """One actor: identity, events over time, counterparts with counts."""
        return _found(queries.get_actor(_store(request), actor_id), "actor", actor_id)

    @r.get("/promises", tags=["promises"])
    def promises(request: Request,
                 status: Annotated[str | None, Query(
                     pattern="^(open|kept|broken|expired)$")] = None) -> list[dict[str, Any]]:
        """Promises and their status (open, kept, broken, expired)."""
        return queries.list_promises(_store(request), status=status)

    @r.get("/search", tags=["search"])
    def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict[str, Any]:
        """Full-text search over articles and events."""
        return queries.search(_store(request), q, limit=limit)

    @r.post("/ingest", tags=["ingest"], responses={401: {}, 403: {}, 422: {}},
            dependencies=[Depends(BEARER)])
    def ingest(request: Request, body: IngestRequest) -> JSONResponse:
        """Ingest one article (text or URL); needs `Authorization: Bearer <token>`."""
        auth.require_write(request)
        report = _run_ingest(request.app, body)
        status = 422 if report["failed"] and not (report["new"] or report["duplicates"]) else 200
        return JSONResponse(report, status_code=status)

    return r


def _run_ingest(app: FastAPI, body: IngestRequest) -> dict[str, Any]:
    """Run the real ingest on one request body; URLs go through the private-address guard."""
    from eventwire.corpus import ingest

    store: Store = app.state.store
    with app.state.ingest_lock:
        if not (body.text and body.text.strip()):
            return ingest([body.url or ""], store, allow_private=False).to_dict()
        record = {"id": body.id or "api-" + hashlib.sha256(body.text.encode()).hexdigest()[:16],
                  "text": body.text, "title": body.title, "published": body.published,
                  "url": body.url}
        record = {k: v for k, v in record.items() if v is not None}
        with tempfile.TemporaryDirectory(prefix="eventwire-ingest-") as tmp:
            path = Path(tmp) / "request.jsonl"
            path.write_text(json.dumps(record) + "\n", encoding="utf-8")
            return ingest([str(path)], store, allow_private=False).to_dict()


def _error_handlers(app: FastAPI) -> None:
    """Answer view errors (fuse stage missing) with 503 and one-line JSON."""

    @app.exception_handler(data.ViewError)
    def _view_error(request: Request, exc: data.ViewError) -> Response:
        if web.wants_html(request):
            return web.error_page(request, 503, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=503)


def _security(app: FastAPI) -> None:
    """Security headers on every response; read access control when reads are private."""

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        path = request.url.path
        if app.state.private_reads and not path.startswith(OPEN_PREFIXES) \
                and not auth.authorized(request):
            response: Response = auth.challenge()
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def create_app(store: Store, *, token: str | None = None, private_reads: bool = False) -> FastAPI:
    """The web app over ``store``: API, UI, docs; ``token`` guards ingest (and private reads)."""
    if private_reads and not token:
        raise ValueError("private reads need a token")
    app = FastAPI(title="eventwire", version="0.1.0", docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Cross-checked, source-attributed record of diplomacy and "
                              "conflict events, with the articles behind every fact.")
    app.state.store = store
    app.state.token = token
    app.state.private_reads = private_reads
    app.state.ingest_lock = threading.Lock()
    app.include_router(api_router())
    app.include_router(docs.router())
    app.include_router(web.router())
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _error_handlers(app)
    _security(app)
    web.install_error_pages(app)
    return app
