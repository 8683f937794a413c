"""Library entry points that tie the stages together: extract and ingest."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire.heap import trim_heap
from eventwire.model import Article, Extraction
from eventwire.pipeline import Pipeline, ProcessingError
from eventwire.store import Store

FUSE_CHUNK = 1000  # articles fused per update when an ingest stored many
# (an ingest fusing more than one update's worth frees its language model first)


@dataclass
class IngestReport:
    """What one ingest run did, input by input."""

    new: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (input, stored id)
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # (id, of, score)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, message)
    fused: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"new": self.new, "duplicates": self.duplicates,
                "near_duplicates": self.near_duplicates, "failed": self.failed,
                "fused": self.fused}


def extract(sources: Iterable[str], *, pipeline: Pipeline | None = None,
            allow_private: bool = False, max_bytes: int | None = None,
            on_error: Callable[[str, str], None] | None = None) -> Iterator[Extraction | Any]:
    """Read sources and yield one Extraction per article (or what the pipeline's ``encode``
    made of it); report bad inputs via on_error."""
    from eventwire.ingest import MAX_FILE_BYTES, read_sources
    from eventwire.ingest.errors import InputError

    pipeline = pipeline or Pipeline()

    def articles() -> Iterator[Article]:
        for item in read_sources(sources, allow_private=allow_private,
                                 max_bytes=max_bytes or MAX_FILE_BYTES):
            if isinstance(item, InputError):
                if on_error:
                    on_error(item.source, item.message)
                continue
            yield item

    for result in pipeline.run(articles()):
        if isinstance(result, ProcessingError):
            if on_error:
                on_error(result.source, result.message)
            continue
        yield result


def fuse_unfused(store: Store, chunk: int = FUSE_CHUNK,
                 ids: list[str] | None = None) -> dict[str, Any]:
    """Fuse every stored article not yet in the record (``ids``: read from the store when
    not given), ``chunk`` articles per update so memory stays bounded (none: an empty
    dict)."""
    from eventwire.fuse import update

    ids = store.unfused_ids() if ids is None else ids
    report: dict[str, Any] = {}
    for i in range(0, len(ids), chunk):
        report = merge_reports(report, update(store, ids[i:i + chunk]))
        trim_heap()  # what the update freed, before the next one allocates again
    return report


def merge_reports(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """The report of two consecutive fuse updates as one."""
    if not a:
        return b
    out = {"articles": a["articles"] + b["articles"], "promises": b["promises"]}
    for kind in ("stories", "events"):
        new = list(dict.fromkeys(a[f"{kind}_new"] + b[f"{kind}_new"]))
        out[f"{kind}_new"] = new
        out[f"{kind}_updated"] = sorted(set(a[f"{kind}_updated"]) | set(b[f"{kind}_updated"])
                                        - set(new))
    return {**a, **b, **out}


def ingest(sources: Iterable[str], store: Store, *, pipeline: Pipeline | None = None,
           allow_private: bool = False, fuse: bool = True, max_bytes: int | None = None,
           on_article: Callable[[str, str], None] | None = None) -> IngestReport:
    """Read, dedupe, extract and store articles; then fuse every unfused article.

    Exact duplicates (same cleaned text) are skipped before any NLP runs;
    near-duplicates are stored and linked to the earlier article. The fusion
    takes every stored article not yet in the record, so a run that was
    interrupted is completed by the next one. Runs on one store take turns
    (``Store.ingest_lock``). ``max_bytes`` caps each input (default:
    ``MAX_FILE_BYTES``). ``on_article(status, name)`` is called once per input
    for progress display.
    """
    with store.ingest_lock():
        return _ingest(sources, store, pipeline=pipeline, allow_private=allow_private,
                       fuse=fuse, max_bytes=max_bytes, on_article=on_article)


def _ingest(sources: Iterable[str], store: Store, *, pipeline: Pipeline | None,
            allow_private: bool, fuse: bool, max_bytes: int | None,
            on_article: Callable[[str, str], None] | None) -> IngestReport:
    """The ingest run, holding the store's ingest lock."""
    from eventwire.ingest import MAX_FILE_BYTES, read_sources
    from eventwire.ingest.dedup import StoredNearDups, content_id, minhash, signature_bytes
    from eventwire.ingest.errors import InputError

    pipeline = pipeline or Pipeline()
    report = IngestReport()
    notify = on_article or (lambda status, name: None)
    index = StoredNearDups(store)  # the stored articles' band keys, and this run's articles
    pending: dict[str, tuple[str, Any, tuple[str, float] | None]] = {}
    seen_hashes: dict[str, str] = {}

    def fresh() -> Iterator[Article]:
        for item in read_sources(sources, allow_private=allow_private,
                                 max_bytes=max_bytes or MAX_FILE_BYTES):
            if isinstance(item, InputError):
                report.failed.append((item.source, item.message))
                notify("failed", item.source)
                continue
            name = item.source or item.id
            digest = content_id(item.text)
            dup, stored = seen_hashes.get(digest), False
            if dup is None:
                dup, stored = store.stored_as(digest, item.id)
            if dup:
                report.duplicates.append((name, dup))
                notify("duplicate", name)
                continue
            if item.id in pending or stored:
                report.failed.append((name, f"id {item.id!r} is already stored with other text"))
                notify("failed", name)
                continue
            mh = minhash(item.text)
            near = index.query(mh)
            if near is None:
                index.add(item.id, mh)
            seen_hashes[digest] = item.id
            pending[item.id] = (digest, mh, near)
            yield item

    lost: set[str] = set()  # indexed when read, then not stored

    def forget(article_id: str) -> None:
        lost.add(article_id)
        index.remove(article_id)

    batch: list[tuple[Extraction, dict[str, Any]]] = []

    def flush() -> None:
        """Store the batch in one transaction (article by article if that fails); report it."""
        for (ex, kwargs), error in zip(batch, store_batch(store, batch), strict=True):
            article = ex.article
            name = article.source or article.id
            if error:
                forget(article.id)
                report.failed.append((name, error))
                notify("failed", name)
                continue
            report.new.append(article.id)
            near = kwargs["duplicate_of"]
            if near:
                report.near_duplicates.append((article.id, near, round(kwargs["near_score"], 3)))
            notify("near-duplicate" if near else "new", name)
        batch.clear()

    for result in pipeline.run(fresh()):
        if isinstance(result, ProcessingError):
            if pending.pop(result.article_id, None) is not None:
                forget(result.article_id)
            report.failed.append((result.source, result.message))
            notify("failed", result.source)
            continue
        digest, mh, near = pending.pop(result.article.id)
        if near and near[0] in lost:  # its near-duplicate was not stored: compare again
            near = index.query(mh, exclude=result.article.id)
            if near is not None and near[0] in pending:  # read later: not an earlier article
                near = None
            if near is None:
                index.add(result.article.id, mh)
        batch.append((result, {"content_hash": digest, "minhash": signature_bytes(mh),
                               "band_keys": index.index.stored_keys(mh.hashvalues),
                               "duplicate_of": near[0] if near else None,
                               "near_score": near[1] if near else None}))
        if len(batch) >= pipeline.batch_size:
            flush()
    flush()
    index.clear()  # the signatures read are not needed to fuse
    seen_hashes.clear()
    if fuse:
        ids = store.unfused_ids()
        if len(ids) > FUSE_CHUNK:  # several updates: free the model's memory for them
            pipeline.release()
            gc.collect()
            trim_heap()
        report.fused = fuse_unfused(store, ids=ids)
    return report


def store_batch(store: Store, batch: list[tuple[Extraction, dict[str, Any]]]
                ) -> list[str | None]:
    """Write a batch in one transaction; if that fails, article by article, so a store failure
    loses only the failing article. Returns an error message (or None) per article."""
    if not batch:
        return []
    try:
        store.add_many(batch)
        return [None] * len(batch)
    except Exception:  # retried one by one below to find the failing article
        pass
    out: list[str | None] = []
    for ex, kwargs in batch:
        try:
            store.add(ex, **kwargs)
            out.append(None)
        except Exception as exc:
            out.append(f"not stored ({exc.__class__.__name__}: {exc})".splitlines()[0])
    return out
