"""Story background: records of what happened well before a story was first reported.

Extraction marks a mention as background against its own article's publication date
(``extract/background.py``: more than four months back). A story's later articles recount
its own start as well ("the ceasefire brokered in November", three months on), so that
margin cannot be shorter per article. Against the story, it can: a record whose own date,
read from the text, ends more than ``STORY_BACKGROUND_DAYS`` before the story's first
article ("the ceasefire that was announced in June" in a story first reported at the end of
July, "the leader killed in September" in one that starts in late November) tells the
context the story is set in, not one of its events. Such an asserted record is written with
the ``background`` modality, as an old mention is.

The story's first report is read when the record is written; records are written in
publication order, so a story that later gains an earlier article does not rewrite the
records already stored.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, func, select

from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s

BACKGROUND = "background"
RECOUNTED_KEY = "recounted"  # extract/modality.py: why a mention only recounts its event
STORY_BACKGROUND_DAYS = 30  # tuning story set: an event 20 days before the first report is
# the story's (a meeting that opened the talks), one 51 days before it is context
RECOUNTED_DAYS = 7  # ... and one only recounted in passing, more than a week before it
MAIN_DEPS = ("ROOT", "ccomp", "conj", "parataxis")  # a clause that reports the event itself
SUBJECT_DEPS = ("nsubj", "nsubjpass")  # 'clashes erupted', 'talks ended': the clause's event


def story_starts(conn: Connection, stories: set[str]) -> dict[str, dt.date]:
    """The day of the first published article of each of these stories."""
    wanted = sorted(x for x in stories if x)
    if not wanted:
        return {}
    sa = ft.story_articles.c
    rows = conn.execute(select(sa.story_id, func.min(s.articles.c.published))
                        .join(s.articles, s.articles.c.id == sa.article_id)
                        .where(sa.story_id.in_(wanted)).group_by(sa.story_id))
    out: dict[str, dt.date] = {}
    for story, first in rows:
        day = _day(first)
        if day is not None:
            out[story] = day
    return out


def _day(value: Any) -> dt.date | None:
    """The calendar day of an ISO date or timestamp, or None."""
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def in_passing(mention: dict[str, Any]) -> bool:
    """True when a mention only recounts its event beside what its sentence reports: a
    verb in a relative, adverbial or participle clause ('a day after militants killed 26
    people', 'the truce that was announced in June'), a noun that is no clause's subject
    ('since the war in June', 'after the killing of the spokesman'), or an event told in
    the past perfect, before the time the article narrates ('the two countries had agreed
    to a truce on June 24'; extract/modality.py: ``mark_recounted``)."""
    attributes = mention.get("attributes") or {}
    if attributes.get(RECOUNTED_KEY):
        return True  # told in the past perfect, before the narrated time
    info = attributes.get("trigger_info") or {}
    dep = info.get("dep")
    if not dep or dep in MAIN_DEPS:
        return False
    nominal = str(info.get("tag") or "").startswith("NN")
    return not (nominal and dep in SUBJECT_DEPS)


def before_story(data: dict[str, Any], first: dt.date | None,
                 mentions: list[dict[str, Any]] | None = None) -> bool:
    """True when an asserted record's own date, read from its text, ends more than
    ``STORY_BACKGROUND_DAYS`` before its story's first report, or more than
    ``RECOUNTED_DAYS`` before it when every report of it (``mentions``: their extracted
    data) only recounts it in passing."""
    if first is None or data.get("modality") != "asserted" or data.get("date_from") != "text":
        return False
    end = _day((data.get("date_range") or [None, None])[1])
    if end is None:
        return False
    days = (first - end).days
    return days > STORY_BACKGROUND_DAYS or (
        days > RECOUNTED_DAYS and bool(mentions) and all(map(in_passing, mentions or [])))


def mark_story_background(data: dict[str, Any], first: dt.date | None,
                          mentions: list[dict[str, Any]] | None = None) -> None:
    """Give a record told as context of its story the ``background`` modality."""
    if before_story(data, first, mentions):
        data["modality"] = BACKGROUND
        attributes = data.setdefault("attributes", {})
        attributes["modality_from"] = "story"
        attributes["story_first_report"] = first.isoformat() if first else None
