"""The store: SQLite file by default, PostgreSQL (or any SQLAlchemy URL) by URL.

One transaction per article (``add``) or per batch of articles (``add_many``):
an article and everything extracted from it are written together or not at
all, so a failure never half-writes or loses data.
Each stored article carries an "unfused" marker until the fusion that takes it
into the record commits (``unfused_ids``), so a run killed between the two
is finished by the next one. Write transactions on SQLite take the write lock
when they begin (``BEGIN IMMEDIATE``) and wait up to ``BUSY_TIMEOUT`` seconds
for it, so concurrent writers queue instead of failing; whole ingest runs on
one store queue behind each other (``ingest_lock``), so the record never
depends on how two runs interleaved.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from eventwire.model import Extraction
from eventwire.store import schema as s
from eventwire.store.jsontext import loads as json_loads

DEFAULT_DB = "eventwire.db"
ENV_DB = "EVENTWIRE_DB"
BUSY_TIMEOUT = 120  # seconds a SQLite writer waits for the write lock
LOCK_POLL = 0.2  # seconds between attempts to take the ingest lock
LOCK_SUFFIX = ".ingest-lock"
OPEN_RETRY = 0.05  # first pause (s) before retrying a store open that found the file locked
PG_LOCK_KEY = 0x65766E74  # advisory lock key of ingest runs on PostgreSQL
IN_LIST = 500  # values per SQL IN (...) list
CACHE_KB = 65_536  # SQLite page cache of a connection that writes (the default, 2 MB, holds
# less than the index pages one fuse update reads again and again in a large record)
CACHE_INFO = "eventwire_large_cache"  # pooled connection info: its page cache was raised
WRITE = "eventwire_write"  # execution option: this transaction writes (BEGIN IMMEDIATE)


def resolve_url(url: str | None = None) -> str:
    """The database URL: the argument, else $EVENTWIRE_DB, else ./eventwire.db (SQLite)."""
    url = url or os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser()}"
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """Foreign keys on, WAL journal for concurrent readers (web UI while ingesting); the
    page cache is set by each transaction (``_sqlite_begin``)."""
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT * 1000}")
    cur.execute("PRAGMA foreign_keys=ON")
    _retry_locked(lambda: cur.execute("PRAGMA journal_mode=WAL"))
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
    dbapi_conn.isolation_level = None  # transactions are begun explicitly (see _sqlite_begin)


def _is_locked(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite's "database is locked/busy" (another process holds it)."""
    msg = str(exc).lower()
    return "database is locked" in msg or "database is busy" in msg


def _retry_locked(step: Callable[[], Any], timeout: float = BUSY_TIMEOUT) -> Any:
    """Run ``step``, retrying while SQLite reports the database locked.

    Switching a new file to WAL and creating its schema take locks for which
    SQLite does not always call the busy handler, so two processes opening one
    new store at once could otherwise fail instead of waiting their turn.
    """
    deadline = time.monotonic() + timeout
    delay = OPEN_RETRY
    while True:
        try:
            return step()
        except Exception as exc:  # sqlite3 and SQLAlchemy wrap the same error
            if not _is_locked(exc) or time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


def _sqlite_begin(conn: Connection) -> None:
    """Begin a SQLite transaction; a writing one takes the write lock at once and raises its
    connection's page cache to ``CACHE_KB`` (kept while the pool holds the connection, so the
    reads between an ingest's writes do not empty it); a connection that only reads, such as
    those of a web server's pool, keeps SQLite's default."""
    writes = bool(conn.get_execution_options().get(WRITE))
    if writes:
        info = conn.connection.info
        if not info.get(CACHE_INFO):
            conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KB}")
            info[CACHE_INFO] = True
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


# Indexes of earlier schemas that no query needs: each either leads with the same columns as a
# longer index of the schema that serves its queries as well, or serves no query at all. Every
# write of a row paid for them; a store made before drops them when opened (an index holds no
# data of its own: dropping one loses nothing).
RETIRED_INDEXES: dict[str, tuple[str, ...]] = {
    "events": ("ix_events_story_id",  # ix_events_story_days: story id, first and last day
               "ix_events_date"),  # no query selects events by their date string
    "event_mentions": ("ix_event_mentions_event_id",),  # ix_event_mentions_event_mention
    "mentions": ("ix_mentions_type", "ix_mentions_date_value",  # no query selects mentions
                 "ix_mentions_type_date"),  # by type or date
}


def _schema_complete(engine: Engine) -> bool:
    """Whether every table and index of the schema exists already and no retired index is
    left (``RETIRED_INDEXES``)."""
    insp = inspect(engine)
    existing = set(insp.get_table_names())
    for name, table in s.metadata.tables.items():
        if name not in existing:
            return False
        have = {ix["name"]: ix.get("column_names") for ix in insp.get_indexes(name)}
        if any(ix.name not in have or _index_changed(ix, have[ix.name]) for ix in table.indexes):
            return False
        if any(old in have for old in RETIRED_INDEXES.get(name, ())):
            return False
        columns = {c["name"] for c in insp.get_columns(name)}
        if any(c.name not in columns for c in table.columns):
            return False
    return True


def _index_changed(index: Any, stored: list[str | None] | None) -> bool:
    """Whether a stored index of the schema's name covers other columns than the schema's
    (an index whose definition grew since the store was made: ``create(checkfirst=True)``
    skips it by its name, so it would keep its old columns)."""
    return stored is not None and list(stored) != [c.name for c in index.columns]


def _renew_indexes(conn: Connection) -> list[str]:
    """Drop and create again the stored indexes whose columns differ from the schema's;
    return their names."""
    insp = inspect(conn)
    renewed = []
    for name, table in s.metadata.tables.items():
        if not insp.has_table(name):
            continue
        have = {ix["name"]: ix.get("column_names") for ix in insp.get_indexes(name)}
        for index in table.indexes:
            if index.name in have and _index_changed(index, have[index.name]):
                index.drop(conn)
                index.create(conn)
                renewed.append(str(index.name))
    return renewed


def _drop_retired(conn: Connection) -> list[str]:
    """Drop the stored indexes of ``RETIRED_INDEXES``; return their names."""
    insp = inspect(conn)
    quote = conn.dialect.identifier_preparer.quote
    dropped = []
    for name, retired in RETIRED_INDEXES.items():
        if not insp.has_table(name):
            continue
        have = {ix["name"] for ix in insp.get_indexes(name)}
        for old in retired:
            if old in have:
                conn.execute(text(f"DROP INDEX {quote(old)}"))
                dropped.append(old)
    return dropped


def _add_columns(conn: Connection) -> list[str]:
    """Add the columns an older store's tables lack (nullable; their owners fill them once);
    return them as ``table.column``."""
    insp = inspect(conn)
    quote = conn.dialect.identifier_preparer.quote
    added = []
    for name, table in s.metadata.tables.items():
        if not insp.has_table(name):
            continue
        have = {c["name"] for c in insp.get_columns(name)}
        for col in table.columns:
            if col.name not in have:
                conn.execute(text(f"ALTER TABLE {quote(name)} ADD COLUMN {quote(col.name)} "
                                  f"{col.type.compile(dialect=conn.dialect)}"))
                added.append(f"{name}.{col.name}")
    return added


class StoreError(Exception):
    """The database cannot be opened or used."""


class Store:
    """Articles, their annotations, and the fused record, in one database."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        try:
            sqlite = self.url.startswith("sqlite")
            self.engine: Engine = create_engine(
                self.url, future=True, json_deserializer=json_loads,
                connect_args={"timeout": BUSY_TIMEOUT} if sqlite else {})
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
                event.listen(self.engine, "begin", _sqlite_begin)
                _retry_locked(self._create)
            else:
                self._create()
        except Exception as exc:  # any driver error: report it in one line
            raise StoreError(f"{redact(self.url)}: cannot open store ({exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0] if str(exc) else ''})") from exc

    def _create(self) -> None:
        """Create missing tables (idempotent) and record the schema version."""
        from eventwire.store import fuse_tables as ft  # also registers the corpus-level tables

        if _schema_complete(self.engine):  # nothing to create: no write lock needed
            return
        with self.begin() as conn:
            had_articles = inspect(conn).has_table("articles")
            had_marker = inspect(conn).has_table("unfused")
            had_reach = inspect(conn).has_table(ft.promise_reach.name)
            s.metadata.create_all(conn)
            _add_columns(conn)  # before the indexes that read them
            _renew_indexes(conn)
            _drop_retired(conn)
            for table in s.metadata.sorted_tables:  # indexes added to existing tables
                for index in table.indexes:
                    index.create(conn, checkfirst=True)
            row = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema")).first()
            if row is None:
                conn.execute(insert(s.meta).values(key="schema", value=str(s.SCHEMA_VERSION)))
            if had_articles and not had_marker:  # a store from before the marker: mark by record
                conn.execute(insert(s.unfused).from_select(["article_id"], select(
                    s.articles.c.id).where(s.articles.c.id.not_in(
                        select(ft.story_articles.c.article_id)))))
            if had_articles and not had_reach:  # a store from before the promise reach index
                from eventwire.fuse.promises import fill_reach
                fill_reach(conn)

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A connection inside one write transaction (commit on success, rollback on error)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(**{WRITE: True})
            with conn.begin():
                yield conn

    @contextmanager
    def ingest_lock(self) -> Iterator[None]:
        """Hold the store's ingest lock: one ingest or fuse run at a time per store.

        SQLite: an exclusive ``flock`` on a file next to the database; PostgreSQL:
        a session advisory lock. Both are released when the process ends, however
        it ends. In-memory and other stores run unlocked.
        """
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": PG_LOCK_KEY})
                conn.commit()  # the session lock outlives the transaction; hold no snapshot
                try:
                    yield
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_LOCK_KEY})
                    conn.commit()
            return
        path = self.engine.url.database if self.engine.dialect.name == "sqlite" else None
        if not path or path == ":memory:":
            yield
            return
        import fcntl

        with open(path + LOCK_SUFFIX, "a") as fh:
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    time.sleep(LOCK_POLL)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------------------

    @contextmanager
    def _within(self, conn: Connection | None) -> Iterator[Connection]:
        """``conn`` (the caller's transaction) if given, else a new transaction."""
        if conn is not None:
            yield conn
        else:
            with self.begin() as new:
                yield new

    def add(self, ex: Extraction, *, content_hash: str, minhash: bytes | None = None,
            duplicate_of: str | None = None, near_score: float | None = None,
            band_keys: list[int] | None = None, conn: Connection | None = None) -> None:
        """Store one article and all its annotations in a single transaction.

        With ``conn`` the article is written inside the caller's transaction. ``band_keys``:
        the LSH band keys of its signature (``neardup_bands``).
        """
        self.add_many([(ex, {"content_hash": content_hash, "minhash": minhash,
                             "duplicate_of": duplicate_of, "near_score": near_score,
                             "band_keys": band_keys})], conn=conn)

    def add_many(self, items: list[tuple[Extraction, dict[str, Any]]],
                 conn: Connection | None = None) -> None:
        """Store a batch of articles (each with its ``add`` keyword arguments) in one
        transaction, numbered in the given order, with one statement per table for the
        whole batch."""
        with self._within(conn) as conn:  # the write lock is held from here: seq cannot race
            seq = conn.execute(select(func.max(s.articles.c.seq))).scalar() or 0
            rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in ARTICLE_TABLES}
            for ex, kwargs in items:
                seq += 1
                for name, part in _article_rows(ex, seq, **kwargs).items():
                    rows[name].extend(part)
            for table in ARTICLE_TABLES:  # through the driver on SQLite (``insert_rows``)
                insert_rows(conn, table, rows[table.name])

    # -- reading ---------------------------------------------------------------------------

    def find_content(self, content_hash: str) -> str | None:
        """The id of the stored article with this content hash, if any."""
        with self.engine.connect() as conn:
            return conn.execute(select(s.articles.c.id)
                                .where(s.articles.c.content_hash == content_hash)).scalar()

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        with self.engine.connect() as conn:
            return conn.execute(select(s.articles.c.id)
                                .where(s.articles.c.id == article_id)).first() is not None

    def stored_as(self, content_hash: str, article_id: str) -> tuple[str | None, bool]:
        """``(find_content(content_hash), has_article(article_id))`` in one query and one
        transaction: an ingest asks both of every article it reads (on SQLite a read of its
        own costs a transaction's begin and end, most of a look-up's time)."""
        a = s.articles.c
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":  # through the driver: a fifth of the CPU
                rows = driver_rows(conn, STORED_AS_SQL, (content_hash, article_id))
            else:
                rows = [tuple(r) for r in conn.execute(select(a.id, a.content_hash).where(
                    (a.content_hash == content_hash) | (a.id == article_id)))]
        return (next((i for i, h in rows if h == content_hash), None),
                any(i == article_id for i, _ in rows))

    def unfused_ids(self) -> list[str]:
        """Ids of stored articles not yet fused into the record, in ingest order."""
        with self.engine.connect() as conn:  # the markers first: few, whatever the record
            marked = list(conn.execute(select(s.unfused.c.article_id)).scalars())
            seqs: dict[str, int] = {}
            for part in in_chunks(marked):
                seqs.update((r.id, r.seq) for r in conn.execute(
                    select(s.articles.c.id, s.articles.c.seq).where(s.articles.c.id.in_(part))))
            return sorted(seqs, key=seqs.__getitem__)

    def count_articles(self) -> int:
        """How many articles are stored."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(s.articles)).scalar() or 0

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        """(id, MinHash signature) of every stored article that is not itself a near-duplicate."""
        with self.engine.connect() as conn:  # from the signatures' index alone
            q = select(s.articles.c.id, s.articles.c.duplicate_of, s.articles.c.minhash).where(
                s.articles.c.minhash.is_not(None)).order_by(s.articles.c.seq)
            yield from ((r.id, r.minhash) for r in conn.execute(q) if r.duplicate_of is None)

    def last_seq(self) -> int:
        """The ingest number of the latest stored article (0 when there is none)."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(s.articles.c.seq))).scalar() or 0

    def band_matches(self, keys: list[int], upto: int) -> list[tuple[str, bytes]]:
        """(id, MinHash signature) in ingest order of the stored articles up to number
        ``upto`` that are not near-duplicates themselves and share a band key with ``keys``."""
        a = s.articles.c
        with self.engine.connect() as conn:
            ids = set(_band_article_ids(conn, keys))
            out: list[tuple[int, str, bytes]] = []
            for part in in_chunks(sorted(ids)):
                out.extend((r.seq, r.id, r.minhash) for r in conn.execute(
                    select(a.seq, a.id, a.minhash).where(
                        a.id.in_(part), a.duplicate_of.is_(None), a.minhash.is_not(None),
                        a.seq <= upto)))
        return [(aid, sig) for _, aid, sig in sorted(out)]

    def meta_value(self, key: str) -> str | None:
        """A value of the store's ``eventwire_meta`` table."""
        with self.engine.connect() as conn:
            return conn.execute(select(s.meta.c.value).where(s.meta.c.key == key)).scalar()

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Article summaries in ingest order: id, title, published, url, duplicate_of, ..."""
        c = s.articles.c
        q = select(c.id, c.title, c.published, c.published_from, c.published_at, c.url, c.site,
                   c.source, c.duplicate_of, c.near_score, c.ingested_at, c.seq).order_by(c.seq)
        if limit is not None:
            q = q.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article with its text and metadata (no annotations)."""
        c = s.articles.c
        q = select(c.id, c.title, c.published, c.published_from, c.published_at, c.url, c.site,
                   c.source, c.language, c.text, c.duplicate_of, c.near_score, c.ingested_at, c.seq
                   ).where(c.id == article_id)
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
        return dict(row._mapping) if row else None

    def extraction(self, article_id: str) -> dict[str, Any] | None:
        """The stored `extract` contract object of one article."""
        with self.engine.connect() as conn:
            return conn.execute(select(s.articles.c.extraction)
                                .where(s.articles.c.id == article_id)).scalar()

    def extractions(self, article_ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        """Stored `extract` objects in ingest order, optionally only for some articles."""
        q = select(s.articles.c.extraction).order_by(s.articles.c.seq)
        if article_ids is not None:
            q = q.where(s.articles.c.id.in_(article_ids))
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield row.extraction

    def removed(self, article_id: str) -> list[dict[str, Any]]:
        """The boilerplate removed from one article, in order."""
        c = s.removals.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(c.rule, c.text, c.offset)
                                .where(c.article_id == article_id).order_by(c.idx))
            return [dict(r._mapping) for r in rows]


ARTICLE_TABLES = (s.articles, s.blocks, s.removals, s.entities, s.times, s.quotes,
                  s.mentions, s.article_flags, s.neardup_bands, s.unfused)  # parents first


def _article_rows(ex: Extraction, seq: int, *, content_hash: str,
                  minhash: bytes | None = None, duplicate_of: str | None = None,
                  near_score: float | None = None,
                  band_keys: list[int] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows of one stored article and its annotations, by table name."""
    a = ex.article
    data = ex.to_dict()
    return {
        s.articles.name: [dict(
            id=a.id, seq=seq, title=a.title, published=a.published,
            published_from=a.published_from, published_at=a.published_at, url=a.url,
            site=a.site, source=a.source,
            language=a.language, text=a.text, content_hash=content_hash, minhash=minhash,
            duplicate_of=duplicate_of, near_score=near_score,
            ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            extraction=data)],
        s.blocks.name: [
            {"article_id": a.id, "idx": i, "kind": b.kind, "start": b.start, "end": b.end,
             "rows": b.rows} for i, b in enumerate(a.blocks)],
        s.removals.name: [
            {"article_id": a.id, "idx": i, "rule": r.rule, "text": r.text, "offset": r.offset}
            for i, r in enumerate(a.removed)],
        s.entities.name: [
            {"article_id": a.id, "idx": i, "start": e.start, "end": e.end, "text": e.text,
             "label": e.label, "actor_id": e.actor.id if e.actor else None,
             "actor_name": e.actor.name if e.actor else None,
             "country": e.actor.country if e.actor else None,
             "sector": e.actor.sector if e.actor else None}
            for i, e in enumerate(ex.entities)],
        s.times.name: [
            {"article_id": a.id, "idx": i, "start": t.start, "end": t.end, "text": t.text,
             "type": t.type, "value": t.value} for i, t in enumerate(ex.times)],
        s.quotes.name: [
            {"article_id": a.id, "idx": i,
             "speaker_text": q.speaker.text if q.speaker else None,
             "speaker_actor": q.speaker.actor.id if q.speaker and q.speaker.actor else None,
             "content_start": q.content.start, "content_end": q.content.end,
             "content": q.content.text, "direct": q.direct, "data": qd}
            for i, (q, qd) in enumerate(zip(ex.quotes, data["quotes"], strict=True))],
        s.mentions.name: [_mention_row(a.id, i, ev) for i, ev in enumerate(data["events"])],
        s.article_flags.name: [
            {"article_id": a.id, "idx": i, "kind": f["kind"], "message": f["message"],
             "data": f} for i, f in enumerate(data["flags"])],
        s.neardup_bands.name: [
            {"key": k, "article_id": a.id} for k in dict.fromkeys(band_keys or ())],
        s.unfused.name: [{"article_id": a.id}],
    }


def _mention_row(article_id: str, idx: int, ev: dict[str, Any]) -> dict[str, Any]:
    """The `mentions` row of one contract event object."""
    date = ev.get("date") or {}
    return {
        "id": f"{article_id}#{idx}", "article_id": article_id, "idx": idx,
        "type": ev["type"], "mode": ev.get("mode"), "modality": ev.get("modality", "asserted"),
        "date_value": date.get("value"), "date_from": date.get("from"),
        "source_actors": [p["actor"]["id"] for p in ev.get("source", []) if p.get("actor")],
        "target_actors": [p["actor"]["id"] for p in ev.get("target", []) if p.get("actor")],
        "trigger_start": ev["trigger"]["start"], "trigger_end": ev["trigger"]["end"],
        "sentence_start": ev["sentence"]["start"], "sentence_end": ev["sentence"]["end"],
        "confidence": float(ev.get("confidence", 0.5)), "data": ev,
    }


STORED_AS_SQL = "SELECT id, content_hash FROM articles WHERE content_hash = ? OR id = ?"


def driver_rows(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """The rows of a SQLite query as the driver returns them (plain tuples, no result object
    per row and no type conversion: for reads of many rows of strings and numbers), inside
    ``conn``'s transaction."""
    cur = conn.connection.dbapi_connection.cursor()
    try:
        return cur.execute(sql, params).fetchall()
    finally:
        cur.close()


def _band_article_ids(conn: Connection, keys: list[int]) -> Iterator[str]:
    """The ids of the articles with any of the band keys ``keys`` (with repeats); on SQLite
    through the driver: SQLAlchemy renders its expanding ``IN`` of the keys anew for each
    article (37 keys at the default threshold), about twice the time of the query itself."""
    nb = s.neardup_bands
    if conn.dialect.name != "sqlite" or not keys:
        yield from conn.execute(select(nb.c.article_id).where(nb.c.key.in_(keys))).scalars()
        return
    marks = ", ".join("?" * len(keys))
    sql = f"SELECT {nb.c.article_id.name} FROM {nb.name} WHERE {nb.c.key.name} IN ({marks})"
    yield from (row[0] for row in driver_rows(conn, sql, tuple(int(k) for k in keys)))


def insert_rows(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all give the same columns (``insert(table)`` executed for many rows);
    on SQLite, when the table has no default for a column they leave out, through the
    driver's ``executemany`` with each value converted by its column type's bind processor
    (what SQLAlchemy does, without building its parameters row by row)."""
    if not rows:
        return
    cols = list(rows[0])
    if conn.dialect.name != "sqlite" or any(
            c.name not in rows[0] and (c.default is not None or c.server_default is not None)
            for c in table.columns):
        conn.execute(insert(table), rows)
        return
    params = list(map(row_values(tuple(cols)), rows))
    procs = [(i, f) for i, c in enumerate(cols)
             if (f := table.c[c].type.bind_processor(conn.dialect)) is not None]
    if procs:  # only the columns whose type converts (JSON, dates, ...) are touched again
        params = [converted(values, procs) for values in params]
    sql = insert_sql(table.name, tuple(cols))
    cur = conn.connection.dbapi_connection.cursor()
    dbapi_error = conn.dialect.loaded_dbapi.Error
    try:
        cur.executemany(sql, params)
    except dbapi_error as exc:  # raised as SQLAlchemy raises it (an ``IntegrityError``, ...)
        raise DBAPIError.instance(sql, params, exc, dbapi_error,
                                  hide_parameters=conn.engine.hide_parameters,
                                  dialect=conn.dialect, ismulti=True) from exc
    finally:
        cur.close()


@lru_cache(maxsize=64)
def row_values(cols: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A row's values of ``cols``, in that order, as one tuple (an ``itemgetter``: a row's
    parameters built in C, not by a generator per row)."""
    if len(cols) == 1:
        col = cols[0]
        return lambda row: (row[col],)
    return itemgetter(*cols)


def converted(values: tuple[Any, ...], procs: list[tuple[int, Callable[[Any], Any]]]
              ) -> tuple[Any, ...]:
    """``values`` with the value at each place of ``procs`` passed through its bind
    processor."""
    out = list(values)
    for i, proc in procs:
        out[i] = proc(out[i])
    return tuple(out)


@lru_cache(maxsize=64)
def insert_sql(table: str, cols: tuple[str, ...]) -> str:
    """The SQLite text of an insert of these columns (positional parameters)."""
    names = ", ".join(f'"{c}"' for c in cols)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})'


JSON_DECODER = json.JSONDecoder()


def with_json_key(text: str, key: str, value: Any, present: bool,
                  dumps: Callable[[Any], str]) -> str:
    """The JSON text of an object with one top-level ``key`` set to ``value``, as ``dumps``
    (the column type's serializer, ``json.dumps``) writes the whole object: when the key is
    there (``present``) and its token (the key and ": ") occurs once in the text, only its
    value is written again in place (a text ``json.dumps`` wrote is what it writes for the
    object it decodes to, and a nested value is written as it is inside the whole; a token
    inside a string is escaped, so the one occurrence is the top-level key); otherwise the
    object is decoded and written whole."""
    token = json.dumps(key) + ": "
    at = text.find(token) if present else -1
    if at >= 0 and text.find(token, at + 1) < 0:
        start = at + len(token)
        _, end = JSON_DECODER.raw_decode(text, start)
        return text[:start] + dumps(value) + text[end:]
    return dumps({**json_loads(text), key: value})


def json_key_sql(table: str, column: str, n_ids: int) -> str:
    """The SQLite read ``set_json_key`` starts from: id, the column's JSON text and the JSON
    type of one top-level key (its path the first parameter, None when the key is missing)
    of the rows with ``n_ids`` ids (the following parameters)."""
    return (f'SELECT id, CAST("{column}" AS TEXT), json_type("{column}", ?) '
            f'FROM "{table}" WHERE id IN ({", ".join("?" * n_ids)})')


def set_json_key(conn: Connection, table: Any, column: str, key: str,
                 values: dict[str, Any], read: dict[str, tuple[str, Any]] | None = None,
                 **also: Any) -> None:
    """Set one top-level key of a JSON column in the rows (by ``id``) of ``values`` to each
    row's value, and the columns ``also`` to the same values; on SQLite through the driver
    without decoding and encoding each whole object (``with_json_key``; the database tells
    whether the key is there), elsewhere each row read and written whole. ``read``: on
    SQLite, the rows' JSON text and the key's JSON type (``json_key_sql``) as the caller
    read them in this transaction, for every id of ``values`` (not read again)."""
    ids = list(values)
    if not ids:
        return
    col = table.c[column]
    if conn.dialect.name != "sqlite":
        rows = dict(conn.execute(select(table.c.id, col).where(table.c.id.in_(ids))).all())
        conn.execute(table.update().where(table.c.id == bindparam("b_id"))
                     .values({column: bindparam("b_value"),
                              **{c: bindparam(f"b_{c}") for c in also}}),
                     [{"b_id": i, "b_value": {**rows[i], key: values[i]},
                       **{f"b_{c}": v for c, v in also.items()}} for i in ids])
        return
    dumps = col.type.bind_processor(conn.dialect)
    if read is None:
        found = driver_rows(conn, json_key_sql(table.name, column, len(ids)),
                            (f'$."{key}"', *ids))
    else:
        found = [(rid, *read[rid]) for rid in ids]
    params = [(with_json_key(raw, key, values[rid], kind is not None, dumps),
               *also.values(), rid) for rid, raw, kind in found]
    sets = ", ".join(f'"{c}" = ?' for c in (column, *also))
    cur = conn.connection.dbapi_connection.cursor()
    try:
        cur.executemany(f'UPDATE "{table.name}" SET {sets} WHERE id = ?', params)
    finally:
        cur.close()


def in_chunks(values: list[Any], size: int = IN_LIST) -> Iterator[list[Any]]:
    """``values`` in slices short enough for one SQL IN list."""
    for i in range(0, len(values), size):
        yield values[i:i + size]


def redact(url: str) -> str:
    """The URL with any password replaced by ***."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"
    return url
