"""Plain-text presentation of fused records, shared by the web UI and reports."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

CONFLICT_MARKERS = ("conflict", "disagree", "contradict")
LABEL_CHARS = 100
LEAD_CHARS = 600
WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
MONTH_RE = re.compile(r"^\d{4}-\d{2}")
QUADS = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation", "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation", "AID": "material cooperation",
    "RETREAT": "material cooperation",
    "REQUEST": "verbal conflict", "ACCUSE": "verbal conflict", "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict", "SANCTION": "material conflict",
    "MOBILIZE": "material conflict", "COERCE": "material conflict", "ASSAULT": "material conflict",
}


def actor_name(ref: dict[str, Any] | None) -> str:
    """An actor's display name."""
    if not ref:
        return "?"
    return str(ref.get("name") or ref.get("text") or ref.get("id") or "?")


def article_label(title: str | None, text: str | None) -> str | None:
    """An article's title, else its first heading line, else its first sentence
    (shortened at a word boundary); None only for an empty article."""
    if title and title.strip():
        return " ".join(title.split())
    lead = (text or "")[:LEAD_CHARS].strip()
    if not lead:
        return None
    first_line = lead.split("\n", 1)[0].strip()
    if "\n" in lead and len(first_line) <= LABEL_CHARS and not first_line.endswith("."):
        return " ".join(first_line.split())  # a heading: one short line without a full stop
    from eventwire.fuse.summary import sentences

    spans = sentences(lead)
    label = " ".join((lead[spans[0][0]:spans[0][1]] if spans else first_line).split())
    if len(label) > LABEL_CHARS:
        label = label[:LABEL_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return label


def actor_detail(ref: dict[str, Any]) -> str:
    """Country, sector and role of an actor, e.g. 'RUS · GOV · head of state'."""
    parts = [ref.get("country"), ref.get("sector"), ref.get("role")]
    return " · ".join(str(p) for p in parts if p)


def names(refs: list[dict[str, Any]] | None) -> str:
    """Comma-joined actor names (or '—')."""
    return ", ".join(actor_name(r) for r in refs or []) or "—"


def type_label(ev: dict[str, Any]) -> str:
    """'TYPE/mode' (or just TYPE)."""
    mode = ev.get("mode")
    if mode and "/" in str(mode):
        return str(mode)
    return f"{ev.get('type')}/{mode}" if mode else str(ev.get("type"))


def event_title(ev: dict[str, Any]) -> str:
    """One-line title of an event: 'CONSULT/phone — Trump → Putin'."""
    src, tgt = ev.get("source") or [], ev.get("target") or []
    if src and tgt:
        who = f"{names(src)} → {names(tgt)}"
    elif src or tgt:
        who = names(src) if src else f"target {names(tgt)}"
    elif ev.get("participants"):
        who = names(ev.get("participants"))
    else:
        return type_label(ev)
    return f"{type_label(ev)} — {who}"


def date_label(ev: dict[str, Any]) -> str:
    """The event date, its range when undated, or 'undated'."""
    if ev.get("date"):
        return str(ev["date"])
    rng = ev.get("date_range")
    if rng and any(rng):
        lo, hi = rng[0] or "?", rng[-1] or "?"
        return lo if lo == hi else f"{lo} … {hi}"
    return "undated"


def date_precision(value: str | None, date_range: list[Any] | None = None) -> str:
    """day | week | month | year | range | none for a TIMEX-like date value."""
    if value:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return "day"
        if WEEK_RE.match(value):
            return "week"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return "month"
        if re.fullmatch(r"\d{4}", value):
            return "year"
        return "other"
    return "range" if date_range and any(date_range) else "none"


def to_date(value: str | None) -> dt.date | None:
    """The first day a date value denotes (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www), else None."""
    if not value:
        return None
    week = WEEK_RE.match(value)
    try:
        if week:
            return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        parts = [int(p) for p in value[:10].split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def event_day(ev: dict[str, Any]) -> dt.date | None:
    """The date to place an event on a timeline (its date, else the start of its range)."""
    day = to_date(ev.get("date"))
    if day is None and ev.get("date_range"):
        day = to_date((ev["date_range"] or [None])[0])
    return day


def is_conflict_flag(flag: dict[str, Any]) -> bool:
    """Whether a flag reports sources disagreeing."""
    kind = str(flag.get("kind", "")).lower()
    return any(m in kind for m in CONFLICT_MARKERS) or len(flag.get("values") or []) > 1


def conflicts(ev: dict[str, Any]) -> list[dict[str, Any]]:
    """The flags of an event that report disagreement between sources."""
    return [f for f in ev.get("flags") or [] if is_conflict_flag(f)]


def quad(event_type: str | None) -> str:
    """The PLOVER quad class of an event type."""
    return QUADS.get(str(event_type), "other")


def counterparts(actor: dict[str, Any]) -> list[dict[str, Any]]:
    """Counterparts of an actor as [{id, name, country, count}], most frequent first."""
    out = []
    for c in actor.get("counterparts") or []:
        ref = c.get("actor") if isinstance(c.get("actor"), dict) else c
        out.append({"id": ref.get("id"), "name": actor_name(ref), "country": ref.get("country"),
                    "count": int(c.get("count") or c.get("n") or c.get("events") or 1)})
    return sorted(out, key=lambda c: -c["count"])


def snippet(text: str, start: int, end: int, width: int = 80) -> tuple[str, str, str]:
    """(before, match, after) around text[start:end], cut at word boundaries."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    before, after = text[lo:start], text[end:hi]
    if lo > 0:
        before = "…" + before.split(" ", 1)[-1]
    if hi < len(text):
        after = after.rsplit(" ", 1)[0] + "…"
    return before, text[start:end], after


def show(value: Any) -> str:
    """Any stored value as reader text: dicts as 'key value' pairs, lists comma-joined,
    never a Python repr."""
    if value is None:
        return ""
    if isinstance(value, dict):
        if "text" in value and isinstance(value["text"], str):
            return value["text"]
        return ", ".join(f"{str(k).replace('_', ' ')} {show(v)}" for k, v in value.items()
                         if v not in (None, "", [], {}))
    if isinstance(value, (list, tuple, set)):
        return ", ".join(s for s in (show(v) for v in value) if s)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def description(ev: dict[str, Any]) -> str:
    """The event's one-line description (computed when the record has none)."""
    from eventwire.fuse.describe import describe

    return describe(ev)


def promise_text(pr: dict[str, Any]) -> str:
    """What was promised, as written: the action (else the scope) without dangling
    punctuation; a promise to refrain reads 'not to …' unless the action says so."""
    what = " ".join(show(pr.get("action") or pr.get("scope")).split()).strip(" ,;:-–—")
    if what.count("'") % 2 or what.count('"') % 2:
        what = what.replace("'", "").replace('"', "")
    if pr.get("kind") == "refrain" and what and not re.match(
            r"(?i)(refrain|not|never|no|stop|halt|pause|suspend|avoid|cease|end)\b", what):
        what = f"not to {what}"
    return what


def listed_promises(promises: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Promises worth listing (a promiser and something promised), by window start."""
    kept = [p for p in promises if p.get("promiser") and promise_text(p)]
    return sorted(kept, key=lambda p: (p.get("start") is None, p.get("start") or "",
                                       str(p.get("id"))))


def month_key(ev: dict[str, Any]) -> str:
    """The YYYY-MM an event is counted under in per-month charts: the month its date
    range starts in ('undated' without a date or range)."""
    lo = (ev.get("date_range") or [None])[0]
    if lo and MONTH_RE.match(lo):
        return lo[:7]
    day = to_date(ev.get("date"))
    return day.isoformat()[:7] if day else "undated"


def quad_class(event_type: str | None) -> str:
    """CSS class of an event type's quad class (its marker shape), e.g. 'q-material-conflict'."""
    return "q-" + quad(event_type).replace(" ", "-")


def _name_words(ref: dict[str, Any]) -> list[str]:
    """Lower-case words of an actor's name."""
    return re.findall(r"[\w'-]+", actor_name(ref).lower())


def _covers(full: dict[str, Any], short: dict[str, Any]) -> bool:
    """Whether ``short`` names the same person as ``full`` by part of its name
    ('Misri' of 'Vikram Misri'), and nothing contradicts it."""
    fw, sw = _name_words(full), _name_words(short)
    if not sw or len(sw) >= len(fw) or fw[-len(sw):] != sw:
        return False
    if full.get("country") and short.get("country") and full["country"] != short["country"]:
        return False
    kinds = {str(r.get("kind") or "person") for r in (full, short)}
    return kinds == {"person"}


def unique_actors(refs: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Actors without repeats: the same id once, and a surname-only reference dropped when
    the full name of the same person is listed."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for r in refs or []:
        key = str(r.get("id") or actor_name(r).lower())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return [r for r in out if not any(o is not r and _covers(o, r) for o in out)]


def merge_actor_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Actor list rows with a surname-only actor folded into the full name of the same
    person (its events added to the full name's count)."""
    out = [dict(r) for r in rows]
    for short in list(out):
        full = next((o for o in out if o is not short and _covers(o, short)), None)
        if full is not None:
            full["n_events"] = int(full.get("n_events") or 0) + int(short.get("n_events") or 0)
            full.setdefault("also", []).append(short.get("id"))
            out.remove(short)
    return sorted(out, key=lambda r: -int(r.get("n_events") or 0))


def highlight(text: str, needle: str, width: int = 90) -> tuple[str, str, str] | None:
    """(before, match, after) around the first case-insensitive match of ``needle``."""
    i = (text or "").lower().find(needle.lower()) if needle else -1
    if i < 0:
        return None
    before, match, after = snippet(text, i, i + len(needle), width)
    return " ".join(before.split()) + (" " if before[-1:].isspace() else ""), match, \
        (" " if after[:1].isspace() else "") + " ".join(after.split())


INTERNAL_ATTRIBUTES = frozenset({
    "pattern", "mode_from", "participants_from", "context_trigger", "also_triggers",
    "source_from", "target_from", "modality_from", "embedded", "speculative_context",
    "intent_of", "commitment", "contexts", "attribution"})


def attribute_facts(ev: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, reader text) for an event's attributes worth showing: numbers, duration,
    deadline, casualties …; extraction bookkeeping left out, nothing as a Python repr."""
    out = []
    for key, value in (ev.get("attributes") or {}).items():
        if key in INTERNAL_ATTRIBUTES or value in (None, "", [], {}):
            continue
        if key == "counts" and isinstance(value, list):
            text = ", ".join(show((c.get("span") or {}).get("text") or
                                  f"{c.get('count')} {c.get('of') or ''}".strip())
                             for c in value if isinstance(c, dict))
            label = "numbers"
        else:
            text, label = show(value), key.replace("_", " ")
        if text:
            out.append((label, text))
    return out


def event_sides(ev: dict[str, Any], unsplit_as_source: bool = True
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(source, target) actors of an event with each person listed once across both sides
    (all participants on the source side when the event has no split, if asked)."""
    src = list(ev.get("source") or [])
    tgt = list(ev.get("target") or [])
    if not src and not tgt and unsplit_as_source:
        src = list(ev.get("participants") or [])
    kept = unique_actors(src + tgt)
    ids = {id(r) for r in kept}
    return [r for r in src if id(r) in ids], [r for r in tgt if id(r) in ids and r not in src]


def per_month(events: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """(YYYY-MM, count) of distinct events by the month their date range starts in
    (``date_min``), in month order, 'undated' last: the months ``month_key`` gives the
    listed events."""
    months: dict[str, str] = {}
    for e in events:
        lo = e.get("date_min") or ""
        months[str(e.get("id"))] = lo[:7] if MONTH_RE.match(lo) else \
            month_key({"date": e.get("date")})
    counts = Counter(months.values())
    return sorted((m, n) for m, n in counts.items() if m != "undated") + \
        ([("undated", counts["undated"])] if counts.get("undated") else [])
