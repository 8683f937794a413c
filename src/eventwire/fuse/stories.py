"""Incremental story clustering: each new article joins the closest story or opens one.

Each arriving article gets two unit vectors, weighted by the document
frequencies known at that moment: content terms and names (people, places,
organisations). Its similarity to an earlier article is a weighted sum of the
two cosines, multiplied up when both articles are about the same year and down
when their years disagree. A story's score is the mean of its ``TOP_K`` best
member similarities (a nearest-neighbours link that follows a story as it
unfolds). The article joins the best story when the score clears
``JOIN_THRESHOLD``; otherwise it opens a new story. Near-duplicates join
their original's story.

After each batch a bounded repair re-checks the stories the batch touched: a
story whose members fall into two groups (average linkage) linked weaker than
``SPLIT_THRESHOLD``, each of at least ``SPLIT_MIN_PART`` articles, splits; the
group holding its oldest article keeps the id. A story opened by this batch
whose average link to an older story reaches ``MERGE_THRESHOLD`` merges into
it (a part the split check took out not into the story it left when one of the two
groups is led by a name of its own that the other never says, ``one_name_apart``; that
group's articles not saying the name then go to the other), and so does an earlier story
of at most ``SMALL_STORY`` articles that the batch touched (a fragment an early order left,
tested again with the frequencies and stories grown since); its id stays an alias of the
story it merged into (``story_aliases``). An earlier story of at most ``SMALL_STORY`` articles near the batch
(touched, or among the best other stories of one of its articles) also joins a story at least
as large, older or newer, that its articles fit as they would when placed
(``fragment_score`` at ``FRAGMENT_THRESHOLD``): a few articles an early order put apart, the
rest of their story arriving later; its id too stays an alias. No other id of a story that
existed before the batch disappears.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    TextClause,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)

from eventwire.fuse.profile import article_profile, merge_profiles, stem, stopwords
from eventwire.store import driver_rows, in_chunks, insert_rows, schema, set_json_key
from eventwire.store import fuse_tables as ft
from eventwire.store.jsontext import loads as json_loads

TERM_WEIGHT = 0.45
NAME_WEIGHT = 0.55
YEAR_FACTOR_SAME = 2.0  # both articles are about the same year
YEAR_FACTOR_CLASH = 0.5  # both are dated, to different years
DATE_BONUS = 0.1  # a shared precise date
NEAR_DAYS = 60  # articles published this close count as the same time (a story's coverage span)
FAR_DAYS = 365  # ... this far apart as different times
TOP_K = 2
JOIN_THRESHOLD = 0.12
MIN_YEAR_SHARE = 0.25  # a year counts for a profile when it has this share of its year mentions
SPLIT_THRESHOLD = 0.4  # a story splits when its two halves are linked weaker than this
SPLIT_MIN_PART = 3  # ... and each half has at least this many articles
SPLIT_MAX_SIZE = 120  # larger stories are not re-checked (cost is cubic in size)
SMALL_STORY = 6  # an earlier story this small that the batch touched may merge too
MERGE_THRESHOLD = 0.25  # a story opened by this batch merges into one linked this strongly
FRAGMENT_THRESHOLD = 0.2  # a small earlier story near the batch joins a story at least as
# large whose members its own link to this strongly (``fragment_score``)
YEAR_GROUP_SHARE = 2 / 3  # a group of articles is about a year that this share of them names
YEAR_GROUP_MIN = 5  # ... and at least this many of them (fewer often recall a past episode)
YEAR_GROUP_DATED = 2  # ... told apart from a group with at least this many dated articles
BOUND_MARGIN = 1e-9  # a story whose ``link_bound`` is this far below the best is not scored
NUMBER_FACTOR = 1.3  # a shared rare number (a death toll, a magnitude, an amount)
NUMBER_MIN_IDF = 5.0  # rare: in at most about one article in fifty-five (smoothed IDF)
RETRIEVE_KEYS = 10  # an article's strongest names and strongest terms looked up, each
POSTINGS = 30  # most recent members read per looked-up key
RETRIEVED = 120  # members scored per new article (those sharing the most looked-up keys)
MERGE_CANDIDATES = 5  # best-scoring stories of each member a new story may merge into
MAX_LOADED = 100  # most recent members read when a whole story is needed
STORY_INDEX_META = "story_index"
NAME_PREFIX = "n:"
TERM_KEY = "t:"  # member index keys of terms (names: NAME_PREFIX)
DATE_KEY = "d:"  # ... and of precise dates
NUMBER_PREFIX = "#"
DOCS_KEY = "__docs__"
KEY_CHARS = 200
CHUNK = 500


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency."""
    return math.log((n_docs + 1) / (df + 1)) + 1.0


def unit(counts: Mapping[str, float], weight: Any) -> dict[str, float]:
    """A unit-length vector of log-scaled counts times per-key weights (rounded for storage)."""
    vec = {k: (1.0 + math.log(v)) * weight(k) for k, v in counts.items() if v > 0}
    norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
    return {k: round(w / norm, 5) for k, w in vec.items()}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors (the shared keys' products, summed in the order of
    the shorter one: the same sum as over all its keys, whose others add exact zeros)."""
    if len(a) > len(b):
        a, b = b, a
    return sum([w * b[k] for k, w in a.items() if k in b])


def similarity(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How likely two articles are about the same story (content, names, years, dates, numbers)."""
    s = TERM_WEIGHT * dot(a["tv"], b["tv"]) + NAME_WEIGHT * dot(a["nv"], b["nv"])
    s *= time_factor(a, b)
    if not set(a.get("dates") or ()).isdisjoint(b.get("dates") or ()):
        s += DATE_BONUS
    if not set(a.get("nums") or ()).isdisjoint(b.get("nums") or ()):
        s *= NUMBER_FACTOR
    return s


def time_factor(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How much being about the same time raises (or different times lower) a similarity:
    publication days when both are known (close in time, or far apart), else the years the
    articles talk about."""
    da, db = a.get("day"), b.get("day")
    if da and db:
        gap = abs(day_ordinal(da) - day_ordinal(db))
        if gap <= NEAR_DAYS:
            return YEAR_FACTOR_SAME
        return YEAR_FACTOR_CLASH if gap > FAR_DAYS else 1.0
    ya, yb = set(a.get("years") or []), set(b.get("years") or [])
    if ya and yb:
        return YEAR_FACTOR_SAME if ya & yb else YEAR_FACTOR_CLASH
    return 1.0


@lru_cache(maxsize=65536)
def day_ordinal(day: str) -> int:
    """The day number of an ISO date (remembered: members are compared again and again)."""
    return dt.date.fromisoformat(day).toordinal()


def story_seq(sid: str) -> int:
    """The creation sequence number in a story id ``s<seq>``."""
    return int(sid[1:]) if sid[1:].isdigit() else 0


class GroupFacts(NamedTuple):
    """What a group of members can share with another beyond words (``centroid``): the
    union of their precise dates and of their rare numbers, and the first and last of their
    publication days (None when one has no day)."""

    dates: frozenset[str]
    nums: frozenset[str]
    span: tuple[int, int] | None


Sums = tuple[dict[str, float], dict[str, float], GroupFacts]  # ``centroid``


def centroid(members: list[dict[str, Any]]) -> Sums | None:
    """The sums of members' term and name vectors and their ``GroupFacts`` (None when a
    weight is negative: then ``link_bound`` does not bound)."""
    terms: dict[str, float] = {}
    names: dict[str, float] = {}
    dates: set[str] = set()
    nums: set[str] = set()
    span: tuple[int, int] | None = None
    dated = True  # every member so far has a publication day
    for m in members:
        for out, vec in ((terms, m.get("tv") or {}), (names, m.get("nv") or {})):
            get = out.get
            for k, w in vec.items():
                if w < 0:
                    return None
                out[k] = get(k, 0.0) + w
        dates.update(m.get("dates") or ())
        nums.update(m.get("nums") or ())
        day = m.get("day") if dated else None
        if day:
            n = day_ordinal(day)
            span = (n, n) if span is None else (min(span[0], n), max(span[1], n))
        else:
            dated, span = False, None
    return terms, names, GroupFacts(frozenset(dates), frozenset(nums), span)


def facts_of(member: dict[str, Any]) -> GroupFacts:
    """The ``GroupFacts`` of one member."""
    day = member.get("day")
    return GroupFacts(frozenset(member.get("dates") or ()), frozenset(member.get("nums") or ()),
                      (day_ordinal(day),) * 2 if day else None)


def pair_factors(a: GroupFacts, b: GroupFacts) -> tuple[float, float, float]:
    """The largest time factor, date bonus and number factor any pair of a member of one
    group and one of the other can get in ``similarity``: a date bonus only when the groups
    share a date, a number factor only when they share a number, and when every member of
    both has a publication day, the time factors of the days the spans leave apart and
    farther (``time_factor``: the closest pair gets the largest); else every factor's
    largest."""
    bonus = max(DATE_BONUS, 0.0) if not a.dates.isdisjoint(b.dates) else 0.0
    number = max(NUMBER_FACTOR, 1.0) if not a.nums.isdisjoint(b.nums) else 1.0
    if a.span is None or b.span is None:
        return max(YEAR_FACTOR_SAME, YEAR_FACTOR_CLASH, 1.0), bonus, number
    gap = max(0, b.span[0] - a.span[1], a.span[0] - b.span[1])
    factor = YEAR_FACTOR_CLASH  # what the farthest pairs get; closer ones up to:
    if gap <= FAR_DAYS:
        factor = max(factor, 1.0)
    if gap <= NEAR_DAYS:
        factor = max(factor, YEAR_FACTOR_SAME)
    return factor, bonus, number


def link_bound(a: Sums | None, b: Sums | None, pairs: int) -> float:
    """An upper bound of the average ``similarity`` over all pairs of two member groups from
    their ``centroid`` sums (the mean cosine of all pairs is the dot product of the sums over
    the number of pairs), every pair given the largest time factor, date bonus and number
    factor a pair of the two groups can get (``pair_factors``); infinite when a group has no
    centroid."""
    if a is None or b is None or not pairs:
        return math.inf
    cosines = TERM_WEIGHT * dot(a[0], b[0]) + NAME_WEIGHT * dot(a[1], b[1])
    factor, bonus, number = pair_factors(a[2], b[2])
    return number * (factor * cosines / pairs + bonus)


def row_bound(a: dict[str, Any], sums: Sums, n: int) -> float:
    """An upper bound of one member's summed ``similarity`` to the ``n`` members of a group
    whose ``centroid`` is ``sums`` (``link_bound`` for one row of the pairs)."""
    cosines = TERM_WEIGHT * dot(a.get("tv") or {}, sums[0]) + \
        NAME_WEIGHT * dot(a.get("nv") or {}, sums[1])
    factor, bonus, number = pair_factors(facts_of(a), sums[2])
    return number * (factor * cosines + n * bonus)


def average_reaching(mine: list[dict[str, Any]], members: list[dict[str, Any]],
                     mine_sum: Sums | None, sums: Sums | None,
                     floor: float) -> float | None:
    """The average ``similarity`` over all pairs of two groups (``merge_target``'s average
    link: the same sums in the same order), or None once the rows summed so far and a bound
    of the rows left (``row_bound`` against the other group's ``centroid``, ``sums``) cannot
    reach ``floor`` (less ``BOUND_MARGIN``): a story that cannot be the best is left after
    the rows that show it, not scored whole. Without both centroids (``mine_sum``, ``sums``:
    a negative weight) every pair is scored."""
    pairs = len(mine) * len(members)
    if mine_sum is None or sums is None:
        return sum(similarity(a, b) for a in mine for b in members) / pairs
    left = [0.0] * (len(mine) + 1)  # bounds of the rows after each row
    for i in range(len(mine) - 1, -1, -1):
        left[i] = left[i + 1] + row_bound(mine[i], sums, len(members))
    need = (floor - BOUND_MARGIN) * pairs
    total = 0.0
    for i, a in enumerate(mine):
        for b in members:
            total += similarity(a, b)
        if total + left[i + 1] < need:
            return None
    return total / pairs


def fragment_score(small: list[dict[str, Any]], story: list[dict[str, Any]]) -> float:
    """How well a small story's articles fit another story: the mean, over its articles, of
    the score each would give that story when placed (the mean of its ``TOP_K`` best
    similarities to the story's members)."""
    total = 0.0
    for a in small:
        top = heapq.nlargest(TOP_K, (similarity(a, b) for b in story))
        total += sum(top) / len(top) if top else 0.0
    return total / len(small) if small else 0.0


def average_link(sims: list[list[float]], a: list[int], b: list[int]) -> float:
    """Mean similarity between two groups of member indexes."""
    return sum(sims[i][j] for i in a for j in b) / (len(a) * len(b))


def two_groups(members: list[dict[str, Any]]) -> set[str] | None:
    """The ids of the newer of two clearly separate member groups (average linkage), if any:
    the top two groups of the linkage, else two large groups of different years
    (``year_groups``)."""
    n = len(members)
    if n < 2 * SPLIT_MIN_PART or n > SPLIT_MAX_SIZE:
        return None
    sims = similarity_matrix(members)
    return top_groups(members, sims) or year_groups(members, sims)


def similarity_matrix(members: list[dict[str, Any]]) -> list[list[float]]:
    """``[[similarity(a, b) for b in members] for a in members]``, each pair scored once when
    its mirror is the same float: ``similarity`` reads both articles alike but for the order
    ``dot`` sums in, that of the shorter vector, so a pair whose term vectors and whose name
    vectors differ in length sums in the same order both ways (a pair with a tie is scored
    both ways)."""
    n = len(members)
    sims = [[0.0] * n for _ in range(n)]
    sizes = [(len(m["tv"]), len(m["nv"])) for m in members]
    for i, a in enumerate(members):
        row, (ta, na) = sims[i], sizes[i]
        for j in range(i, n):
            b = members[j]
            row[j] = score = similarity(a, b)
            if j != i:
                tb, nb = sizes[j]
                sims[j][i] = score if ta != tb and na != nb else similarity(b, a)
    return sims


def top_groups(members: list[dict[str, Any]], sims: list[list[float]]) -> set[str] | None:
    """The newer of the two top groups of average linkage, when both are large enough and
    linked weaker than ``SPLIT_THRESHOLD`` (and not one story moving on)."""
    n = len(members)
    groups = [[i] for i in range(n)]
    while len(groups) > 2:
        pairs = ((average_link(sims, groups[x], groups[y]), x, y)
                 for x in range(len(groups)) for y in range(x + 1, len(groups)))
        _, x, y = max(pairs)
        groups[x] += groups.pop(y)
    first, second = sorted(groups, key=min)
    if min(len(first), len(second)) < SPLIT_MIN_PART:
        return None
    if continues([members[i] for i in first], [members[i] for i in second]):
        return None
    if average_link(sims, first, second) >= SPLIT_THRESHOLD:
        return None
    return {members[i]["id"] for i in second}


def year_groups(members: list[dict[str, Any]], sims: list[list[float]]) -> set[str] | None:
    """The newer of two large groups that are about different years, when the linkage that
    stops at ``SPLIT_THRESHOLD`` leaves at least two groups of ``SPLIT_MIN_PART`` articles
    (the top two groups of a linkage are often a stray article against the rest; the strays
    join the large group they link to best). Two groups are about different years when one
    is about a year (``group_year``) that none of the other's, at least
    ``YEAR_GROUP_DATED`` dated, articles names: two earthquakes or two arrests of one kind
    whose undated reports share the vocabulary; or when each group names someone or
    something the other never does (``names_apart``). Only for groups not all published on known
    days (those are told apart by their days)."""
    if all(m.get("day") for m in members):
        return None
    groups = [[i] for i in range(len(members))]
    while len(groups) > 2:
        link, x, y = max((average_link(sims, groups[x], groups[y]), x, y)
                         for x in range(len(groups)) for y in range(x + 1, len(groups)))
        if link < SPLIT_THRESHOLD and min(len(groups[x]), len(groups[y])) >= SPLIT_MIN_PART:
            break
        groups[x] += groups.pop(y)
    large = [g for g in groups if len(g) >= SPLIT_MIN_PART]
    if len(large) < 2:
        return None
    while len(large) > 2:
        _, x, y = max((average_link(sims, large[x], large[y]), x, y)
                      for x in range(len(large)) for y in range(x + 1, len(large)))
        large[x] += large.pop(y)
    for g in groups:
        if len(g) < SPLIT_MIN_PART:
            k = max((0, 1), key=lambda k: (average_link(sims, g, large[k]), -k))
            large[k] = large[k] + g
    first, second = sorted(large, key=min)
    if average_link(sims, first, second) >= SPLIT_THRESHOLD:
        return None
    if not apart([members[i] for i in first], [members[i] for i in second]):
        return None
    return {members[i]["id"] for i in second}


def rejoined(splits: list[tuple[str, frozenset[str], frozenset[str]]],
             members: Mapping[str, list[dict[str, Any]]]
             ) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """The splits (key, the story's remaining articles, the part taken out) whose two groups
    the merge steps put back into one story: the articles of each that sit in that story."""
    home = {m["id"]: sid for sid, group in members.items() for m in group}
    out = []
    for key, rest, part in splits:
        for sid in sorted({home.get(a) for a in rest | part} - {None}):
            a = frozenset(x for x in rest if home.get(x) == sid)
            b = frozenset(x for x in part if home.get(x) == sid)
            if a and b:
                out.append((key, a, b))
    return out


def mark_branches(conn: Connection, branches: list[tuple[str, frozenset[str], frozenset[str]]]
                  ) -> None:
    """Remember each article's side of the rejoined splits (``marks`` of its stored profile,
    "<key>:1" / "<key>:2"): reports of the two sides do not link on their story alone
    (``events.branches_apart``)."""
    add: dict[str, list[str]] = {}
    for key, a, b in branches:
        for side, group in (("1", a), ("2", b)):
            for aid in group:
                add.setdefault(aid, []).append(f"{key}:{side}")
    sa = ft.story_articles
    for part in in_chunks(sorted(add)):
        for aid, prof in conn.execute(select(sa.c.article_id, sa.c.profile)
                                      .where(sa.c.article_id.in_(part))).all():
            if prof is None:
                continue
            marks = list(prof.get("marks") or []) + add[aid]
            conn.execute(update(sa).where(sa.c.article_id == aid)
                         .values(profile={**prof, "marks": marks}))


def told_apart(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Whether two groups of articles, not all published on known days, are about different
    occurrences (``apart``): a new story of them does not merge into the other."""
    return not all(m.get("day") for m in a + b) and apart(a, b)


def apart(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Whether two groups of articles are about different occurrences: different years
    (``years_apart``) or different distinctive names (``names_apart``)."""
    return years_apart(a, b) or names_apart(a, b)


def group_names(group: list[dict[str, Any]]) -> set[str]:
    """The names that at least ``YEAR_GROUP_SHARE`` of a group's articles, and at least
    ``YEAR_GROUP_MIN`` of them, name."""
    counts: dict[str, int] = {}
    for m in group:
        for n in m.get("nv") or ():
            counts[n] = counts.get(n, 0) + 1
    return {n for n, c in counts.items()
            if c >= YEAR_GROUP_MIN and c >= YEAR_GROUP_SHARE * len(group)}


def names_apart(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Whether each of two groups of at least ``YEAR_GROUP_MIN`` articles nearly all name
    someone or something (``group_names``) that none of the other group's articles names or
    uses a word of: two jewel heists in one city, or two sentencings of different killers,
    whose reports share the vocabulary."""
    if min(len(a), len(b)) < YEAR_GROUP_MIN:
        return False
    own_a = [n for n in sorted(group_names(a)) if not any(said(n, m) for m in b)]
    own_b = [n for n in sorted(group_names(b)) if not any(said(n, m) for m in a)]
    return bool(own_a and own_b)


def one_name_apart(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Whether one of two groups of at least ``YEAR_GROUP_MIN`` articles, not all published
    on known days, is about someone or something the other never names (``own_lead``). A
    later occurrence of one kind whose reports recall the earlier one by name (a team's second
    arrest naming the first player), not a side branch of one occurrence that lacks a few of
    the story's lesser names (the other regions a cable cut reached). Only for a part the split
    check has just taken out of a story, which then does not merge back."""
    return own_lead(a, b) is not None


def own_lead(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> tuple[int, str] | None:
    """(0 for ``a``, 1 for ``b``; the name) when that group of two of at least
    ``YEAR_GROUP_MIN`` articles, not all published on known days, is led (``leading_name``) by
    a name that nearly all its articles name (``group_names``) and none of the other's articles
    names or uses a word of (``said``)."""
    if min(len(a), len(b)) < YEAR_GROUP_MIN or all(m.get("day") for m in a + b):
        return None
    for side, (x, y) in enumerate(((a, b), (b, a))):
        lead = leading_name(x)
        if lead is not None and lead in group_names(x) and not any(said(lead, m) for m in y):
            return side, lead
    return None


def leading_name(group: list[dict[str, Any]]) -> str | None:
    """The name weighted highest in more of a group's articles than any other name (None on a
    tie or without names)."""
    counts: dict[str, int] = {}
    for m in group:
        nv = m.get("nv") or {}
        if nv:
            top = max(sorted(nv), key=lambda k: nv[k])
            counts[top] = counts.get(top, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=lambda k: counts[k])


def said(name: str, member: dict[str, Any]) -> bool:
    """Whether an article names a name or has a word of it among its terms."""
    if name in (member.get("nv") or ()):
        return True
    terms = member.get("tv") or {}
    return any(stem(w) in terms for w in name.split() if len(w) > 2 and w not in stopwords())


def group_year(group: list[dict[str, Any]]) -> set[str]:
    """The years that at least ``YEAR_GROUP_SHARE`` of a group's articles, and at least
    ``YEAR_GROUP_MIN`` of them, name."""
    counts: dict[str, int] = {}
    for m in group:
        for y in set(m.get("years") or []):
            counts[y] = counts.get(y, 0) + 1
    return {y for y, c in counts.items()
            if c >= YEAR_GROUP_MIN and c >= YEAR_GROUP_SHARE * len(group)}


def years_apart(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Whether one group is about a year that none of the other group's dated articles (at
    least ``YEAR_GROUP_DATED``) names."""
    for x, y in ((a, b), (b, a)):
        dated = [set(m.get("years") or []) for m in y if m.get("years")]
        year = group_year(x)
        if year and len(dated) >= YEAR_GROUP_DATED and not any(year & d for d in dated):
            return True
    return False


def continues(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> bool:
    """True when one group of dated articles follows the other without overlap and within
    NEAR_DAYS: a story that moved on, not two stories told side by side."""
    days_a = [m.get("day") for m in first]
    days_b = [m.get("day") for m in second]
    if not all(days_a) or not all(days_b):
        return False
    early, late = sorted((days_a, days_b), key=min)
    if max(early) > min(late):
        return False
    gap = dt.date.fromisoformat(min(late)) - dt.date.fromisoformat(max(early))
    return gap.days <= NEAR_DAYS


def main_years(years: Mapping[str, int]) -> set[str]:
    """The years that make up a real share of a profile's dated mentions."""
    total = sum(years.values())
    return {y for y, c in years.items() if total and c / total >= MIN_YEAR_SHARE}


class MemberRow(NamedTuple):
    """A stored member as ``retrieve`` reads it through the driver (``add_members``)."""

    story_id: str
    article_id: str
    vec: Any
    seq: int


VEC_COLUMN = "JSON_QUOTE(JSON_EXTRACT(story_articles.profile, '$.\"vec\"'))"  # ``MEMBER_VEC``
# on SQLite (as SQLAlchemy renders it)
ORDER_SQL = (  # a story's newest members (``ensure_full``)
    "SELECT story_articles.article_id FROM story_articles JOIN articles "
    "ON articles.id = story_articles.article_id WHERE story_articles.story_id = ? "
    "AND story_articles.profile IS NOT NULL ORDER BY articles.seq DESC LIMIT ?")


def vec_of(raw: str | None) -> Any:
    """A member's vectors from the text ``VEC_COLUMN`` reads (decoded as the store's JSON
    type decodes ``MEMBER_VEC``)."""
    return None if raw is None else json_loads(raw)


@lru_cache(maxsize=16)
def vec_sql(n_ids: int) -> str:
    """Article ids and ``VEC_COLUMN`` of some members (positional parameters)."""
    return (f"SELECT article_id, {VEC_COLUMN} FROM story_articles "
            f"WHERE story_articles.article_id IN ({', '.join('?' * n_ids)})")


@lru_cache(maxsize=16)
def members_sql(n_ids: int) -> str:
    """Story, article id, ``VEC_COLUMN`` and article sequence number of some members, in
    ingest order (``retrieve``; positional parameters)."""
    return (f"SELECT story_articles.story_id, story_articles.article_id, {VEC_COLUMN}, "
            f"articles.seq "
            f"FROM story_articles JOIN articles ON articles.id = story_articles.article_id "
            f"WHERE story_articles.article_id IN ({', '.join('?' * n_ids)}) "
            f"ORDER BY articles.seq")


@lru_cache(maxsize=16)
def df_sql(n_terms: int) -> str:
    """Terms and document frequencies of some terms (positional parameters)."""
    return f"SELECT term, df FROM term_df WHERE term IN ({', '.join('?' * n_terms)})"


@lru_cache(maxsize=64)
def postings_text(n_keys: int) -> str:
    """``postings_sql`` as SQLite text with positional parameters."""
    return " UNION ALL ".join(
        f'SELECT p{i}.article_id, p{i}.seq FROM (SELECT article_id, seq FROM story_keys '
        f'WHERE "key" = ? ORDER BY seq DESC LIMIT {POSTINGS}) AS p{i}' for i in range(n_keys))


@lru_cache(maxsize=64)
def postings_sql(n_keys: int) -> TextClause:
    """One statement for the ``POSTINGS`` newest members listed under each of ``n_keys``
    keys (bound as ``k0``, ``k1``, ...; a member once per key it shares)."""
    return text(" UNION ALL ".join(
        f'SELECT p{i}.article_id, p{i}.seq FROM (SELECT article_id, seq FROM story_keys '
        f'WHERE "key" = :k{i} ORDER BY seq DESC LIMIT {POSTINGS}) AS p{i}'
        for i in range(n_keys)))


# A stored member's vectors and its article profile, read apart (SQL JSON paths): placement
# and repair read the vectors of many members, a rebuilt story profile the articles of one
MEMBER_VEC = ft.story_articles.c.profile["vec"].label("vec")
MEMBER_ART = ft.story_articles.c.profile["art"].label("art")


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
    arts: dict[str, dict[str, Any]] = field(default_factory=dict)
    moved: dict[str, str] = field(default_factory=dict)
    dropped: set[str] = field(default_factory=set)
    stored: set[str] = field(default_factory=set)
    conn: Connection | None = field(default=None, repr=False)  # None: everything in memory
    df_known: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)  # member articles known
    full: set[str] = field(default_factory=set)  # stories whose members are all known
    near: dict[str, list[str]] = field(default_factory=dict)  # article -> best other stories
    ranked: list[str] = field(default_factory=list)  # best stories of the last ``best``
    postings: dict[str, set[str]] = field(default_factory=dict)  # key -> known members with it
    # (an index reading the store posts none: ``story_scores`` reads ``keys_of`` its few members)
    key_sets: dict[str, tuple[dict[str, Any], frozenset[str]]] = field(default_factory=dict)
    # member -> (its vectors, ``member_keys`` of them) (``keys_of``)
    home: dict[str, tuple[str, dict[str, Any]]] | None = None  # member -> (story, vectors);
    # None: rebuilt from ``members`` when next needed
    pool: set[str] = field(default_factory=set)  # stored members retrieved for the article
    # being placed (``retrieve``): with the update's own articles, all it is scored against
    joined: set[str] = field(default_factory=set)  # articles placed by this update
    sums: dict[str, tuple[list[dict[str, Any]], int, Any]] = field(default_factory=dict)
    # story -> (its member list, that list's length, ``centroid`` of it) (``merge_target``)
    merged: dict[str, str] = field(default_factory=dict)  # earlier story merged by ``repair``
    # -> the story it merged into (its id stays an alias of that story)
    branches: list[tuple[str, frozenset[str], frozenset[str]]] = field(default_factory=list)
    # (key, group, group): article groups the split check separated that the merge steps put
    # back into one story (``rejoined``), the key the story opened for the part taken out
    left: dict[str, str] = field(default_factory=dict)  # a part the split check took out this
    # update -> the story it left (``merge_target`` holds it apart by a name of one side)
    held: dict[str, str] = field(default_factory=dict)  # such a part held apart -> that story

    @classmethod
    def load(cls, conn: Connection) -> StoryIndex:
        """An index reading the store on demand: document frequencies of the terms it meets,
        members that share an article's strongest keys, whole stories only when repaired."""
        ensure_keys(conn)
        idx = cls(conn=conn)
        idx.next_seq = (conn.execute(select(func.max(ft.stories.c.seq))).scalar() or 0) + 1
        idx.n_docs = conn.execute(select(ft.term_df.c.df).where(
            ft.term_df.c.term == DOCS_KEY)).scalar() or 0
        return idx

    def need(self, keys: list[str]) -> None:
        """Read the stored document frequencies of keys not seen yet."""
        if self.conn is None:
            return
        missing = sorted({k for k in keys if k not in self.df_known})
        for i in range(0, len(missing), CHUNK):
            part = missing[i:i + CHUNK]
            if self.driven():
                self.df.update(driver_rows(self.conn, df_sql(len(part)), tuple(part)))
                continue
            for row in self.conn.execute(select(ft.term_df.c.term, ft.term_df.c.df)
                                         .where(ft.term_df.c.term.in_(part))):
                self.df[row.term] = row.df
        self.df_known.update(missing)

    def driven(self) -> bool:
        """Whether the store's reads of placement and repair go through the SQLite driver
        (``driver_rows``: plain rows, no compiled statement and result object per read)."""
        return self.conn is not None and self.conn.dialect.name == "sqlite"

    def profile_of(self, sid: str) -> dict[str, Any]:
        """A story's profile (read from the store the first time)."""
        if sid not in self.profiles and self.conn is not None:
            self.profiles[sid] = self.conn.execute(select(ft.stories.c.profile).where(
                ft.stories.c.id == sid)).scalar() or {"n": 0, "terms": {}, "names": {}}
        return self.profiles[sid]

    def add_members(self, rows: list[Any]) -> None:
        """Remember stored members (story_id, article_id, vectors ``vec``) not known yet."""
        for row in rows:
            if row.article_id in self.seen or row.vec is None:
                continue
            self.seen.add(row.article_id)
            member = {**row.vec, "id": row.article_id}
            self.members.setdefault(row.story_id, []).append(member)
            self.post(row.story_id, member)

    def read_arts(self, aids: list[str]) -> None:
        """Read the article profiles (``art``) of stored members not known yet (only a
        story profile rebuilt from its members reads them; placement reads the vectors)."""
        missing = sorted({a for a in aids if a not in self.arts})
        if self.conn is None or not missing:
            return
        sa = ft.story_articles
        for i in range(0, len(missing), CHUNK):
            part = missing[i:i + CHUNK]
            found = dict(self.conn.execute(select(sa.c.article_id, MEMBER_ART).where(
                sa.c.article_id.in_(part))).all())
            self.arts.update((a, found.get(a)) for a in part)

    def ensure_full(self, sid: str, limit: int = MAX_LOADED) -> None:
        """Know (up to ``limit`` of the most recent of) a stored story's members, in order.
        The vectors of members already known (retrieved or joined by this update: what is
        stored for them) are kept, not read and decoded again."""
        if self.conn is None or sid in self.full or sid in self.created:
            return
        sa = ft.story_articles
        if self.driven():
            order = [r[0] for r in driver_rows(self.conn, ORDER_SQL, (sid, limit))]
        else:
            order = self.conn.execute(
                select(sa.c.article_id)
                .join(schema.articles, schema.articles.c.id == sa.c.article_id)
                .where(sa.c.story_id == sid, sa.c.profile.is_not(None))
                .order_by(schema.articles.c.seq.desc()).limit(limit)).scalars().all()
        known = {m["id"]: m for m in self.members.get(sid, [])}
        missing = [a for a in order if a not in known]
        read: dict[str, Any] = {}
        for i in range(0, len(missing), CHUNK):
            part = missing[i:i + CHUNK]
            if self.driven():
                read.update((aid, vec_of(raw)) for aid, raw in driver_rows(
                    self.conn, vec_sql(len(part)), tuple(part)))
                continue
            read.update(self.conn.execute(select(sa.c.article_id, MEMBER_VEC).where(
                sa.c.article_id.in_(part))).all())
        self.members[sid] = []
        self.home = None
        self.seen -= set(known)
        for aid in reversed(order):
            member = known.get(aid)
            if member is None and read.get(aid) is not None:
                member = {**read[aid], "id": aid}
            if member is None or aid in self.seen:
                continue
            self.seen.add(aid)
            self.members[sid].append(member)
        self.full.add(sid)

    def retrieve(self, vec: dict[str, Any]) -> None:
        """Read the stored members that share the most of the article's strongest keys."""
        self.pool = set()
        if self.conn is None:
            return
        keys = strongest_keys(vec)
        if not keys:
            return
        hits: dict[str, list[int]] = {}
        if self.driven():
            found = driver_rows(self.conn, postings_text(len(keys)), tuple(keys))
        else:
            found = self.conn.execute(postings_sql(len(keys)),
                                      {f"k{i}": k for i, k in enumerate(keys)}).all()
        for article_id, seq in found:
            hits.setdefault(article_id, [0, seq])[0] += 1
        best = sorted(hits, key=lambda a: (-hits[a][0], -hits[a][1]))[:RETRIEVED]
        self.pool = set(best)
        best = [a for a in best if a not in self.seen]
        sa = ft.story_articles
        for i in range(0, len(best), CHUNK):
            if self.driven():
                part = best[i:i + CHUNK]
                self.add_members([MemberRow(sid, aid, vec_of(raw), seq) for sid, aid, raw, seq
                                  in driver_rows(self.conn, members_sql(len(part)),
                                                 tuple(part))])
                continue
            rows = self.conn.execute(
                select(sa.c.story_id, sa.c.article_id, MEMBER_VEC, schema.articles.c.seq)
                .join(schema.articles, schema.articles.c.id == sa.c.article_id)
                .where(sa.c.article_id.in_(best[i:i + CHUNK]))
                .order_by(schema.articles.c.seq)).all()
            self.add_members(rows)

    def weight(self, key: str, prefix: str = "") -> float:
        """The IDF weight of a term or name."""
        return idf(self.df.get(prefix + key, 0), self.n_docs)

    def vectors(self, art: dict[str, Any]) -> dict[str, Any]:
        """The article's unit term and name vectors and its main years."""
        self.need(profile_keys(art))
        names = {k: v for k, v in art["names"].items() if not k.startswith("actor:")}
        return {"tv": unit(art["terms"], lambda k: self.weight(k)),
                "nv": unit(names, lambda k: self.weight(k, NAME_PREFIX)),
                "years": sorted(main_years(art.get("years") or {})),
                "dates": art.get("dates") or [],
                "day": art.get("day"),
                "nums": [n for n in art.get("numbers") or []
                         if self.weight(n, NUMBER_PREFIX) >= NUMBER_MIN_IDF]}

    def post(self, sid: str, member: dict[str, Any]) -> None:
        """Index a known member by the keys it can share with an article (``member_keys``)."""
        if self.home is None:
            return
        aid = member["id"]
        self.home[aid] = (sid, member)
        if self.conn is not None:  # the members an article is scored against are few
            return  # (``story_scores``): their keys are read there, not posted
        postings = self.postings  # a set is made only for a key no member was posted under
        for k in member_keys(member):
            posted = postings.get(k)
            if posted is None:
                postings[k] = {aid}
            else:
                posted.add(aid)

    def keys_of(self, member: dict[str, Any]) -> frozenset[str]:
        """``member_keys`` of a known member (kept while the member is the same object)."""
        kept = self.key_sets.get(member["id"])
        if kept is None or kept[0] is not member:
            kept = self.key_sets[member["id"]] = (member, frozenset(member_keys(member)))
        return kept[1]

    def reindex(self) -> None:
        """Rebuild the member index from ``members`` (after members moved or were reread)."""
        self.home, self.postings = {}, {}
        for sid, members in self.members.items():
            for member in members:
                self.post(sid, member)

    def story_scores(self, vec: dict[str, Any]) -> dict[str, float]:
        """Each story's mean similarity over its TOP_K most similar articles, for the stories
        with a member sharing a term, a name or a date with the article (those found through
        ``postings``, or in a store-backed index by each scored member's ``keys_of``; every
        other similarity is 0, and the other stories score 0). In a
        store-backed index the members scored are the update's own articles and the stored
        members retrieved for this article (``pool``), not every member other articles of
        the update retrieved: the cost per article stays bounded however large the update."""
        if self.home is None:
            self.reindex()
        assert self.home is not None
        found: set[str] = set()
        if self.conn is None:
            for k in member_keys(vec):
                posted = self.postings.get(k)
                if posted:
                    found |= posted
        else:
            wanted = set(member_keys(vec))
            for aid in self.pool | self.joined:
                entry = self.home.get(aid)
                if entry is not None and not self.keys_of(entry[1]).isdisjoint(wanted):
                    found.add(aid)
        sims: dict[str, list[float]] = {}
        for aid in found:
            entry = self.home.get(aid)
            if entry is not None:
                sims.setdefault(entry[0], []).append(similarity(vec, entry[1]))
        out = {}
        for sid, v in sims.items():
            v += [0.0] * min(TOP_K, len(self.members.get(sid, ())) - len(v))
            top = sorted(v, reverse=True)[:TOP_K]
            out[sid] = sum(top) / len(top)
        return out

    def observe(self, art: dict[str, Any]) -> None:
        """Count an article's terms and names into the document frequencies."""
        self.n_docs += 1
        keys = profile_keys(art)
        self.need(keys)
        for k in keys:
            self.df[k] = self.df.get(k, 0) + 1
            self.df_dirty.add(k)

    def best(self, vec: dict[str, Any]) -> tuple[str | None, float]:
        """The best-fitting story and its score (None when there is no story); ``ranked``:
        the best stories, ties (and stories scoring 0) in id order."""
        scores = {k: v for k, v in self.story_scores(vec).items() if v > 0}
        self.ranked = sorted(scores, key=lambda k: (-scores[k], k))[:MERGE_CANDIDATES + 1]
        if scores:
            sid = max(scores, key=lambda k: (scores[k], k))
        else:
            sid = max((k for k, v in self.members.items() if v), default=None)
        if len(self.ranked) <= MERGE_CANDIDATES:
            self.ranked += heapq.nsmallest(MERGE_CANDIDATES + 1 - len(self.ranked), (
                k for k, v in self.members.items() if v and k not in scores))
        if sid is None:
            return None, -1.0
        return sid, scores.get(sid, 0.0)

    def open_story(self) -> str:
        """Open an empty story in memory and return its id."""
        seq = self.next_seq
        self.next_seq += 1
        sid = f"s{seq}"
        self.profiles[sid] = {"n": 0, "terms": {}, "names": {}}
        self.members[sid] = []
        self.created.append(sid)
        return sid

    def join(self, sid: str, art: dict[str, Any], vec: dict[str, Any], aid: str = "") -> None:
        """Add an article (profile and vectors) to a story."""
        self.profiles[sid] = merge_profiles(self.profile_of(sid), art)
        self.near[aid] = [s for s in self.ranked if s != sid][:MERGE_CANDIDATES]
        member = {**vec, "id": aid}
        self.members.setdefault(sid, []).append(member)
        self.post(sid, member)
        self.seen.add(aid)
        self.joined.add(aid)
        self.arts[aid] = art
        self.touched.add(sid)

    def rebuild_profile(self, sid: str) -> None:
        """Recompute a story profile from its members' article profiles."""
        self.ensure_full(sid, limit=10**9)
        self.read_arts([m["id"] for m in self.members[sid]])
        prof: dict[str, Any] = {"n": 0, "terms": {}, "names": {}}
        for m in self.members[sid]:
            prof = merge_profiles(prof, self.arts.get(m["id"]) or {"n": 1})
        self.profiles[sid] = prof
        self.touched.add(sid)

    def move(self, aids: set[str], src: str, dst: str) -> None:
        """Move member articles from one story to another and refresh both profiles."""
        self.ensure_full(dst, limit=10**9)
        self.members[dst] = self.members.get(dst, []) + [m for m in self.members[src]
                                                         if m["id"] in aids]
        self.members[src] = [m for m in self.members[src] if m["id"] not in aids]
        self.home = None
        for aid in aids:
            self.moved[aid] = dst
        self.rebuild_profile(src)
        self.rebuild_profile(dst)

    def repair(self) -> dict[str, str]:
        """Re-check the stories this batch touched: split two-group stories, merge new ones."""
        for sid in sorted(self.touched, key=story_seq):
            self.ensure_full(sid)
        splits: list[tuple[str, frozenset[str], frozenset[str]]] = []
        for sid in sorted(self.touched & set(self.members), key=story_seq):
            parts = two_groups(self.members[sid])
            if parts is not None:
                new = self.open_story()
                self.left[new] = sid
                splits.append((new, frozenset(m["id"] for m in self.members[sid]
                                              if m["id"] not in parts), frozenset(parts)))
                self.move(parts, sid, new)
        for sid in sorted(set(self.created) & set(self.members), key=story_seq, reverse=True):
            target = self.merge_target(sid)
            if target is not None:
                self.move({m["id"] for m in self.members[sid]}, sid, target)
                self.drop(sid)
        for sid, other in sorted(self.held.items()):
            self.sort_held(sid, other)
        small = [sid for sid in self.touched & set(self.members)
                 if sid not in self.created and 0 < len(self.members[sid]) <= SMALL_STORY]
        for sid in sorted(small, key=story_seq, reverse=True):
            target = self.merge_target(sid)
            if target is not None:
                self.move({m["id"] for m in self.members[sid]}, sid, target)
                self.drop(sid)
                self.merged[sid] = target
        for sid in self.fragments():
            if sid not in self.members or sid in self.dropped:
                continue
            target = self.fragment_target(sid)
            if target is not None:
                self.move({m["id"] for m in self.members[sid]}, sid, target)
                self.drop(sid)
                self.merged[sid] = target
        self.branches = rejoined(splits, self.members)
        return {aid: sid for aid, sid in self.moved.items()}

    def sort_held(self, part: str, left: str) -> None:
        """After a split part was held apart from the story it left by the name that leads
        one side (``own_lead``), the articles of that side that do not say the name move to the
        other side: reports of the earlier occurrence the linkage had put with the later one."""
        if part not in self.members or left not in self.members:
            return
        found = own_lead(self.members[part], self.members[left])
        if found is None:
            return
        side, lead = found
        src, dst = (part, left) if side == 0 else (left, part)
        out = {m["id"] for m in self.members[src] if not said(lead, m)}
        if out:
            self.move(out, src, dst)

    def fragments(self) -> list[str]:
        """Earlier stories of at most ``SMALL_STORY`` articles near this batch: touched by it,
        or among the best other stories of one of its articles (``near``), newest first. An
        early ingest order can leave a few articles of a story apart, in a story of their own
        that the rest of the story, arriving later, passes by."""
        near = {o for aid in self.joined for o in self.near.get(aid, [])}
        found = sorted((near | self.touched) - set(self.created) - self.dropped, key=story_seq)
        sizes = self.sizes(found)
        return sorted((sid for sid in found if 0 < sizes.get(sid, 0) <= SMALL_STORY),
                      key=story_seq, reverse=True)

    def sizes(self, sids: list[str]) -> dict[str, int]:
        """The number of member articles of stories (known members of stories read whole or
        in memory, else counted in the store)."""
        out = {sid: len(self.members.get(sid, [])) for sid in sids
               if self.conn is None or sid in self.full}
        rest = [sid for sid in sids if sid not in out]
        sa = ft.story_articles
        for i in range(0, len(rest), CHUNK):
            assert self.conn is not None
            out.update(self.conn.execute(
                select(sa.c.story_id, func.count()).where(
                    sa.c.story_id.in_(rest[i:i + CHUNK]), sa.c.profile.is_not(None))
                .group_by(sa.c.story_id)).all())
        return out

    def fragment_target(self, sid: str) -> str | None:
        """The story a small earlier story joins (``fragments``): of the stories this batch
        touched or opened and those its own members scored best, one at least as large (as
        large: older) whose ``fragment_score`` reaches ``FRAGMENT_THRESHOLD``, the best, unless
        the two are ``told_apart`` or the story's split check (``two_groups``) would take the
        small story's articles out again. Its id stays an alias of that story."""
        self.ensure_full(sid)
        mine = self.members.get(sid) or []
        if not mine:
            return None
        near = {o for m in mine for o in self.near.get(m["id"], [])}
        others = sorted((near | self.touched | set(self.created)) - self.dropped - {sid},
                        key=story_seq)
        scored = []
        for other in others:
            self.ensure_full(other)
            members = self.members.get(other) or []
            if len(members) < len(mine) or (len(members) == len(mine) and
                                             story_seq(other) > story_seq(sid)):
                continue
            score = fragment_score(mine, members)
            if score >= FRAGMENT_THRESHOLD:
                scored.append((-score, story_seq(other), other))
        ids = {m["id"] for m in mine}
        for _, _, other in sorted(scored):
            members = self.members[other]
            if told_apart(mine, members):
                continue
            parts = two_groups(members + mine)
            if parts is None or parts.isdisjoint(ids):
                return other
        return None

    def merge_target(self, sid: str) -> str | None:
        """The older story a new story should merge into (average link ≥ MERGE_THRESHOLD)."""
        mine = self.members[sid]
        best, best_score = None, MERGE_THRESHOLD
        others = sorted(self.members, key=story_seq)
        if self.conn is not None:  # the stories its members scored best and the stories
            # this batch changed, read whole
            near = {o for m in mine for o in self.near.get(m["id"], [])}
            others = sorted((near | self.touched | set(self.created)) - self.dropped,
                            key=story_seq)
            for other in others:
                self.ensure_full(other)
        mine_sum = centroid(mine)
        for other, members in ((o, self.members.get(o, [])) for o in others):
            if other == sid or not members or story_seq(other) > story_seq(sid):
                continue
            if link_bound(mine_sum, self.centroid_of(other), len(mine) * len(members)) < \
                    best_score - BOUND_MARGIN:
                continue  # its average link cannot reach the best so far
            score = average_reaching(mine, members, mine_sum, self.centroid_of(other),
                                     best_score)
            if score is None or score < best_score or told_apart(mine, members):
                continue
            if self.left.get(sid) == other and one_name_apart(mine, members):
                self.held[sid] = other
                continue
            best, best_score = other, score
        return best

    def centroid_of(self, sid: str) -> Any:
        """``centroid`` of a story's known members, kept while its member list is the same
        list of the same length (moves and reads replace the list, joins lengthen it)."""
        members = self.members.get(sid, [])
        memo = self.sums.get(sid)
        if memo is None or memo[0] is not members or memo[1] != len(members):
            memo = self.sums[sid] = (members, len(members), centroid(members))
        return memo[2]

    def drop(self, sid: str) -> None:
        """Forget an emptied story."""
        self.members.pop(sid, None)
        self.home = None
        self.profiles.pop(sid, None)
        self.touched.discard(sid)
        self.dropped.add(sid)
        if sid in self.created:
            self.created.remove(sid)

    def save(self, conn: Connection, now: str = "") -> None:
        """Repair the touched stories, then write stories, moves and document frequencies back."""
        self.repair()
        for sid in sorted(set(self.created) - self.stored, key=story_seq):
            insert_story(conn, sid, self.profiles[sid], now)
            self.stored.add(sid)
        if self.moved:  # one statement, executed for every moved article
            sa = ft.story_articles
            conn.execute(update(sa).where(sa.c.article_id == bindparam("b_aid"))
                         .values(story_id=bindparam("b_sid")),
                         [{"b_aid": aid, "b_sid": sid} for aid, sid in self.moved.items()])
        restory_events(conn, set(self.moved))
        mark_branches(conn, self.branches)
        if self.moved:
            from eventwire.fuse.candidates import reindex_articles

            reindex_articles(conn, set(self.moved))
        if self.dropped:
            conn.execute(delete(ft.stories).where(ft.stories.c.id.in_(sorted(self.dropped))))
        for gone, keep in sorted(self.merged.items()):
            conn.execute(update(ft.story_aliases).where(ft.story_aliases.c.story_id == gone)
                         .values(story_id=keep))
            conn.execute(insert(ft.story_aliases).values(alias=gone, story_id=keep, merged_at=now))
        if self.touched:  # one statement, executed for every touched story
            conn.execute(update(ft.stories).where(ft.stories.c.id == bindparam("b_id"))
                         .values(profile=bindparam("b_profile")),
                         [{"b_id": sid, "b_profile": self.profile_of(sid)}
                          for sid in sorted(self.touched, key=story_seq)])
        write_df(conn, {**{k: self.df[k] for k in self.df_dirty}, DOCS_KEY: self.n_docs})
        self.df_dirty.clear()


DF_UPSERT_SQL = (  # ``write_df`` on SQLite (term, df): the row's count replaced, or inserted
    f"INSERT INTO {ft.term_df.name} (term, df) VALUES (?, ?) "
    f"ON CONFLICT (term) DO UPDATE SET df = excluded.df")


def write_df(conn: Connection, values: dict[str, int]) -> None:
    """Store document frequencies (term -> count): each term's row holds its count after.
    On SQLite one statement run through the driver for every term (an update of a few dozen
    articles writes a few thousand terms: deleting them by an ``IN`` list of them all and
    inserting them again through SQLAlchemy cost about three times as much); other
    databases delete the rows and insert them again."""
    if not values:
        return
    if conn.dialect.name == "sqlite":
        cur = conn.connection.dbapi_connection.cursor()
        try:
            cur.executemany(DF_UPSERT_SQL, list(values.items()))
        finally:
            cur.close()
        return
    keys = list(values)
    conn.execute(delete(ft.term_df).where(ft.term_df.c.term.in_(keys)))
    conn.execute(insert(ft.term_df), [{"term": k, "df": values[k]} for k in keys])


def insert_story(conn: Connection, sid: str, profile: dict[str, Any], now: str) -> None:
    """Insert an (untitled) story row."""
    insert_rows(conn, ft.stories, [{"id": sid, "seq": story_seq(sid), "title": None,
                                    "summary": [], "profile": profile, "updated_at": now}])


def restory_events(conn: Connection, article_ids: set[str]) -> None:
    """Point the stored events of moved articles at the story most of their mentions are in
    (read and written in a few statements for all of them: only the ``story`` key of each
    event's data is written again, ``store.set_json_key``, the rest neither decoded nor
    encoded)."""
    if not article_ids:
        return
    em, mentions = ft.event_mentions, schema.mentions
    eids = sorted({r.event_id for r in conn.execute(
        select(em.c.event_id).join(mentions, mentions.c.id == em.c.mention_id)
        .where(mentions.c.article_id.in_(sorted(article_ids))))})
    counts: dict[str, dict[str, int]] = {}
    for part in in_chunks(eids):
        for r in conn.execute(select(em.c.event_id, ft.story_articles.c.story_id)
                              .join(mentions, mentions.c.id == em.c.mention_id)
                              .join(ft.story_articles,
                                    ft.story_articles.c.article_id == mentions.c.article_id)
                              .where(em.c.event_id.in_(part))):
            by_story = counts.setdefault(r.event_id, {})
            by_story[r.story_id] = by_story.get(r.story_id, 0) + 1
    placed: dict[str, list[str]] = {}  # story -> its events (one statement per story)
    for eid in eids:
        if eid in counts:
            placed.setdefault(max(sorted(counts[eid]), key=counts[eid].__getitem__),
                              []).append(eid)
    for story, ids in sorted(placed.items()):
        for part in in_chunks(ids):
            set_json_key(conn, ft.events, "data", "story", dict.fromkeys(part, story),
                         story_id=story)


def story_of(conn: Connection, article_id: str) -> str | None:
    """The story an article belongs to, if any."""
    return conn.execute(select(ft.story_articles.c.story_id)
                        .where(ft.story_articles.c.article_id == article_id)).scalar()


def place(index: StoryIndex, art: dict[str, Any]) -> tuple[str, float | None, dict[str, Any]]:
    """Choose (or open) the story of one new article in memory: story id, score, vectors."""
    index.observe(art)
    vec = index.vectors(art)
    index.retrieve(vec)
    sid, score = index.best(vec)
    if sid is None or score < JOIN_THRESHOLD:
        return index.open_story(), None, vec
    return sid, score, vec


def assign(conn: Connection, index: StoryIndex, article_id: str, ex: dict[str, Any],
           duplicate_of: str | None, now: str, seq: int | None = None) -> str:
    """Put one article into a story (existing or new); return the story id. ``seq``: the
    article's stored sequence number when the caller read it (else read here)."""
    art = article_profile(ex)
    original_story = story_of(conn, duplicate_of) if duplicate_of else None
    vec = None
    if original_story:
        sid, score = original_story, 1.0
        index.touched.add(sid)
    else:
        sid, score, vec = place(index, art)
        if sid in index.created and sid not in index.stored:
            insert_story(conn, sid, index.profiles[sid], now)
            index.stored.add(sid)
        index.join(sid, art, vec, article_id)
    insert_rows(conn, ft.story_articles, [{
        "article_id": article_id, "story_id": sid,
        "score": None if score is None else round(score, 4),
        "profile": {"vec": vec, "art": art} if vec else None}])
    rows = key_rows(article_id, 0, vec) if vec else []
    if rows:
        if seq is None:
            seq = conn.execute(select(schema.articles.c.seq)
                               .where(schema.articles.c.id == article_id)).scalar()
        insert_rows(conn, ft.story_keys, [{**r, "seq": seq or 0} for r in rows])
    return sid


def member_keys(vec: dict[str, Any]) -> list[str]:
    """What two articles must share for a similarity above 0: a term, a name or a date."""
    return ([TERM_KEY + k for k in vec.get("tv") or {}] +
            [NAME_PREFIX + k for k in vec.get("nv") or {}] +
            [DATE_KEY + str(d) for d in vec.get("dates") or []])


def profile_keys(art: dict[str, Any]) -> list[str]:
    """The document-frequency keys of an article profile: terms, names, numbers."""
    return (list(art["terms"]) + [NAME_PREFIX + n for n in art["names"]]
            + [NUMBER_PREFIX + n for n in art.get("numbers") or []])


def strongest_keys(vec: dict[str, Any]) -> list[str]:
    """An article's RETRIEVE_KEYS heaviest names and heaviest terms, as ``story_keys`` keys."""
    out = []
    for prefix, weights in (("n:", vec.get("nv") or {}), ("t:", vec.get("tv") or {})):
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:RETRIEVE_KEYS]
        out += [(prefix + k)[:KEY_CHARS] for k, _ in top]
    return out


def key_rows(article_id: str, seq: int, vec: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``story_keys`` rows of a member article."""
    return [{"key": k, "seq": seq, "article_id": article_id}
            for k in dict.fromkeys(strongest_keys(vec))]


def ensure_keys(conn: Connection) -> None:
    """Fill ``story_keys`` once for a store written before it."""
    done = conn.execute(select(schema.meta.c.value)
                        .where(schema.meta.c.key == STORY_INDEX_META)).first()
    if done is not None:
        return
    conn.execute(delete(ft.story_keys))
    sa = ft.story_articles
    rows = []
    for r in conn.execute(select(sa.c.article_id, sa.c.profile, schema.articles.c.seq)
                          .join(schema.articles, schema.articles.c.id == sa.c.article_id)
                          .where(sa.c.profile.is_not(None))):
        if r.profile and r.profile.get("vec"):
            rows += key_rows(r.article_id, r.seq, r.profile["vec"])
    for i in range(0, len(rows), CHUNK):
        conn.execute(insert(ft.story_keys), rows[i:i + CHUNK])
    conn.execute(insert(schema.meta).values(key=STORY_INDEX_META, value="1"))
