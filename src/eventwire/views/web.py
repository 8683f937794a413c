"""The web UI: server-rendered Jinja2 pages (autoescaped) over the store and the fused record."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import ChainableUndefined, Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.views import data, present, readout, svg
from eventwire.views.spans import mark
from eventwire.views.visibility import min_confidence

TEMPLATE_DIR = Path(__file__).parent / "templates"
PAGE_SIZE = 50
ALL_ROWS = 10**9
HOME_ITEMS = 12
TIMELINE_MAX = 500
SAME_MAX = 20
SOURCES_WITH_EXCERPTS = 40  # further sources are listed as links only
SPAN_PARAM = re.compile(r"^(\d{1,9})-(\d{1,9})$")
PROMISE_STATUSES = ("open", "kept", "broken", "expired")
JSON_PREFIXES = ("/api/", "/openapi.json", "/vendor/", "/static/")
ShowAll = Annotated[bool, Query(alias="all", description="Also list events below the "
                                                         "display threshold")]


def url(kind: str, ident: Any, **params: Any) -> str:
    """The URL of an entity page (``kind`` = events, articles, actors, stories)."""
    query = urlencode({k: v for k, v in params.items() if v not in (None, "", [])}, doseq=True)
    return f"/{kind}/{quote(str(ident), safe='')}" + (f"?{query}" if query else "")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment: autoescape on for every template, helpers as globals."""
    env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=True,
                      undefined=ChainableUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["show"] = present.show
    env.globals.update(url=url, p=present, conflicts=present.conflicts,
                       event_title=present.event_title, date_label=present.date_label,
                       type_label=present.type_label, names=present.names,
                       actor_name=present.actor_name, actor_detail=present.actor_detail,
                       plover_types=list(present.QUADS), statuses=PROMISE_STATUSES)
    return env


def render(request: Request, name: str, http_status: int = 200, **ctx: Any) -> HTMLResponse:
    """Render a template to an HTML response."""
    html = environment().get_template(name).render(request=request, path=request.url.path, **ctx)
    return HTMLResponse(html, status_code=http_status)


def wants_html(request: Request) -> bool:
    """Whether an error on this request should be answered with an HTML page."""
    return not request.url.path.startswith(JSON_PREFIXES)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """An HTML error page."""
    return render(request, "error.html", http_status=status, status_code=status, message=message)


def install_error_pages(app: FastAPI) -> None:
    """HTML error pages for the UI; JSON errors for the API."""

    @app.exception_handler(StarletteHTTPException)
    def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_html(request):
            return error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, exc: RequestValidationError) -> Response:
        if wants_html(request):
            problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}"
                                 for e in exc.errors())
            return error_page(request, 400, f"Bad request — {problems}")
        return await request_validation_exception_handler(request, exc)


def pager(request: Request, total: int | None, limit: int, offset: int,
          shown: int) -> dict[str, Any]:
    """Previous/next links that keep the other query parameters."""
    def link(new_offset: int) -> str:
        params = dict(request.query_params)
        params["offset"] = str(new_offset)
        return f"{request.url.path}?{urlencode(params)}"

    has_next = offset + shown < total if total is not None else shown >= limit
    return {"total": total, "first": offset + 1 if shown else 0, "last": offset + shown,
            "prev": link(max(0, offset - limit)) if offset > 0 else None,
            "next": link(offset + limit) if has_next else None}


def shown_note(request: Request, show_all: bool) -> dict[str, Any]:
    """What an event list shows and the link that switches between confirmed and all events."""
    params = {k: v for k, v in request.query_params.items() if k not in ("all", "offset")}
    if not show_all:
        params["all"] = "true"
    query = urlencode(params)
    threshold = min_confidence(False)
    return {"all": show_all, "threshold": threshold,
            "link": request.url.path + (f"?{query}" if query else "")}


def _store(request: Request) -> Store:
    """The app's store."""
    return request.app.state.store


def _not_found(what: str, ident: str) -> StarletteHTTPException:
    """A 404 naming what was not found."""
    return StarletteHTTPException(status_code=404, detail=f"No {what} with id {ident!r}.")


def _event_filters(**raw: str | None) -> dict[str, Any]:
    """Non-empty event filters, type upper-cased."""
    out = {k: v.strip() for k, v in raw.items() if v and v.strip()}
    if "type" in out:
        out["type"] = out["type"].upper()
    return out


Offset = Annotated[int, Query(ge=0)]
DateParam = Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")]


def router() -> APIRouter:
    """The HTML pages."""
    r = APIRouter(include_in_schema=False)

    @r.get("/", response_class=HTMLResponse)
    def home(request: Request, show_all: ShowAll = False) -> HTMLResponse:
        store, least = _store(request), min_confidence(show_all)
        return render(
            request, "home.html", n_articles=store.count_articles(),
            articles=sorted(data.list_articles(store, limit=HOME_ITEMS),
                            key=lambda a: a.get("published") or "", reverse=True),
            stories=queries.list_stories(store, limit=HOME_ITEMS),
            events=newest_first(queries.list_events(
                store, limit=HOME_ITEMS, order="latest", modality=["asserted", "planned"],
                with_actors=True, min_confidence=least)),
            n_events=queries.count_events(store, min_confidence=least),
            promises=present.listed_promises(
                queries.list_promises(store, status="open"))[:HOME_ITEMS])

    @r.get("/stories", response_class=HTMLResponse)
    def stories(request: Request, offset: Offset = 0) -> HTMLResponse:
        store = _store(request)
        items = queries.list_stories(store, limit=PAGE_SIZE, offset=offset)
        return render(request, "stories.html", stories=items,
                      pager=pager(request, data.count_stories(store), PAGE_SIZE, offset,
                                  len(items)))

    @r.get("/stories/{story_id}", response_class=HTMLResponse)
    def story(request: Request, story_id: str, offset: Offset = 0,
              show_all: ShowAll = False) -> HTMLResponse:
        store, fq, least = _store(request), queries, min_confidence(show_all)
        st = fq.get_story(store, story_id)
        if st is None:
            raise _not_found("story", story_id)
        timeline_events = fq.list_events(store, story=story_id, limit=TIMELINE_MAX + 1,
                                         min_confidence=least)
        if len(timeline_events) <= TIMELINE_MAX:  # one query serves timeline, table and count
            total = len(timeline_events)
            events = timeline_events[offset:offset + PAGE_SIZE]
        else:
            timeline_events = timeline_events[:TIMELINE_MAX]
            total = fq.count_events(store, story=story_id, min_confidence=least)
            events = fq.list_events(store, story=story_id, limit=PAGE_SIZE, offset=offset,
                                    min_confidence=least)
        types = Counter(str(e.get("type")) for e in timeline_events
                        if present.event_day(e) is not None)
        return render(request, "story.html", story=st, events=events,
                      timeline=svg.timeline(timeline_events), types=sorted(types.items()),
                      undated=[e for e in timeline_events if present.event_day(e) is None],
                      n_conflicts=sum(1 for e in timeline_events if present.conflicts(e)),
                      truncated=total > TIMELINE_MAX,
                      articles=data.article_titles(store, list(st.get("articles") or [])),
                      pager=pager(request, total, PAGE_SIZE, offset, len(events)),
                      shown=shown_note(request, show_all))

    @r.get("/events", response_class=HTMLResponse)
    def events(request: Request, offset: Offset = 0, type: str | None = None,
               actor: str | None = None, country: str | None = None,
               date_from: DateParam = None, date_to: DateParam = None,
               story: str | None = None, q: str | None = None,
               show_all: ShowAll = False) -> HTMLResponse:
        store, fq = _store(request), queries
        f = _event_filters(type=type, actor=actor, country=country, date_from=date_from,
                           date_to=date_to, story=story, q=q)
        least = min_confidence(show_all)
        items = fq.list_events(store, limit=PAGE_SIZE, offset=offset, min_confidence=least, **f)
        return render(request, "events.html", events=items, filters=f,
                      pager=pager(request, fq.count_events(store, min_confidence=least, **f),
                                  PAGE_SIZE, offset, len(items)),
                      shown=shown_note(request, show_all))

    @r.get("/events/{event_id}", response_class=HTMLResponse)
    def event(request: Request, event_id: str) -> HTMLResponse:
        store = _store(request)
        ev = queries.get_event(store, event_id)
        if ev is None:
            raise _not_found("event", event_id)
        same = [{**o, "title": _event_title(store, o.get("event"))}
                for o in (ev.get("possibly_same") or [])[:SAME_MAX]]
        return render(request, "event.html", ev=ev, sources=_sources(store, ev), same=same,
                      sides=_sides(ev), titles=data.article_titles(store, _cited(ev)))

    @r.get("/articles", response_class=HTMLResponse)
    def articles(request: Request, offset: Offset = 0, q: str | None = None,
                 story: str | None = None, actor: str | None = None,
                 country: str | None = None, date_from: DateParam = None,
                 date_to: DateParam = None) -> HTMLResponse:
        store = _store(request)
        f = _event_filters(q=q, story=story, actor=actor, country=country, date_from=date_from,
                           date_to=date_to)
        items = data.list_articles(store, limit=PAGE_SIZE, offset=offset, **f)
        return render(request, "articles.html", articles=items, filters=f,
                      pager=pager(request, data.count_articles(store, **f), PAGE_SIZE, offset,
                                  len(items)))

    @r.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(request: Request, article_id: str, event: str | None = None,
                m: Annotated[list[int] | None, Query()] = None,
                span: Annotated[list[str] | None, Query()] = None) -> HTMLResponse:
        store = _store(request)
        meta = store.article(article_id)
        if meta is None:
            raise _not_found("article", article_id)
        ex = store.extraction(article_id) or {}
        ev_of = data.mention_events(store, article_id)
        chosen = set(m or []) | {i for i, e in ev_of.items() if event and e == event}
        marks = readout.annotation_marks(ex) + readout.evidence_marks(ex, chosen)
        cited = _span_params(span)
        marks += [mark(a, b, "mark", class_="cited") for a, b in cited]
        anchors = readout.mention_anchors(ex)
        for a, _ in cited:
            anchors.setdefault(a, []).append(f"s-{a}")
        body = readout.article_body(meta["text"], ex, marks, anchors)
        labelled = {**data.labelled(meta),
                    "label": present.article_label(meta.get("title"), meta.get("text"))
                    or article_id}
        return render(request, "article.html", a=labelled, ex=ex, body=body,
                      event_of=ev_of,
                      marked=sorted(chosen), removed=store.removed(article_id),
                      story=data.article_story(store, article_id), focus=event,
                      labels=sorted(Counter(e.get("label") for e in ex.get("entities") or [])
                                    .items()))

    @r.get("/actors", response_class=HTMLResponse)
    def actors(request: Request, offset: Offset = 0, show_all: ShowAll = False) -> HTMLResponse:
        store = _store(request)
        merged = present.merge_actor_rows(queries.list_actors(
            store, limit=ALL_ROWS, min_confidence=min_confidence(show_all)))
        items = merged[offset:offset + PAGE_SIZE]
        return render(request, "actors.html", actors=items,
                      pager=pager(request, len(merged), PAGE_SIZE, offset, len(items)))

    @r.get("/actors/{actor_id}", response_class=HTMLResponse)
    def actor(request: Request, actor_id: str, offset: Offset = 0,
              show_all: ShowAll = False) -> HTMLResponse:
        store, fq, least = _store(request), queries, min_confidence(show_all)
        info = fq.get_actor(store, actor_id, min_confidence=least)
        if info is None:
            raise _not_found("actor", actor_id)
        events = fq.list_events(store, actor=actor_id, limit=PAGE_SIZE, offset=offset,
                                min_confidence=least)
        total = fq.count_events(store, actor=actor_id, min_confidence=least)
        others = present.counterparts(info)
        return render(request, "actor.html", actor=info, ref=info.get("actor") or info,
                      events=events, counterparts=others,
                      network=svg.network(info.get("actor") or info, others),
                      histogram=svg.histogram(present.per_month(info.get("events") or [])),
                      pager=pager(request, total, PAGE_SIZE, offset, len(events)),
                      shown=shown_note(request, show_all))

    @r.get("/promises", response_class=HTMLResponse)
    def promises(request: Request,
                 status: Annotated[str | None, Query(pattern="^(open|kept|broken|expired)?$")]
                 = None) -> HTMLResponse:
        found = queries.list_promises(_store(request), status=status or None)
        items = present.listed_promises(found)
        return render(request, "promises.html", promises=items, status=status,
                      n_hidden=len(found) - len(items))

    @r.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: Annotated[str, Query(max_length=200)] = "",
               show_all: ShowAll = False) -> HTMLResponse:
        results: dict[str, Any] = {}
        if q.strip():
            results = _full_results(_store(request), queries.search(
                _store(request), q.strip(), limit=PAGE_SIZE,
                min_confidence=min_confidence(show_all)))
        return render(request, "search.html", q=q, results=results)

    return r


def _full_results(store: Store, found: dict[str, Any]) -> dict[str, Any]:
    """Search hits with full event records and article labels."""
    fq = queries
    q = str(found.get("query") or "")
    events = [fq.get_event(store, str(e.get("id"))) or e for e in found.get("events") or []]
    for ev in events:
        ev["hit"] = next((h for h in (present.highlight(
            (m.get("sentence") or {}).get("text") or "", q) for m in ev.get("mentions") or [])
            if h), None)
    events.sort(key=lambda e: (present.event_day(e) or dt.date.max, str(e.get("id"))))
    arts = found.get("articles") or []
    labels = data.article_titles(store, [str(a.get("id")) for a in arts])
    articles = [{**a, "label": (labels.get(str(a.get("id"))) or {}).get("label") or a.get("id"),
                 "hit": present.highlight(str(a.get("snippet") or ""), q)} for a in arts]
    return {**found, "events": events, "articles": articles}


def newest_first(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events by date, newest first (undated last)."""
    dated = [e for e in events if present.event_day(e) is not None]
    undated = [e for e in events if present.event_day(e) is None]
    return sorted(dated, key=lambda e: (present.event_day(e), str(e.get("id"))),
                  reverse=True) + undated


def _event_title(store: Store, event_id: Any) -> str:
    """The one-line title of another event (its id when it is gone)."""
    other = queries.get_event(store, str(event_id)) if event_id else None
    return f"{present.date_label(other)} · {present.event_title(other)}" if other \
        else str(event_id)


def _span_params(values: list[str] | None) -> list[tuple[int, int]]:
    """(start, end) pairs from ``span=START-END`` query values (malformed ones ignored)."""
    out = []
    for value in values or []:
        found = SPAN_PARAM.match(value)
        if found and int(found[1]) < int(found[2]):
            out.append((int(found[1]), int(found[2])))
    return out


def mention_index(mention: dict[str, Any]) -> int | None:
    """The per-article event index of a fused-event mention ('<article>#<idx>')."""
    ident = str(mention.get("mention") or "")
    tail = ident.rsplit("#", 1)[-1] if "#" in ident else ""
    return int(tail) if tail.isdigit() else None


def _sources(store: Store, ev: dict[str, Any]) -> list[dict[str, Any]]:
    """Each source article of an event with its evidence excerpts (sentences <mark>ed)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for mn in ev.get("mentions") or []:
        idx = mention_index(mn)
        if idx is not None:
            by_article[str(mn.get("article"))].append(idx)
    ids = list(dict.fromkeys([*(ev.get("articles") or []), *by_article]))
    titles = data.article_titles(store, ids)
    out = []
    for n, aid in enumerate(i for i in ids if i in titles):
        indexes = sorted(set(by_article.get(aid, [])))
        excerpts = []
        if n < SOURCES_WITH_EXCERPTS:
            meta, ex = store.article(aid) or {}, store.extraction(aid) or {}
            excerpts = readout.evidence_excerpts(meta.get("text") or "", ex, indexes)
        out.append({"id": aid, "meta": titles[aid], "indexes": indexes, "excerpts": excerpts})
    return out


def _sides(ev: dict[str, Any]) -> list[dict[str, Any]]:
    """Quotes grouped by speaker, each group tagged with the side it speaks for."""
    source_names = {present.actor_name(a).lower() for a in ev.get("source") or []}
    target_names = {present.actor_name(a).lower() for a in ev.get("target") or []}
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in ev.get("quotes") or []:
        speaker = q.get("speaker")
        name = present.actor_name(speaker) if isinstance(speaker, dict) else str(speaker or "?")
        groups[name].append(q)
    out = []
    for name, quotes in groups.items():
        low = name.lower()
        side = ("source" if any(low in n or n in low for n in source_names) else
                "target" if any(low in n or n in low for n in target_names) else "other")
        out.append({"speaker": name, "side": side, "quotes": quotes})
    order = {"source": 0, "target": 1, "other": 2}
    return sorted(out, key=lambda g: order[g["side"]])


def _cited(ev: dict[str, Any]) -> list[str]:
    """Every article id an event cites (sources, dates, claims, flags, quotes)."""
    ids = list(ev.get("articles") or [])
    ids += [d.get("article") for d in ev.get("date_evidence") or []]
    ids += [c.get("article") for c in ev.get("claims") or []]
    ids += [q.get("article") for q in ev.get("quotes") or []]
    for f in ev.get("flags") or []:
        for v in f.get("values") or []:
            ids += list(v.get("articles") or [])
    return [str(i) for i in ids if i]
