"""Corpus-level tables written by the fuse stage: stories, fused events, promises.

``term_df`` holds document frequencies of profile terms (the IDF side of the
story clustering), updated incrementally as articles arrive.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Float, ForeignKey, Index, Integer, String, Table, Text

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

# An article's story read from an index alone (``ARTICLE_STORY``), not from its row, which
# holds the article's profile (several kilobytes): the mentions of candidate events are read
# with their articles' stories (``candidates.group_sql``).
ARTICLE_STORY = "ix_story_articles_article_story"
story_articles = Table(
    "story_articles", metadata,
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("score", Float),
    Column("profile", JSON),  # the article's own profile (terms, names, dates, signatures)
    Index(ARTICLE_STORY, "article_id", "story_id"),
)

events = Table(
    "events", metadata,
    Column("id", String(64), primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),
    # no index of its own on the story id or the date: a story's events are read through
    # ``ix_events_story_days``, which leads with it, and no query selects by the date (the
    # date range's ``date_min`` orders and filters); the type's own index stays (a type's
    # events counted with a second filter read their rows in table order from it)
    Column("story_id", String(64)),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(48)),
    Column("modality", String(16), nullable=False),
    Column("date", String(32)),
    Column("date_min", String(32)),
    Column("date_max", String(32)),
    Column("data", JSON, nullable=False),  # participants, evidence, claims, flags, ...
    Column("n_sources", Integer, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

# An event's mention ids are read from the index by event (event id, mention id), not from
# the table's rows (a store made before drops its ``ix_event_mentions_event_id`` on the event id
# alone when opened: ``store.RETIRED_INDEXES``).
event_mentions = Table(
    "event_mentions", metadata,
    Column("mention_id", String(160), ForeignKey("mentions.id", ondelete="CASCADE"),
           primary_key=True),
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           nullable=False),
    Index("ix_event_mentions_event_mention", "event_id", "mention_id"),
)

event_aliases = Table(  # ids of events merged into another: alias -> surviving event
    "event_aliases", metadata,
    Column("alias", String(64), primary_key=True),
    Column("event_id", String(64), nullable=False, index=True),
    Column("merged_at", String(32), nullable=False),
)

story_aliases = Table(  # ids of stories merged into another: alias -> surviving story
    "story_aliases", metadata,
    Column("alias", String(64), primary_key=True),
    Column("story_id", String(64), nullable=False, index=True),
    Column("merged_at", String(32), nullable=False),
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

# What makes a stored promise affected by an update (``promises.affected``), per event with
# stored promises: its commitments' promiser keys ("id": actor id, "name": surname) and its
# promises' window ends ("end"), so an update finds the promises it affects through the
# index instead of decoding every commitment event and promise row (``promises.indexed``).
promise_keys = Table(
    "promise_keys", metadata,
    Column("kind", String(8), primary_key=True),
    Column("value", String(200), primary_key=True),
    Column("event_id", String(64), primary_key=True),
    Index("ix_promise_keys_event", "event_id"),
    sqlite_with_rowid=False,
)

# Which updates can reach a stored promise (``promises.reaches``), per event with stored
# promises: for each commitment whose pool an event can enter, its promiser keys ("id": actor
# id, "name": surname), the pool's first day and deciding type ("" for any type), so an update
# reads only the commitment events its written participant rows can enter the pool of
# (``promises.indexed``). Filled for an older store by ``promises.fill_reach`` when the table
# is made.
promise_reach = Table(
    "promise_reach", metadata,
    Column("kind", String(8), primary_key=True),
    Column("value", String(200), primary_key=True),
    Column("first_day", String(10), primary_key=True),
    Column("type", String(32), primary_key=True),
    Column("event_id", String(64), primary_key=True),
    Index("ix_promise_reach_event", "event_id"),
    sqlite_with_rowid=False,
)

term_df = Table(
    "term_df", metadata,
    Column("term", String(128), primary_key=True),
    Column("df", Integer, nullable=False),
)

# Read-side indexes of the fused events, rewritten whenever an event row is written.

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("position", Integer, primary_key=True),  # index in the event's participants
    Column("event_seq", Integer, nullable=False),
    # the event's own columns, so per-actor timelines are read from one index
    Column("date_min", String(32)),
    Column("date_max", String(32)),  # added later: filled once in stores made before it
    Column("type", String(16), nullable=False),
    Column("mode", String(48)),
    Column("date", String(32)),
    Column("modality", String(16), nullable=False),
    Column("actor_id", String(64)),  # None for participants not linked to the registry
    Column("actor_key", String(64)),  # lower-cased id
    Column("name", Text),
    Column("name_key", Text),  # lower-cased name
    Column("country", String(16)),  # upper-cased
    Column("role", String(8), nullable=False),  # source, target, both or other
    Column("ref", JSON, nullable=False),  # the participant's ActorRef dict
    Index("ix_event_actors_actor_order", "actor_id", "date_min", "event_seq", "event_id",
          "type", "mode", "date", "modality"),
    Index("ix_event_actors_pair", "event_id", "actor_id"),
    Index("ix_event_actors_actor_key", "actor_key", "event_id"),
    Index("ix_event_actors_name_key", "name_key", "event_id"),
    Index("ix_event_actors_name_window", "name_key", "date_min", "event_id"),
    Index("ix_event_actors_country", "country", "event_id"),
    # a participant's events that end on or after a day (promise windows), from the index alone
    Index("ix_event_actors_actor_end", "actor_id", "date_max", "date_min", "modality",
          "event_seq", "event_id"),
    Index("ix_event_actors_name_end", "name_key", "date_max", "date_min", "modality",
          "event_seq", "event_id"),
)

event_text = Table(
    "event_text", metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("text", Text, nullable=False),  # lower-cased mention sentences and the type
)

# The types each fused event holds, its own and its mentions' (``promises.has_type``), so
# the events of a type among a promise's candidates are found without reading their JSON
# (tested in the type-major index, ``TYPES_BY_TYPE``: one type's rows lie together).
TYPES_BY_TYPE = "ix_event_types_type"
event_types = Table(
    "event_types", metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("type", String(16), primary_key=True),
    Index(TYPES_BY_TYPE, "type", "event_id"),
)

Index("ix_events_type_order", events.c.type, events.c.date_min, events.c.seq)
Index("ix_events_order", events.c.date_min, events.c.seq)
Index("ix_events_latest", events.c.updated_at, events.c.seq)
Index("ix_events_story_days", events.c.story_id, events.c.date_min,  # a story's first
      events.c.date_max)  # and last days from the index alone (fuse.summary.event_days)

# Candidate retrieval of the fuse stage (eventwire.fuse.candidates): one row per index key,
# type and time bucket of every fused mention, and name counts per mention type.

fuse_keys = Table(
    "fuse_keys", metadata,
    Column("key", String(200), primary_key=True),
    Column("type", String(16), primary_key=True),
    Column("bucket", Integer, primary_key=True),  # day ordinal // BUCKET_DAYS; -1: any time
    Column("mention_id", String(160), ForeignKey("mentions.id", ondelete="CASCADE"),
           primary_key=True),
    # the mention's event (its ``event_mentions`` row), so a key's candidate events are read
    # with the key rows; added later: filled once in stores made before it
    Column("event_id", String(64)),
    Index("ix_fuse_keys_mention", "mention_id"),
    # SQLite keeps the rows in their primary key's b-tree: a key's rows, each with its event,
    # are one range read, and a written row goes into two b-trees (with the mention index)
    sqlite_with_rowid=False,
)

mention_names = Table(
    "mention_names", metadata,
    Column("type", String(16), primary_key=True),
    Column("name", String(200), primary_key=True),  # "": the number of mentions of the type
    Column("n", Integer, nullable=False),
    Index("ix_mention_names_type_n", "type", "n"),
)

# Story clustering's inverted index (eventwire.fuse.stories): each member article under its
# strongest names and terms, newest first per key.

story_keys = Table(
    "story_keys", metadata,
    Column("key", String(200), primary_key=True),
    Column("seq", Integer, primary_key=True),  # the article's ingest sequence number
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
)

# Story summaries' per-article analysis (eventwire.fuse.summary): each article's candidate
# summary sentences (span, rank factor, stemmed words) and title candidate, computed once
# from its text so a story's summary is re-scored without reading its members' texts.

article_sentences = Table(
    "article_sentences", metadata,
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("data", JSON, nullable=False),
)
