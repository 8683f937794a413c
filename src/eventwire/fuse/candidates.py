"""Candidate retrieval for event fusion: which stored events a new mention is compared with.

A stored event is a candidate of a mention when it has a mention of a compatible
type that shares an index key with it (a participant key, a participant's
country, the story) and that is near it in time: one of the two mentions' days
(its own date range when at most ``MAX_RANGE_DAYS`` wide, or a "since <date>" range at most
``SINCE_RANGE_DAYS`` wide, and its publication day, else the day its article was stored) lies within ``NEAR_DAYS`` of one of the other's. Mentions from the same
article (or its reprints) are always candidates of each other; so are mentions
that share a distinctive attribute (a count, a duration), at any distance in time
but only the ``IDENTITY_NEAREST`` nearest in time on each side per attribute and
type (a common count repeats across a long record; its nearest occurrences are
the ones a report can retell). However dense the coverage, a mention is compared
with at most ``MAX_CANDIDATES`` events, the closest first (same article, shared
attribute, same story, days apart, newest), and a key lookup loads at most
``LOADED_CANDIDATES`` events (in the mention's story first, then by time bucket,
then the newest), so the cost of an update does not grow with the number of
events near its articles in time.

``fuse_keys`` holds one row per (key, type, time bucket) of every fused
mention (distinctive attributes under negative buckets, ``identity_bucket``, so
the nearest ones are read in time order from the index), so the candidates of a new mention are read with indexed lookups
whose cost depends on how many events share its keys near its days, not on
the size of the record. ``mention_names`` counts the capitalised names and the
content words of the fused mentions' sentences per type (the corpus statistics
behind ``coref.vocabulary``: common names and word IDF).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Text,
    bindparam,
    cast,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.schema import CreateTable

from eventwire.fuse import coref
from eventwire.fuse.dates import duration_days
from eventwire.fuse.mentions import (
    Mention,
    commitment,
    countries,
    counts,
    make_mention,
    value_of,
)
from eventwire.store import driver_rows, in_chunks, insert_rows
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s
from eventwire.store.jsontext import loads as json_loads

NEAR_DAYS = 7  # mentions whose days are at most this far apart can be compared
MAX_RANGE_DAYS = 31  # a wider own date range does not place a mention in time
SINCE_RANGE_DAYS = 92  # a "since <date>" range up to this wide places a mention over it all
SINCE_FROM = "tense:since-date"  # how ``dates.mention_range`` derives a "since <date>" range
BUCKET_DAYS = 8  # width of the time buckets of the key index
IDENTITY_BUCKET = -1  # bucket of distinctive-attribute keys in stores indexed before time placing
IDENTITY_NEAREST = 50  # distinctive-attribute rows read per key, type and side in time
INDEX_VERSION = "5"  # 2: distinctive-attribute rows placed in time (``identity_bucket``);
# 3: each row holds its mention's event (``fuse_keys.event_id``); 4: SQLite keeps the rows in
# their primary key's b-tree (``WITHOUT ROWID``), no separate index of rows with their events;
# 5: a mention dated by a "since <date>" range is placed over it (``since_placed``)
SINCE_WORD = "%since%"  # every "since" derivation reads this word in the mention's data
COUNT_KEY = ""  # the mention_names row holding the number of mentions of a type
WORD_PREFIX = "w:"  # mention_names rows of content words (the others are names)
INDEX_META_KEY = "candidate_index"
EVENTS_INDEX = "ix_fuse_keys_events"  # key rows with their events (version 3 only)
KEY_CHARS = 200  # stored keys and names are cut to the column width
MAX_CANDIDATES = 50  # candidate events compared per mention, the closest (``Fusion.closeness``)
LOADED_CANDIDATES = 2 * MAX_CANDIDATES  # events loaded per key lookup, the closest by time bucket
GROUP_CHUNK = 50  # stored events read at once (all their mentions in memory while read)
MAX_LOADED = 1000  # stored events loaded per update in all, the closest (``nearest``)
FAR_GAP = 10**6  # the gap in days to a mention without days
EARLIEST_ROWS = 200  # key rows read for a date-outlier check
COMPARED_ATTRIBUTES = ("counts", "duration", "commitment")  # what identity_score reads
UNPLACED = frozenset({"start", "end", "evidence"})  # where a value sits, not what it says
INGESTED = "ingested_at"  # Mention.memo key of the article's ingest time
NO_ROWS: dict[str, int] = {}  # ``key_events`` of a cell without rows (never written)
STORY_PREFIX = "story:"  # index key of a story (participant keys are "id:", "name:", "c:")
Interval = tuple[int, int]
Lookup = tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...], tuple[int, ...], str]
Rank = tuple[int, int, int, int]  # (same article / attribute / key lookup, story, buckets, -seq)
KEY_ROWS = (  # (type, bucket, event id, its sequence number) of the key rows of one key, some
    # types and buckets
    select(ft.fuse_keys.c.type, ft.fuse_keys.c.bucket, ft.fuse_keys.c.event_id,
           cast(func.substr(ft.fuse_keys.c.event_id, 2), Integer))
    .where(ft.fuse_keys.c.key == bindparam("key"),
           ft.fuse_keys.c.type.in_(bindparam("kinds", expanding=True)),
           ft.fuse_keys.c.bucket.in_(bindparam("buckets", expanding=True))))


def day_number(value: str | None) -> int | None:
    """The ordinal of a YYYY-MM-DD... day (None when it is not one)."""
    try:
        return dt.date.fromisoformat(str(value)[:10]).toordinal() if value else None
    except ValueError:
        return None


def intervals(m: Mention) -> list[Interval]:
    """The days that place a mention in time: its own narrow range and its publication day
    (computed once per mention)."""
    if "days" not in m.memo:
        m.memo["days"] = mention_days(m)
    return m.memo["days"]


def mention_days(m: Mention) -> list[Interval]:
    """The day intervals of ``intervals``."""
    out = []
    if m.range:
        lo, hi = day_number(m.range[0]), day_number(m.range[1])
        if lo is not None and hi is not None and (hi - lo <= MAX_RANGE_DAYS or
                                                  since_placed(m, hi - lo)):
            out.append((lo, hi))
    pub = day_number(m.published) or day_number(m.memo.get(INGESTED))
    if pub is not None:
        out.append((pub, pub))
    return out


def since_placed(m: Mention, width: int) -> bool:
    """Whether a mention dated by a "since <date>" range (``dates.mention_range``: "has
    halted imports since May", "since then", after a dated event) is placed in time over the
    whole range though it is wider than ``MAX_RANGE_DAYS``: the act it tells happened at some
    day of it, often the day another outlet reported weeks before, so that report must be a
    candidate of it (and it of that report, whichever arrives first). A range wider than
    ``SINCE_RANGE_DAYS`` ("since 2019") places nothing: it tells a standing state."""
    return m.when_from == SINCE_FROM and width <= SINCE_RANGE_DAYS


def comparison_key(m: Mention) -> tuple[Any, ...]:
    """What a link score reads of a mention besides its article: two mentions with the same
    key score alike against any other (repeated reports of one sentence; computed once)."""
    if "comparison" not in m.memo:
        d = m.data
        m.memo["comparison"] = (
            m.type, m.mode, m.modality, tuple(m.range or ()), (m.when or {}).get("from"),
            tuple(intervals(m)), m.sentence, (d.get("trigger") or {}).get("text"),
            json.dumps(unplaced([d.get("source"), d.get("target"), d.get("location"),
                                 {k: m.attributes.get(k) for k in COMPARED_ATTRIBUTES}]),
                       sort_keys=True, default=str))
    return m.memo["comparison"]


def unplaced(value: Any) -> Any:
    """A JSON value without its offsets and evidence notes (what differs between two
    articles repeating one sentence)."""
    if isinstance(value, dict):
        return {k: unplaced(v) for k, v in value.items() if k not in UNPLACED}
    if isinstance(value, list):
        return [unplaced(v) for v in value]
    return value


def with_ingest_day(m: Mention, ingested_at: str | None) -> Mention:
    """Note the day the mention's article was stored (its time when it has no other)."""
    m.memo[INGESTED] = ingested_at
    m.memo.pop("days", None)
    return m


def near(a: Iterable[Interval], b: Iterable[Interval]) -> bool:
    """Whether some day of one list lies within NEAR_DAYS of some day of the other."""
    b = list(b)
    return any(lo - NEAR_DAYS <= bhi and blo <= hi + NEAR_DAYS for lo, hi in a for blo, bhi in b)


def gap(a: Iterable[Interval], b: Iterable[Interval]) -> int:
    """Days between the closest days of two lists (0 when they overlap; a year and more when
    one list is empty)."""
    b = list(b)
    return min((max(0, blo - hi, lo - bhi) for lo, hi in a for blo, bhi in b),
               default=FAR_GAP)


def buckets(ivs: Iterable[Interval], pad: int = 0) -> set[int]:
    """The time buckets a list of day intervals (widened by ``pad`` days) touches."""
    return {b for lo, hi in ivs for b in range((lo - pad) // BUCKET_DAYS,
                                                (hi + pad) // BUCKET_DAYS + 1)}


def participant_keys(m: Mention) -> list[frozenset[str]]:
    """``coref.derived(m)["keys"]`` without computing the rest of ``derived`` (a loaded
    candidate is indexed by its keys; most are never compared)."""
    d = m.memo.get("coref")
    return d["keys"] if d is not None else coref.country_keys(m)


def sentence_words(m: Mention) -> frozenset[str]:
    """``coref.derived(m)["words"]`` without computing the rest of ``derived`` (the word
    frequencies are read for every loaded mention; computed once)."""
    d = m.memo.get("coref")
    if d is not None:
        return d["words"]
    if "words" not in m.memo:
        m.memo["words"] = coref.content_words(m.sentence)
    return m.memo["words"]


def index_keys(m: Mention) -> set[str]:
    """Keys a mention is found by: participant keys, participant countries, its story."""
    keys = {k for ks in participant_keys(m) for k in ks}
    if m.story:
        keys.add(STORY_PREFIX + m.story)
    return {k[:KEY_CHARS] for k in keys}


def identity_keys(m: Mention) -> frozenset[str]:
    """Distinctive attributes; two mentions sharing enough of them (``identity_score``) share
    at least one of these keys (computed once per mention)."""
    if "identity" not in m.memo:
        m.memo["identity"] = frozenset(attribute_keys(m))
    return m.memo["identity"]


def attribute_keys(m: Mention) -> set[str]:
    """The keys of ``identity_keys``."""
    keys = {f"count:{k}={number(v)}" for k, v in counts(m).items()}
    duration = value_of(m.attributes.get("duration"))
    if duration:
        keys.add(f"duration:{duration}")
    c = commitment(m)
    days = duration_days(value_of(c.get("duration"))) if c else None
    if days:
        keys.add(f"commitment:{days}")
    return {k[:KEY_CHARS] for k in keys}


def number(value: Any) -> Any:
    """A count as compared by ``identity_score`` (3.0 and 3 alike)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def identity_bucket(bucket: int) -> int:
    """The bucket a distinctive-attribute row of a time bucket is stored under: negative,
    below ``IDENTITY_BUCKET``, the newest first in index order (its own inverse)."""
    return IDENTITY_BUCKET - 1 - bucket


def mention_rows(m: Mention, event_id: str | None) -> list[dict[str, Any]]:
    """The ``fuse_keys`` rows of one mention fused into event ``event_id``."""
    times = sorted(buckets(intervals(m)))
    rows = [{"key": k, "type": m.type, "bucket": b, "mention_id": m.id, "event_id": event_id}
            for k in sorted(index_keys(m)) for b in times]
    rows += [{"key": k, "type": m.type, "bucket": identity_bucket(b), "mention_id": m.id,
              "event_id": event_id} for k in sorted(identity_keys(m)) for b in times]
    return rows


def identity_events(conn: Connection, key: str, kind: str, around: int) -> set[str]:
    """Event ids of the ``IDENTITY_NEAREST`` rows of a distinctive attribute and type at or
    before time bucket ``around`` and as many after it (two ordered index range reads)."""
    params = {"key": key, "kind": kind, "pivot": identity_bucket(around),
              "any": IDENTITY_BUCKET, "n": IDENTITY_NEAREST}
    return {r[0] for q in identity_queries() for r in conn.execute(q, params).all()}


def nearest_events(conn: Connection, nearest: Iterable[tuple[str, str, int]]) -> set[str]:
    """The ``identity_events`` of every (key, type, bucket) of ``nearest``, together. On
    SQLite in one statement per ``NEAREST_CHUNK`` of them, through the driver's cursor (the
    two ordered reads of each, joined by ``UNION ALL``): an update asks for a few hundred
    reads, and a statement executed through SQLAlchemy cost more than the read itself."""
    wanted = sorted(nearest)
    if conn.dialect.name != "sqlite":
        return {eid for key, kind, b in wanted for eid in identity_events(conn, key, kind, b)}
    found: set[str] = set()
    for i in range(0, len(wanted), NEAREST_CHUNK):
        part = wanted[i:i + NEAREST_CHUNK]
        params: list[Any] = []
        for key, kind, b in part:
            pivot = identity_bucket(b)
            params += [key, kind, pivot, IDENTITY_BUCKET, IDENTITY_NEAREST,
                       key, kind, pivot, IDENTITY_NEAREST]
        found.update(r[0] for r in driver_rows(conn, nearest_sql(len(part)), tuple(params)))
    return found


NEAREST_CHUNK = 100  # (key, type, bucket) reads per statement: 200 selects, under SQLite's 500


@lru_cache(maxsize=8)
def nearest_sql(n: int) -> str:
    """``identity_queries`` for ``n`` (key, type, bucket) reads as one SQLite statement
    (positional parameters per read: key, type, pivot, ``IDENTITY_BUCKET``, limit, key, type,
    pivot, limit)."""
    fk = ft.fuse_keys.name
    one = (f"SELECT event_id FROM (SELECT event_id FROM {fk} WHERE key = ? AND type = ? "
           "AND bucket >= ? AND bucket < ? ORDER BY bucket, mention_id LIMIT ?) UNION ALL "
           f"SELECT event_id FROM (SELECT event_id FROM {fk} WHERE key = ? AND type = ? "
           "AND bucket < ? ORDER BY bucket DESC, mention_id DESC LIMIT ?)")
    return " UNION ALL ".join([one] * n)


@lru_cache(maxsize=1)
def identity_queries() -> tuple[Any, Any]:
    """The two reads of ``identity_events``, before and after the pivot bucket (bound
    parameters ``key``, ``kind``, ``pivot``, ``any`` (``IDENTITY_BUCKET``) and ``n``: built
    once, not once per attribute)."""
    fk = ft.fuse_keys
    base = select(fk.c.event_id).where(fk.c.key == bindparam("key"),
                                       fk.c.type == bindparam("kind"))
    before = base.where(fk.c.bucket >= bindparam("pivot"), fk.c.bucket < bindparam("any")) \
        .order_by(fk.c.bucket, fk.c.mention_id).limit(bindparam("n"))
    after = base.where(fk.c.bucket < bindparam("pivot")) \
        .order_by(fk.c.bucket.desc(), fk.c.mention_id.desc()).limit(bindparam("n"))
    return before, after


def candidate_events(conn: Connection, mentions: list[Mention],
                     types_of: Any) -> set[str]:
    """Ids of the stored events that may be candidates of these mentions (a superset: the
    in-memory check of ``Fusion.candidates`` decides). ``types_of(type)`` lists the
    compatible types."""
    return set(ranked_candidates(conn, mentions, types_of))


def ranked_candidates(conn: Connection, mentions: list[Mention], types_of: Any,
                      budget: int | None = None,
                      held: Iterable[str] = ()) -> dict[str, Rank]:
    """``candidate_events`` with how close each is to one of the mentions, smallest first
    (``nearest``): from a mention's own article, sharing a distinctive attribute, found by a
    key lookup (in the mention's story, then by time buckets apart, then the newest).

    With a ``budget`` (the caller loads only the ``nearest`` that many of the ranked events
    not among ``held``), the key rows are read in two steps: first the cells ranked before any
    padding bucket's (the story's key in every bucket, the other keys in the mentions' own
    buckets), and the rest (the other keys in the buckets only the padding reaches) only when
    the first step found fewer than ``budget`` events outside ``held``. A padding bucket's rank
    is larger than every first-step rank, and a lookup's first-step events keep their ranks
    and their places in its ``LOADED_CANDIDATES`` (they sort before its padding events), so
    the events left out could not be among the nearest ``budget``: what is returned is then
    the first-step events alone, with the ranks a full read gives them."""
    lookups: set[Lookup] = set()
    nearest: set[tuple[str, str, int]] = set()
    for m in mentions:
        types = tuple(types_of(m.type))
        keys = tuple(sorted(index_keys(m)))
        times = tuple(sorted(buckets(intervals(m), NEAR_DAYS)))
        own = sorted(buckets(intervals(m)))
        if keys and times:
            lookups.add((keys, types, times, tuple(own), story_key(m)))
        for key in sorted(identity_keys(m)):
            nearest.update((key, t, b) for t in types for b in own[:1] + own[-1:])
    out = other_ranks(conn, mentions, nearest)
    if budget is None:
        rows = key_events(conn, lookups)
    else:
        first = lookup_cells(lookups, padding=False)
        rows = read_cells(conn, first)
        ranked = dict(out)
        for lookup in sorted(lookups):
            for eid, rank in closest_events(rows, lookup).items():
                if rank[0] == 0 or rank[1] == 0:  # the story's key, or an own bucket
                    keep_closest(ranked, eid, (2, *rank))
        if len(ranked.keys() - set(held)) >= budget:
            return ranked
        rows.update(read_cells(conn, lookup_cells(lookups, padding=True, skip=first)))
    for lookup in sorted(lookups):
        for eid, rank in closest_events(rows, lookup).items():
            keep_closest(out, eid, (2, *rank))
    return out


def other_ranks(conn: Connection, mentions: list[Mention],
                nearest: set[tuple[str, str, int]]) -> dict[str, Rank]:
    """The ranks of the events found otherwise than by a key lookup: from a mention's own
    article (or its reprints), or sharing a distinctive attribute (``nearest_events``)."""
    em = ft.event_mentions
    out: dict[str, Rank] = {}
    for eid in sorted(nearest_events(conn, nearest)):
        keep_closest(out, eid, (1, 0, 0, -seq_of(eid)))
    roots = sorted({m.root for m in mentions})
    for part in in_chunks(roots):
        arts = select(s.articles.c.id).where(or_(s.articles.c.id.in_(part),
                                                 s.articles.c.duplicate_of.in_(part)))
        q = (select(em.c.event_id).distinct()
             .join(s.mentions, s.mentions.c.id == em.c.mention_id)
             .where(s.mentions.c.article_id.in_(arts)))
        for r in conn.execute(q):
            keep_closest(out, r.event_id, (0, 0, 0, -seq_of(r.event_id)))
    return out


def keep_closest(ranks: dict[str, Rank], eid: str, rank: Rank) -> None:
    """Note an event's rank unless it was found closer already."""
    if eid not in ranks or rank < ranks[eid]:
        ranks[eid] = rank


def seq_of(eid: str) -> int:
    """The sequence number of an event id ``e<seq>``."""
    return int(eid[1:])


def nearest(ranks: dict[str, Rank], limit: int) -> list[str]:
    """The ``limit`` closest of ranked candidate events (all of them when fewer)."""
    if len(ranks) <= limit:
        return sorted(ranks, key=seq_of)
    return sorted(sorted(ranks, key=ranks.__getitem__)[:max(0, limit)], key=seq_of)


def story_key(m: Mention) -> str:
    """The index key of a mention's story ("" without one)."""
    return story_key_of(m.story)


def key_events(conn: Connection, lookups: Iterable[Lookup]) -> dict[tuple[str, str, int],
                                                                    dict[str, int]]:
    """The events (id -> negated sequence number) with a key row under each (key, type, time
    bucket) some lookup reads, each read once however many lookups share it (one query per
    key and set of buckets, ``same_buckets``: no row of a type outside that type's buckets
    is read; in no particular order: ``closest_events`` ranks them)."""
    return read_cells(conn, lookup_cells(lookups))


Cells = dict[str, dict[str, set[int]]]  # key -> type -> time buckets


def lookup_cells(lookups: Iterable[Lookup], padding: bool | None = None,
                 skip: Cells | None = None) -> Cells:
    """The (key, type, time bucket) cells some lookups read. With ``padding`` False only
    those ranked before any padding bucket (``ranked_candidates``): the story's key in
    every bucket, the other keys in the mention's own buckets; with True the others, less
    those in ``skip`` (read already)."""
    wanted: Cells = {}
    for keys, types, times, own, story in lookups:
        for key in keys:
            cells: Iterable[int] = times
            if padding is not None and key != story:
                cells = set(times) - set(own) if padding else own
            elif padding:
                continue
            for kind in types:
                got = set(cells)
                if skip is not None:
                    got -= skip.get(key, {}).get(kind, set())
                if got:
                    wanted.setdefault(key, {}).setdefault(kind, set()).update(got)
    return wanted


def read_cells(conn: Connection, wanted: Cells) -> dict[tuple[str, str, int], dict[str, int]]:
    """``key_events`` of some cells (key -> type -> time buckets)."""
    found: dict[tuple[str, str, int], dict[str, int]] = {}
    for key, kinds in sorted(wanted.items()):
        cells: dict[tuple[str, int], dict[str, int]] = {
            (kind, b): {} for kind, times in kinds.items() for b in times}
        for group, times in same_buckets(kinds):
            for kind, bucket, events in key_cells(conn, key, group, times):
                cells[(kind, bucket)].update(events)
        found.update(((key, kind, b), cell) for (kind, b), cell in cells.items() if cell)
    return found


def same_buckets(kinds: dict[str, set[int]]) -> list[tuple[list[str], list[int]]]:
    """The types of one key's lookups grouped by the time buckets read for them (sorted), so
    each read asks for its types' buckets alone: the types of a mention's lookups differ
    from another mention's, and reading every type in every bucket of any of them read more
    than twice the rows the lookups need on a long record."""
    groups: dict[tuple[int, ...], list[str]] = {}
    for kind in sorted(kinds):
        groups.setdefault(tuple(sorted(kinds[kind])), []).append(kind)
    return [(group, list(times)) for times, group in sorted(groups.items(),
                                                            key=lambda g: g[1])]


def key_rows(conn: Connection, key: str, kinds: list[str],
             buckets: list[int]) -> list[tuple[str, int, str, int]]:
    """``KEY_ROWS`` of one key, some types and buckets; on SQLite read through the driver's
    cursor as plain tuples (a country's key can have tens of thousands of rows near an
    update's days, and a result row object per row costs more than reading it)."""
    if conn.dialect.name != "sqlite":
        return [tuple(r) for r in conn.execute(KEY_ROWS, {"key": key, "kinds": kinds,
                                                          "buckets": buckets})]
    return driver_rows(conn, key_rows_sql(len(kinds), len(buckets)), (key, *kinds, *buckets))


def key_cells(conn: Connection, key: str, kinds: list[str],
              buckets: list[int]) -> list[tuple[str, int, dict[str, int]]]:
    """The events (id -> negated sequence number, in key row order) under each (type, time
    bucket) of one key, some types and buckets that has key rows. On SQLite each cell comes
    as one row, its events' ids joined by the database (``key_cells_sql``): a key's cells
    near an update's days hold tens of thousands of rows, several per event, and a tuple per
    row cost more than reading them."""
    if conn.dialect.name != "sqlite":
        cells: dict[tuple[str, int], dict[str, int]] = {}
        for kind, bucket, eid, seq in key_rows(conn, key, kinds, buckets):
            cells.setdefault((kind, bucket), {})[eid] = -seq
        return [(kind, bucket, events) for (kind, bucket), events in cells.items()]
    return [(kind, bucket, {e: -int(e[1:]) for e in ids.split(",")})
            for kind, bucket, ids in driver_rows(
                conn, key_cells_sql(len(kinds), len(buckets)), (key, *kinds, *buckets))
            if ids]


@lru_cache(maxsize=256)
def key_cells_sql(n_kinds: int, n_buckets: int) -> str:
    """``key_rows_sql`` grouped by type and bucket, each group's event ids joined by commas
    in the primary key's order (an event id, ``e`` and its sequence number, holds none)."""
    return ("SELECT type, bucket, group_concat(event_id) "
            f"FROM {ft.fuse_keys.name} WHERE key = ? AND type IN ({', '.join('?' * n_kinds)}) "
            f"AND bucket IN ({', '.join('?' * n_buckets)}) GROUP BY type, bucket")


@lru_cache(maxsize=256)
def key_rows_sql(n_kinds: int, n_buckets: int) -> str:
    """``KEY_ROWS`` as SQLite text for this many types and buckets (positional parameters:
    the key, the types, the buckets)."""
    return ("SELECT type, bucket, event_id, CAST(substr(event_id, 2) AS INTEGER) "
            f"FROM {ft.fuse_keys.name} WHERE key = ? AND type IN ({', '.join('?' * n_kinds)}) "
            f"AND bucket IN ({', '.join('?' * n_buckets)})")


def closest_events(rows: dict[tuple[str, str, int], dict[str, int]],
                   lookup: Lookup) -> dict[str, tuple[int, int, int]]:
    """The events with a key row of one lookup (keys, types, padded time buckets; ``rows``:
    ``key_events``), at most ``LOADED_CANDIDATES``, with their rank: those in the mention's
    story first, then by time buckets apart from the mention's own buckets, then the newest."""
    keys, types, times, own, story = lookup
    apart = {b: min(abs(b - o) for o in own) for b in times}
    best: dict[str, tuple[int, int, int]] = {}
    for key in keys:
        flag = 0 if key == story else 1
        for kind in types:
            for b in times:
                for eid, newest in rows.get((key, kind, b), NO_ROWS).items():
                    rank = (flag, apart[b], newest)
                    if eid not in best or rank < best[eid]:
                        best[eid] = rank
    if len(best) <= LOADED_CANDIDATES:
        return best
    return {e: best[e] for e in sorted(best, key=best.__getitem__)[:LOADED_CANDIDATES]}


def earliest_events(conn: Connection, m: Mention, types: list[str]) -> set[str]:
    """The events of the EARLIEST_ROWS earliest key rows sharing a key with a mention (what a
    date-outlier check needs beyond the mention's own time), read from the key rows alone
    (each holds its mention's event): the database stops reading a key's rows, which come in
    time order, once they are later than the earliest found, where a join to
    ``event_mentions`` would look up every row of the key first."""
    fk = ft.fuse_keys
    keys = sorted(index_keys(m))
    if not keys:
        return set()
    q = (select(fk.c.event_id, fk.c.bucket)
         .where(fk.c.key.in_(keys), fk.c.type.in_(list(types)), fk.c.bucket >= 0)
         .order_by(fk.c.bucket).limit(EARLIEST_ROWS))
    return {r.event_id for r in conn.execute(q)}


def event_mentions(conn: Connection, event_ids: list[str]) -> list[tuple[str, Mention]]:
    """(event id, mention) of every mention of the given events, in ingest order."""
    out = []
    for part in in_chunks(sorted(event_ids)):
        out += [(r.event_id, r) for r in conn.execute(mention_query().where(
            ft.event_mentions.c.event_id.in_(part)))]
    out.sort(key=lambda t: (t[1].seq, t[1].idx))
    return [(eid, mention_of(r)) for eid, r in out]


def event_groups(conn: Connection, event_ids: list[str],
                 size: int = GROUP_CHUNK) -> Iterator[tuple[str, list[Mention]]]:
    """(event id, its mentions in ingest order) of the given events, read ``size`` events
    at a time (in the order of their first mentions within each read); the mention data
    are read as text and decoded one event at a time, as it is yielded."""
    for part in in_chunks(sorted(event_ids), size):
        rows = group_rows(conn, part)
        rows.sort(key=seq_idx)
        groups: dict[str, list[tuple[Any, ...]]] = {}
        for r in rows:
            groups.setdefault(r[0], []).append(r)
        del rows
        for eid in list(groups):
            yield eid, [mention_of_row(r) for r in groups.pop(eid)]


def seq_idx(r: tuple[Any, ...]) -> tuple[int, int]:
    """The ingest order of a ``group_rows`` row: its article's sequence number, its index."""
    return r[7], r[9]


def group_rows(conn: Connection, event_ids: list[str]) -> list[tuple[Any, ...]]:
    """The ``group_query`` rows of the mentions of some events as plain tuples (event id,
    mention id, data as JSON text, article id, duplicate_of, published, url, article seq,
    ingested_at, mention idx, story id); on SQLite read through the driver's cursor (a
    result row object per mention cost more than reading it)."""
    if conn.dialect.name != "sqlite":
        return [tuple(r) for r in conn.execute(group_query(), {"ids": event_ids})]
    return driver_rows(conn, group_sql(len(event_ids)), tuple(event_ids))


@lru_cache(maxsize=8)
def group_sql(n_ids: int) -> str:
    """``group_query`` as SQLite text for this many event ids (positional parameters). The
    article's columns and story are read from covering indexes (``s.ARTICLE_MEMBERS``,
    ``ft.ARTICLE_STORY``), not from the article and story-article rows (a text, a signature
    and a profile each, their columns past the first page), so a cold record reads a page
    less per mention or two; the mention ids from the index by event."""
    em, m, a, sa = (ft.event_mentions.name, s.mentions.name, s.articles.name,
                    ft.story_articles.name)
    return (f"SELECT em.event_id, m.id, CAST(m.data AS TEXT), a.id, a.duplicate_of, "
            f"a.published, a.url, a.seq, a.ingested_at, m.idx, sa.story_id, a.site "
            f"FROM {em} AS em JOIN {m} AS m ON m.id = em.mention_id "
            f"JOIN {a} AS a INDEXED BY {s.ARTICLE_MEMBERS} ON a.id = m.article_id "
            f"LEFT OUTER JOIN {sa} AS sa INDEXED BY {ft.ARTICLE_STORY} ON sa.article_id = a.id "
            f"WHERE em.event_id IN ({', '.join('?' * n_ids)})")


def mention_of_row(r: tuple[Any, ...]) -> Mention:
    """The Mention of one ``group_rows`` row (its data decoded)."""
    art = {"id": r[3], "duplicate_of": r[4], "published": r[5], "url": r[6], "site": r[11]}
    return with_ingest_day(make_mention(r[1], art, json_loads(r[2]), r[10]), r[8])


def mentions_by_id(conn: Connection | None, mention_ids: list[str]) -> dict[str, Mention]:
    """Stored fused mentions by id."""
    out: dict[str, Mention] = {}
    if conn is None:
        return out
    for part in in_chunks(sorted(mention_ids)):
        out.update((r.id, mention_of(r)) for r in conn.execute(mention_query().where(
            s.mentions.c.id.in_(part))))
    return out


def asserted_acts(conn: Connection, article_ids: list[str]
                  ) -> dict[str, set[tuple[str, frozenset[str]]]]:
    """The acts some stored articles report as done: per article, the (type, source countries)
    of its asserted mentions (read by the indexed ``mentions.article_id``; the countries as
    ``coref.role_countries`` reads them)."""
    out: dict[str, set[tuple[str, frozenset[str]]]] = {}
    mt = s.mentions
    for part in in_chunks(sorted(set(article_ids))):
        for r in conn.execute(select(mt.c.article_id, mt.c.data).where(
                mt.c.article_id.in_(part), mt.c.modality == "asserted")):
            data = r.data if isinstance(r.data, dict) else json_loads(r.data)
            out.setdefault(r.article_id, set()).add(
                (data.get("type", ""), countries(data.get("source") or [])))
    return out


@lru_cache(maxsize=1)
def group_query() -> Any:
    """``mention_query(raw=True)`` of the mentions of some events (bound parameter ``ids``:
    built once, not once per read)."""
    return mention_query(raw=True).where(
        ft.event_mentions.c.event_id.in_(bindparam("ids", expanding=True)))


@lru_cache(maxsize=2)
def mention_query(raw: bool = False) -> Any:
    """The columns ``mention_of`` reads, for fused mentions (a ``where`` picks them; ``raw``:
    the mention data as JSON text)."""
    data = cast(s.mentions.c.data, Text).label("data") if raw else s.mentions.c.data
    return (select(ft.event_mentions.c.event_id, s.mentions.c.id, data,
                   s.articles.c.id.label("article_id"), s.articles.c.duplicate_of,
                   s.articles.c.published, s.articles.c.url, s.articles.c.seq,
                   s.articles.c.ingested_at, s.mentions.c.idx, ft.story_articles.c.story_id,
                   s.articles.c.site)
            .join(s.mentions, s.mentions.c.id == ft.event_mentions.c.mention_id)
            .join(s.articles, s.articles.c.id == s.mentions.c.article_id)
            .join(ft.story_articles, ft.story_articles.c.article_id == s.articles.c.id,
                  isouter=True))


def mention_of(r: Any, data: dict[str, Any] | None = None) -> Mention:
    """The Mention of one ``mention_query`` row (``data``: its decoded data when the row holds
    them as text)."""
    art = {"id": r.article_id, "duplicate_of": r.duplicate_of,
           "published": r.published, "url": r.url, "site": r.site}
    return with_ingest_day(make_mention(r.id, art, r.data if data is None else data,
                                        r.story_id), r.ingested_at)


def vocabulary(conn: Connection, types: set[str], new: list[Mention],
               loaded: list[Mention]) -> coref.Vocabulary:
    """``coref.vocabulary`` over every fused mention of these types plus the new ones, read
    from the stored counts: the common names, and the word frequencies of the words of the
    new and the loaded mentions (``add_words`` adds those of mentions loaded later)."""
    mn = ft.mention_names
    types_l = sorted(types)
    stored = sum(r.n for r in conn.execute(select(mn.c.n).where(
        mn.c.type.in_(types_l), mn.c.name == COUNT_KEY))) if types_l else 0
    vocab = coref.Vocabulary(common_names(conn, types, new), {}, stored + len(new))
    vocab.types = types_l  # type: ignore[attr-defined]
    vocab.known = set()  # type: ignore[attr-defined]
    for m in new:
        for w in sentence_words(m):
            vocab.df[w] = vocab.df.get(w, 0) + 1
    add_words(conn, vocab, new + loaded)
    return vocab


def add_words(conn: Connection, vocab: coref.Vocabulary, mentions: list[Mention]) -> set[str]:
    """Add the stored document frequencies of the mentions' words not looked up yet; return
    the words whose frequency changed."""
    words = sorted({w for m in mentions for w in sentence_words(m)} - vocab.known)
    vocab.known.update(words)
    vocab.forget()
    changed: set[str] = set()
    if not vocab.types:
        return changed
    for part in in_chunks([WORD_PREFIX + w[:KEY_CHARS - 2] for w in words]):
        for name, n in name_counts(conn, vocab.types, part):
            w = name[len(WORD_PREFIX):]
            vocab.df[w] = vocab.df.get(w, 0) + n
            if n:
                changed.add(w)
    return changed


def name_counts(conn: Connection, types: list[str], names: list[str]) -> list[tuple[str, int]]:
    """(name, n) of the ``mention_names`` rows of these types and names (a row per type that
    has one); on SQLite through the driver's cursor (an update reads thousands of rows, and a
    result row object per row cost more than reading it)."""
    mn = ft.mention_names
    if conn.dialect.name != "sqlite":
        return [(r.name, r.n) for r in conn.execute(select(mn.c.name, mn.c.n).where(
            mn.c.type.in_(types), mn.c.name.in_(names)))]
    return driver_rows(conn, name_counts_sql(len(types), len(names)), (*types, *names))


@lru_cache(maxsize=64)
def name_counts_sql(n_types: int, n_names: int) -> str:
    """``name_counts`` as SQLite text (positional parameters: the types, the names)."""
    return (f"SELECT name, n FROM {ft.mention_names.name} "
            f"WHERE type IN ({', '.join('?' * n_types)}) "
            f"AND name IN ({', '.join('?' * n_names)})")


def common_names(conn: Connection, types: set[str], new: list[Mention]) -> frozenset[str]:
    """``coref.common_names`` over every fused mention of these types plus the new ones,
    read from the stored name counts."""
    mn = ft.mention_names
    types_l = sorted(types)
    stored = sum(r.n for r in conn.execute(select(mn.c.n).where(
        mn.c.type.in_(types_l), mn.c.name == COUNT_KEY))) if types_l else 0
    total = stored + len(new)
    limit = max(coref.COMMON_MIN, coref.COMMON_SHARE * total)
    fresh: dict[str, int] = {}
    for m in new:
        for n in coref.names(m.sentence):
            fresh[n] = fresh.get(n, 0) + 1
    if not types_l:
        return frozenset(n for n, c in fresh.items() if c > limit)
    floor = (limit - len(new)) / len(types_l)  # a common name exceeds this in some type
    maybe = {r.name for r in conn.execute(select(mn.c.name).distinct().where(
        mn.c.type.in_(types_l), mn.c.name != COUNT_KEY, mn.c.n > floor))
        if not r.name.startswith(WORD_PREFIX)} | set(fresh)
    totals = dict(fresh)
    for part in in_chunks(sorted(maybe)):
        for name, n in name_counts(conn, types_l, part):
            totals[name] = totals.get(name, 0) + n
    return frozenset(n for n, c in totals.items() if c > limit)


def record(conn: Connection, mentions: list[Mention],
           event_of: dict[str, str] | None = None) -> None:
    """Index newly fused mentions: their key rows and their names' counts (``event_of``:
    each mention's event, read from ``event_mentions`` when not given)."""
    if event_of is None:
        event_of = events_of(conn, [m.id for m in mentions])
    rows = [r for m in mentions for r in mention_rows(m, event_of.get(m.id))]
    for part in in_chunks(rows):
        insert_rows(conn, ft.fuse_keys, part)
    add_names(conn, mentions)


def name_keys(m: Mention) -> set[str]:
    """The ``mention_names`` rows one mention counts in: the mention itself, the names and
    the content words of its sentence."""
    return {COUNT_KEY, *(x[:KEY_CHARS] for x in coref.names(m.sentence)),
            *(WORD_PREFIX + w[:KEY_CHARS - 2] for w in sentence_words(m))}


def add_names(conn: Connection, mentions: list[Mention]) -> None:
    """Add the mentions' sentence names (and the mentions themselves) to ``mention_names``:
    one statement adding each count to its row or inserting the row (``counts_upsert``);
    stores without that statement read the counted rows first."""
    delta: dict[tuple[str, str], int] = {}
    for m in mentions:
        for n in name_keys(m):
            delta[(m.type, n)] = delta.get((m.type, n), 0) + 1
    if not delta:
        return
    if conn.dialect.name == "sqlite":  # the driver's executemany: no parameters built per row
        cur = conn.connection.dbapi_connection.cursor()
        try:
            cur.executemany(COUNTS_UPSERT_SQL, [(t, n, d) for (t, n), d in sorted(delta.items())])
        finally:
            cur.close()
        return
    upsert = counts_upsert(conn.dialect.name)
    if upsert is not None:
        conn.execute(upsert, [{"type": t, "name": n, "n": d}
                              for (t, n), d in sorted(delta.items())])
    else:
        add_counts_read_first(conn, delta)


COUNTS_UPSERT_SQL = (  # ``counts_upsert`` as SQLite text (type, name, count)
    f"INSERT INTO {ft.mention_names.name} (type, name, n) VALUES (?, ?, ?) "
    f"ON CONFLICT (type, name) DO UPDATE SET n = ({ft.mention_names.name}.n + excluded.n)")


def counts_upsert(dialect: str) -> Any:
    """``INSERT ... ON CONFLICT DO UPDATE SET n = n + excluded.n`` on ``mention_names`` for
    SQLite and PostgreSQL (None for other databases)."""
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        return None
    mn = ft.mention_names
    stmt = dialect_insert(mn)
    return stmt.on_conflict_do_update(index_elements=[mn.c.type, mn.c.name],
                                      set_={"n": mn.c.n + stmt.excluded.n})


def add_counts_read_first(conn: Connection, delta: dict[tuple[str, str], int]) -> None:
    """Add counts to ``mention_names`` by reading the rows that exist, then updating those
    and inserting the others."""
    mn = ft.mention_names
    by_type: dict[str, list[str]] = {}
    for t, n in delta:
        by_type.setdefault(t, []).append(n)
    have: dict[tuple[str, str], int] = {}
    for t, names in by_type.items():
        for part in in_chunks(sorted(names)):
            for r in conn.execute(select(mn.c.name, mn.c.n).where(mn.c.type == t,
                                                                   mn.c.name.in_(part))):
                have[(t, r.name)] = r.n
    new_rows = [{"type": t, "name": n, "n": d} for (t, n), d in delta.items()
                if (t, n) not in have]
    counted = [{"b_type": t, "b_name": n, "b_n": have[(t, n)] + d}
               for (t, n), d in delta.items() if (t, n) in have]
    if counted:  # one statement, executed for every row
        conn.execute(update(mn).where(mn.c.type == bindparam("b_type"),
                                      mn.c.name == bindparam("b_name"))
                     .values(n=bindparam("b_n")), counted)
    for part in in_chunks(new_rows):
        conn.execute(insert(mn), part)


def fused_mentions(conn: Connection, article_ids: list[str] | None = None,
                   having: Any = None) -> list[Mention]:
    """Every fused mention (or those of some articles; ``having``: only those whose row
    meets this condition), in ingest order."""
    q = (select(s.mentions.c.id, s.mentions.c.data, s.articles.c.id.label("article_id"),
                s.articles.c.duplicate_of, s.articles.c.published, s.articles.c.url,
                s.articles.c.ingested_at, ft.story_articles.c.story_id, s.articles.c.site)
         .join(s.articles, s.articles.c.id == s.mentions.c.article_id)
         .join(ft.story_articles, ft.story_articles.c.article_id == s.articles.c.id,
               isouter=True)
         .where(s.mentions.c.id.in_(select(ft.event_mentions.c.mention_id)))
         .order_by(s.articles.c.seq, s.mentions.c.idx))
    if having is not None:
        q = q.where(having)
    parts = [None] if article_ids is None else list(in_chunks(sorted(article_ids)))
    out = []
    for part in parts:
        qq = q if part is None else q.where(s.mentions.c.article_id.in_(part))
        out += [with_ingest_day(make_mention(
            r.id, {"id": r.article_id, "duplicate_of": r.duplicate_of, "published": r.published,
                   "url": r.url, "site": r.site}, r.data, r.story_id), r.ingested_at)
            for r in conn.execute(qq)]
    return out


def reindex_articles(conn: Connection, article_ids: Iterable[str]) -> None:
    """Point the story key rows of the fused mentions of articles that moved to another story
    at their new story (the story is the only key a move changes; a mention without a story
    row gets all its rows written again)."""
    fk, em = ft.fuse_keys, ft.event_mentions
    story_of: dict[str, str | None] = {}
    article_of: dict[str, str] = {}
    for part in in_chunks(sorted(set(article_ids))):
        for mid, aid, sid in conn.execute(
            select(em.c.mention_id, s.mentions.c.article_id, ft.story_articles.c.story_id)
            .join(s.mentions, s.mentions.c.id == em.c.mention_id)
            .join(ft.story_articles, ft.story_articles.c.article_id == s.mentions.c.article_id,
                  isouter=True)
            .where(s.mentions.c.article_id.in_(part))):
            story_of[mid], article_of[mid] = sid, aid
    old: dict[str, set[str]] = {}
    for part in in_chunks(sorted(story_of)):
        for mid, key in conn.execute(select(fk.c.mention_id, fk.c.key).distinct().where(
                fk.c.mention_id.in_(part), fk.c.key.startswith(STORY_PREFIX,
                                                               autoescape=True))):
            old.setdefault(mid, set()).add(key)
    moves = [{"b_mid": mid, "b_old": key, "b_new": story_key_of(story_of[mid])}
             for mid in sorted(old) for key in sorted(old[mid])
             if key != story_key_of(story_of[mid])]
    gone = [m for m in moves if not m["b_new"]]
    if gone:  # one statement, executed for every row
        conn.execute(delete(fk).where(fk.c.mention_id == bindparam("b_mid"),
                                      fk.c.key == bindparam("b_old")), gone)
    moved = [m for m in moves if m["b_new"]]
    if moved:
        conn.execute(update(fk).where(fk.c.mention_id == bindparam("b_mid"),
                                      fk.c.key == bindparam("b_old"))
                     .values(key=bindparam("b_new")), moved)
    rest = set(story_of) - set(old)
    if rest:
        write_rows(conn, [m for m in fused_mentions(conn, sorted({article_of[mid]
                                                                  for mid in rest}))
                          if m.id in rest])


def story_key_of(story: str | None) -> str:
    """The index key of a story ("" for none)."""
    return (STORY_PREFIX + story)[:KEY_CHARS] if story else ""


def events_of(conn: Connection, mention_ids: list[str]) -> dict[str, str]:
    """The event of each of these fused mentions (``event_mentions``)."""
    em = ft.event_mentions
    out: dict[str, str] = {}
    for part in in_chunks(sorted(mention_ids)):
        out.update((r[0], r[1]) for r in conn.execute(
            select(em.c.mention_id, em.c.event_id).where(em.c.mention_id.in_(part))))
    return out


def move_rows(conn: Connection, moves: list[dict[str, str]]) -> None:
    """Point the key rows of the mentions of events merged away at the surviving event
    (``moves``: ``b_gone`` -> ``b_keep``; before their ``event_mentions`` rows move)."""
    fk, em = ft.fuse_keys, ft.event_mentions
    if moves:  # one statement, run for every event
        conn.execute(update(fk).where(fk.c.mention_id.in_(
            select(em.c.mention_id).where(em.c.event_id == bindparam("b_gone")).scalar_subquery()))
            .values(event_id=bindparam("b_keep")), moves)


def write_rows(conn: Connection, mentions: list[Mention]) -> None:
    """Replace the key rows of fused mentions."""
    for part in in_chunks([m.id for m in mentions]):
        conn.execute(delete(ft.fuse_keys).where(ft.fuse_keys.c.mention_id.in_(part)))
    event_of = events_of(conn, [m.id for m in mentions])
    rows = [r for m in mentions for r in mention_rows(m, event_of.get(m.id))]
    for part in in_chunks(rows):
        conn.execute(insert(ft.fuse_keys), part)


def clear(conn: Connection) -> None:
    """Empty the candidate index (the fused layer is being rebuilt)."""
    conn.execute(delete(ft.fuse_keys))
    conn.execute(delete(ft.mention_names))


def index_version(value: str | None) -> int:
    """The candidate index version a store notes, as a number ("10" is later than "5");
    a value that is no number counts as the first version."""
    try:
        return int(str(value).strip())
    except ValueError:
        return 1


def ensure(conn: Connection) -> int:
    """Build the candidate index once for a store written before it (or bring an older
    index up to date: place its distinctive-attribute rows in time, give its rows their
    events, place its "since"-dated mentions over their ranges); return mentions indexed."""
    done = conn.execute(select(s.meta.c.value).where(s.meta.c.key == INDEX_META_KEY)).first()
    if done is not None and index_version(done.value) >= int(INDEX_VERSION):
        return 0  # up to date, or written by a later version: left as it is
    if done is not None:
        was = index_version(done.value)
        n = place_identity_rows(conn) if was < 2 else 0
        if was < 4:
            conn.execute(text(f"DROP INDEX IF EXISTS {EVENTS_INDEX}"))
            if conn.dialect.name == "sqlite" and has_rowid(conn):
                rebuild_clustered(conn)
            else:
                fill_events(conn)
        if was < 5:
            n += place_since_rows(conn)
        conn.execute(update(s.meta).where(s.meta.c.key == INDEX_META_KEY)
                     .values(value=INDEX_VERSION))
        return n
    clear(conn)
    mentions = fused_mentions(conn)
    record(conn, mentions)
    conn.execute(insert(s.meta).values(key=INDEX_META_KEY, value=INDEX_VERSION))
    return len(mentions)


def fill_events(conn: Connection) -> None:
    """Give every key row written before rows held their event the event of its mention
    (one statement)."""
    fk, em = ft.fuse_keys, ft.event_mentions
    conn.execute(update(fk).where(fk.c.event_id.is_(None)).values(
        event_id=select(em.c.event_id).where(em.c.mention_id == fk.c.mention_id)
        .scalar_subquery()))


def has_rowid(conn: Connection) -> bool:
    """Whether SQLite keeps ``fuse_keys`` in a rowid table (stores written before version 4)."""
    sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                            "name = 'fuse_keys'")).scalar() or ""
    return "WITHOUT ROWID" not in sql.upper()


def rebuild_clustered(conn: Connection) -> None:
    """Copy a SQLite store's key rows from a rowid table into the current table (rows in their
    primary key's b-tree), each with its mention's event; the mention index is created after
    the copy."""
    fk = ft.fuse_keys
    old = "fuse_keys_rowid"
    conn.execute(text(f"ALTER TABLE fuse_keys RENAME TO {old}"))
    for ix in fk.indexes:
        conn.execute(text(f"DROP INDEX IF EXISTS {ix.name}"))
    conn.execute(CreateTable(fk))
    conn.execute(text(
        f'INSERT INTO fuse_keys ("key", type, bucket, mention_id, event_id) '
        f'SELECT f."key", f.type, f.bucket, f.mention_id, coalesce(f.event_id, m.event_id) '
        f"FROM {old} AS f LEFT JOIN event_mentions AS m ON m.mention_id = f.mention_id "
        f'ORDER BY f."key", f.type, f.bucket, f.mention_id'))
    conn.execute(text(f"DROP TABLE {old}"))
    for ix in fk.indexes:
        ix.create(conn)


def place_since_rows(conn: Connection) -> int:
    """Write again the key rows of the fused mentions that ``since_placed`` places over a
    range wider than ``MAX_RANGE_DAYS`` (an index written before version 5 placed them on
    their publication day only); return their number. Only mentions whose stored data holds
    the word "since" are read (every derivation of a "since <date>" range reads it: the
    cue before the date, "since then", the stored derivation), so a store without such
    mentions writes nothing and one with them reads a small share of its mentions."""
    placed = [m for m in fused_mentions(conn, having=cast(s.mentions.c.data, Text)
                                        .ilike(SINCE_WORD)) if wide_since(m)]
    if placed:
        write_rows(conn, placed)
    return len(placed)


def wide_since(m: Mention) -> bool:
    """Whether ``since_placed`` places a mention over a range wider than ``MAX_RANGE_DAYS``
    (the rows an index before version 5 lacks)."""
    if not m.range:
        return False
    lo, hi = day_number(m.range[0]), day_number(m.range[1])
    return lo is not None and hi is not None and hi - lo > MAX_RANGE_DAYS and \
        since_placed(m, hi - lo)


def place_identity_rows(conn: Connection) -> int:
    """Move the distinctive-attribute rows of an index written before they were placed in
    time under the time buckets of their mention (those of its key rows, else computed from
    the mention); return the mentions whose rows moved."""
    fk = ft.fuse_keys
    old = fk.alias("old")
    times = select(fk.c.mention_id, fk.c.bucket).where(fk.c.bucket >= 0).distinct().subquery()
    moved = (select(old.c.key, old.c.type, IDENTITY_BUCKET - 1 - times.c.bucket, old.c.mention_id,
                    old.c.event_id)
             .join(times, times.c.mention_id == old.c.mention_id)
             .where(old.c.bucket == IDENTITY_BUCKET))
    conn.execute(insert(fk).from_select(["key", "type", "bucket", "mention_id", "event_id"],
                                        moved))
    placed = select(fk.c.mention_id).where(fk.c.bucket < IDENTITY_BUCKET)
    rest = sorted(set(conn.execute(select(fk.c.mention_id).where(
        fk.c.bucket == IDENTITY_BUCKET, fk.c.mention_id.not_in(placed))).scalars()))
    n = len(set(conn.execute(select(fk.c.mention_id).where(
        fk.c.bucket == IDENTITY_BUCKET)).scalars()))
    conn.execute(delete(fk).where(fk.c.bucket == IDENTITY_BUCKET))
    if rest:
        mentions = [m for m in fused_mentions(conn, sorted({mid.rsplit("#", 1)[0]
                                                            for mid in rest}))
                    if m.id in set(rest)]
        event_of = events_of(conn, [m.id for m in mentions])
        rows = [r for m in mentions for r in mention_rows(m, event_of.get(m.id))
                if r["bucket"] < IDENTITY_BUCKET]
        for part in in_chunks(rows):
            conn.execute(insert(fk), part)
    return n
