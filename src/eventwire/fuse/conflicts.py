"""Conflicts between sources about one fused event.

Like is compared with like: values of one attribute (an outcome, whether an
agreement was reached, a count of the dead or of rockets, a duration, the
date, who started it, who mediated) stated by different outlets about the same
record. Values from one article or one outlet never conflict with each other,
and different attributes are never compared. Numbers are compared as ranges
("at least 11" is 11 or more, "about 250" is 250 give or take 15%). Each flag
lists every value with its articles, outlets and spans; its kind ends in
"conflict".
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.fuse.dates import duration_days, range_overlap
from eventwire.fuse.mentions import Mention, coverage, value_of

LEXICON_FILE = "fuse_conflicts.json"
AT_LEAST_RE = re.compile(r"\b(at least|more than|over|upwards of|in excess of|no fewer than)\s*$",
                         re.I)
ABOUT_RE = re.compile(r"\b(about|around|some|nearly|roughly|approximately|almost|close to|"
                      r"up to|an estimated|estimated)\s*$", re.I)
ABOUT_SHARE = 0.15  # "about N" means N give or take this share
QUALIFIER_CHARS = 30  # how far before a number its qualifier is looked for
CASUALTY_WORDS = {"killed": "killed", "dead": "killed", "deaths": "killed", "died": "killed",
                  "martyrs": "killed", "martyred": "killed", "wounded": "wounded",
                  "injured": "wounded", "injuries": "wounded"}


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


def value_entry(value: Any, article: str, span: dict[str, Any] | None,
                outlet: str = "") -> dict[str, Any]:
    """One value of a conflict flag with its first source."""
    spans = [{"article": article, **{k: span[k] for k in ("start", "end", "text") if k in span}}] \
        if span else []
    return {"value": value, "articles": [article], "outlets": [outlet] if outlet else [],
            "spans": spans}


def add_value(groups: dict[str, dict[str, Any]], key: str, value: Any, article: str,
              span: dict[str, Any] | None, outlet: str = "") -> None:
    """Record one sourced value under its comparison key."""
    entry = groups.get(key)
    if entry is None:
        groups[key] = value_entry(value, article, span, outlet)
        return
    if article not in entry["articles"]:
        entry["articles"].append(article)
    if outlet and outlet not in entry["outlets"]:
        entry["outlets"].append(outlet)
    if span:
        entry["spans"].append({"article": article, **{k: span[k] for k in ("start", "end", "text")
                                                      if k in span}})


def flag(kind: str, groups: dict[str, dict[str, Any]], what: str) -> dict[str, Any]:
    """A conflict flag listing every value and its sources."""
    shown = "; ".join(f"{v['value']} ({', '.join(v['articles'])})" for v in groups.values())
    return {"kind": kind, "message": f"sources disagree on the {what}: {shown}",
            "values": list(groups.values())}


def sources_of(entry: dict[str, Any]) -> set[str]:
    """The outlets behind a value (its articles when outlets are unknown)."""
    return set(entry.get("outlets") or entry["articles"])


def disagree(groups: dict[str, dict[str, Any]],
             compatible: Any = lambda a, b: a == b) -> bool:
    """Whether two incompatible values come from different outlets (never from one alone)."""
    keys = list(groups)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if compatible(a, b):
                continue
            sa, sb = sources_of(groups[a]), sources_of(groups[b])
            if not (len(sa) == 1 and sa == sb):  # an outlet on each side, not one alone
                return True
    return False


def outlet_map(mentions: list[Mention]) -> dict[str, str]:
    """article id -> outlet of the event's mentions."""
    return {m.article: m.outlet or m.root for m in mentions}


def claim_conflicts(claims: list[dict[str, Any]],
                    outlets: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Flags for claim kinds whose values fall into different groups across outlets."""
    outlets = outlets or {}
    checked = set(lexicon()["checked_kinds"]) - {"date", "casualties", "duration"}
    by_kind: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for c in claims:
        kind = c.get("kind")
        if kind not in checked:
            continue
        sub = kind
        if isinstance(c.get("value"), dict) and c["value"].get("what"):
            sub = f"{kind}:{norm(c['value']['what'])}"
        add_value(by_kind[sub], polarity(kind, c.get("value")), c.get("value"), c["article"],
                  c.get("span"), outlets.get(c["article"], c["article"]))
    return [flag(f"{sub.split(':')[0]}_conflict", groups, sub.replace(":", " of "))
            for sub, groups in by_kind.items() if disagree(groups)]


def date_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """A flag when outlets give the event's own dates that cannot denote the same day."""
    groups: dict[str, dict[str, Any]] = {}
    ranges: dict[str, list[str]] = {}
    for m in mentions:
        if m.when and not m.when["from"].startswith("tense"):
            lo, hi = m.range
            key = lo if lo == hi else f"{lo}..{hi}"
            ranges[key] = m.range
            add_value(groups, key, m.date or key, m.article, m.when.get("span"),
                      m.outlet or m.root)
    ok = lambda a, b: bool(range_overlap(ranges[a], ranges[b]))  # noqa: E731
    return [flag("date_conflict", groups, "date")] if disagree(groups, ok) else []


def number_range(n: float, before: str, approximate: bool) -> tuple[float, float]:
    """The range a stated number denotes, from the words just before it."""
    if AT_LEAST_RE.search(before):
        return n, float("inf")
    if ABOUT_RE.search(before) or approximate:
        return n * (1 - ABOUT_SHARE), n * (1 + ABOUT_SHARE)
    return n, n


def text_before(m: Mention, span: dict[str, Any] | None) -> str:
    """Up to QUALIFIER_CHARS characters of the mention's sentence before a span."""
    sent = m.data.get("sentence") or {}
    if not span or span.get("start") is None or sent.get("start") is None:
        return ""
    cut = int(span["start"]) - int(sent["start"])
    return (sent.get("text") or "")[max(0, cut - QUALIFIER_CHARS):max(0, cut)]


def counted(m: Mention, claims: list[dict[str, Any]]) -> list[tuple[str, float, str,
                                                                     dict[str, Any] | None]]:
    """(what, number, qualifier text, span) of a mention's counts and casualty claims."""
    out = []
    for c in m.attributes.get("counts") or []:
        if isinstance(c, dict) and c.get("of") and isinstance(c.get("count"), int | float):
            what = CASUALTY_WORDS.get(str(c["of"]).lower(), str(c["of"]).lower())
            span = c.get("span")
            text = (span or {}).get("text") or ""
            qual = text_before(m, span) + " " + text.split(str(c["count"])[:1])[0]
            out.append((what, float(c["count"]), qual + (" about" if c.get("approximate")
                                                          and not AT_LEAST_RE.search(qual)
                                                          else ""), span))
    for c in claims:
        if c.get("kind") == "casualties" and isinstance(c.get("value"), dict):
            for what, n in c["value"].items():
                if isinstance(n, int | float):
                    out.append((CASUALTY_WORDS.get(what, what), float(n),
                                text_before(m, c.get("span")), c.get("span")))
    return out


def number_conflicts(mentions: list[Mention],
                     claims: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Flags for counted things (dead, wounded, rockets) whose ranges differ across outlets."""
    claims = claims or []
    by_what: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    ranges: dict[str, tuple[float, float]] = {}
    seen: set[tuple[str, str, float]] = set()
    for m in mentions:
        own = [c for c in claims if c.get("article") == m.article and
               inside(c.get("span"), m.data.get("sentence"))]
        for what, n, before, span in counted(m, own):
            if (m.article, what, n) in seen:
                continue
            seen.add((m.article, what, n))
            lo, hi = number_range(n, before, False)
            key = f"{lo:g}..{hi:g}" if lo != hi else f"{n:g}"
            ranges[key] = (lo, hi)
            shown = (span or {}).get("text") or f"{n:g}"
            add_value(by_what[what], key, shown, m.article, span or m.data.get("sentence"),
                      m.outlet or m.root)
    out = []
    for what, groups in by_what.items():
        def ok(a: str, b: str) -> bool:
            """Whether two number ranges share a value."""
            return ranges[a][0] <= ranges[b][1] and ranges[b][0] <= ranges[a][1]
        if disagree(groups, ok):
            out.append(flag("number_conflict", groups, f"number of {what}"))
    return out


def inside(span: dict[str, Any] | None, sent: dict[str, Any] | None) -> bool:
    """Whether a span lies in a sentence (True when either is unknown)."""
    if not span or not sent or span.get("start") is None or sent.get("start") is None:
        return True
    return sent["start"] <= span["start"] < sent.get("end", span["start"] + 1)


def duration_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """Flags for event durations or commitment windows that differ across outlets."""
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
            add_value(by_key[key], comparable, value, m.article, span, m.outlet or m.root)
    return [flag("duration_conflict", groups, key) for key, groups in by_key.items()
            if disagree(groups)]


def participant_conflicts(mentions: list[Mention]) -> list[dict[str, Any]]:
    """A flag when outlets naming two or more linked participants name different ones."""
    full = [m for m in mentions if len(m.keys) >= 2]
    groups: dict[str, dict[str, Any]] = {}
    clash = False
    for i, m in enumerate(full):
        names = ", ".join(sorted(p.get("text", "") for p in m.participants()))
        add_value(groups, names.lower(), names, m.article, m.data.get("sentence"),
                  m.outlet or m.root)
        clash = clash or any(coverage(m.keys, o.keys) < 1.0 and o.root != m.root
                             for o in full[:i])
    return [flag("participant_conflict", groups, "participants")] if clash else []


def event_conflicts(mentions: list[Mention], claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every conflict flag of one fused event (participants named differently by outlets
    are not a conflict: naming varies; who did it is compared through claims)."""
    return (claim_conflicts(claims, outlet_map(mentions)) + date_conflicts(mentions)
            + number_conflicts(mentions, claims) + duration_conflicts(mentions))
