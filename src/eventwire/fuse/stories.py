"""Incremental story clustering: each new article joins the closest story or opens one.

An article is compared with every story profile by IDF-weighted cosine over
content terms and over names (people, places, organisations, actors), then
adjusted with event-level evidence: disjoint years count against a match,
shared precise dates and shared event signatures count for it. The article
joins the best story when the score clears ``JOIN_THRESHOLD``; otherwise it
opens a new story. Near-duplicates join their original's story.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from eventwire.fuse.profile import article_profile, merge_profiles
from eventwire.store import fuse_tables as ft

TERM_WEIGHT = 0.45
NAME_WEIGHT = 0.55
YEAR_PENALTY = 0.3
YEAR_BONUS = 0.05
DATE_BONUS = 0.1
SIG_BONUS = 0.05
JOIN_THRESHOLD = 0.28
MIN_YEAR_SHARE = 0.25  # a year counts for a profile when it has this share of its year mentions
NAME_PREFIX = "n:"
DOCS_KEY = "__docs__"


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency."""
    return math.log((n_docs + 1) / (df + 1)) + 1.0


def cosine(a: Mapping[str, float], b: Mapping[str, float], weight: Mapping[str, float]) -> float:
    """Cosine of two count vectors with per-term weights (log-scaled counts)."""
    if not a or not b:
        return 0.0

    def vec(c: Mapping[str, float]) -> dict[str, float]:
        return {k: (1.0 + math.log(v)) * weight.get(k, 1.0) for k, v in c.items() if v > 0}

    va, vb = vec(a), vec(b)
    dot = sum(w * vb[k] for k, w in va.items() if k in vb)
    if not dot:
        return 0.0
    na = math.sqrt(sum(w * w for w in va.values()))
    nb = math.sqrt(sum(w * w for w in vb.values()))
    return dot / (na * nb)


def main_years(years: Mapping[str, int]) -> set[str]:
    """The years that make up a real share of a profile's dated mentions."""
    total = sum(years.values())
    return {y for y, c in years.items() if total and c / total >= MIN_YEAR_SHARE}


@dataclass
class StoryIndex:
    """Story profiles and term document frequencies, loaded once per update."""

    profiles: dict[str, dict[str, Any]] = field(default_factory=dict)
    df: dict[str, int] = field(default_factory=dict)
    n_docs: int = 0
    next_seq: int = 1
    touched: set[str] = field(default_factory=set)
    created: list[str] = field(default_factory=list)
    df_dirty: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, conn: Connection) -> StoryIndex:
        """Read story profiles and document frequencies from the store."""
        idx = cls()
        for row in conn.execute(select(ft.stories.c.id, ft.stories.c.seq, ft.stories.c.profile)):
            idx.profiles[row.id] = row.profile
            idx.next_seq = max(idx.next_seq, row.seq + 1)
        for row in conn.execute(select(ft.term_df.c.term, ft.term_df.c.df)):
            idx.df[row.term] = row.df
        idx.n_docs = idx.df.pop(DOCS_KEY, 0)
        return idx

    def weight(self, key: str, prefix: str = "") -> float:
        """The IDF weight of a term or name."""
        return idf(self.df.get(prefix + key, 0), self.n_docs)

    def score(self, art: dict[str, Any], story: dict[str, Any]) -> float:
        """How well an article profile fits a story profile."""
        tw = {k: self.weight(k) for k in art["terms"].keys() | story["terms"].keys()}
        nw = {k: self.weight(k, NAME_PREFIX) for k in art["names"].keys() | story["names"].keys()}
        s = TERM_WEIGHT * cosine(art["terms"], story["terms"], tw)
        s += NAME_WEIGHT * cosine(art["names"], story["names"], nw)
        ya, ys = main_years(art.get("years") or {}), main_years(story.get("years") or {})
        if ya and ys:
            s += YEAR_BONUS if ya & ys else -YEAR_PENALTY
        if set(art.get("dates") or []) & set(story.get("dates") or []):
            s += DATE_BONUS
        if set(art.get("sigs") or {}) & set(story.get("sigs") or {}):
            s += SIG_BONUS
        return s

    def observe(self, art: dict[str, Any]) -> None:
        """Count an article's terms and names into the document frequencies."""
        self.n_docs += 1
        keys = list(art["terms"]) + [NAME_PREFIX + n for n in art["names"]]
        for k in keys:
            self.df[k] = self.df.get(k, 0) + 1
            self.df_dirty.add(k)

    def best(self, art: dict[str, Any]) -> tuple[str | None, float]:
        """The best-fitting story and its score (None when there is no story)."""
        best_id, best_score = None, -1.0
        for sid, prof in self.profiles.items():
            sc = self.score(art, prof)
            if sc > best_score:
                best_id, best_score = sid, sc
        return best_id, best_score

    def new_story(self, conn: Connection, now: str) -> str:
        """Open an empty story and return its id."""
        seq = self.next_seq
        self.next_seq += 1
        sid = f"s{seq}"
        conn.execute(insert(ft.stories).values(id=sid, seq=seq, title=None, summary=[],
                                               profile={"n": 0, "terms": {}, "names": {}},
                                               updated_at=now))
        self.profiles[sid] = {"n": 0, "terms": {}, "names": {}}
        self.created.append(sid)
        return sid

    def save(self, conn: Connection) -> None:
        """Write touched story profiles and changed document frequencies back."""
        for sid in self.touched:
            conn.execute(update(ft.stories).where(ft.stories.c.id == sid)
                         .values(profile=self.profiles[sid]))
        keys = list(self.df_dirty) + [DOCS_KEY]
        values = {**self.df, DOCS_KEY: self.n_docs}
        if keys:
            conn.execute(delete(ft.term_df).where(ft.term_df.c.term.in_(keys)))
            conn.execute(insert(ft.term_df), [{"term": k, "df": values[k]} for k in keys])
        self.df_dirty.clear()


def story_of(conn: Connection, article_id: str) -> str | None:
    """The story an article belongs to, if any."""
    return conn.execute(select(ft.story_articles.c.story_id)
                        .where(ft.story_articles.c.article_id == article_id)).scalar()


def assign(conn: Connection, index: StoryIndex, article_id: str, ex: dict[str, Any],
           duplicate_of: str | None, now: str) -> str:
    """Put one article into a story (existing or new); return the story id."""
    art = article_profile(ex)
    original_story = story_of(conn, duplicate_of) if duplicate_of else None
    if original_story:
        sid, score = original_story, 1.0
    else:
        index.observe(art)
        sid, score = index.best(art)
        if sid is None or score < JOIN_THRESHOLD:
            sid, score = index.new_story(conn, now), None
        index.profiles[sid] = merge_profiles(index.profiles[sid], art)
        index.touched.add(sid)
    conn.execute(insert(ft.story_articles).values(article_id=article_id, story_id=sid,
                                                  score=score, profile=art))
    index.touched.add(sid)
    return sid
