"""Cross-article event fusion: one record per real-world occurrence.

Conservative by design. A mention joins an existing event only when type,
mode and participants agree and the dates say it is the same occurrence:
both precise and overlapping, or (inside one article) not contradicting each
other. Mentions from different articles without date evidence stay apart and
get a "possibly the same as" link with a score — unless they share
distinctive content (the same commitment with the same duration, the same
counts), in which case they merge and any date disagreement is flagged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from eventwire.fuse import index
from eventwire.fuse.build import build_event
from eventwire.fuse.dates import date_range, is_precise, overlap
from eventwire.fuse.mentions import PLANNED, Mention, coverage, identity_score, make_mention
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s

STRONG_IDENTITY = 2  # shared distinctive attributes that identify one occurrence
POSSIBLY_SAME_MIN = 0.5
MAX_POSSIBLY_SAME = 5
OUTLIER_DAYS = 365
RECENT_RE = re.compile(r"\b(recent|recently|latest|just|this week|yesterday)\b", re.I)


@dataclass
class Fusion:
    """Events of the relevant types held in memory during one update."""

    groups: dict[str, list[Mention]] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    by_key: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (type, key) -> ids

    def add(self, eid: str, m: Mention) -> None:
        """Put a mention into an event and index the event by the mention's participants."""
        self.groups.setdefault(eid, []).append(m)
        self.types[eid] = m.type
        for keys in m.keys:
            for k in keys:
                self.by_key.setdefault((m.type, k), set()).add(eid)

    def candidates(self, m: Mention) -> list[str]:
        """Events of the mention's type sharing at least one participant key with it."""
        out: set[str] = set()
        for keys in m.keys:
            for k in keys:
                out |= self.by_key.get((m.type, k), set())
        return sorted(out, key=lambda e: int(e[1:]))
    next_seq: int = 1
    new: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)


def modality_group(m: Mention) -> str:
    """asserted, negated or planned (planned and hypothetical together)."""
    return "planned" if m.modality in PLANNED else m.modality


def modes_compatible(a: Mention, b: Mention) -> bool:
    """Same mode, or one of them has none."""
    return not a.mode or not b.mode or a.mode == b.mode


def pair_verdict(m: Mention, o: Mention) -> str:
    """'merge', 'maybe' or 'no' for two mentions of the same type."""
    if not modes_compatible(m, o) or coverage(m.keys, o.keys) < 1.0:
        return "no"
    same_article = m.root == o.root
    dates = overlap(m.date, o.date)
    identity = identity_score(m, o)
    if modality_group(m) != modality_group(o):
        precise = is_precise(m.date) and is_precise(o.date)
        if "negated" in (m.modality, o.modality):
            return "no"
        return "merge" if precise and dates else ("maybe" if dates is not False else "no")
    if dates is True and (same_article or (is_precise(m.date) and is_precise(o.date))):
        return "merge"
    if identity >= STRONG_IDENTITY:
        return "merge"
    if dates is False:
        return "no"
    if same_article and dates is None:
        return "merge"
    return "maybe"


def event_verdict(m: Mention, group: list[Mention]) -> tuple[str, float]:
    """Whether a mention merges into an event, with a score for 'possibly the same'."""
    verdicts = [pair_verdict(m, o) for o in group]
    if "no" in verdicts and not any(identity_score(m, o) >= STRONG_IDENTITY for o in group):
        return "no", 0.0
    if "merge" in verdicts:
        return "merge", 1.0
    return "maybe", similarity(m, group)


def similarity(m: Mention, group: list[Mention]) -> float:
    """A 0..1 score of how likely a mention and an event are the same occurrence."""
    best = 0.0
    for o in group:
        score = 0.4 * min(coverage(m.keys, o.keys), coverage(o.keys, m.keys))
        dates = overlap(m.date, o.date)
        score += 0.3 if dates else (0.15 if dates is None else 0.0)
        score += 0.1 * min(identity_score(m, o), 2)
        score += 0.1 if m.story and m.story == o.story else 0.0
        best = max(best, score)
    return round(best, 3)


def load_groups(conn: Connection, types: set[str]) -> Fusion:
    """Existing events of the given types with their mentions."""
    fusion = Fusion()
    fusion.next_seq = (conn.execute(select(func.max(ft.events.c.seq))).scalar() or 0) + 1
    if not types:
        return fusion
    q = (select(ft.event_mentions.c.event_id, s.mentions.c.id, s.mentions.c.data,
                s.articles.c.id.label("article_id"), s.articles.c.duplicate_of,
                s.articles.c.published, ft.story_articles.c.story_id)
         .join(s.mentions, s.mentions.c.id == ft.event_mentions.c.mention_id)
         .join(s.articles, s.articles.c.id == s.mentions.c.article_id)
         .join(ft.story_articles, ft.story_articles.c.article_id == s.articles.c.id, isouter=True)
         .where(s.mentions.c.type.in_(types))
         .order_by(s.articles.c.seq, s.mentions.c.idx))
    for r in conn.execute(q):
        art = {"id": r.article_id, "duplicate_of": r.duplicate_of, "published": r.published}
        fusion.add(r.event_id, make_mention(r.id, art, r.data, r.story_id))
    return fusion


def new_mentions(conn: Connection, article_ids: list[str]) -> list[Mention]:
    """The mentions of newly added articles, in ingest order."""
    if not article_ids:
        return []
    q = (select(s.mentions.c.id, s.mentions.c.data, s.articles.c.id.label("article_id"),
                s.articles.c.duplicate_of, s.articles.c.published, ft.story_articles.c.story_id)
         .join(s.articles, s.articles.c.id == s.mentions.c.article_id)
         .join(ft.story_articles, ft.story_articles.c.article_id == s.articles.c.id, isouter=True)
         .where(s.mentions.c.article_id.in_(article_ids))
         .where(s.mentions.c.id.not_in(select(ft.event_mentions.c.mention_id)))
         .order_by(s.articles.c.seq, s.mentions.c.idx))
    return [make_mention(r.id, {"id": r.article_id, "duplicate_of": r.duplicate_of,
                                "published": r.published}, r.data, r.story_id)
            for r in conn.execute(q)]


def place(fusion: Fusion, m: Mention) -> str:
    """Put a mention into the best matching event or a new one; return the event id."""
    best, best_rank = None, -1
    for eid in fusion.candidates(m):
        group = fusion.groups[eid]
        verdict, _ = event_verdict(m, group)
        if verdict != "merge":
            continue
        rank = sum(1 for o in group if o.root == m.root) * 10 + len(group)
        if rank > best_rank:
            best, best_rank = eid, rank
    if best is None:
        best = f"e{fusion.next_seq}"
        fusion.next_seq += 1
        fusion.new.append(best)
    fusion.add(best, m)
    fusion.touched.add(best)
    return best


def possibly_same(fusion: Fusion, eid: str) -> list[dict[str, Any]]:
    """Other events that may be the same occurrence, best first."""
    group = fusion.groups[eid]
    out = []
    others = {o for m in group for o in fusion.candidates(m)}
    for other in sorted(others, key=lambda e: int(e[1:])):
        og = fusion.groups[other]
        if other == eid:
            continue
        verdicts = [event_verdict(m, og)[0] for m in group]
        if "no" in verdicts:
            continue
        score = max(similarity(m, og) for m in group)
        if score >= POSSIBLY_SAME_MIN:
            out.append({"event": other, "score": score})
    out.sort(key=lambda d: (-d["score"], d["event"]))
    return out[:MAX_POSSIBLY_SAME]


def known_range(group: list[Mention]) -> tuple[str, str] | None:
    """First and last day an event's mentions date it to (publication fallbacks included)."""
    ranges = [date_range(m.date or m.fallback_date) for m in group]
    ranges = [r for r in ranges if r]
    if not ranges:
        return None
    return min(r[0] for r in ranges).isoformat(), max(r[1] for r in ranges).isoformat()


def date_outlier(fusion: Fusion, eid: str) -> dict[str, Any] | None:
    """A flag when an event the text calls recent is dated long before every other dated
    event of its type between the same participants."""
    group = fusion.groups[eid]
    own = [m for m in group if date_range(m.date)]
    recent = any(RECENT_RE.search((m.data.get("sentence") or {}).get("text") or "")
                 for m in group)
    if not own or not recent:
        return None
    latest_own = max(date_range(m.date)[1] for m in own)
    others = []
    for other in fusion.candidates(group[0]):
        og = fusion.groups[other]
        if other == eid or not any(coverage(m.keys, o.keys) == 1.0 for m in group for o in og):
            continue
        rng = known_range(og)
        if rng:
            others.append((other, rng))
    if not others:
        return None
    earliest = min(dt.date.fromisoformat(r[0]) for _, r in others)
    if (earliest - latest_own).days <= OUTLIER_DAYS:
        return None
    values = [{"value": m.date, "articles": [m.article],
               "spans": [{"article": m.article, **((m.data.get("date") or {}).get("span") or {})}]}
              for m in own]
    values += [{"value": f"{r[0]}..{r[1]}", "articles": [], "events": [o], "spans": []}
               for o, r in others]
    return {"kind": "date_outlier",
            "message": f"a recent event dated {', '.join(sorted({m.date for m in own}))}, more "
                       f"than a year before every other dated {fusion.types[eid]} between the "
                       f"same participants (from {earliest.isoformat()})", "values": values}


def majority_story(group: list[Mention]) -> str | None:
    """The story most of an event's mentions come from."""
    stories = Counter(m.story for m in group if m.story)
    return stories.most_common(1)[0][0] if stories else None


def write_event(conn: Connection, fusion: Fusion, eid: str, now: str, exists: bool) -> str | None:
    """Build and store (insert or update) one fused event; return its story."""
    group = fusion.groups[eid]
    story = majority_story(group)
    data = build_event(conn, eid, group, story)
    data["possibly_same"] = possibly_same(fusion, eid)
    outlier = date_outlier(fusion, eid)
    if outlier:
        data["flags"].append(outlier)
    rng = data.get("date_range") or [None, None]
    row = {"story_id": story, "type": data["type"], "mode": data["mode"],
           "modality": data["modality"], "date": data["date"], "date_min": rng[0],
           "date_max": rng[1], "data": data, "n_sources": data["n_sources"], "updated_at": now}
    if exists:
        conn.execute(update(ft.events).where(ft.events.c.id == eid).values(**row))
    else:
        conn.execute(insert(ft.events).values(id=eid, seq=int(eid[1:]), **row))
    index.sync_event(conn, data, int(eid[1:]), rng[0])
    return story


def fuse_mentions(conn: Connection, article_ids: list[str], now: str) -> dict[str, Any]:
    """Merge the new articles' mentions into events; return new/updated ids and stories."""
    index.ensure(conn)
    mentions = new_mentions(conn, article_ids)
    fusion = load_groups(conn, {m.type for m in mentions})
    existing = set(fusion.groups)
    links = [(m.id, place(fusion, m)) for m in mentions]
    related: set[str] = set()
    for eid in fusion.touched:
        related.update(o for m in fusion.groups[eid] for o in fusion.candidates(m))
    stories: set[str] = set()
    for eid in sorted(fusion.new, key=lambda e: int(e[1:])):
        stories.add(write_event(conn, fusion, eid, now, exists=False) or "")
    for eid in sorted((fusion.touched | related) & existing):
        old = conn.execute(select(ft.events.c.story_id).where(ft.events.c.id == eid)).scalar()
        stories.update({old or "", write_event(conn, fusion, eid, now, exists=True) or ""})
    if links:
        conn.execute(insert(ft.event_mentions),
                     [{"mention_id": mid, "event_id": eid} for mid, eid in links])
    return {"new": list(fusion.new), "updated": sorted((fusion.touched | related) & existing),
            "stories": stories - {""}}


def clear(conn: Connection) -> None:
    """Remove every fused event, its mention links and its index rows."""
    conn.execute(delete(ft.event_actors))
    conn.execute(delete(ft.event_text))
    conn.execute(delete(ft.event_mentions))
    conn.execute(delete(ft.events))
