"""Conflicts between the mentions and claims of one fused event.

Every disagreeing value is kept with the articles and spans that support it;
the event carries one flag per disagreeing aspect: outcome, agreement, date,
number, duration, participants.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.fuse.dates import duration_days, overlap
from eventwire.fuse.mentions import Mention, coverage, value_of

LEXICON_FILE = "fuse_conflicts.json"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The claim-polarity lexicon (package data)."""
    path = resources.files("eventwire.data").joinpath(LEXICON_FILE)
    return json.loads(path.read_text(encoding="utf-8"))


def norm(value: Any) -> str:
    """A comparable string form of a claim value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        inner = value.get("value", value.get("text"))
        return norm(inner) if inner is not None else json.dumps(value, sort_keys=True)
    return " ".join(str(value).lower().replace("_", " ").replace("-", " ").split())


def polarity(kind: str, value: Any) -> str:
    """The polarity group of a claim value (the value itself when the kind has no groups)."""
    groups = lexicon()["polarity"].get(kind)
    text = norm(value)
    if not groups:
        return text
    for group in ("negative", "positive"):  # negative first: "no progress" contains "progress"
        words = groups[group]
        if text in words or any(w in text for w in words if " " in w):
            return group
    for group in ("negative", "positive"):
        if any(w in text.split() for w in groups[group]):
            return group
    return text


def value_entry(value: Any, article: str, span: dict[str, Any] | None) -> dict[str, Any]:
    """One value of a conflict flag with its first source."""
    spans = [{"article": article, **{k: span[k] for k in ("start", "end", "text") if k in span}}] \
        if span else []
    return {"value": value, "articles": [article], "spans": spans}


def add_value(groups: dict[str, dict[str, Any]], key: str, value: Any, article: str,
              span: dict[str, Any] | None) -> None:
    """Record one sourced value under its comparison key."""
    entry = groups.get(key)
    if entry is None:
        groups[key] = value_entry(value, article, span)
        return
    if article not in entry["articles"]:
        entry["articles"].append(article)
    if span:
        entry["spans"].append({"article": article, **{k: span[k] for k in ("start", "end", "text")
                                                      if k in span}})


def flag(kind: str, groups: dict[str, dict[str, Any]], what: str) -> dict[str, Any]:
    """A conflict flag listing every value and its sources."""
    shown = "; ".join(f"{v['value']} ({', '.join(v['articles'])})" for v in groups.values())
    return {"kind": kind, "message": f"sources disagree on the {what}: {shown}",
            "values": list(groups.values())}


def claim_conflicts(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flags for claim kinds whose values fall into different groups."""
    checked = set(lexicon()["checked_kinds"])
    by_kind: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for c in claims:
        kind = c.get("kind")
        if kind not in checked:
            continue
        sub = kind
        if isinstance(c.get("value"), dict) and c["value"].get("what"):
            sub = f"{kind}:{norm(c['value']['what'])}"
        add_value(by_kind[sub], polarity(kind, c.get("value")), c.get("value"), c["article"],
                  c.get("span"))
    return [flag(f"{sub.split(':')[0]}_conflict", groups, sub.replace(":", " of "))
            for sub, groups in by_kind.items() if len(groups) > 1]


def date_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """A flag when mentions give dates that cannot denote the same day."""
    groups: dict[str, dict[str, Any]] = {}
    for m in mentions:
        if m.date:
            add_value(groups, m.date, m.date, m.article, (m.data.get("date") or {}).get("span"))
    values = list(groups)
    clash = any(overlap(a, b) is False for i, a in enumerate(values) for b in values[i + 1:])
    return [flag("date_conflict", groups, "date")] if clash else []


def number_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """Flags for counted things (aircraft, dead, ...) whose numbers differ between mentions."""
    by_what: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for m in mentions:
        for c in m.attributes.get("counts") or []:
            if isinstance(c, dict) and c.get("of") and c.get("count") is not None:
                add_value(by_what[str(c["of"]).lower()], str(c["count"]), c["count"], m.article,
                          c.get("span") or m.data.get("sentence"))
    return [flag("number_conflict", groups, f"number of {what}")
            for what, groups in by_what.items() if len(groups) > 1]


def duration_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """Flags for event durations or commitment windows that differ between mentions."""
    by_key: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for m in mentions:
        items = [("duration", m.attributes.get("duration"))]
        c = m.attributes.get("commitment")
        if isinstance(c, dict):
            spans = c.get("spans") or {}
            items.append(("commitment duration", {"value": c.get("duration"),
                                                  "span": spans.get("duration")}))
        for key, raw in items:
            value = value_of(raw)
            if not value:
                continue
            span = (raw.get("span") if isinstance(raw, dict) else None) or m.data.get("sentence")
            comparable = str(duration_days(str(value)) or value)
            add_value(by_key[key], comparable, value, m.article, span)
    return [flag("duration_conflict", groups, key) for key, groups in by_key.items()
            if len(groups) > 1]


def participant_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """A flag when mentions naming two or more participants name different ones."""
    full = [m for m in mentions if len(m.keys) >= 2]
    groups: dict[str, dict[str, Any]] = {}
    clash = False
    for i, m in enumerate(full):
        names = ", ".join(sorted(p.get("text", "") for p in m.participants()))
        add_value(groups, names.lower(), names, m.article, m.data.get("sentence"))
        clash = clash or any(coverage(m.keys, o.keys) < 1.0 for o in full[:i])
    return [flag("participant_conflict", groups, "participants")] if clash else []


def event_conflicts(mentions: list[Mention], claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every conflict flag of one fused event."""
    return (claim_conflicts(claims) + date_conflicts(mentions)
            + number_conflicts(mentions) + duration_conflicts(mentions)
            + participant_conflicts(mentions))
