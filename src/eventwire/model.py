"""The data types that flow through eventwire, with their contract JSON form.

Every offset (``start``/``end``) indexes ``Article.text``, the cleaned text.
``to_dict`` methods produce exactly the JSON of the ``eventwire extract``
contract (see DESIGN.md / README); extra keys are allowed, never fewer.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "negated", "planned", "hypothetical", "background")
BLOCK_KINDS = ("heading", "paragraph", "list_item", "table")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    """Drop keys whose value is None (optional contract fields)."""
    return {k: v for k, v in d.items() if v is not None}


@dataclass(slots=True)
class Span:
    """A character span of the cleaned text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        return cls(start, end, text[start:end])


@dataclass(slots=True)
class ActorRef:
    """An actor as of a given date: id, name, country and sector."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    role: str | None = None  # the office held on the relevant date, if any
    evidence: str | None = None  # where a generic agent's country came from ("sentence: Haiti")

    def to_dict(self) -> dict[str, Any]:
        # the fields in order, without None (``asdict`` would deep-copy the strings)
        return _drop_none({"id": self.id, "name": self.name, "country": self.country,
                           "sector": self.sector, "kind": self.kind, "role": self.role,
                           "evidence": self.evidence})


@dataclass(slots=True)
class Participant:
    """A span naming a participant, optionally linked to an actor."""

    start: int
    end: int
    text: str
    actor: ActorRef | None = None
    inherited: bool = False  # named by an earlier sentence of the discourse, not this one

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.actor is not None:
            d["actor"] = self.actor.to_dict()
        if self.inherited:
            d["inherited"] = True
        return d


@dataclass(slots=True)
class Block:
    """A structural block of the cleaned text."""

    kind: str
    start: int
    end: int
    rows: list[list[str]] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "start": self.start, "end": self.end}
        if self.rows is not None:
            d["rows"] = self.rows
        return d


@dataclass(slots=True)
class Flag:
    """Something a reader should know: anachronism, conflict, language, ..."""

    kind: str
    message: str
    span: Span | None = None
    spans: list[Span] = field(default_factory=list)  # further supporting spans
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "message": self.message}
        if self.span is not None:
            d["span"] = self.span.to_dict()
        if self.spans:
            d["spans"] = [s.to_dict() for s in self.spans]
        if self.data:
            d["data"] = self.data
        return d


@dataclass(slots=True)
class Removal:
    """A piece of boilerplate removed by cleanup, with the rule that removed it."""

    rule: str
    text: str
    offset: int  # offset in the raw (pre-cleanup) text

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "text": self.text, "offset": self.offset}


@dataclass(slots=True)
class Article:
    """One cleaned article: text, structure and metadata."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    published_from: str | None = None  # "input" | "html" | "text" | None
    url: str | None = None
    site: str | None = None
    source: str | None = None  # the path, URL or stream it was read from
    language: str | None = None
    blocks: list[Block] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    published_span: Span | None = None  # where in the raw text the date was found
    published_at: str | None = None  # ISO date-time of a given timestamp with a time of day

    @property
    def published_clock(self) -> int | None:
        """The publication time of day in minutes after midnight (None when not given)."""
        if not self.published_at or len(self.published_at) < 16:
            return None
        try:
            return int(self.published_at[11:13]) * 60 + int(self.published_at[14:16])
        except ValueError:
            return None

    @property
    def published_date(self) -> dt.date | None:
        """The publication date as a ``datetime.date`` (None when unknown)."""
        if not self.published:
            return None
        try:
            return dt.date.fromisoformat(self.published[:10])
        except ValueError:
            return None


@dataclass(slots=True)
class Entity:
    """A named entity or actor mention."""

    start: int
    end: int
    text: str
    label: str
    actor: ActorRef | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                             "label": self.label}
        if self.actor is not None:
            d["actor"] = self.actor.to_dict()
        return d


@dataclass(slots=True)
class TimeExpr:
    """A time expression normalised to a TIMEX3 value (None when unresolvable)."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    anchored: bool = False  # True when the value was computed from the anchor date
    point: str | None = None  # the DATE a duration reaches from the reference time ("later")

    def to_dict(self) -> dict[str, Any]:
        d = {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
             "value": self.value}
        if self.point is not None:
            d["point"] = self.point
        return d


@dataclass(slots=True)
class Quote:
    """Who said what: speaker, cue and content spans."""

    speaker: Participant | None
    cue: Span | None
    content: Span
    direct: bool
    via: Participant | None = None  # relayed speech: the person who relayed it
    mention: Span | None = None  # the source as written when it differs from speaker (a pronoun)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "direct": self.direct,
        }
        if self.via is not None:
            d["via"] = self.via.to_dict()
        if self.mention is not None:
            d["mention"] = self.mention.to_dict()
        return d


@dataclass(slots=True)
class Claim:
    """What a source asserts about an event: a normalised value with its span."""

    kind: str  # outcome | agreement | tone | number | date | duration | ...
    value: Any
    span: Span
    speaker: Participant | None = None  # who makes the claim; None = the article itself
    event: int | None = None  # index into Extraction.events of the event it is about

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "value": self.value, "span": self.span.to_dict()}
        if self.speaker is not None:
            d["speaker"] = self.speaker.to_dict()
        if self.event is not None:
            d["event"] = self.event
        return d


@dataclass(slots=True)
class EventMention:
    """One event as one article reports it, with the spans behind every field."""

    type: str
    trigger: Span
    sentence: Span
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    source: list[Participant] = field(default_factory=list)
    target: list[Participant] = field(default_factory=list)
    date: dict[str, Any] = field(default_factory=lambda: {"value": None})
    location: dict[str, Any] | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    modality: str = "asserted"
    confidence: float = 0.5
    attribution: Participant | None = None  # who says it happened (reported events)
    claims: list[Claim] = field(default_factory=list)
    shown: bool | None = None  # confidence at or above the views' display threshold

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "source": [p.to_dict() for p in self.source],
            "target": [p.to_dict() for p in self.target],
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "date": dict(self.date),
            "location": self.location,
            "attributes": dict(self.attributes),
            "modality": self.modality,
            "confidence": round(float(self.confidence), 3),
        }
        if self.shown is not None:
            d["shown"] = self.shown
        if self.attribution is not None:
            d["attribution"] = self.attribution.to_dict()
        if self.claims:
            d["claims"] = [c.to_dict() for c in self.claims]
        return d


@dataclass
class Extraction:
    """One article with everything the per-article stages found in it.

    This is the object that flows through the annotate and extract
    components: each component reads what earlier ones filled and adds its
    own part. ``doc`` is the spaCy Doc while the pipeline runs (not serialised).
    """

    article: Article
    doc: Any = None
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The ``eventwire extract`` contract JSON for this article."""
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "published": a.published,
            "published_from": a.published_from,
            "published_at": a.published_at,
            "url": a.url,
            "text": a.text,
            "blocks": [b.to_dict() for b in a.blocks],
            "entities": [e.to_dict() for e in self.entities],
            "times": [t.to_dict() for t in self.times],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
            "flags": [f.to_dict() for f in a.flags] + [f.to_dict() for f in self.flags],
        }


def json_line(obj: dict[str, Any]) -> str:
    """One JSON line, UTF-8 where it can be encoded, with escapes for anything that cannot."""
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj, ensure_ascii=True)
    return line + "\n"


def extraction_line(ex: Extraction) -> str:
    """The `extract` output line of one Extraction (a pipeline ``encode``: made in the worker)."""
    return json_line(ex.to_dict())
