"""Article and story profiles: the evidence story clustering compares.

A profile is plain JSON: content-term counts, name counts (people, places,
organisations, linked actors), the years and precise dates the article talks
about, and event signatures (type + participants). Story profiles are the sums
of their articles' profiles, so they grow incrementally.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import Any

from eventwire.fuse.dates import date_range, is_precise

MAX_TERMS = 200
MAX_NAMES = 60
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"}
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]{2,}")
CAP_SEQ_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")
NUMBER_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|[.,]\d)")
MAX_NUMBERS = 60
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
STOPWORDS_FILE = "fuse_stopwords.json"


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English function words and news boilerplate ignored as profile terms."""
    path = resources.files("eventwire.data").joinpath(STOPWORDS_FILE)
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["words"])


def stem(word: str) -> str:
    """A light suffix stripper so that plurals and inflections share a term."""
    for suffix in ("ies", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(text: str) -> Counter[str]:
    """Counts of stemmed content words of a text."""
    stop = stopwords()
    words = (w.lower().strip("'-") for w in WORD_RE.findall(text))
    return Counter(stem(w) for w in words if len(w) > 2 and w not in stop)


def name_key(text: str, label: str) -> str:
    """A normalised key for a named entity (people by surname)."""
    words = [w for w in re.findall(r"[A-Za-z0-9]+", text.lower()) if w not in stopwords()]
    if not words:
        return ""
    if label == "PERSON":
        return words[-1]
    return " ".join(words)


def names(ex: dict[str, Any]) -> Counter[str]:
    """Counts of named participants: linked actors and named entities (fallback: capitalised runs)."""
    out: Counter[str] = Counter()
    for ent in ex.get("entities") or []:
        actor = ent.get("actor") or {}
        if actor.get("id"):
            out["actor:" + str(actor["id"])] += 1
        if ent.get("label") in NAME_LABELS:
            key = name_key(ent.get("text", ""), ent["label"])
            if key:
                out[key] += 1
    if not out:
        for m in CAP_SEQ_RE.finditer(ex.get("text") or ""):
            key = name_key(m.group(1), "PERSON" if " " in m.group(1) else "X")
            if key:
                out[key] += 1
    return out


def numbers(text: str) -> list[str]:
    """The distinct numbers written in digits (thousands separators dropped), e.g. tolls, magnitudes."""
    return sorted({n.replace(",", "") for n in NUMBER_RE.findall(text)})[:MAX_NUMBERS]


def time_values(ex: dict[str, Any]) -> list[str]:
    """Date values written in the article (DATE times and event dates).

    The publication date is left out on purpose: articles of one day share it
    whatever they are about.
    """
    values = [t.get("value") for t in ex.get("times") or [] if t.get("type") in ("DATE", None)]
    values += [(e.get("date") or {}).get("value") for e in ex.get("events") or []
               if (e.get("date") or {}).get("from") != "article"]
    return [v for v in values if isinstance(v, str) and date_range(v)]


def signature(ev: dict[str, Any]) -> str:
    """An event signature: type plus the sorted actors (ids or countries) involved."""
    actors = sorted({(p.get("actor") or {}).get("id") or "" for p in
                     (ev.get("source") or []) + (ev.get("target") or [])} - {""})
    return ev.get("type", "") + "|" + ";".join(actors)


def top(counter: Mapping[str, int], n: int) -> dict[str, int]:
    """The n most common items as a plain dict: ``Counter.most_common(n)``'s items in its order
    (a stable sort by count, highest first, cut at n; ``heapq.nlargest``, which ``most_common``
    runs, is documented as that sort), sorted in C rather than by ``nlargest``'s Python loop
    over a counter longer than n (a story profile's 600 terms and an article's 200)."""
    return dict(sorted(counter.items(), key=itemgetter(1), reverse=True)[:n])


def added(counts: Mapping[str, int], more: Mapping[str, int] | None) -> dict[str, int]:
    """``counts`` with ``more`` added (``Counter(counts)`` after ``update(more)``: the same
    keys in the same order, the new ones after the old in ``more``'s order)."""
    out = dict(counts)
    get = out.get
    for k, v in (more or {}).items():
        out[k] = get(k, 0) + v
    return out


def added_once(counts: Mapping[str, int], keys: Iterable[str]) -> dict[str, int]:
    """``counts`` with one added for each key of ``keys`` (as ``added`` with each count 1)."""
    out = dict(counts)
    get = out.get
    for k in keys:
        out[k] = get(k, 0) + 1
    return out


def article_profile(ex: dict[str, Any]) -> dict[str, Any]:
    """The clustering profile of one stored `extract` object."""
    values = time_values(ex)
    year_counts: Counter[str] = Counter()
    for v in sorted(set(values)):  # distinct values: resolved relative dates do not pile up
        r = date_range(v)
        if r and r[0].year == r[1].year:
            year_counts[str(r[0].year)] += 1
    year_counts.update(sorted(set(YEAR_RE.findall(ex.get("text") or "")) - set(year_counts)))
    sigs = Counter(signature(e) for e in ex.get("events") or [] if "|" in signature(e)
                   and not signature(e).endswith("|"))
    return {
        "n": 1,
        "terms": top(terms((ex.get("title") or "") + "\n" + (ex.get("text") or "")), MAX_TERMS),
        "names": top(names(ex), MAX_NAMES),
        "years": dict(year_counts),
        "dates": sorted({v[:10] for v in values if is_precise(v)}),
        "sigs": dict(sigs),
        "numbers": numbers(ex.get("text") or ""),
        "day": publication_day(ex),
    }


def publication_day(ex: dict[str, Any]) -> str | None:
    """The article's publication day (YYYY-MM-DD), when known."""
    value = ex.get("published")
    return value[:10] if isinstance(value, str) and date_range(value[:10]) else None


def merge_profiles(story: dict[str, Any], art: dict[str, Any]) -> dict[str, Any]:
    """The story profile after adding one article's profile."""
    out: dict[str, Any] = {"n": story.get("n", 0) + art.get("n", 1)}
    for key, limit in (("terms", MAX_TERMS * 3), ("names", MAX_NAMES * 3), ("years", 50),
                       ("sigs", 100)):
        out[key] = top(added(story.get(key) or {}, art.get(key)), limit)
    for key, src, limit in (("name_docs", "names", MAX_NAMES * 3), ("term_docs", "terms",
                                                                    MAX_TERMS * 3)):
        out[key] = top(added_once(story.get(key) or {}, art.get(src) or {}), limit)
    out["dates"] = sorted(set(story.get("dates") or []) | set(art.get("dates") or []))[-200:]
    return out
