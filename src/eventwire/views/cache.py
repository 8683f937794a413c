"""A response cache for read requests, keyed on the record version (pure ASGI middleware).

Every page and API answer is a function of the URL and the stored record, so a
200 answer to a GET is kept (per process, bounded in entries and bytes) and
served again until the database changes. The record version is cheap to read:
SQLite's ``PRAGMA data_version`` on a dedicated connection (it changes whenever
any other connection commits), and for other databases the row counts and
newest keys of the tables the views read. Concurrent misses on one URL are
computed once, and at most ``MAX_MISSES`` at a time, so that computing new
answers never starves the cached ones of the interpreter.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import func, select

from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s
from eventwire.views.guard import ASGIApp, Message, Receive, Scope, Send

MAX_ENTRIES = 4096
MAX_BYTES = 128 * 1024 * 1024
MAX_ENTRY_BYTES = 4 * 1024 * 1024
MAX_MISSES = 4  # answers computed at once per process; the others wait, hits go on
SKIP_PREFIXES = ("/static/", "/vendor/")
CACHE_HEADER = b"x-cache"


class RecordVersion:
    """A value that changes whenever the store's database changes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        url = store.engine.url
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            self._conn = sqlite3.connect(url.database, check_same_thread=False)

    def __call__(self) -> tuple[Any, ...]:
        """The current version (compare for equality only)."""
        if self._conn is not None:
            with self._lock:
                return (self._conn.execute("PRAGMA data_version").fetchone()[0],)
        return self._query()

    def _query(self) -> tuple[Any, ...]:
        """Row counts and newest keys of the tables the views read."""
        a, e, st, p = s.articles.c, ft.events.c, ft.stories.c, ft.promises.c
        q = select(select(func.count()).select_from(s.articles).scalar_subquery(),
                   select(func.max(a.seq)).scalar_subquery(),
                   select(func.count()).select_from(ft.events).scalar_subquery(),
                   select(func.max(e.updated_at)).scalar_subquery(),
                   select(func.max(st.updated_at)).scalar_subquery(),
                   select(func.count()).select_from(ft.stories).scalar_subquery(),
                   select(func.max(p.updated_at)).scalar_subquery())
        with self.store.engine.connect() as conn:
            return tuple(conn.execute(q).one())

    def close(self) -> None:
        """Close the dedicated connection."""
        if self._conn is not None:
            self._conn.close()


class ResponseCache:
    """Serve repeated GETs from memory while the record version is unchanged."""

    def __init__(self, app: ASGIApp, version: RecordVersion) -> None:
        self.app = app
        self.version = version
        self.entries: OrderedDict[tuple[str, bytes], tuple[int, list, bytes]] = OrderedDict()
        self.size = 0
        self.seen: Any = None
        self.pending: dict[tuple[str, bytes], asyncio.Event] = {}
        self.hits = self.misses = 0
        self.computing = asyncio.Semaphore(MAX_MISSES)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer from the cache, or run the app and keep a cacheable answer."""
        if scope["type"] != "http" or scope["method"] != "GET" \
                or scope["path"].startswith(SKIP_PREFIXES):
            await self.app(scope, receive, send)
            return
        current = self.version()
        if current != self.seen:
            self.entries.clear()
            self.size, self.seen = 0, current
        key = (scope["path"], scope.get("query_string", b""))
        while key not in self.entries and key in self.pending:
            await self.pending[key].wait()
        entry = self.entries.get(key)
        if entry is not None:
            self.hits += 1
            self.entries.move_to_end(key)
            await _replay(send, entry, b"hit")
            return
        self.misses += 1
        done = self.pending[key] = asyncio.Event()
        try:
            await self._fill(scope, receive, send, key, current)
        finally:
            del self.pending[key]
            done.set()

    async def _fill(self, scope: Scope, receive: Receive, send: Send,
                    key: tuple[str, bytes], version: Any) -> None:
        """Run the app, forwarding its answer, and keep it when it is a cacheable 200."""
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                message = {**message, "headers": [*message.get("headers", []),
                                                  (CACHE_HEADER, b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        async with self.computing:
            await self.app(scope, receive, capture)
        body = b"".join(chunks)
        headers = list(start.get("headers", []))
        if start.get("status") == 200 and len(body) <= MAX_ENTRY_BYTES \
                and not any(k.lower() == b"set-cookie" for k, _ in headers) \
                and version == self.seen:
            self._keep(key, (200, headers, body))

    def _keep(self, key: tuple[str, bytes], entry: tuple[int, list, bytes]) -> None:
        """Store one answer, evicting the least recently used beyond the bounds."""
        self.entries[key] = entry
        self.size += len(entry[2])
        while self.entries and (len(self.entries) > MAX_ENTRIES or self.size > MAX_BYTES):
            _, old = self.entries.popitem(last=False)
            self.size -= len(old[2])


async def _replay(send: Send, entry: tuple[int, list, bytes], tag: bytes) -> None:
    """Send a kept answer."""
    status, headers, body = entry
    await send({"type": "http.response.start", "status": status,
                "headers": [*headers, (CACHE_HEADER, tag)]})
    await send({"type": "http.response.body", "body": body})
