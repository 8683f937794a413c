"""Story titles, extractive summaries that cite their articles, and date ranges.

Each member article is analysed once (``analyse``: its candidate sentences with
their stemmed words, its title candidate) and the analysis is stored in
``article_sentences``; refreshing a story re-scores the stored analyses with the
story's current term weights and reads the text only of the articles whose
sentences are picked — the same title and summary as ``title_of`` and
``summarise`` over the whole texts.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, update

from eventwire.fuse.describe import DATELINE_RE
from eventwire.fuse.profile import stem, stopwords
from eventwire.store import fuse_tables as ft
from eventwire.store import in_chunks, insert_rows
from eventwire.store import schema as s

SUMMARY_SENTENCES = 3
MAX_PER_ARTICLE = 1
MIN_WORDS, MAX_WORDS = 8, 60
TITLE_CHARS = 120
MASKED_TEXTS = 256  # article texts whose masked form is remembered (``mask_abbreviations``)
SENTENCE_RE = re.compile(r"[^\n.!?]+(?:[.!?]+[\"”’']?|$)")
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]{2,}")
URL_RE = re.compile(r"(?:https?://|www\.|\.(?:com|org|net|example)(?:/|\b))")
SIDE_PREFIXES = ("read more", "also read", "see also", "related:", "share this", "updated",
                 "sign up", "subscribe")
CLOCK_CONTINUES = (r"[a-z0-9(]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|GMT\b|UTC\b"
                   r"|[A-Z][A-Z]?[SD]?T\b")  # '5 a.m. Saturday', '5 a.m. GMT', '5 p.m. EST'
ABBREV_RE = re.compile(r"\b(?:[A-Z]|[ap](?=\.m\.)|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|No|vs"
                       r"|Prof)\.|(?<=\b[ap]\.)m\.(?=\s+(?:" + CLOCK_CONTINUES + r"))")


@lru_cache(maxsize=MASKED_TEXTS)
def mask_abbreviations(text: str) -> str:
    """The text with the periods of initials and abbreviations ("U.S.", "Mr.") masked
    (remembered for the last ``MASKED_TEXTS`` texts: the sentence around each of an
    article's mentions, and the sentences after it, are cut from one masked text)."""
    return ABBREV_RE.sub(lambda m: m.group(0)[:-1] + "\u00a7", text)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the prose sentences of a text (lines without end punctuation skipped)."""
    out = []
    for m in SENTENCE_RE.finditer(mask_abbreviations(text)):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        chunk = text[start:end]
        if chunk.endswith((".", "!", "?", "\"", "”", "’", "'")) and "|" not in chunk \
                and not chunk.lstrip().startswith(("-", "•")):
            out.append((start, end))
    return out


def sentence_score(text: str, weights: dict[str, float]) -> float:
    """Average story-term weight of a sentence's words."""
    words = [stem(w.lower()) for w in WORD_RE.findall(text)]
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return 0.0
    stop = stopwords()
    return sum(weights.get(w, 0.0) for w in words if w not in stop) / len(words) ** 0.7


def scored_words(text: str) -> tuple[int, list[str]] | None:
    """What ``sentence_score`` reads of a sentence: its word count and its stemmed non-stop
    words in order (None when its length rules it out)."""
    words = [stem(w.lower()) for w in WORD_RE.findall(text)]
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return None
    stop = stopwords()
    return len(words), [w for w in words if w not in stop]


def sentence_key(text: str) -> str:
    """A short fingerprint of a sentence's normalised text (repeated sentences count once)."""
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()[:20]


def title_candidate(a: dict[str, Any], cut: list[tuple[int, int]] | None = None) -> str:
    """An article's title candidate: its headline, else its first title-like prose sentence
    (``cut``: the text's ``sentences`` when the caller has them)."""
    cand = (a["title"] or "").strip()
    if not cand or not title_like(cand):
        spans = [sp for sp in (sentences(a["text"]) if cut is None else cut)
                 if title_like(a["text"][sp[0]:sp[1]])]
        cand = a["text"][spans[0][0]:spans[0][1]].strip() if spans else ""
    return cand


def analyse(a: dict[str, Any]) -> dict[str, Any]:
    """An article's stored analysis: candidate summary sentences ``[start, end, rank factor,
    words, stemmed non-stop words, fingerprint]`` and the title candidate with its stems."""
    out = []
    cut = sentences(a["text"])
    for rank, (start, end) in enumerate(cut):
        dateline = DATELINE_RE.match(a["text"][start:end])
        start += dateline.end() if dateline else 0
        found = scored_words(a["text"][start:end])
        if found is not None:
            out.append([start, end, 1.0 if rank < 3 else 0.8, found[0], found[1],
                        sentence_key(a["text"][start:end])])
    cand = title_candidate(a, cut)
    return {"sentences": out,
            "title": [cand, [stem(w.lower()) for w in WORD_RE.findall(cand)]]}


def story_weights(profile: dict[str, Any]) -> dict[str, float]:
    """Term weights of a story: relative frequency of its profile terms."""
    terms = profile.get("terms") or {}
    total = sum(terms.values()) or 1
    return {t: c / total for t, c in terms.items()}


def summarise(articles: list[dict[str, Any]], profile: dict[str, Any]) -> list[dict[str, Any]]:
    """The best sentences across the story's original articles, each citing its article."""
    weights = story_weights(profile)
    scored = []
    for a in articles:
        if a["duplicate_of"]:
            continue
        for rank, (start, end) in enumerate(sentences(a["text"])):
            dateline = DATELINE_RE.match(a["text"][start:end])
            start += dateline.end() if dateline else 0
            sc = sentence_score(a["text"][start:end], weights) * (1.0 if rank < 3 else 0.8)
            if sc > 0:
                scored.append((sc, a["id"], start, end, a["text"][start:end]))
    scored.sort(key=lambda t: -t[0])
    out, per_article, seen = [], {}, set()
    for _, aid, start, end, text in scored:
        key = " ".join(text.lower().split())
        if key in seen or (per_article.get(aid, 0) >= MAX_PER_ARTICLE
                           and len(per_article) < len(articles)):
            continue
        seen.add(key)
        per_article[aid] = per_article.get(aid, 0) + 1
        out.append({"text": text, "article": aid, "start": start, "end": end})
        if len(out) >= SUMMARY_SENTENCES:
            break
    return out


def title_of(articles: list[dict[str, Any]], profile: dict[str, Any],
             central: set[str] | None = None) -> str | None:
    """The title that best represents the story: among the articles reporting its central
    event (when known), the headline richest in the story's terms; a URL or boilerplate
    line is never a title (the first prose sentence stands in for a missing headline)."""
    weights = story_weights(profile)
    pool = [a for a in articles if central and a["id"] in central] or articles
    best, best_score = None, -1.0
    for a in pool:
        cand = title_candidate(a)
        words = [stem(w.lower()) for w in WORD_RE.findall(cand)]
        score = sum(weights.get(w, 0.0) for w in words) / (len(words) or 1) ** 0.5
        if cand and score > best_score:
            best, best_score = cand, score
    return short_title(best)


def short_title(best: str | None) -> str | None:
    """A title cut to ``TITLE_CHARS`` at a word boundary."""
    if best and len(best) > TITLE_CHARS:
        best = best[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return best


def stored_title(members: list[dict[str, Any]], profile: dict[str, Any],
                 central: set[str] | None = None) -> str | None:
    """``title_of`` from the members' stored analyses (``analysis`` of each member)."""
    weights = story_weights(profile)
    pool = [a for a in members if central and a["id"] in central] or members
    best, best_score = None, -1.0
    for a in pool:
        cand, words = a["analysis"]["title"]
        score = sum(weights.get(w, 0.0) for w in words) / (len(words) or 1) ** 0.5
        if cand and score > best_score:
            best, best_score = cand, score
    return short_title(best)


def stored_summary(conn: Connection, members: list[dict[str, Any]],
                   profile: dict[str, Any]) -> list[dict[str, Any]]:
    """``summarise`` from the members' stored analyses; only the texts of the articles whose
    sentences are picked are read (in one statement, once the sentences are picked)."""
    weights = story_weights(profile)
    scored = []
    for a in members:
        if a["duplicate_of"]:
            continue
        for start, end, factor, n, words, key in a["analysis"]["sentences"]:
            sc = sum(weights.get(w, 0.0) for w in words) / n ** 0.7 * factor
            if sc > 0:
                scored.append((sc, a["id"], start, end, key))
    scored.sort(key=lambda t: -t[0])
    picked, per_article, seen = [], {}, set()
    for _, aid, start, end, key in scored:
        if key in seen or (per_article.get(aid, 0) >= MAX_PER_ARTICLE
                           and len(per_article) < len(members)):
            continue
        seen.add(key)
        per_article[aid] = per_article.get(aid, 0) + 1
        picked.append((aid, start, end))
        if len(picked) >= SUMMARY_SENTENCES:
            break
    texts: dict[str, str] = {}
    for part in in_chunks(sorted({aid for aid, _, _ in picked})):
        texts.update(conn.execute(select(s.articles.c.id, s.articles.c.text)
                                  .where(s.articles.c.id.in_(part))).all())
    return [{"text": (texts.get(aid) or "")[start:end], "article": aid, "start": start,
             "end": end} for aid, start, end in picked]


def member_titles(conn: Connection, story_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Stories' members in ingest order with only the title candidate of their stored analyses
    (what ``stored_title`` reads); a story with a member that has no analysis yet is left out."""
    a, sa, sm = s.articles.c, ft.article_sentences.c, ft.story_articles.c
    found: dict[str, list[dict[str, Any]]] = {}
    unanalysed: set[str] = set()
    for part in in_chunks(story_ids):
        q = (select(sm.story_id, a.id, a.duplicate_of, a.published,
                    sa.data["title"].label("title"), sa.article_id.label("analysed"))
             .join(ft.story_articles, sm.article_id == a.id)
             .join(ft.article_sentences, sa.article_id == a.id, isouter=True)
             .where(sm.story_id.in_(part)).order_by(a.seq))
        for r in conn.execute(q):
            if r.analysed is None:
                unanalysed.add(r.story_id)
            found.setdefault(r.story_id, []).append(
                {"id": r.id, "duplicate_of": r.duplicate_of, "published": r.published,
                 "analysis": {"title": r.title}})
    return {sid: members for sid, members in found.items() if sid not in unanalysed}


def member_analyses(conn: Connection, story_id: str) -> list[dict[str, Any]]:
    """A story's members in ingest order with their stored analyses (computed and stored
    for members that have none yet)."""
    return stories_member_analyses(conn, [story_id]).get(story_id, [])


def stories_member_analyses(conn: Connection, story_ids: list[str]
                            ) -> dict[str, list[dict[str, Any]]]:
    """``member_analyses`` of several stories, read in one statement per ``IN`` list."""
    a, sa, sm = s.articles.c, ft.article_sentences.c, ft.story_articles.c
    found: dict[str, list[dict[str, Any]]] = {}
    for part in in_chunks(story_ids):
        q = (select(sm.story_id, a.id, a.duplicate_of, a.published, sa.data)
             .join(ft.story_articles, sm.article_id == a.id)
             .join(ft.article_sentences, sa.article_id == a.id, isouter=True)
             .where(sm.story_id.in_(part)).order_by(a.seq))
        for r in conn.execute(q):
            found.setdefault(r.story_id, []).append(
                {"id": r.id, "duplicate_of": r.duplicate_of, "published": r.published,
                 "analysis": r.data})
    missing = [m for sid in story_ids for m in found.get(sid, []) if m["analysis"] is None]
    if missing:
        texts = {r.id: dict(r._mapping) for part in in_chunks([m["id"] for m in missing])
                 for r in conn.execute(select(a.id, a.title, a.text).where(a.id.in_(part)))}
        for m in missing:
            m["analysis"] = analyse(texts[m["id"]])
        insert_rows(conn, ft.article_sentences, [
            {"article_id": m["id"], "data": m["analysis"]} for m in missing])
    return found


def title_like(text: str) -> bool:
    """False for a URL line or a 'Read more:' style side line."""
    low = text.strip().lower()
    return not (URL_RE.search(low) or low.startswith(SIDE_PREFIXES))


def central_articles(conn: Connection, story_id: str) -> set[str]:
    """The articles reporting the story's central event: its asserted record with the most
    source articles (ties: more mentions, then the earlier record)."""
    best: tuple[int, int] = (1, 0)
    found: set[str] = set()
    for (data,) in conn.execute(select(ft.events.c.data).where(ft.events.c.story_id == story_id)
                                .order_by(ft.events.c.seq)):
        if not data or (data.get("modality") or "asserted") != "asserted":
            continue
        key = (len(set(data.get("articles") or [])), len(data.get("mentions") or []))
        if key > best:
            best, found = key, set(data.get("articles") or [])
    return found


def central_from_index(conn: Connection, story_id: str) -> set[str]:
    """``central_articles`` from the mention links (``centrals`` of one story)."""
    return centrals(conn, [story_id]).get(story_id, set())


def centrals(conn: Connection, story_ids: list[str]) -> dict[str, set[str]]:
    """``central_articles`` of stories from the mention links: each asserted record's articles
    and mentions are counted in ``event_mentions``; only the winners' article lists are read."""
    e, em, m = ft.events.c, ft.event_mentions.c, s.mentions.c
    best: dict[str, tuple[int, int]] = {}
    winner: dict[str, str] = {}
    for part in in_chunks(story_ids):
        q = (select(e.story_id, e.id, func.count(), func.count(m.article_id.distinct()))
             .join(ft.event_mentions, em.event_id == e.id)
             .join(s.mentions, m.id == em.mention_id)
             .where(e.story_id.in_(part), e.modality == "asserted")
             .group_by(e.story_id, e.id, e.seq).order_by(e.seq))
        for sid, eid, n_mentions, n_articles in conn.execute(q):
            if (n_articles, n_mentions) > best.get(sid, (1, 0)):
                best[sid], winner[sid] = (n_articles, n_mentions), eid
    articles: dict[str, list[str]] = {}
    for part in in_chunks(sorted(winner.values())):
        articles.update((r.id, r.articles or []) for r in conn.execute(
            select(e.id, e.data["articles"].label("articles")).where(e.id.in_(part))))
    return {sid: set(articles.get(eid) or []) for sid, eid in winner.items()}


def event_days(conn: Connection, story_ids: list[str]) -> dict[str, list[str | None]]:
    """Per story: the first and last first day of its events and their last day (each None
    when no event has one)."""
    e = ft.events.c
    out: dict[str, list[str | None]] = {}
    for part in in_chunks(story_ids):
        for sid, lo, hi in conn.execute(select(e.story_id, func.min(e.date_min),
                                               func.max(e.date_min))
                                        .where(e.story_id.in_(part), e.date_min > "")
                                        .group_by(e.story_id)):
            out[sid] = [lo, hi, None]
        for sid, end in conn.execute(select(e.story_id, func.max(e.date_max))
                                     .where(e.story_id.in_(part), e.date_max > "")
                                     .group_by(e.story_id)):
            out.setdefault(sid, [None, None, None])[2] = end
    return out


def date_span(days: list[str | None] | None,
              articles: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """First and last day of a story's events (``event_days``; else of its publication
    dates)."""
    first, last, end = days or (None, None, None)
    if first is None:
        published = [a["published"][:10] for a in articles if a["published"]]
        first, last = (min(published), max(published)) if published else (None, None)
    return first, end or last


def refresh_stories(conn: Connection, story_ids: set[str], now: str,
                    summarised: set[str] | None = None) -> None:
    """Recompute title, summary and date range of the given stories (from the members'
    stored analyses), reading and writing all of them in a few statements. With
    ``summarised``, only those stories' summaries are recomputed: a summary reads only the
    members and the story's term profile, so a story whose members did not change (only its
    events did) keeps it."""
    st = ft.stories.c
    profiles: dict[str, Any] = {}
    for part in in_chunks(sorted(story_ids)):
        profiles.update(conn.execute(select(st.id, st.profile).where(st.id.in_(part))).all())
    sids = [sid for sid in sorted(story_ids) if profiles.get(sid) is not None]
    whole = {sid for sid in sids if summarised is None or sid in summarised}
    titled = member_titles(conn, [sid for sid in sids if sid not in whole])
    central, days = centrals(conn, sids), event_days(conn, sids)
    analysed = stories_member_analyses(conn, [sid for sid in sids if not titled.get(sid)])
    rows: dict[bool, list[dict[str, Any]]] = {True: [], False: []}
    for sid in sids:
        members = titled.get(sid) or analysed.get(sid, [])
        lo, hi = date_span(days.get(sid), members)
        row = {"b_id": sid, "b_date_min": lo, "b_date_max": hi,
               "b_title": stored_title(members, profiles[sid], central.get(sid, set()))}
        if sid in whole:
            row["b_summary"] = stored_summary(conn, members, profiles[sid])
        rows[sid in whole].append(row)
    for with_summary, part in rows.items():
        if part:  # one statement, executed for every story
            values = {"title": bindparam("b_title"), "date_min": bindparam("b_date_min"),
                      "date_max": bindparam("b_date_max"), "updated_at": now}
            if with_summary:
                values["summary"] = bindparam("b_summary")
            conn.execute(update(ft.stories).where(st.id == bindparam("b_id")).values(values),
                         part)
