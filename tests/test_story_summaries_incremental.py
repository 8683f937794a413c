"""Story titles and summaries from stored per-article analyses: the same as a full recompute
over the members' texts, for a story built in several updates."""

from __future__ import annotations

from fuse_helpers import add, make_call
from sqlalchemy import select

from eventwire import fuse
from eventwire.fuse.summary import (
    analyse,
    central_articles,
    central_from_index,
    sentences,
    summarise,
    title_candidate,
    title_of,
)
from eventwire.store import Store
from eventwire.store import fuse_tables as ft
from eventwire.store import schema as s

EXTRA = ["Ceasefire monitors in Geneva reported that the talks on prisoner exchanges would "
         "resume next week after a pause of several days.",
         "WASHINGTON - The delegation said energy infrastructure near Odesa had been hit "
         "twice overnight despite the pledge to halt strikes on power plants.",
         "Analysts said the phone call between the two presidents signalled a thaw that "
         "markets in Moscow welcomed with a rally in the rouble on Wednesday morning.",
         "The Kremlin said the ceasefire on energy infrastructure would hold for thirty days "
         "while negotiators in Riyadh drafted a wider agreement for the Black Sea.",
         "Ceasefire monitors in Geneva reported that the talks on prisoner exchanges would "
         "resume next week after a pause of several days."]


def stored_and_recomputed(store: Store) -> list[tuple[tuple, tuple]]:
    """(stored title and summary, full recompute) of every story."""
    out = []
    with store.begin() as conn:
        for st in conn.execute(select(ft.stories)).all():
            arts = [dict(r._mapping) for r in conn.execute(
                select(s.articles.c.id, s.articles.c.title, s.articles.c.text,
                       s.articles.c.duplicate_of, s.articles.c.published)
                .join(ft.story_articles, ft.story_articles.c.article_id == s.articles.c.id)
                .where(ft.story_articles.c.story_id == st.id).order_by(s.articles.c.seq))]
            assert central_from_index(conn, st.id) == central_articles(conn, st.id)
            full = (title_of(arts, st.profile, central_articles(conn, st.id)),
                    summarise(arts, st.profile))
            out.append(((st.title, st.summary), full))
    return out


def test_summary_from_analyses_matches_full_recompute_over_updates(store: Store) -> None:
    days = ["2025-03-18", "2025-03-19", "2025-03-20"]
    n = 0
    for step in range(3):
        ids = []
        for k in range(3):
            n += 1
            extra = " ".join(EXTRA[(n + j) % len(EXTRA)] for j in range(1 + k))
            ids.append(add(store, make_call(f"a{n}", date=days[step], outcome="productive",
                                            published=f"{days[step]}T0{k}:00:00+00:00",
                                            extra=extra + " ")))
        fuse.update(store, ids)
        pairs = stored_and_recomputed(store)
        assert pairs and all(stored == full for stored, full in pairs)
        assert any(summary for (_, summary), _ in pairs)
    with store.begin() as conn:
        rows = {r.article_id: r.data for r in conn.execute(select(ft.article_sentences))}
        texts = {r.id: dict(r._mapping) for r in conn.execute(
            select(s.articles.c.id, s.articles.c.title, s.articles.c.text))}
    assert set(rows) == set(texts)
    assert all(rows[a] == analyse(texts[a]) for a in rows)


def test_an_analysis_takes_its_title_from_the_sentences_it_cut() -> None:
    """An article's stored title candidate is the one read from the text again: its
    headline, else its first title-like sentence (the sentences the analysis cut)."""
    text = "Read more: the full report.\n" + " ".join(EXTRA[:3])
    for title in ("", None, "https://example.org/a", "Talks resume in Geneva"):
        art = {"title": title, "text": text}
        assert analyse(art)["title"][0] == title_candidate(art) == \
            title_candidate(art, sentences(text))
    assert analyse({"title": None, "text": text})["title"][0].startswith("Ceasefire monitors")
    assert analyse({"title": "", "text": "no sentence here"})["title"][0] == ""
