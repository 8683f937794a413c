"""Response models of the JSON API, as documented in the OpenAPI schema.

The models name the fields every client can rely on; records carry more
(evidence, claims, attributes, ...), so each model allows extra fields and
the API returns them unchanged.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

OPEN = ConfigDict(extra="allow")


class Error(BaseModel):
    """An error answer: one readable line."""

    detail: str = Field(description="What went wrong.")


class ActorRef(BaseModel):
    """A participant: a linked actor (with ``id``) or an unlinked name."""

    model_config = OPEN
    id: str | None = Field(None, description="Actor id (Wikidata QID, `country:ISO3`, ...).")
    name: str | None = None
    country: str | None = Field(None, description="ISO-3 country code.")
    sector: str | None = Field(None, description="PLOVER sector (GOV, MIL, ...).")
    sector_from: dict[str, Any] | None = Field(
        None, description="Where a record's sector came from: article, start, end, text.")
    kind: str | None = None


class Event(BaseModel):
    """One fused event: the `eventwire events --format jsonl` record and more."""

    model_config = OPEN
    id: str
    type: str = Field(description="PLOVER event type.")
    mode: str | None = None
    date: str | None = Field(None, description="YYYY[-MM[-DD]] at the precision known.")
    date_range: list[str | None] | None = Field(None, description="[earliest, latest] day.")
    modality: str | None = None
    participants: list[ActorRef] = []
    source: list[ActorRef] = []
    target: list[ActorRef] = []
    mentions: list[dict[str, Any]] = Field([], description="Evidence: one per article sentence.")
    articles: list[str] = []
    n_sources: int | None = None
    story: str | None = None
    flags: list[Any] = []
    confidence: float | None = Field(None, description=(
        "The highest extraction confidence among the mentions (calibrated: the share of "
        "events at that confidence whose type is right). Lists show events at or above the "
        "display threshold unless `all=true`."))


class EventDetail(Event):
    """One fused event with the promises made in it."""

    promises: list[dict[str, Any]] = []


class Story(BaseModel):
    """A story: a cluster of articles about one development."""

    model_config = OPEN
    id: str
    title: str | None = None
    articles: list[str] = Field([], description="Article ids in ingest order.")
    events: list[str] = Field([], description="Event ids.")
    summary: list[dict[str, Any]] = []
    date_range: list[str | None] | None = None


class ArticleSummary(BaseModel):
    """A stored article's metadata and a display label."""

    model_config = OPEN
    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    site: str | None = None
    duplicate_of: str | None = None
    near_score: float | None = None
    ingested_at: str | None = None
    label: str | None = Field(None, description="Title, else the start of the text.")


class ArticleDetail(BaseModel):
    """One article: metadata, its `extract` object, removed boilerplate, story, events."""

    model_config = OPEN
    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    extraction: dict[str, Any] | None = None
    removed: list[dict[str, Any]] = []
    story: str | None = None
    events: dict[str, str] = Field({}, description="Mention index → fused event id.")


class Actor(ActorRef):
    """An actor with how many fused events it takes part in."""

    n_events: int


class ActorEvent(BaseModel):
    """One event of an actor, in date order."""

    id: str
    type: str
    mode: str | None = None
    date: str | None = None
    date_min: str | None = Field(None, description="Earliest day of the event's date range.")
    modality: str | None = None


class Counterpart(BaseModel):
    """Another actor in the same events, with how many events they share."""

    id: str
    name: str | None = None
    count: int


class ActorDetail(ActorRef):
    """One actor: identity, one page of its events over time, counterparts with counts."""

    n_events: int = Field(description="How many events the actor takes part in.")
    limit: int
    offset: int
    events: list[ActorEvent] = Field([], description="From `offset`, at most `limit`.")
    counterparts: list[Counterpart] = []


class Promise(BaseModel):
    """A tracked promise with its status."""

    model_config = OPEN
    id: str
    event: str | None = None
    status: str | None = Field(None, description="open, kept, broken or expired.")
    promiser: list[ActorRef] = []
    promisee: list[ActorRef] = []


class SearchArticle(BaseModel):
    """An article matching a search, with a snippet around the match."""

    model_config = OPEN
    id: str
    title: str | None = None
    snippet: str = ""


class SearchEvent(BaseModel):
    """An event matching a search."""

    model_config = OPEN
    id: str
    type: str
    date: str | None = None
    participants: list[ActorRef] | None = None


class SearchResult(BaseModel):
    """Articles and events matching a text query."""

    query: str
    articles: list[SearchArticle]
    events: list[SearchEvent]


class IngestReport(BaseModel):
    """What one ingest request did."""

    model_config = OPEN
    new: list[str]
    duplicates: list[Any]
    near_duplicates: list[Any]
    failed: list[Any] = Field(description="[source, one-line reason] per refused input.")
    fused: dict[str, Any] | None = None


class Page(BaseModel):
    """One page of a list: ``items`` from ``offset`` (at most ``limit``) of ``total``."""

    total: int = Field(description="How many items match, over all pages.")
    limit: int
    offset: int


class EventPage(Page):
    """A page of fused events."""

    items: list[Event]


class StoryPage(Page):
    """A page of stories."""

    items: list[Story]


class ArticlePage(Page):
    """A page of stored articles."""

    items: list[ArticleSummary]


class ActorPage(Page):
    """A page of actors."""

    items: list[Actor]


class PromisePage(Page):
    """A page of promises."""

    items: list[Promise]
