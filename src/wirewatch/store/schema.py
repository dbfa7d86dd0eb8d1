"""Tables of the data model (DESIGN.md), one schema for SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("lang", String(8)),
    Column("text", Text, nullable=False),
    Column("published", String(10)),
    Column("published_basis", String(10), nullable=False),
    Column("published_earliest", String(10)),
    Column("published_latest", String(10)),
    Column("ingested_at", String(32), nullable=False),
    Column("story_id", String(32), index=True),
)

rejections = Table(
    "rejections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("seen_at", String(32), nullable=False),
    UniqueConstraint("source", "reason", name="uq_rejection"),
)

mentions = Table(
    "mentions", metadata,
    Column("doc_id", String(32), ForeignKey("documents.id"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    Column("surface", Text, nullable=False),
    Column("actor_id", String(80), index=True),
    Column("name", Text),
    Column("kind", String(16), nullable=False),
    Column("country", String(32)),
    Column("role", String(32)),
    Column("confidence", Float, nullable=False),
)

event_mentions = Table(
    "event_mentions", metadata,
    Column("id", String(32), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.id"), nullable=False, index=True),
    Column("type", String(12), nullable=False, index=True),
    Column("mode", String(32)),
    Column("source_id", String(80)),
    Column("source_country", String(32), index=True),
    Column("source_actor", Text),
    Column("target_id", String(80)),
    Column("target_country", String(32), index=True),
    Column("target_actor", Text),
    Column("date", String(10)),
    Column("date_precision", String(8), nullable=False),
    Column("status", String(10), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("coder", String(32), nullable=False),
    Column("location", Text),
    Column("event_id", String(32), index=True),
)

events = Table(
    "events", metadata,
    Column("id", String(32), primary_key=True),
    Column("type", String(12), nullable=False, index=True),
    Column("mode", String(32)),
    Column("source_id", String(80)),
    Column("source_country", String(32), index=True),
    Column("source_actor", Text),
    Column("target_id", String(80)),
    Column("target_country", String(32), index=True),
    Column("target_actor", Text),
    Column("date", String(10), index=True),
    Column("date_precision", String(8), nullable=False),
    Column("status", String(10), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("location", Text),
    Column("n_mentions", Integer, nullable=False),
    Column("n_documents", Integer, nullable=False),
    Column("languages", Text, nullable=False),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("story_id", String(32)),
    Column("linked_planned_id", String(32)),
)

stories = Table(
    "stories", metadata,
    Column("id", String(32), primary_key=True),
    Column("label", Text),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("languages", Text, nullable=False),
    Column("n_documents", Integer, nullable=False),
)

story_aliases = Table(
    "story_aliases", metadata,
    Column("alias", String(32), primary_key=True),
    Column("story_id", String(32), nullable=False),
)

# Per-source state of watched folders, feeds and URLs: what was seen, validators for
# conditional GET, and the last error (recorded instead of stopping).
sources = Table(
    "sources", metadata,
    Column("source", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("fingerprint", Text),
    Column("checked_at", String(32)),
    Column("failures", Integer, nullable=False, default=0),
    Column("error", Text),
)

Index("ix_event_mentions_dyad", event_mentions.c.source_country, event_mentions.c.target_country)
Index("ix_events_dyad", events.c.source_country, events.c.target_country)
# With ix_events_dyad, one index per (source id|country, target id|country) pair: a dyad
# timeline (analysis.queries.dyad_filter) is a union of index seeks, not a table scan.
Index("ix_events_dyad_ids", events.c.source_id, events.c.target_id)
Index("ix_events_dyad_id_country", events.c.source_id, events.c.target_country)
Index("ix_events_dyad_country_id", events.c.source_country, events.c.target_id)
