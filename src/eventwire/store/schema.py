"""The store's tables (SQLAlchemy Core): articles and what the per-article stages found.

The corpus-level tables (stories, fused events, promises) live in
``eventwire.store.fuse_tables`` on the same ``metadata``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 1

metadata = MetaData()

meta = Table(
    "eventwire_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(128), primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),  # ingest order
    Column("title", Text),
    Column("published", String(32), index=True),
    Column("published_from", String(16)),
    Column("published_at", String(40)),  # the given date-time, when it has a time of day
    Column("url", Text),
    Column("site", Text),
    Column("source", Text),
    Column("language", String(16)),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("minhash", LargeBinary),
    Column("duplicate_of", String(128), index=True),
    Column("near_score", Float),
    Column("ingested_at", String(32), nullable=False),
    Column("extraction", JSON, nullable=False),  # the full `extract` contract object
)

# The near-duplicate signatures an ingest loads, read from this index alone (not from the
# article rows, which hold the texts).
_SIGNED = articles.c.minhash.is_not(None)
Index("ix_articles_minhash", articles.c.seq, articles.c.id, articles.c.duplicate_of,
      articles.c.minhash, sqlite_where=_SIGNED, postgresql_where=_SIGNED)

# The article columns a stored mention is read with (``fuse.candidates.group_sql``), read from
# this index alone: in the article's row they follow its text and signature, so reading them
# there reads the row's overflow pages as well.
ARTICLE_MEMBERS = "ix_articles_members"
Index(ARTICLE_MEMBERS, articles.c.id, articles.c.seq, articles.c.published,
      articles.c.duplicate_of, articles.c.ingested_at, articles.c.url, articles.c.site)

# The LSH band keys of each signed article's MinHash signature (``ingest.dedup``), one row
# per band: an ingest looks up the articles sharing a band with a new one instead of loading
# every stored signature.
neardup_bands = Table(
    "neardup_bands", metadata,
    Column("key", BigInteger, primary_key=True),
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Index("ix_neardup_bands_article", "article_id"),
    sqlite_with_rowid=False,
)

blocks = Table(
    "blocks", metadata,
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("rows", JSON),
)

removals = Table(
    "removals", metadata,
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("rule", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("offset", Integer, nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(32), nullable=False),
    Column("actor_id", String(128), index=True),
    Column("actor_name", Text),
    Column("country", String(8), index=True),
    Column("sector", String(8)),
)

times = Table(
    "times", metadata,
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", String(64)),
)

quotes = Table(
    "quotes", metadata,
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("speaker_text", Text),
    Column("speaker_actor", String(128), index=True),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("data", JSON, nullable=False),
)

mentions = Table(
    "mentions", metadata,
    Column("id", String(160), primary_key=True),  # "<article_id>#<idx>"
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("type", String(16), nullable=False),  # no query selects mentions by type or date
    Column("mode", String(48)),
    Column("modality", String(16), nullable=False),
    Column("date_value", String(32)),
    Column("date_from", String(16)),
    Column("source_actors", JSON, nullable=False),  # [actor ids]
    Column("target_actors", JSON, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("data", JSON, nullable=False),  # the full contract event object
)

article_flags = Table(
    "article_flags", metadata,
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("kind", String(48), nullable=False, index=True),
    Column("message", Text, nullable=False),
    Column("data", JSON, nullable=False),
)

# Articles stored but not yet fused into the record: set in the article's transaction,
# cleared in the fusion's, so an interrupted ingest is finished by the next one.
unfused = Table(
    "unfused", metadata,
    Column("article_id", String(128), ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
)
