"""Exports of the fused record: one row per event, PLOVER-style columns, CSV/JSONL/Parquet.

Columns are documented in ``EXPORT.md`` beside this module. Multi-valued
columns are ``;``-joined strings; provenance and flags are JSON strings, so
every format loads with ``pandas.read_csv`` / ``read_json(lines=True)`` /
``read_parquet`` unchanged and has the same columns.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.fuse import queries
from eventwire.store import Store
from eventwire.views import data, present

FORMATS = ("csv", "jsonl", "parquet")
BATCH = 5000
SEP = ";"
FILTERS = ("actor", "country", "type", "date_from", "date_to", "story", "q")
COLUMNS = (
    "id", "type", "mode", "contexts",
    "source_actor_ids", "source_names", "source_countries", "source_sectors",
    "target_actor_ids", "target_names", "target_countries", "target_sectors",
    "date", "date_precision", "date_min", "date_max", "location", "location_country",
    "n_sources", "article_ids", "provenance", "flags", "modality", "story",
)
INT_COLUMNS = frozenset({"n_sources"})
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _joined(values: list[Any]) -> str:
    """Values joined by ';' (None becomes an empty field)."""
    return SEP.join("" if v is None else str(v).replace(SEP, ",") for v in values)


def _side(refs: list[dict[str, Any]] | None, prefix: str) -> dict[str, str]:
    """The four actor columns of one side (source or target)."""
    refs = refs or []
    return {f"{prefix}_actor_ids": _joined([r.get("id") for r in refs]),
            f"{prefix}_names": _joined([present.actor_name(r) for r in refs]),
            f"{prefix}_countries": _joined([r.get("country") for r in refs]),
            f"{prefix}_sectors": _joined([r.get("sector") for r in refs])}


def _provenance(ev: dict[str, Any]) -> str:
    """The supporting spans of an event as a JSON string: [{article, start, end, text}]."""
    spans = []
    for m in ev.get("mentions") or []:
        sentence = m.get("sentence") or {}
        spans.append({"article": m.get("article"), "start": m.get("start"), "end": m.get("end"),
                      "mention": m.get("mention"), "text": sentence.get("text")
                      or (m.get("trigger") or {}).get("text")})
    return json.dumps(spans, ensure_ascii=False)


def _contexts(ev: dict[str, Any], by_mention: dict[str, list[str]]) -> list[str]:
    """The event's PLOVER contexts: its own, else the union over its mentions."""
    found = list(ev.get("contexts") or (ev.get("attributes") or {}).get("contexts") or [])
    for m in ev.get("mentions") or []:
        found += by_mention.get(str(m.get("mention")), [])
    return list(dict.fromkeys(found))


def event_row(ev: dict[str, Any], by_mention: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """One export row for a fused event dict."""
    rng = ev.get("date_range") or [None, None]
    loc = ev.get("location") or {}
    src, tgt = ev.get("source") or [], ev.get("target") or []
    if not src and not tgt:
        src = ev.get("participants") or []
    return {
        "id": ev.get("id"), "type": ev.get("type"), "mode": ev.get("mode"),
        "contexts": _joined(_contexts(ev, by_mention or {})),
        **_side(src, "source"), **_side(tgt, "target"),
        "date": ev.get("date"), "date_precision": present.date_precision(ev.get("date"), rng),
        "date_min": rng[0] if rng else None, "date_max": rng[-1] if rng else None,
        "location": loc.get("text") or loc.get("name"), "location_country": loc.get("country"),
        "n_sources": int(ev.get("n_sources") or len(ev.get("articles") or [])),
        "article_ids": _joined(list(ev.get("articles") or [])),
        "provenance": _provenance(ev),
        "flags": json.dumps(ev.get("flags") or [], ensure_ascii=False),
        "modality": ev.get("modality"), "story": ev.get("story"),
    }


def iter_rows(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    """Export rows of every event matching the filters, in date order, read page by page
    on the sort key."""
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise data.ViewError(f"unknown export filter(s): {', '.join(sorted(unknown))}")
    f = {k: v for k, v in filters.items() if v}
    for key in ("date_from", "date_to"):
        if key in f and not DATE_RE.match(str(f[key])):
            raise data.ViewError(f"bad date {f[key]!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    for page in queries.event_pages(store, batch=BATCH, **f):
        mention_ids = [str(m.get("mention")) for ev in page for m in ev.get("mentions") or []
                       if m.get("mention")]
        by_mention = data.mention_contexts(store, mention_ids)
        yield from (event_row(ev, by_mention) for ev in page)


def export(store: Store, fmt: str, out_path: str | Path, **filters: Any) -> int:
    """Write the events matching ``filters`` to ``out_path`` as csv/jsonl/parquet; return rows."""
    if fmt not in FORMATS:
        raise data.ViewError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    out = Path(out_path)
    if out.parent and not out.parent.is_dir():
        raise data.ViewError(f"{out}: folder {out.parent} does not exist")
    rows = iter_rows(store, **filters)
    writer = {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}[fmt]
    return writer(rows, out)


def _write_csv(rows: Iterator[dict[str, Any]], out: Path) -> int:
    """CSV with a header row (UTF-8, RFC 4180 quoting)."""
    n = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        for row in rows:
            w.writerow(row)
            n += 1
    return n


def _write_jsonl(rows: Iterator[dict[str, Any]], out: Path) -> int:
    """One JSON object per line."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_parquet(rows: Iterator[dict[str, Any]], out: Path) -> int:
    """Parquet with a fixed schema (strings, n_sources int64), written in row groups."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.string()) for c in COLUMNS])
    n, batch = 0, []
    with pq.ParquetWriter(out, schema) as writer:
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
