"""The corpus-level stage: stories, one record per real event, conflicts, promises.

``update(store, new_article_ids)`` is incremental (it clears the articles'
"unfused" markers in its own transaction): new articles join existing
stories or open new ones, their event mentions merge into existing events or
create new ones, and promises are re-evaluated. Ids of existing stories and
events never change. ``rebuild(store)`` clears the fused layer and replays
every stored article in ingest order (giving the same ids as incremental runs
in that order).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, select

from eventwire.fuse.promises import JUDGED_META, KEYS_META
from eventwire.store import Store, in_chunks
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s

EXTRACTIONS_READ = 100  # new articles whose extract objects are read at once for story placement


def _now() -> str:
    """The current UTC time as an ISO string (seconds)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: an update allocates many small objects (the
    candidates' mentions), and each full collection would scan every object of the process
    (the language model included); what the update drops is freed by reference counting,
    and cycles are collected once it is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def update(store: Store, new_article_ids: list[str]) -> dict[str, Any]:
    """Fuse newly stored articles into stories, events and promises; return what changed.
    The masked article texts the update remembers (``summary.mask_abbreviations``) are
    forgotten when it ends."""
    from eventwire.fuse.summary import mask_abbreviations

    mask_abbreviations.cache_clear()
    try:
        with collector_paused():
            return _update(store, new_article_ids)
    finally:
        mask_abbreviations.cache_clear()


def _update(store: Store, new_article_ids: list[str]) -> dict[str, Any]:
    """The update, with the collector paused."""
    from eventwire.fuse.build import event_view
    from eventwire.fuse.events import fuse_mentions
    from eventwire.fuse.promises import refresh_promises
    from eventwire.fuse.stories import StoryIndex, assign
    from eventwire.fuse.summary import refresh_stories

    now = _now()
    with store.begin() as conn:
        rows = conn.execute(
            select(s.articles.c.id, s.articles.c.duplicate_of, s.articles.c.seq)
            .where(s.articles.c.id.in_(list(new_article_ids)))
            .where(s.articles.c.id.not_in(select(ft.story_articles.c.article_id)))
            .order_by(s.articles.c.seq)).all()
        index = StoryIndex.load(conn)
        views: dict[str, Any] = {}  # what the event records read of the articles read here,
        # kept when they are read at once (``EXTRACTIONS_READ``: a bounded memory)
        for part in in_chunks(rows, EXTRACTIONS_READ):
            read = dict(conn.execute(select(s.articles.c.id, s.articles.c.extraction).where(
                s.articles.c.id.in_([r.id for r in part]))).all())
            for row in part:
                assign(conn, index, row.id, read[row.id], row.duplicate_of, now, row.seq)
            if len(rows) <= EXTRACTIONS_READ:
                views.update((aid, event_view(ex or {})) for aid, ex in read.items())
        index.save(conn)
        touched, created, moved = set(index.touched), sorted(index.created), set(index.moved)
        branches = index.branches
        del index  # its member vectors and profiles are not needed by the steps below
        ids = [r.id for r in rows]
        ev = fuse_mentions(conn, ids, now, moved, branches, views)
        del views
        refresh_stories(conn, touched | ev["stories"], now, summarised=touched)
        n_promises = refresh_promises(conn, now, ev["plain"], ev["written"])
        conn.execute(delete(s.unfused).where(s.unfused.c.article_id.in_(list(new_article_ids))))
    return {"articles": len(ids), "stories_new": created,
            "stories_updated": sorted(touched - set(created)),
            "events_new": ev["new"], "events_updated": ev["updated"], "promises": n_promises}


def clear(store: Store) -> None:
    """Remove the whole fused layer (stories, events, promises, term statistics)."""
    with store.begin() as conn:
        for table in (ft.promises, ft.promise_keys, ft.promise_reach, ft.event_mentions, ft.event_aliases,
                      ft.story_aliases, ft.events,
                      ft.story_articles, ft.stories, ft.term_df, ft.fuse_keys,
                      ft.mention_names, ft.story_keys):
            conn.execute(delete(table))
        conn.execute(delete(s.meta).where(s.meta.c.key.in_([JUDGED_META, KEYS_META])))


def rebuild(store: Store) -> dict[str, Any]:
    """Clear the fused layer and fuse every stored article again, in ingest order."""
    clear(store)
    return update(store, [a["id"] for a in store.articles()])
