"""Exports of the fused record: one typed row per event, CSV/JSONL/Parquet.

Columns are documented in ``EXPORT.md`` beside this module. Multi-valued
columns are ``;``-joined strings; provenance, flags and conflicts are also
given as JSON strings; dates are full ISO days, so every format loads with
``pandas`` and DuckDB with typed date and count columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from eventwire.fuse import queries
from eventwire.fuse.describe import describe
from eventwire.fuse.mentions import outlet_of
from eventwire.store import Store, in_chunks
from eventwire.store import schema as s
from eventwire.views import data, present

FORMATS = ("csv", "jsonl", "parquet")
BATCH = 5000
IN_CHUNK = 2000  # ids per SQL IN list
SEP = ";"
FILTERS = ("actor", "country", "type", "date_from", "date_to", "story", "q")
SIDE_FIELDS = ("actor_ids", "names", "countries", "sectors", "wikidata", "cameo")
COLUMNS = (
    "id", "story", "type", "mode", "modality", "description",
    "date_start", "date_end", "date_precision", "date_basis", "date_value",
    *(f"source_{f}" for f in SIDE_FIELDS), *(f"target_{f}" for f in SIDE_FIELDS),
    "contexts", "location", "location_country",
    "n_sources", "n_articles", "outlets", "article_ids", "urls", "titles",
    "sentence", "confidence", "flags", "flags_json", "conflicts", "conflicts_json",
    "provenance",
)
INT_COLUMNS = frozenset({"n_sources", "n_articles"})
FLOAT_COLUMNS = frozenset({"confidence"})
DATE_COLUMNS = frozenset({"date_start", "date_end"})
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QID_RE = re.compile(r"^Q\d+$")
KIND_PREFIX = {"state": "country", "country": "country", "person": "person"}


def _joined(values: list[Any]) -> str:
    """Values joined by ';' (None becomes an empty field)."""
    return SEP.join("" if v is None else str(v).replace(SEP, ",") for v in values)


def _slug(text: str) -> str:
    """Lower-case ASCII words joined by '-'."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "unknown"


def actor_key(ref: dict[str, Any]) -> str | None:
    """An actor's id in the export's one scheme: ``country:ISO3`` for states,
    ``person:<slug>`` for people, ``org:<slug>`` for organisations (None when the
    participant is not linked to the registry)."""
    raw = str(ref.get("id") or "")
    if not raw:
        return None
    if ":" in raw and not QID_RE.match(raw):
        return raw
    kind = str(ref.get("kind") or "person").lower()
    prefix = KIND_PREFIX.get(kind, "org")
    if prefix == "country" and ref.get("country"):
        return f"country:{ref['country']}"
    return f"{prefix}:{_slug(str(ref.get('name') or raw))}"


def cameo_code(ref: dict[str, Any]) -> str | None:
    """The CAMEO actor code of an actor: its country code and sector (e.g. USAGOV)."""
    country = ref.get("country")
    return f"{country}{ref.get('sector') or ''}" if country else None


def _side(refs: list[dict[str, Any]] | None, prefix: str) -> dict[str, str]:
    """The actor columns of one side (source or target), aligned actor by actor."""
    cols: list[list[Any]] = [[] for _ in SIDE_FIELDS]
    for r in refs or []:
        rid = str(r.get("id") or "")
        values = (actor_key(r), present.actor_name(r), r.get("country"), r.get("sector"),
                  rid if QID_RE.match(rid) else r.get("wikidata"), cameo_code(r))
        for col, value in zip(cols, values, strict=True):
            col.append(value)
    return {f"{prefix}_{field}": _joined(col) for field, col in zip(SIDE_FIELDS, cols,
                                                                      strict=True)}


def _provenance(ev: dict[str, Any]) -> str:
    """The supporting spans of an event as a JSON string: [{article, start, end, text}]."""
    spans = []
    for m in ev.get("mentions") or []:
        sentence = m.get("sentence") or {}
        spans.append({"article": m.get("article"), "start": m.get("start"), "end": m.get("end"),
                      "mention": m.get("mention"), "text": sentence.get("text")
                      or (m.get("trigger") or {}).get("text")})
    return json.dumps(spans, ensure_ascii=False)


def _contexts(ev: dict[str, Any], mentions: dict[str, dict[str, Any]]) -> list[str]:
    """The event's PLOVER contexts: its own, else the union over its mentions."""
    found = list(ev.get("contexts") or (ev.get("attributes") or {}).get("contexts") or [])
    for m in ev.get("mentions") or []:
        found += (mentions.get(str(m.get("mention"))) or {}).get("contexts") or []
    return list(dict.fromkeys(found))


def range_precision(lo: str | None, hi: str | None) -> str:
    """day | week | month | year | range for a date range of ISO days."""
    a, b = present.to_date(lo), present.to_date(hi)
    if a is None or b is None:
        return "range"
    if a == b:
        return "day"
    if (b - a).days == 6 and a.isoweekday() == 1:
        return "week"
    if a.day == 1 and (b + dt.timedelta(days=1)).day == 1 and (a.year, a.month) == (b.year, b.month):
        return "month"
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return "year"
    return "range"


def _dates(ev: dict[str, Any], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """date_start, date_end, date_precision, date_basis and date_value of one event: its
    date range, else the publication (or, failing that, ingest) days of its articles."""
    rng = [d for d in ev.get("date_range") or [] if d]
    basis = "text" if ev.get("date_from") == "text" else "publication"
    if not rng:
        infos = [articles.get(str(a)) or {} for a in ev.get("articles") or []]
        days = sorted(str(i.get("published"))[:10] for i in infos if i.get("published"))
        if not days:
            days, basis = sorted(str(i.get("ingested_at"))[:10] for i in infos
                                 if i.get("ingested_at")), "ingest"
        rng = [days[0], days[-1]] if days else []
    lo, hi = (rng[0][:10], rng[-1][:10]) if rng else (None, None)
    return {"date_start": lo, "date_end": hi,
            "date_precision": range_precision(lo, hi) if lo else "none",
            "date_basis": basis if lo else "none", "date_value": ev.get("date")}


def _flag_text(flag: dict[str, Any]) -> str:
    """One flag as a sentence: 'kind: message (value [articles]; ...)'."""
    values = "; ".join(f"{v.get('value')} [{', '.join(map(str, v.get('articles') or []))}]"
                       for v in flag.get("values") or [] if isinstance(v, dict))
    text = f"{flag.get('kind')}: {flag.get('message') or ''}".strip()
    return text + (f" ({values})" if values else "")


def _best_mention(ev: dict[str, Any], mentions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The mention with the highest extraction confidence (the first one on ties)."""
    pool = list(ev.get("mentions") or [])
    if not pool:
        return {}
    return max(pool, key=lambda m: (mentions.get(str(m.get("mention"))) or {})
               .get("confidence") or 0.0)


def event_row(ev: dict[str, Any], lookup: dict[str, Any] | None = None) -> dict[str, Any]:
    """One export row for a fused event dict; ``lookup`` ({"mentions", "articles"}, from
    ``row_lookup``) adds confidence, contexts, outlets, URLs and titles."""
    lookup = lookup or {}
    mentions, articles = lookup.get("mentions") or {}, lookup.get("articles") or {}
    loc = ev.get("location") or {}
    src, tgt = ev.get("source") or [], ev.get("target") or []
    if not src and not tgt:
        src = ev.get("participants") or []
    ids = [str(a) for a in ev.get("articles") or []]
    infos = [articles.get(a) or {} for a in ids]
    best = _best_mention(ev, mentions)
    confs = [(mentions.get(str(m.get("mention"))) or {}).get("confidence")
             for m in ev.get("mentions") or []]
    flags = list(ev.get("flags") or [])
    conflicts = present.conflicts(ev)
    return {
        "id": ev.get("id"), "story": ev.get("story"), "type": ev.get("type"),
        "mode": ev.get("mode"), "modality": ev.get("modality"), "description": describe(ev),
        **_dates(ev, articles),
        **_side(src, "source"), **_side(tgt, "target"),
        "contexts": _joined(_contexts(ev, mentions)),
        "location": loc.get("text") or loc.get("name"), "location_country": loc.get("country"),
        "n_sources": int(ev.get("n_sources") or len(ids)), "n_articles": len(ids),
        "outlets": _joined(list(dict.fromkeys(i["outlet"] for i in infos if i.get("outlet")))),
        "article_ids": _joined(ids),
        "urls": _joined([i.get("url") for i in infos if i.get("url")]),
        "titles": _joined([i.get("label") for i in infos if i.get("label")]),
        "sentence": " ".join(str((best.get("sentence") or {}).get("text") or "").split()) or None,
        "confidence": max((c for c in confs if isinstance(c, (int, float))), default=None),
        "flags": " | ".join(_flag_text(f) for f in flags if f not in conflicts) or None,
        "flags_json": json.dumps([f for f in flags if f not in conflicts], ensure_ascii=False),
        "conflicts": " | ".join(_flag_text(f) for f in conflicts) or None,
        "conflicts_json": json.dumps(conflicts, ensure_ascii=False),
        "provenance": _provenance(ev),
    }


def row_lookup(store: Store, events: list[dict[str, Any]]) -> dict[str, Any]:
    """The mention (confidence, contexts) and article (title label, URL, outlet, dates)
    facts the rows of ``events`` need, read in a few IN-list queries."""
    mention_ids = sorted({str(m.get("mention")) for ev in events
                          for m in ev.get("mentions") or [] if m.get("mention")})
    article_ids = sorted({str(a) for ev in events for a in ev.get("articles") or []})
    m, a = s.mentions.c, s.articles.c
    mentions: dict[str, dict[str, Any]] = {}
    articles: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for ids in in_chunks(mention_ids, IN_CHUNK):
            for r in conn.execute(select(m.id, m.confidence, m.data).where(m.id.in_(ids))):
                mentions[r.id] = {"confidence": r.confidence,
                                  "contexts": list((r.data or {}).get("contexts") or [])}
        for ids in in_chunks(article_ids, IN_CHUNK):
            for r in conn.execute(select(a.id, a.title, a.url, a.site, a.duplicate_of, a.published,
                                         a.ingested_at, func.substr(a.text, 1, present.LEAD_CHARS)
                                         .label("text")).where(a.id.in_(ids))):
                articles[r.id] = {"url": r.url, "outlet": outlet_of(
                                      {"id": r.id, "site": r.site, "url": r.url,
                                       "duplicate_of": r.duplicate_of}),
                                  "published": r.published, "ingested_at": r.ingested_at,
                                  "label": present.article_label(r.title, r.text)}
    return {"mentions": mentions, "articles": articles}


def check_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """The non-empty filters, or a ViewError naming an unknown filter or a bad date."""
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise data.ViewError(f"unknown export filter(s): {', '.join(sorted(unknown))}")
    f = {k: v for k, v in filters.items() if v}
    for key in ("date_from", "date_to"):
        if key in f and not DATE_RE.match(str(f[key])):
            raise data.ViewError(f"bad date {f[key]!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return f


def rows_of(store: Store, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Export rows of a list of events."""
    lookup = row_lookup(store, events)
    return [event_row(ev, lookup) for ev in events]


def iter_rows(store: Store, min_confidence: float | None = None,
              **filters: Any) -> Iterator[dict[str, Any]]:
    """Export rows of every event matching the filters (and with a mention at or above
    ``min_confidence`` when given), in date order, read page by page on the sort key."""
    for page in queries.event_pages(store, batch=BATCH, min_confidence=min_confidence,
                                    **check_filters(filters)):
        yield from rows_of(store, page)


def export(store: Store, fmt: str, out_path: str | Path, min_confidence: float | None = None,
           **filters: Any) -> int:
    """Write the events matching ``filters`` to ``out_path`` as csv/jsonl/parquet (only those
    with a mention at or above ``min_confidence`` when given; the CLI passes the display
    threshold unless ``--all``); return rows."""
    if fmt not in FORMATS:
        raise data.ViewError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    out = Path(out_path)
    if out.parent and not out.parent.is_dir():
        raise data.ViewError(f"{out}: folder {out.parent} does not exist")
    rows = iter_rows(store, min_confidence, **filters)
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


def parquet_schema() -> Any:
    """The Parquet schema: date32 dates, int64 counts, float64 confidence, strings."""
    import pyarrow as pa

    def kind(c: str) -> Any:
        """The Arrow type of one column."""
        return pa.int64() if c in INT_COLUMNS else pa.float64() if c in FLOAT_COLUMNS \
            else pa.date32() if c in DATE_COLUMNS else pa.string()

    return pa.schema([(c, kind(c)) for c in COLUMNS])


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    """A row with its date columns as ``datetime.date``."""
    return {**row, **{c: present.to_date(row[c]) for c in DATE_COLUMNS}}


def _write_parquet(rows: Iterator[dict[str, Any]], out: Path) -> int:
    """Parquet with a fixed typed schema, written in row groups."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n, batch = 0, []
    with pq.ParquetWriter(out, schema) as writer:
        for row in rows:
            batch.append(_typed(row))
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
