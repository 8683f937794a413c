"""The FastAPI application: JSON API under /api, the web UI, static assets and API docs.

``create_app(store, token=..., private_reads=..., max_body=...)`` is the entry
point (``app_from_env`` builds the same app in each ``serve --workers`` process).
Reads are open unless ``private_reads``; POST /api/ingest always needs the
token (Bearer) and answers 403 when the operator set none. Before any body is
parsed the token of protected routes is checked and the body size is bounded
(``views/guard.py``); read answers are cached per record version
(``views/cache.py``). Validation errors never echo long inputs.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, model_validator

from eventwire.fuse import queries
from eventwire.model import PLOVER_TYPES
from eventwire.store import Store
from eventwire.views import auth, data, docs, guard, web
from eventwire.views import models as m
from eventwire.views.cache import RecordVersion, ResponseCache
from eventwire.views.visibility import min_confidence

STATIC_DIR = Path(__file__).parent / "static"
MAX_LIMIT = 1000
MAX_OFFSET = 2**31 - 1
DEFAULT_LIMIT = 50
MAX_ECHO = 80  # longest input a validation error quotes back
ENV_DB, ENV_TOKEN, ENV_PRIVATE, ENV_MAX_BODY = ("EVENTWIRE_DB", "EVENTWIRE_TOKEN",
                                                "EVENTWIRE_PRIVATE", "EVENTWIRE_MAX_BODY")
TYPE_VALUES = [*PLOVER_TYPES, *(t.lower() for t in PLOVER_TYPES)]
PromiseStatus = Literal["open", "kept", "broken", "expired"]
NOT_FOUND = {404: {"model": m.Error, "description": "No such record."}}
MAX_TEXT_CHARS = 2_000_000
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
OPEN_PREFIXES = ("/static/", "/vendor/")
BEARER = HTTPBearer(auto_error=False, description="The token the server was started with.")


class IngestRequest(BaseModel):
    """An article to ingest: its text (with optional metadata), or just a URL to fetch.

    Patterns spell their classes in ASCII (``[0-9]``, ``[A-Za-z0-9_]``): the server's regex engine
    reads ``\\d`` and ``\\w`` as Unicode classes, a JSON Schema client as ASCII ones, and the two must
    accept the same ids and dates."""

    model_config = ConfigDict(json_schema_extra={
        "anyOf": [{"required": ["text"]}, {"required": ["url"]}]})

    text: str = Field(None, max_length=MAX_TEXT_CHARS, pattern=r"\S",
                   description="The article text (not only white space).")
    title: str = Field(None, max_length=2000)
    published: str = Field(None, pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.+\-Z]*)?$")
    url: str = Field(None, max_length=4000, pattern=r"^https?://\S+$")
    id: str = Field(None, max_length=128, pattern=r"^[A-Za-z0-9_.\-:]+$")

    @model_validator(mode="after")
    def _text_or_url(self) -> IngestRequest:
        """Require text or a URL."""
        if not (self.text and self.text.strip()) and not self.url:
            raise ValueError("give 'text' (with optional title, published, url, id) or 'url'")
        return self


def _filters(
    actor: Annotated[str | None, Query(description="Actor id taking part")] = None,
    country: Annotated[str | None, Query(description="ISO-3 country of a participant")] = None,
    date_from: Annotated[str | None, Query(pattern=DATE_PATTERN,
                                           description="Earliest date, YYYY[-MM[-DD]]")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE_PATTERN,
                                         description="Latest date, YYYY[-MM[-DD]]")] = None,
    story: Annotated[str | None, Query(description="Story id")] = None,
) -> dict[str, Any]:
    """The common event/article filters (empty ones dropped)."""
    found = {"actor": actor, "country": country, "date_from": date_from, "date_to": date_to,
             "story": story}
    return {k: v for k, v in found.items() if v}


def _event_filters(
    f: Annotated[dict[str, Any], Depends(_filters)],
    type: Annotated[str | None, Query(description="PLOVER event type (any case)",
                                      json_schema_extra={"enum": TYPE_VALUES})] = None,
) -> dict[str, Any]:
    """The article filters plus the event type; 422 naming the valid types for another."""
    if type is not None and type.upper() not in PLOVER_TYPES:
        raise RequestValidationError([{
            "type": "enum", "loc": ("query", "type"), "input": _short(type),
            "msg": f"unknown event type; use one of {', '.join(PLOVER_TYPES)}",
            "ctx": {"expected": list(PLOVER_TYPES)}}])
    return {**f, "type": type.upper()} if type else f


Filters = Annotated[dict[str, Any], Depends(_filters)]
EventFilters = Annotated[dict[str, Any], Depends(_event_filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
ShowAll = Annotated[bool, Query(alias="all", description=(
    "Also list events below the display threshold (by default only events with a mention "
    "whose confidence reaches it are listed)."))]


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

    @r.get("/articles", response_model=m.ArticlePage, tags=["articles"])
    def articles(request: Request, f: Filters, limit: Limit = DEFAULT_LIMIT,
                 offset: Offset = 0,
                 q: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
        """Stored articles, latest first; filter by story, actor, country, date or text."""
        store = _store(request)
        items = data.list_articles(store, limit=limit, offset=offset, q=q, **f)
        return {"items": items, "total": data.count_articles(store, q=q, **f), "limit": limit,
                "offset": offset}

    @r.get("/articles/{article_id}", response_model=m.ArticleDetail, tags=["articles"],
           responses=NOT_FOUND)
    def article(request: Request, article_id: str) -> dict[str, Any]:
        """One article: metadata, its `extract` object, removed boilerplate, story."""
        store = _store(request)
        meta = _found(store.article(article_id), "article", article_id)
        meta.pop("text", None)
        return {**meta, "extraction": store.extraction(article_id),
                "removed": store.removed(article_id), "story": data.article_story(store, article_id),
                "events": {str(k): v for k, v in data.mention_events(store, article_id).items()}}

    @r.get("/events", response_model=m.EventPage, tags=["events"])
    def events(request: Request, f: EventFilters, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
               q: Annotated[str | None, Query(max_length=200)] = None,
               show_all: ShowAll = False) -> dict[str, Any]:
        """Fused events with filters and pagination: those the confidence model confirms,
        every one with ``all=true``."""
        fq, store = queries, _store(request)
        if q:
            f["q"] = q
        f["min_confidence"] = min_confidence(show_all)
        return {"items": fq.list_events(store, limit=limit, offset=offset, **f),
                "total": fq.count_events(store, **f), "limit": limit, "offset": offset}

    @r.get("/events/{event_id}", response_model=m.EventDetail, tags=["events"],
           responses=NOT_FOUND)
    def event(request: Request, event_id: str) -> dict[str, Any]:
        """One fused event with participants, evidence, claims, conflicts and sources."""
        return _found(queries.get_event(_store(request), event_id), "event", event_id)

    @r.get("/stories", response_model=m.StoryPage, tags=["stories"])
    def stories(request: Request, limit: Limit = DEFAULT_LIMIT,
                offset: Offset = 0) -> dict[str, Any]:
        """Stories (clusters of articles about one development)."""
        fq, store = queries, _store(request)
        items = fq.list_stories(store, limit=limit, offset=offset)
        total = data.count_stories(store)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    @r.get("/stories/{story_id}", response_model=m.Story, tags=["stories"],
           responses=NOT_FOUND)
    def story(request: Request, story_id: str) -> dict[str, Any]:
        """One story with its articles, events and summary."""
        return _found(queries.get_story(_store(request), story_id), "story", story_id)

    @r.get("/actors", response_model=m.ActorPage, tags=["actors"])
    def actors(request: Request, limit: Limit = DEFAULT_LIMIT,
               offset: Offset = 0, show_all: ShowAll = False) -> dict[str, Any]:
        """Actors that take part in fused events (counting confirmed events; all events
        with ``all=true``)."""
        fq, store, least = queries, _store(request), min_confidence(show_all)
        items = fq.list_actors(store, limit=limit, offset=offset, min_confidence=least)
        return {"items": items, "total": data.count_actors(store, least), "limit": limit,
                "offset": offset}

    @r.get("/actors/{actor_id}", response_model=m.ActorDetail, tags=["actors"],
           responses=NOT_FOUND)
    def actor(request: Request, actor_id: str, limit: Limit = MAX_LIMIT,
              offset: Offset = 0, show_all: ShowAll = False) -> dict[str, Any]:
        """One actor: identity, ``n_events``, one page of its events in date order
        (``limit``/``offset``; confirmed events, all with ``all=true``), counterparts with
        counts."""
        found = queries.get_actor(_store(request), actor_id, limit=limit, offset=offset,
                                  min_confidence=min_confidence(show_all))
        return {**_found(found, "actor", actor_id), "limit": limit, "offset": offset}

    @r.get("/promises", response_model=m.PromisePage, tags=["promises"])
    def promises(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
                 status: PromiseStatus | None = None) -> dict[str, Any]:
        """Promises and their status (open, kept, broken, expired)."""
        store = _store(request)
        return {"items": queries.list_promises(store, status=status, limit=limit, offset=offset),
                "total": queries.count_promises(store, status=status), "limit": limit,
                "offset": offset}

    @r.get("/search", response_model=m.SearchResult, tags=["search"])
    def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=200)] = 50,
               show_all: ShowAll = False) -> dict[str, Any]:
        """Full-text search over articles and events (confirmed events; all with ``all=true``)."""
        return queries.search(_store(request), q, limit=limit,
                              min_confidence=min_confidence(show_all))

    @r.post("/ingest", tags=["ingest"], response_model=m.IngestReport,
            dependencies=[Depends(BEARER)], responses={
                401: {"model": m.Error, "description": "Missing or wrong token."},
                403: {"model": m.Error, "description": "Ingest disabled (no token set)."},
                413: {"model": m.Error, "description": "Body over the size limit."},
                422: {"description": "Invalid request, or nothing stored: the input was "
                                     "refused (the report names why).",
                      "content": {"application/json": {"schema": {"anyOf": [
                          {"$ref": "#/components/schemas/IngestReport"},
                          {"$ref": "#/components/schemas/HTTPValidationError"}]}}}}})
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


def _short(value: Any) -> Any:
    """A value fit to quote back in an error: short scalars as they are, else a stub."""
    if isinstance(value, bool | int | float) or value is None:
        return value
    text = value if isinstance(value, str) else type(value).__name__
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= MAX_ECHO else text[:MAX_ECHO] + f"… ({len(text)} characters)"


def _shortened(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Validation errors with every quoted input (and context value) shortened."""
    out = []
    for e in errors:
        e = {**e, "input": _short(e.get("input"))}
        if isinstance(e.get("ctx"), dict):
            e["ctx"] = {k: v if isinstance(v, list) else _short(v) for k, v in e["ctx"].items()}
        out.append(e)
    return out


def _short_validation_errors(app: FastAPI) -> None:
    """Wrap the installed validation-error handler so no answer echoes a long input."""
    inner = app.exception_handlers[RequestValidationError]

    async def _handler(request: Request, exc: Exception) -> Response:
        errors = exc.errors() if isinstance(exc, RequestValidationError) else []
        short = RequestValidationError(_shortened(list(errors)))
        answer = inner(request, short)
        return await answer if hasattr(answer, "__await__") else answer

    app.add_exception_handler(RequestValidationError, _handler)


def _error_handlers(app: FastAPI) -> None:
    """Answer view errors (fuse stage missing) with 503 and one-line JSON."""

    @app.exception_handler(data.ViewError)
    def _view_error(request: Request, exc: data.ViewError) -> Response:
        if web.wants_html(request):
            return web.error_page(request, 503, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=503)


def create_app(store: Store, *, token: str | None = None, private_reads: bool = False,
               max_body: int = guard.DEFAULT_MAX_BODY, cache: bool = True) -> FastAPI:
    """The web app over ``store``: API, UI, docs; ``token`` guards ingest (and private reads);
    request bodies over ``max_body`` bytes are refused; ``cache`` keeps read answers."""
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
    if cache:
        app.add_middleware(ResponseCache, version=RecordVersion(store))
    app.add_middleware(guard.RequestGuard, max_body=max_body)
    app.add_middleware(guard.Security, headers=SECURITY_HEADERS, private_reads=private_reads,
                       open_prefixes=OPEN_PREFIXES)
    web.install_error_pages(app)
    _short_validation_errors(app)
    return app


def app_from_env() -> FastAPI:
    """The app configured from the environment (``serve`` sets it for each worker process)."""
    return create_app(Store(os.environ.get(ENV_DB)), token=os.environ.get(ENV_TOKEN) or None,
                      private_reads=os.environ.get(ENV_PRIVATE) == "1",
                      max_body=int(os.environ.get(ENV_MAX_BODY) or guard.DEFAULT_MAX_BODY))
