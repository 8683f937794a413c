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

A record whose participants are all of other countries than the story's own (those in at
least ``MAIN_SHARE`` of its records: "the June Israel-Iran ceasefire" in a Thai-Cambodian
story), dated by its text before every article that reports it, and told back (in passing,
in the past perfect, under a background heading, or by a definite noun: "the ... ceasefire")
is the story's background too, however near its start. A third country that acts in the
story (a mediator) is kept: dated inside the story's coverage, it is background only when
every report recounts it; a story without countries of its own is left alone.

A background paragraph tells a sequence: "The fighting started in early March, when Redland
shelled the port ... Its navy sank two ships on March 10, and a truce was signed a week
later." Once a paragraph has recounted one event that is the story's background
by its date (``paragraph_anchors``: such a report earlier in the paragraph), the events it
goes on to tell with dates of their own more than ``RECOUNTED_DAYS`` before the story's first
report are background as well, however plainly told (``told_on``): a record every report of
which is so told, or is background in its article, is the story's background.

The coverage of a story can begin weeks after the occurrence it grew out of: a border clash
that killed a soldier, reported again by the story's articles when the dispute turns into a
crisis a month later. A record between the story's own countries only (every participant
country among them) that at least ``ORIGIN_ARTICLES`` of its articles report is that
occurrence (``story_origin``), not background by its date alone, however long before the
first report it lies: context is told once or twice in passing, the story's own beginning
again and again. An event of other parties told back stays background
(``foreign_background``), as does one told in a background paragraph by every report
(``paragraph_background``) or older than the extraction's margin (its mentions are
background in their articles).

The story's first report is read when the record is written; records are written in
publication order, so a story that later gains an earlier article does not rewrite the
records already stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
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
MAIN_SHARE = 0.25  # a country in this share of a story's records is one of its own (tuning
# story set: Lebanon and Israel in 46-56% of theirs, the US mediator in 11%)
MAIN_MIN_RECORDS = 5  # ... read on a story of at least this many records
ORIGIN_ARTICLES = 3  # a record of the story's own sides that this many of its articles report
# is the occurrence the story grew out of, not its background (``story_origin``)
DEFINITE_RE = re.compile(r"\bthe\s+(?:[\w'-]+,?\s+){0,3}$", re.I)  # 'the June Israel-Iran '


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


def story_countries(conn: Connection, stories: set[str],
                    fresh: list[tuple[str | None, frozenset[str]]] | None = None,
                    ) -> dict[str, frozenset[str]]:
    """The countries of each story's own: those among the participants of at least
    ``MAIN_SHARE`` of its records (stored ones, and ``fresh``: records not stored yet, as
    (story, participant countries) pairs); none for a story of fewer than
    ``MAIN_MIN_RECORDS``."""
    wanted = sorted(x for x in stories if x)
    if not wanted:
        return {}
    ev, ea = ft.events.c, ft.event_actors.c
    totals: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = {x: Counter() for x in wanted}
    for story, n in conn.execute(select(ev.story_id, func.count()).where(
            ev.story_id.in_(wanted)).group_by(ev.story_id)):
        totals[story] += n
    for story, country, n in conn.execute(
            select(ev.story_id, ea.country, func.count(func.distinct(ea.event_id)))
            .join(ft.events, ft.events.c.id == ea.event_id)
            .where(ev.story_id.in_(wanted), ea.country.is_not(None))
            .group_by(ev.story_id, ea.country)):
        counts[story][str(country).upper()] += n
    for story, countries in fresh or []:
        if story in counts:
            totals[story] += 1
            counts[story].update(countries)
    return {x: frozenset(c for c, n in counts[x].items() if n >= MAIN_SHARE * totals[x])
            if totals[x] >= MAIN_MIN_RECORDS else frozenset() for x in wanted}


def record_countries(data: dict[str, Any]) -> frozenset[str]:
    """The countries of a record's participants."""
    return frozenset(str(p["country"]).upper() for p in data.get("participants") or []
                     if isinstance(p, dict) and p.get("country"))


def mention_countries(mentions: list[dict[str, Any]]) -> frozenset[str]:
    """The countries of the participants of an event's mentions (extracted data)."""
    return frozenset(str(p["actor"]["country"]).upper() for m in mentions
                     for p in list(m.get("source") or []) + list(m.get("target") or [])
                     if isinstance(p, dict) and isinstance(p.get("actor"), dict)
                     and p["actor"].get("country"))


def definite(mention: dict[str, Any]) -> bool:
    """True when a mention's trigger is a noun after 'the' ('the June Israel-Iran ceasefire'):
    an event the reader is taken to know."""
    info = (mention.get("attributes") or {}).get("trigger_info") or {}
    trigger, sentence = mention.get("trigger") or {}, mention.get("sentence") or {}
    if not str(info.get("tag") or "").startswith("NN") or "start" not in trigger:
        return False
    before = str(sentence.get("text") or "")[:max(0, int(trigger["start"]) -
                                                   int(sentence.get("start") or 0))]
    return bool(DEFINITE_RE.search(before[-60:]))


def foreign_background(data: dict[str, Any], first: dt.date | None, own: frozenset[str],
                       mentions: list[dict[str, Any]], published: list[dt.date]) -> bool:
    """True when an asserted record's participants share no country with its story's own
    (``own``), its own date ends before every article that reports it (``published``), and
    every report tells it back: in passing or in the past perfect, or, when it ends before
    the story's first report, by a definite noun. A third country dated inside the story's
    coverage and reported as news (a mediator's visit) is not background."""
    if not own or first is None or not mentions or not published or \
            data.get("modality") != "asserted" or data.get("date_from") != "text":
        return False
    countries = record_countries(data)
    end = _day((data.get("date_range") or [None, None])[1])
    if not countries or countries & own or end is None or end >= min(published):
        return False
    if end >= first:
        return all(map(in_passing, mentions))
    return all(in_passing(m) or definite(m) for m in mentions)


def paragraph_anchors(extraction: dict[str, Any]) -> list[tuple[int, int, int, int, str, bool, str]]:
    """What ``told_on`` reads of an article's events, computed once per article: for each
    event dated by its text, (paragraph start, paragraph end, sentence start, trigger start,
    last day of its date, told in passing, modality)."""
    paragraphs = [(int(b["start"]), int(b["end"])) for b in extraction.get("blocks") or []
                  if b.get("kind") == "paragraph"]
    out = []
    for e in extraction.get("events") or []:
        date = e.get("date") or {}
        rng = date.get("range") or [None, None]
        sent, trigger = e.get("sentence") or {}, e.get("trigger") or {}
        if date.get("from") != "text" or not rng[1] or "start" not in sent:
            continue
        at = int(sent["start"])
        para = next(((lo, hi) for lo, hi in paragraphs if lo <= at < hi), None)
        if para:
            out.append((para[0], para[1], at, int(trigger.get("start", -1)), str(rng[1])[:10],
                        in_passing(e), str(e.get("modality") or "asserted")))
    return out


def told_on(mention: dict[str, Any], anchors: list[tuple[int, int, int, int, str, bool, str]],
            first: dt.date) -> bool:
    """True when a mention's paragraph has, earlier than its own sentence or in it, a report
    of another event that is the story's background by its date (``anchors``:
    ``paragraph_anchors`` of its article): more than ``STORY_BACKGROUND_DAYS`` before the
    story's first report, or more than ``RECOUNTED_DAYS`` before it and told in passing, or
    background in its article."""
    sent, trigger = mention.get("sentence") or {}, mention.get("trigger") or {}
    if "start" not in sent:
        return False
    at, own = int(sent["start"]), int(trigger.get("start", -1))
    for lo, hi, sent_at, trigger_at, end, passing, modality in anchors:
        if not lo <= at < hi or sent_at > at or trigger_at == own:
            continue
        day = _day(end)
        days = (first - day).days if day else 0
        if modality == BACKGROUND or days > STORY_BACKGROUND_DAYS or \
                (days > RECOUNTED_DAYS and passing and modality == "asserted"):
            return True
    return False


def paragraph_background(data: dict[str, Any], first: dt.date | None,
                         mentions: list[dict[str, Any]],
                         anchors: list[list[tuple[int, int, int, int, str, bool, str]]]) -> bool:
    """True when an asserted record dated by its text more than ``RECOUNTED_DAYS`` before its
    story's first report is told by every report in a background paragraph (``told_on``;
    ``anchors``: each mention's article's ``paragraph_anchors``) or as background."""
    if first is None or not mentions or len(anchors) != len(mentions) or \
            data.get("modality") != "asserted" or data.get("date_from") != "text":
        return False
    end = _day((data.get("date_range") or [None, None])[1])
    if end is None or (first - end).days <= RECOUNTED_DAYS:
        return False
    return all(m.get("modality") == BACKGROUND or told_on(m, a, first)
               for m, a in zip(mentions, anchors, strict=True))


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


def story_origin(data: dict[str, Any], own: frozenset[str]) -> bool:
    """True when an asserted record's participants are all of the story's own countries
    (``own``) and at least ``ORIGIN_ARTICLES`` articles report it: the occurrence the story's
    coverage keeps returning to ("since the May clash that killed a soldier"), which is the
    story's own first event however long before its first report it lies."""
    if not own or data.get("modality") != "asserted":
        return False
    countries = record_countries(data)
    articles = {str(a) for a in data.get("articles") or []}
    return bool(countries) and countries <= own and len(articles) >= ORIGIN_ARTICLES


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
                          mentions: list[dict[str, Any]] | None = None,
                          own: frozenset[str] = frozenset(),
                          published: list[dt.date] | None = None,
                          anchors: list[list[tuple[int, int, int, int, str, bool, str]]]
                          | None = None) -> None:
    """Give a record told as context of its story the ``background`` modality (``own``: the
    story's own countries, ``published``: the days of the articles that report it,
    ``anchors``: each mention's article's ``paragraph_anchors``)."""
    old = before_story(data, first, mentions) and not story_origin(data, own)
    if old or foreign_background(data, first, own, mentions or [], published or []) or \
            paragraph_background(data, first, mentions or [], anchors or []):
        data["modality"] = BACKGROUND
        attributes = data.setdefault("attributes", {})
        attributes["modality_from"] = "story"
        attributes["story_first_report"] = first.isoformat() if first else None
