"""Bring a store made by an earlier schema to the current one when it is opened.

The version is kept in `store_meta`; a store from before that table is version 1 when its
`documents` table has no integer key. Every upgrade is one transaction (an interrupted one
leaves the store as it was) and keeps external ids. Version 1 rebuilds the three tables that
gained integer keys, copying documents in the order they were stored, straight to the current
schema. Version 2 replaces the unique key of event mentions, `id`, by `(doc_pk, id)`:
PostgreSQL drops the constraint in place; SQLite cannot drop a constraint declared with its
table, so the table is rebuilt with the same integer keys. Version 3 adds the event mentions'
`date_basis`, empty for the mentions it already holds (their dates are kept as they were).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import MetaData, Table, inspect, literal_column, select, text
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine

from wirewatch.store import schema

VERSION_KEY = "schema_version"
REBUILT = ("event_mentions", "mentions", "documents")  # children first
V2_MENTION_INDEX = "ix_event_mentions_doc_pk"  # superseded by the unique (doc_pk, id) index


class StoreVersionError(RuntimeError):
    """The store was written by a newer wirewatch than this one."""


def stored_version(conn: Connection) -> int | None:
    """The store's schema version; None for an empty database."""
    tables = set(inspect(conn).get_table_names())
    if "documents" not in tables:
        return None
    if "store_meta" in tables:
        value = conn.execute(select(schema.store_meta.c.value).where(
            schema.store_meta.c.key == VERSION_KEY)).scalar()
        if value is not None:
            return int(value)
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    return 2 if "pk" in columns else 1


def upgrade(engine: Engine) -> None:
    """Upgrade an older store in place, refuse a newer one, create what is missing.

    Opening a complete current store only reads, so a reader opened beside a running ingest
    neither waits for nor blocks its writes. Creating and upgrading hold the write lock from
    the start: two processes opening a new store at once take turns instead of failing."""
    with engine.connect() as conn:
        version = stored_version(conn)
        missing = set(schema.metadata.tables) - set(inspect(conn).get_table_names())
    _refuse_newer(version)
    if _older(version) or missing:
        with _write_locked(engine) as conn:
            version = stored_version(conn)
            _refuse_newer(version)
            if version == 1:
                _from_v1(conn)
            elif version in (2, 3):
                if version == 2:
                    _from_v2(conn)
                _from_v3(conn)
            schema.metadata.create_all(conn)
            if version is None:
                _record_version(conn)


def _older(version: int | None) -> bool:
    return version is not None and version < schema.SCHEMA_VERSION


def _refuse_newer(version: int | None) -> None:
    if version is not None and version > schema.SCHEMA_VERSION:
        raise StoreVersionError(
            f"this store has schema version {version}, newer than the {schema.SCHEMA_VERSION} "
            "this wirewatch reads: upgrade wirewatch (pip install -U wirewatch) to open it")


@contextmanager
def _write_locked(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        conn = conn.execution_options(write_lock=True)
        with conn.begin():
            yield conn


def _record_version(conn: Connection) -> None:
    """When a store is created or upgraded; two processes creating one store at once both
    get here and write the same value."""
    dialect = {"sqlite": sqlite_insert, "postgresql": postgresql_insert}[conn.dialect.name]
    value = str(schema.SCHEMA_VERSION)
    conn.execute(dialect(schema.store_meta).values(key=VERSION_KEY, value=value)
                 .on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def _from_v1(conn: Connection) -> None:
    """Old tables aside (their indexes dropped: index names are shared with the new ones),
    new tables created, rows copied with the integer keys, old tables dropped."""
    inspector = inspect(conn)
    for name in REBUILT:
        key = inspector.get_pk_constraint(name).get("name")
        for index in inspector.get_indexes(name):
            conn.execute(text(f'DROP INDEX "{index["name"]}"'))
        conn.execute(text(f'ALTER TABLE "{name}" RENAME TO "{name}_v1"'))
        if conn.dialect.name == "postgresql" and key:
            conn.execute(text(f'ALTER TABLE "{name}_v1" RENAME CONSTRAINT "{key}" TO "{name}_v1_pkey"'))
    new = [schema.metadata.tables[name] for name in reversed(REBUILT)]
    schema.metadata.create_all(conn, tables=[schema.store_meta, *new])
    old = MetaData()
    old_docs, old_mentions, old_events = (Table(f"{name}_v1", old, autoload_with=conn)
                                          for name in ("documents", "mentions", "event_mentions"))
    _copy_documents(conn, old_docs)
    _copy_children(conn, old_mentions, schema.mentions)
    _copy_children(conn, old_events, schema.event_mentions)
    for name in REBUILT:
        conn.execute(text(f'DROP TABLE "{name}_v1"'))
    _record_version(conn)


def _copy_documents(conn: Connection, old: Table) -> None:
    d = schema.documents
    columns = [c.name for c in schema.public_columns(d)]
    order = [literal_column("rowid")] if conn.dialect.name == "sqlite" \
        else [old.c.ingested_at, old.c.id]
    conn.execute(d.insert().from_select(columns, select(*[old.c[c] for c in columns])
                                        .order_by(*order)))


def _copy_children(conn: Connection, old: Table, new: Table) -> None:
    d = schema.documents
    columns = [c.name for c in schema.public_columns(new) if c.name in old.c]
    query = (select(d.c.pk, *[old.c[c] for c in columns])
             .join(d, d.c.id == old.c.doc_id)
             .order_by(d.c.pk, *[old.c[c.name] for c in schema.public_key(new)]))
    conn.execute(new.insert().from_select(["doc_pk", *columns], query))


def _from_v2(conn: Connection) -> None:
    """Event mentions unique on (doc_pk, id) instead of id; rows and integer keys kept."""
    if conn.dialect.name == "postgresql":
        for constraint in inspect(conn).get_unique_constraints("event_mentions"):
            if constraint["column_names"] == ["id"]:
                conn.execute(text(f'ALTER TABLE event_mentions DROP CONSTRAINT "{constraint["name"]}"'))
        conn.execute(text(f'DROP INDEX IF EXISTS "{V2_MENTION_INDEX}"'))
        for index in schema.event_mentions.indexes:
            index.create(conn, checkfirst=True)
    else:
        _rebuild_event_mentions(conn)
    _record_version(conn)


def _rebuild_event_mentions(conn: Connection) -> None:
    """SQLite: the old table aside (its indexes dropped: their names are the new table's),
    the new one created, rows copied in order of storing with their keys, the old dropped."""
    for index in inspect(conn).get_indexes("event_mentions"):
        conn.execute(text(f'DROP INDEX "{index["name"]}"'))
    conn.execute(text('ALTER TABLE event_mentions RENAME TO "event_mentions_v2"'))
    schema.event_mentions.create(conn)
    kept = {c["name"] for c in inspect(conn).get_columns("event_mentions_v2")}
    columns = ", ".join(f'"{c.name}"' for c in schema.event_mentions.columns if c.name in kept)
    conn.execute(text(f"INSERT INTO event_mentions ({columns}) "
                      f'SELECT {columns} FROM "event_mentions_v2" ORDER BY pk'))
    conn.execute(text('DROP TABLE "event_mentions_v2"'))


def _from_v3(conn: Connection) -> None:
    """Event mentions gain `date_basis`, a column both databases add in place (a table that
    _from_v2 rebuilt has it already)."""
    if "date_basis" not in {c["name"] for c in inspect(conn).get_columns("event_mentions")}:
        conn.execute(text("ALTER TABLE event_mentions ADD COLUMN date_basis VARCHAR(8)"))
    _record_version(conn)
