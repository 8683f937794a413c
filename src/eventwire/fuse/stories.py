"""Incremental story clustering: each new article joins the closest story or opens one.

Each arriving article gets two unit vectors, weighted by the document
frequencies known at that moment: content terms and names (people, places,
organisations). Its similarity to an earlier article is a weighted sum of the
two cosines, multiplied up when both articles are about the same year and down
when their years disagree. A story's score is the mean of its ``TOP_K`` best
member similarities (a nearest-neighbours link that follows a story as it
unfolds). The article joins the best story when the score clears
``JOIN_THRESHOLD``; otherwise it opens a new story. Near-duplicates join
their original's story. Story ids never change.
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
YEAR_FACTOR_SAME = 2.0  # both articles are about the same year
YEAR_FACTOR_CLASH = 0.5  # both are dated, to different years
DATE_BONUS = 0.1  # a shared precise date
TOP_K = 3
JOIN_THRESHOLD = 0.25
MIN_YEAR_SHARE = 0.25  # a year counts for a profile when it has this share of its year mentions
NAME_PREFIX = "n:"
DOCS_KEY = "__docs__"


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency."""
    return math.log((n_docs + 1) / (df + 1)) + 1.0


def unit(counts: Mapping[str, float], weight: Any) -> dict[str, float]:
    """A unit-length vector of log-scaled counts times per-key weights (rounded for storage)."""
    vec = {k: (1.0 + math.log(v)) * weight(k) for k, v in counts.items() if v > 0}
    norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
    return {k: round(w / norm, 5) for k, w in vec.items()}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(k, 0.0) for k, w in a.items())


def similarity(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How likely two articles are about the same story (content, names, years, dates)."""
    s = TERM_WEIGHT * dot(a["tv"], b["tv"]) + NAME_WEIGHT * dot(a["nv"], b["nv"])
    ya, yb = set(a.get("years") or []), set(b.get("years") or [])
    if ya and yb:
        s *= YEAR_FACTOR_SAME if ya & yb else YEAR_FACTOR_CLASH
    if set(a.get("dates") or []) & set(b.get("dates") or []):
        s += DATE_BONUS
    return s


def main_years(years: Mapping[str, int]) -> set[str]:
    """The years that make up a real share of a profile's dated mentions."""
    total = sum(years.values())
    return {y for y, c in years.items() if total and c / total >= MIN_YEAR_SHARE}


@dataclass
class StoryIndex:
    """Story profiles and term document frequencies, loaded once per update."""

    profiles: dict[str, dict[str, Any]] = field(default_factory=dict)
    members: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
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
        for row in conn.execute(select(ft.story_articles.c.story_id, ft.story_articles.c.profile)
                                .where(ft.story_articles.c.profile.is_not(None))):
            if row.profile and "vec" in row.profile:
                idx.members.setdefault(row.story_id, []).append(row.profile["vec"])
        for row in conn.execute(select(ft.term_df.c.term, ft.term_df.c.df)):
            idx.df[row.term] = row.df
        idx.n_docs = idx.df.pop(DOCS_KEY, 0)
        return idx

    def weight(self, key: str, prefix: str = "") -> float:
        """The IDF weight of a term or name."""
        return idf(self.df.get(prefix + key, 0), self.n_docs)

    def vectors(self, art: dict[str, Any]) -> dict[str, Any]:
        """The article's unit term and name vectors and its main years."""
        names = {k: v for k, v in art["names"].items() if not k.startswith("actor:")}
        return {"tv": unit(art["terms"], lambda k: self.weight(k)),
                "nv": unit(names, lambda k: self.weight(k, NAME_PREFIX)),
                "years": sorted(main_years(art.get("years") or {})),
                "dates": art.get("dates") or []}

    def story_scores(self, vec: dict[str, Any]) -> dict[str, float]:
        """Each story's mean similarity over its TOP_K most similar articles."""
        sims: dict[str, list[float]] = {}
        for sid, members in self.members.items():
            sims[sid] = sorted((similarity(vec, m) for m in members), reverse=True)[:TOP_K]
        return {sid: sum(v) / len(v) for sid, v in sims.items() if v}

    def observe(self, art: dict[str, Any]) -> None:
        """Count an article's terms and names into the document frequencies."""
        self.n_docs += 1
        keys = list(art["terms"]) + [NAME_PREFIX + n for n in art["names"]]
        for k in keys:
            self.df[k] = self.df.get(k, 0) + 1
            self.df_dirty.add(k)

    def best(self, vec: dict[str, Any]) -> tuple[str | None, float]:
        """The best-fitting story and its score (None when there is no story)."""
        scores = self.story_scores(vec)
        if not scores:
            return None, -1.0
        sid = max(scores, key=lambda k: (scores[k], k))
        return sid, scores[sid]

    def new_story(self, conn: Connection, now: str) -> str:
        """Open an empty story and return its id."""
        seq = self.next_seq
        self.next_seq += 1
        sid = f"s{seq}"
        conn.execute(insert(ft.stories).values(id=sid, seq=seq, title=None, summary=[],
                                               profile={"n": 0, "terms": {}, "names": {}},
                                               updated_at=now))
        self.profiles[sid] = {"n": 0, "terms": {}, "names": {}}
        self.members[sid] = []
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
    vec = None
    if original_story:
        sid, score = original_story, 1.0
    else:
        index.observe(art)
        vec = index.vectors(art)
        sid, score = index.best(vec)
        if sid is None or score < JOIN_THRESHOLD:
            sid, score = index.new_story(conn, now), None
        index.profiles[sid] = merge_profiles(index.profiles[sid], art)
        index.members.setdefault(sid, []).append(vec)
    conn.execute(insert(ft.story_articles).values(
        article_id=article_id, story_id=sid, score=None if score is None else round(score, 4),
        profile={"vec": vec} if vec else None))
    index.touched.add(sid)
    return sid
