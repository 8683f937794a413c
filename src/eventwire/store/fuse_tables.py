"""Corpus-level tables written by the fuse stage: stories, fused events, promises.

``term_df`` holds document frequencies of profile terms (the IDF side of the
story clustering), updated incrementally as articles arrive.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Float, ForeignKey, Integer, String, Table, Text

from eventwire.store.schema import metadata

stories = Table(
    "stories", metadata,
    Column("id", String(64), primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),
    Column("title", Text),
    Column("summary", JSON, nullable=False),  # [{"text", "article", "start", "end"}]
    Column("profile", JSON, nullable=False),  # what incremental clustering compares against
    Column("date_min", String(32)),
    Column("date_max", String(32)),
    Column("updated_at", String(32), nullable=False),
)

story_articles = Table(
    "story_articles", metadata,
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("score", Float),
    Column("profile", JSON),  # the article's own profile (terms, names, dates, signatures)
)

events = Table(
    "events", metadata,
    Column("id", String(64), primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),
    Column("story_id", String(64), index=True),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(48)),
    Column("modality", String(16), nullable=False),
    Column("date", String(32), index=True),
    Column("date_min", String(32)),
    Column("date_max", String(32)),
    Column("data", JSON, nullable=False),  # participants, evidence, claims, flags, ...
    Column("n_sources", Integer, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

event_mentions = Table(
    "event_mentions", metadata,
    Column("mention_id", String(160), ForeignKey("mentions.id", ondelete="CASCADE"),
           primary_key=True),
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           nullable=False, index=True),
)

promises = Table(
    "promises", metadata,
    Column("id", String(64), primary_key=True),
    Column("event_id", String(64), index=True),
    Column("mention_id", String(160), nullable=False),
    Column("status", String(16), nullable=False, index=True),
    Column("data", JSON, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

term_df = Table(
    "term_df", metadata,
    Column("term", String(128), primary_key=True),
    Column("df", Integer, nullable=False),
)
