"""Per-article consistency flags: dates against the article's own date, dates of one
event against each other, and tables against their own text.

Flag kinds:
- ``date_after_publication``: an asserted (past) event dated after the article's date.
- ``stale_recent_date``: an event the text calls recent/latest dated more than
  ``STALE_DAYS`` before the article's date.
- ``event_date_inconsistent``: two mentions of one event (same type, mode and
  participants) in the article with dates that cannot be the same day.
- ``table_text_conflict``: a table row whose date contradicts an explicit date the
  prose gives in a sentence about the same thing (most of the row's words).
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.fuse.dates import date_range, overlap
from eventwire.model import EventMention, Extraction, Flag, Span

STALE_DAYS = 365
RECENT_RE = re.compile(r"\b(recent|recently|latest|this week|last week|yesterday|today|"
                       r"upcoming|new)\b", re.I)
MONTHS = ("january february march april may june july august september october november "
          "december").split()
CELL_DATE_RE = re.compile(r"\b(?:(" + "|".join(MONTHS) + r")\s+)?((?:19|20)\d{2})\b", re.I)
WORD_RE = re.compile(r"[A-Za-z]{4,}")
MIN_SHARED_WORDS = 2


def event_span(ev: EventMention) -> Span:
    """The span a flag about an event points at (its date span, else its sentence)."""
    span = (ev.date or {}).get("span")
    if isinstance(span, dict) and "start" in span:
        return Span(span["start"], span["end"], span.get("text", ""))
    if isinstance(span, Span):
        return span
    return ev.sentence


def publication_flags(ex: Extraction) -> list[Flag]:
    """Event dates that contradict the article's own date."""
    pub = ex.article.published_date
    if pub is None:
        return []
    out = []
    for ev in ex.events:
        rng = date_range((ev.date or {}).get("value"))
        if rng is None:
            continue
        value = ev.date["value"]
        if ev.modality == "asserted" and rng[0] > pub:
            out.append(Flag("date_after_publication",
                            f"event dated {value} but the article is dated {pub.isoformat()}",
                            event_span(ev), data={"value": value, "published": pub.isoformat()}))
        elif RECENT_RE.search(ev.sentence.text) and (pub - rng[1]).days > STALE_DAYS:
            out.append(Flag("stale_recent_date",
                            f"a recent event dated {value}, more than a year before the "
                            f"article's date {pub.isoformat()}", event_span(ev),
                            data={"value": value, "published": pub.isoformat()}))
    return out


def participant_ids(ev: EventMention) -> frozenset[str]:
    """Actor ids (else texts) of an event's participants."""
    return frozenset((p.actor.id if p.actor else p.text.lower()) for p in ev.source + ev.target)


def same_event_flags(ex: Extraction) -> list[Flag]:
    """Mentions of one event in the article whose dates disagree."""
    out = []
    for i, a in enumerate(ex.events):
        for b in ex.events[i + 1:]:
            if (a.type, a.mode, a.modality) != (b.type, b.mode, b.modality) or \
                    not participant_ids(a) or participant_ids(a) != participant_ids(b):
                continue
            va, vb = (a.date or {}).get("value"), (b.date or {}).get("value")
            if overlap(va, vb) is False:
                out.append(Flag("event_date_inconsistent",
                                f"the article dates the same {a.type} event {va} and {vb}",
                                event_span(b), spans=[event_span(a)],
                                data={"values": [va, vb]}))
    return out


def cell_date(cell: str) -> str | None:
    """A TIMEX value (YYYY or YYYY-MM) for a table cell holding a month and year."""
    m = CELL_DATE_RE.search(cell)
    if not m:
        return None
    if m.group(1):
        return f"{m.group(2)}-{MONTHS.index(m.group(1).lower()) + 1:02d}"
    return m.group(2)


def words(text: str) -> set[str]:
    """Lower-case content words."""
    return {w.lower() for w in WORD_RE.findall(text)}


def text_dates(ex: Extraction, tables: list[tuple[int, int]]) -> list[tuple[str, Span, str]]:
    """(value, span, sentence text) of explicit absolute dates written in the prose."""
    out = []
    for t in ex.times:
        if t.type == "DATE" and date_range(t.value) and not t.anchored and \
                not any(s <= t.start < e for s, e in tables):
            out.append((t.value, Span(t.start, t.end, t.text), sentence_at(ex.article.text,
                                                                            t.start)))
    return out


def sentence_at(text: str, pos: int) -> str:
    """The sentence-ish stretch of text around a position."""
    lo = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi_candidates = [i for i in (text.find(".", pos), text.find("\n", pos)) if i >= 0]
    return text[lo: min(hi_candidates) if hi_candidates else len(text)]


def table_flags(ex: Extraction) -> list[Flag]:
    """Table rows whose date contradicts the text's date for the same thing."""
    text = ex.article.text
    tables = [(b.start, b.end) for b in ex.article.blocks if b.kind == "table"]
    prose = text_dates(ex, tables)
    out = []
    for b in ex.article.blocks:
        if b.kind != "table" or not b.rows:
            continue
        for row in b.rows[1:]:
            dated = [(c, cell_date(c)) for c in row if cell_date(c)]
            if not dated:
                continue
            cell, value = dated[0]
            label = words(" ".join(c for c in row if c != cell))
            for tv, span, sent in prose:
                shared = label & words(sent)
                if len(shared) >= max(MIN_SHARED_WORDS, len(label) / 2) and \
                        overlap(value, tv) is False:
                    pos = text.find(cell, b.start, b.end)
                    cell_span = Span.of(text, pos, pos + len(cell)) if pos >= 0 else \
                        Span.of(text, b.start, b.end)
                    out.append(Flag("table_text_conflict",
                                    f"the table dates '{' | '.join(row)}' {value} but the text "
                                    f"says {tv}", cell_span, spans=[span],
                                    data={"table": value, "text": tv}))
                    break
    return out


def flags_component(ex: Extraction, ctx: Any) -> None:
    """Add the article's consistency flags to ``ex.flags``."""
    ex.flags.extend(publication_flags(ex) + same_event_flags(ex) + table_flags(ex))
