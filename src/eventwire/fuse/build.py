"""The fused event record: best date with evidence, participants, mentions, claims, flags."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import Connection, select

from eventwire.fuse.background import paragraph_anchors
from eventwire.fuse.conflicts import disputed, event_conflicts
from eventwire.fuse.dates import date_range, is_precise, overlap
from eventwire.fuse.describe import describe
from eventwire.fuse.mentions import Mention
from eventwire.fuse.who import lead_attack
from eventwire.store import in_chunks
from eventwire.store import schema as s

DATE_SHAPES = (10, 7)  # YYYY-MM-DD and YYYY-MM are reported as "date"
AGREED_HALT = ("AGREE", "RETREAT", "ceasefire")  # an agreed truce told as a halt is a deal
YIELDED_CAPTURE = ("COERCE", "CONCEDE", "arrest")  # a surrender and the capture it ended in
#   (``events.yield_pair``) are the capture
EVENT_VIEW = ("claims", "entities", "text", "quotes")  # what events read of an extract object
LEAD_KEY = "lead_attack"  # ... and its lead attack, computed once per article
ANCHORS_KEY = "paragraph_anchors"  # ... and its events dated by their text, by paragraph
SIBLINGS_KEY = "sentence_events"  # ... and its events' sentences, types and triggers


def event_view(ex: dict[str, Any]) -> dict[str, Any]:
    """What ``build_event`` reads of an article's extract object (``EVENT_VIEW`` and its lead
    attack, ``who.lead_attack``, and ``background.paragraph_anchors``): about half the memory of the whole object."""
    out = {k: ex[k] for k in EVENT_VIEW if k in ex}
    out[LEAD_KEY] = lead_attack(ex)
    out[ANCHORS_KEY] = paragraph_anchors(ex)
    out[SIBLINGS_KEY] = sentence_events(ex)
    return out


def sentence_events(ex: dict[str, Any]) -> list[tuple[int, str, int, int]]:
    """(sentence start, type, trigger start, trigger end) of each event of an extract object:
    what ``conflicts.sibling_mediators`` reads of the other events of a mention's sentence."""
    out = []
    for e in ex.get("events") or []:
        sent, trig = e.get("sentence") or {}, e.get("trigger") or {}
        if sent.get("start") is not None and trig.get("start") is not None:
            out.append((int(sent["start"]), str(e.get("type") or ""), int(trig["start"]),
                        int(trig.get("end", trig["start"]))))
    return out


def extraction_of(conn: Connection, article_id: str, cache: dict[str, Any]) -> dict[str, Any]:
    """What ``build_event`` reads of an article's stored extract object (``event_view``,
    cached in ``cache``)."""
    if article_id not in cache:
        cache[article_id] = event_view(conn.execute(
            select(s.articles.c.extraction).where(s.articles.c.id == article_id)).scalar() or {})
    return cache[article_id]


def extractions(conn: Connection, article_ids: set[str]) -> dict[str, Any]:
    """What ``build_event`` reads of the articles' stored extract objects (``event_view``),
    read in a few queries (a cache for ``build_event``)."""
    cache: dict[str, Any] = {}
    for part in in_chunks(sorted(article_ids)):
        for r in conn.execute(select(s.articles.c.id, s.articles.c.extraction)
                              .where(s.articles.c.id.in_(part))):
            cache[r.id] = event_view(r.extraction or {})
    return cache


def actor_refs(mentions: list[Mention], roles: tuple[str, ...]) -> list[dict[str, Any]]:
    """Distinct ActorRefs of the participants in the given roles (unlinked ones by name).

    An actor's sector is the first one a mention gives: a report naming the state ("Ruritania")
    and one naming its army ("the Ruritanian army") make one participant with the sector MIL,
    and ``sector_from`` tells which span of which article gave it."""
    out: dict[str, dict[str, Any]] = {}
    unlinked: dict[str, dict[str, Any]] = {}
    for m in mentions:
        for role in roles:
            for p in m.data.get(role) or []:
                actor = p.get("actor")
                if actor and actor.get("id"):
                    ref = out.setdefault(str(actor["id"]), dict(actor))
                    if actor.get("sector") and "sector_from" not in ref:
                        ref["sector"] = actor["sector"]
                        ref["sector_from"] = {"article": m.article, "start": p.get("start"),
                                              "end": p.get("end"), "text": p.get("text")}
                elif p.get("text"):
                    key = p["text"].split()[-1].lower()
                    unlinked.setdefault(key, {"id": None, "name": p["text"]})
    linked_names = {a.get("name", "").split()[-1].lower() for a in out.values() if a.get("name")}
    return list(out.values()) + [a for k, a in unlinked.items() if k not in linked_names]


def date_evidence(mentions: list[Mention]) -> list[dict[str, Any]]:
    """Every date a mention gives for the event, with its span."""
    out = []
    for m in mentions:
        if m.when and not m.when["from"].startswith("tense"):
            span = m.when.get("span") or {}
            lo, hi = m.when["range"]
            value = m.date if m.date and date_range(m.date) == (
                dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)) else (
                lo if lo == hi else f"{lo}..{hi}")
            out.append({"article": span.get("article") or m.article,
                        "start": span.get("start"), "end": span.get("end"),
                        "text": span.get("text"), "value": value, "root": m.root,
                        "from": m.when["from"]})
    return out


def best_date(evidence: list[dict[str, Any]]) -> tuple[str | None, list[str] | None]:
    """The best-supported date value and its day range.

    Values are grouped by compatibility; the group backed by the most
    independent sources wins (ties: the one with precise dates), and its most
    precise value is the date.
    """
    if not evidence:
        return None, None
    values = [e["value"] for e in evidence if date_range(e["value"])]
    if not values:
        return None, None

    def support(v: str) -> tuple[int, int, int]:
        roots = {e["root"] for e in evidence if overlap(e["value"], v)}
        width = (date_range(v)[1] - date_range(v)[0]).days
        return len(roots), int(is_precise(v)), -width

    value = max(values, key=support)
    lo, hi = date_range(value)
    # a day or a month as ISO text: a week or a weekend inside one month ("2026-W10-WE") shows
    # its month, never its value cut short ("2026-W1")
    shown = lo.isoformat() if lo == hi else (
        lo.isoformat()[:7] if (lo.year, lo.month) == (hi.year, hi.month) else None)
    return shown, [lo.isoformat(), hi.isoformat()]


def mention_entry(m: Mention) -> dict[str, Any]:
    """The event's view of one mention: article, spans, id, its own type and mode."""
    trig = m.data.get("trigger") or {}
    sent = m.data.get("sentence") or {}
    return {"article": m.article, "start": trig.get("start"), "end": trig.get("end"),
            "mention": m.id, "modality": m.modality, "type": m.type, "mode": m.mode,
            "sentence": {k: sent.get(k) for k in ("start", "end", "text")},
            "trigger": {k: trig.get(k) for k in ("start", "end", "text")}}


def event_claims(m: Mention, ex: dict[str, Any]) -> list[dict[str, Any]]:
    """Claims about a mention: its own list and article-level claims pointing at it."""
    idx = int(m.id.rsplit("#", 1)[1])
    raw = list(m.data.get("claims") or [])
    raw += [c for c in ex.get("claims") or [] if c.get("event") == idx and c not in raw]
    out = []
    for c in raw:
        entry = {"kind": c.get("kind"), "value": c.get("value"), "article": m.article,
                 "span": c.get("span")}
        if c.get("speaker"):
            entry["speaker"] = c["speaker"]
        out.append(entry)
    return out


def event_quotes(group: list[Mention], ex_of: dict[str, Any],
                 participants: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotes inside the mentions' sentences or by a participant in the same articles."""
    ids = {a["id"] for a in participants if a.get("id")}
    out, seen = [], set()
    for m in group:
        sent = m.data.get("sentence") or {}
        for q in ex_of[m.article].get("quotes") or []:
            content = q.get("content") or {}
            speaker = q.get("speaker") or {}
            inside = sent and content.get("start", -1) < sent.get("end", -1) and \
                content.get("end", -1) > sent.get("start", -1)
            by_participant = (speaker.get("actor") or {}).get("id") in ids
            key = (m.article, content.get("start"))
            if (inside or by_participant) and key not in seen:
                seen.add(key)
                out.append({"speaker": speaker or None, "content": content.get("text"),
                            "article": m.article, "start": content.get("start"),
                            "end": content.get("end")})
    return out


def merged_attributes(group: list[Mention]) -> dict[str, Any]:
    """Attributes of all mentions (the first value of each key wins)."""
    out: dict[str, Any] = {}
    for m in group:
        for k, v in m.attributes.items():
            out.setdefault(k, v)
    return out


def corroboration(group: list[Mention]) -> dict[str, Any]:
    """How many independent outlets report the event and which (reprints count once)."""
    outlets: dict[str, list[str]] = {}
    for m in group:
        arts = outlets.setdefault(m.outlet or m.root, [])
        if m.root not in arts:
            arts.append(m.root)
    return {"outlets": len(outlets),
            "sources": [{"outlet": o, "articles": a} for o, a in sorted(outlets.items())]}


def record_type(group: list[Mention]) -> str:
    """The record's event type: its first mention's, except that a ceasefire some outlets
    report as agreed (AGREE) and others as a halt (RETREAT in ceasefire mode) is the
    agreement (PLOVER codes an agreed ceasefire between parties as AGREE); a record whose act one
    outlet reports and another denies takes the report's type; and a type more articles report
    than the first mention's is the record's (four outlets telling a hand-over of soldiers are
    not outvoted by one earlier refusal merged with it). A record holding a side's surrender
    (CONCEDE) and the other side's capture of it (COERCE, arrest mode; only
    ``events.yield_pair`` puts the two types in one record) is the capture: the detention is
    what lasts, and the releases and returns that follow are told of it."""
    agree, halt, mode = AGREED_HALT
    types = {m.type for m in group}
    if agree in types and any(m.type == halt and (m.mode or "").endswith(mode) for m in group):
        return agree
    capture, yielding, arrest = YIELDED_CAPTURE
    if yielding in types and any(m.type == capture and (m.mode or "").endswith(arrest)
                                 for m in group):
        return capture
    if group[0].modality == "negated" and disputed(group):  # another outlet's report of it
        return next(m.type for m in group if m.modality == "asserted")
    if len(types) > 1:
        articles: dict[str, set[str]] = {}
        for m in group:
            articles.setdefault(m.type, set()).add(m.article)
        first = len(articles[group[0].type])
        best = max(articles, key=lambda t: len(articles[t]))
        if len(articles[best]) > first:
            return best
    return group[0].type


def build_event(conn: Connection, eid: str, group: list[Mention], story: str | None,
                cache: dict[str, Any] | None = None) -> dict[str, Any]:
    """The full fused-event dict (the shared shape consumed by queries and views);
    ``cache`` holds extract objects by article id (shared between events, read-only)."""
    cache = {} if cache is None else cache
    for m in group:
        extraction_of(conn, m.article, cache)
    evidence = date_evidence(group)
    date, rng = best_date(evidence)
    date_from = "text" if date or rng else None
    if not evidence:
        fallback = sorted({m.fallback_date for m in group if m.fallback_date})
        if fallback:
            lo, hi = date_range(fallback[0]), date_range(fallback[-1])
            rng = [lo[0].isoformat(), hi[1].isoformat()]
            date_from = "publication"
    modality = Counter(m.modality for m in group).most_common(1)[0][0]
    if modality == "negated" and disputed(group):  # a report and another outlet's denial
        modality = "asserted"
    participants = actor_refs(group, ("source", "target"))
    claims = [c for m in group for c in event_claims(m, cache[m.article])]
    articles = list(dict.fromkeys(m.article for m in group))
    location = next((m.data.get("location") for m in group if m.data.get("location")), None)
    kind = record_type(group)
    modes = [m.mode for m in group if m.mode and m.type == kind]  # a mode belongs to its type
    event = {
        "id": eid, "type": kind, "mode": modes[0] if modes else None,
        "date": date, "date_range": rng, "date_from": date_from,
        "date_evidence": [{k: v for k, v in e.items() if k != "root"} for e in evidence],
        "modality": modality, "participants": participants,
        "source": actor_refs(group, ("source",)), "target": actor_refs(group, ("target",)),
        "location": location, "attributes": merged_attributes(group),
        "mentions": [mention_entry(m) for m in group], "articles": articles,
        "n_sources": len({m.root for m in group}),
        "corroboration": corroboration(group),
        "flags": event_conflicts(group, claims,
                                 {a: cache[a].get("entities") or [] for a in articles},
                                 {a: cache[a].get("text") or "" for a in articles},
                                 {a: cache[a].get(LEAD_KEY) for a in articles},
                                 {a: cache[a].get(SIBLINGS_KEY) or [] for a in articles}),
        "claims": claims, "possibly_same": [],
        "story": story, "quotes": event_quotes(group, cache, participants),
        "commitments": {m.id: resolve_commitment(m.attributes["commitment"], cache[m.article], m)
                        for m in group if isinstance(m.attributes.get("commitment"), dict)},
    }
    event["description"] = describe(event, [m.data for m in group])
    return event


def resolve_commitment(c: dict[str, Any], ex: dict[str, Any],
                       m: Mention | None = None) -> dict[str, Any]:
    """The commitment with actor ids of promiser/promisee replaced by the article's ActorRefs;
    a state the article names without a sector ("Ruritania") takes the sector the mention's
    own participant gives it ("both leaders": GOV), with ``sector_from``."""
    refs = {str(e["actor"]["id"]): e["actor"] for e in ex.get("entities") or []
            if (e.get("actor") or {}).get("id")}
    for p in m.participants() if m is not None else ():
        actor = p.get("actor") or {}
        aid = str(actor.get("id") or "")
        if aid in refs and actor.get("sector") and not refs[aid].get("sector") and \
                refs[aid].get("kind") == "state":  # others' sector makes a promise key
            refs[aid] = {**refs[aid], "sector": actor["sector"], "sector_from": {
                "article": m.article, "start": p.get("start"), "end": p.get("end"),
                "text": p.get("text")}}
    out = dict(c)
    for key in ("promiser", "promisee"):
        value = c.get(key)
        if isinstance(value, list):
            out[key] = [refs.get(v, v) if isinstance(v, str) else v for v in value]
    return out
