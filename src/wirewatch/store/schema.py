"""Tables of the data model (DESIGN.md), one schema for SQLite and PostgreSQL.

Documents and event mentions carry an integer key (`pk`) in order of storing beside their
external id (a content hash, what the CLI, API and exports show). Child rows reference a
document by that integer, so a batch appends to the child tables and their indexes instead of
touching pages all over hash-ordered indexes (docs/stories.md, "Store writes"). Integer keys
are internal: `public_columns` leaves them out of exports.

Event mentions are unique per document, `(doc_pk, id)`, not by `id` alone: a mention id hashes
its document's id, so the two say the same, but only the first is written at the right edge of
its index in every batch (docs/stories.md, "Store writes"). Nothing looks a mention up by its
id alone; rows are addressed by `pk`.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
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

# Version 1: text keys (documents.id, mentions(doc_id, start, end), event_mentions.id);
# version 2: integer keys in order of storing; version 3: event mentions unique on
# (doc_pk, id) instead of id; version 4: event mentions say where their date comes from
# (date_basis) (store/migrate.py upgrades older stores).
SCHEMA_VERSION = 4
INTERNAL = {"internal": True}


def _serial(name: str) -> Column:
    """An integer key the database numbers: SQLite's rowid, a PostgreSQL identity."""
    return Column(name, BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                  autoincrement=True, info=INTERNAL)


def _doc_ref(*, primary_key: bool = False) -> Column:
    return Column("doc_pk", BigInteger().with_variant(Integer, "sqlite"),
                  ForeignKey("documents.pk"), nullable=False, primary_key=primary_key,
                  info=INTERNAL)


store_meta = Table(
    "store_meta", metadata,
    Column("key", String(32), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents", metadata,
    _serial("pk"),
    Column("id", String(32), nullable=False, unique=True),
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

# Keyed by (doc_pk, start, end) and stored in that order (no rowid): a document's mentions
# are one range, and a batch appends.
mentions = Table(
    "mentions", metadata,
    _doc_ref(primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    Column("surface", Text, nullable=False),
    Column("actor_id", String(80), index=True),
    Column("name", Text),
    Column("kind", String(16), nullable=False),
    Column("country", String(32)),
    Column("role", String(32)),
    Column("confidence", Float, nullable=False),
    Column("doc_id", String(32), nullable=False),
    sqlite_with_rowid=False,
)

event_mentions = Table(
    "event_mentions", metadata,
    _serial("pk"),
    Column("id", String(32), nullable=False),
    _doc_ref(),
    Column("doc_id", String(32), nullable=False),
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
    Column("date_basis", String(8)),
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

# Leads with doc_pk: a batch appends to it, and it serves the joins from documents.
Index("ux_event_mentions_doc_pk_id", event_mentions.c.doc_pk, event_mentions.c.id, unique=True)
Index("ix_event_mentions_dyad", event_mentions.c.source_country, event_mentions.c.target_country)
Index("ix_events_dyad", events.c.source_country, events.c.target_country)
# With ix_events_dyad, one index per (source id|country, target id|country) pair: a dyad
# timeline (analysis.queries.dyad_filter) is a union of index seeks, not a table scan.
Index("ix_events_dyad_ids", events.c.source_id, events.c.target_id)
Index("ix_events_dyad_id_country", events.c.source_id, events.c.target_country)
Index("ix_events_dyad_country_id", events.c.source_country, events.c.target_id)


def public_columns(table: Table) -> list[Column]:
    """The columns a user sees in exports: all but the internal integer keys."""
    return [c for c in table.columns if not c.info.get("internal")]


def public_key(table: Table) -> list[Column]:
    """The order of exported rows: the external id where the primary key is internal."""
    key = [c for c in table.primary_key.columns if not c.info.get("internal")]
    if "id" in table.c and not key:
        return [table.c.id]
    return [table.c.doc_id, *key] if "doc_id" in table.c else key
