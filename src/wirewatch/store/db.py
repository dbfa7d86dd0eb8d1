"""The one class that owns connections to the store and does every write."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import create_engine, event, func, insert, select, text, update
from sqlalchemy.engine import Engine

from wirewatch.models import Document, EventMention, Rejection
from wirewatch.store import schema
from wirewatch.store.migrate import upgrade


def database_url(db: str) -> str:
    """A SQLAlchemy URL; plain postgresql:// goes through psycopg 3, the driver installed."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


# The lookup of documents by external id is an index of content hashes, so each batch
# inserts into pages spread over the whole of it (benchmarks/story_stream.py,
# docs/stories.md). A 64 MiB page cache keeps those pages
# instead of reading them again for every batch (SQLite's default is 2 MiB), and a
# checkpoint every 16,384 pages (64 MiB of WAL) copies a page dirtied by several batches
# back to the database once, not once per batch (the default is every 1,000 pages).
CACHE_KIB = 65536
CHECKPOINT_PAGES = 16384


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL so readers never block the writer; the driver's own transaction handling is off
    so that `_sqlite_begin` opens a real transaction: a reader's statements then share one
    snapshot, and a writer's duplicate check and its inserts are one unit."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.execute(f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(conn) -> None:
    """BEGIN IMMEDIATE when asked (`write_lock`): a transaction that reads the schema and then
    changes it must not read a state another process changes before it writes."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write_lock")
                         else "BEGIN")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _location_json(location) -> str | None:
    if location is None:
        return None
    return json.dumps({"place": location.place, "country": location.country, "lat": location.lat,
                       "lon": location.lon, "geonames_id": location.geonames_id,
                       "confidence": location.confidence}, ensure_ascii=False)


def event_mention_row(doc_id: str, e: EventMention) -> dict:
    return {
        "id": e.id, "doc_id": doc_id, "type": e.type, "mode": e.mode,
        "source_id": e.source.id, "source_country": e.source.country,
        "source_actor": e.source.actor,
        "target_id": e.target.id if e.target else None,
        "target_country": e.target.country if e.target else None,
        "target_actor": e.target.actor if e.target else None,
        "date": e.date, "date_precision": e.date_precision, "date_basis": e.date_basis,
        "status": e.status, "evidence": e.evidence, "start": e.start, "end": e.end,
        "trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
        "confidence": e.confidence, "coder": e.coder, "location": _location_json(e.location),
        "event_id": None,
    }


def document_row(doc: Document) -> dict:
    pub = doc.published
    iso = lambda d: d.isoformat() if d else None
    return {
        "id": doc.id, "source": doc.source, "url": doc.url, "outlet": doc.outlet,
        "title": doc.title, "lang": doc.lang, "text": doc.text, "published": iso(pub.value),
        "published_basis": pub.basis, "published_earliest": iso(pub.earliest),
        "published_latest": iso(pub.latest), "ingested_at": _now(), "story_id": None,
    }


class Store:
    def __init__(self, db: str = "wirewatch.db"):
        self.url = database_url(db)
        self.is_sqlite = self.url.startswith("sqlite")
        self.engine: Engine = create_engine(self.url, future=True,
                                            pool_pre_ping=not self.is_sqlite)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        upgrade(self.engine)
        self._ensure_indexes()
        self._ensure_search_index()

    def _ensure_indexes(self) -> None:
        """Indexes added to the schema after a store was created (create_all makes indexes
        only with their table): an older store gets them on its next open."""
        for table in schema.metadata.sorted_tables:
            for index in table.indexes:
                index.create(self.engine, checkfirst=True)

    def _ensure_search_index(self) -> None:
        from wirewatch.store.search_index import ensure_search_index

        ensure_search_index(self)

    def close(self) -> None:
        self.engine.dispose()

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        with self.engine.connect() as conn:
            return _existing_ids(conn, list(ids))

    def write_batch(self, docs: list[Document], rejections: list[Rejection]) -> int:
        """Store documents (skipping ids already stored) and rejections in one transaction."""
        return len(self.write_rows(rows_of(docs), rejections))

    def write_rows(self, rows: StoreRows, rejections: list[Rejection]) -> set[str]:
        """Rows of documents not yet stored, and rejections, in one transaction: a crash
        leaves the batch wholly stored or wholly absent. Returns the ids stored."""
        from wirewatch.store.search_index import index_documents

        with self.engine.begin() as conn:
            present = _existing_ids(conn, [r["id"] for r in rows.documents])
            fresh_docs = []
            for row in rows.documents:
                if row["id"] not in present:
                    present.add(row["id"])
                    fresh_docs.append(row)
            fresh = {r["id"] for r in fresh_docs}
            if fresh_docs:
                keys = _number_documents(conn, fresh_docs)
                _bulk_insert(conn, schema.documents, fresh_docs)
                _insert_of(conn, schema.mentions, rows.mentions, keys)
                _insert_of(conn, schema.event_mentions, rows.event_mentions, keys)
                index_documents(self, conn, [_Indexed(r["id"], r["title"], r["text"])
                                             for r in fresh_docs])
            for r in rejections:
                self._record_rejection(conn, r)
        return fresh

    def source_state(self, source: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.sources).where(
                schema.sources.c.source == source)).first()
            return dict(row._mapping) if row else None

    def save_source_state(self, state: dict) -> None:
        table = schema.sources
        with self.engine.begin() as conn:
            done = conn.execute(update(table).where(table.c.source == state["source"])
                                .values(**state)).rowcount
            if not done:
                conn.execute(insert(table), [state])

    def _record_rejection(self, conn, rejection: Rejection) -> None:
        row = {"source": rejection.source, "reason": rejection.reason, "seen_at": _now()}
        exists = conn.execute(select(schema.rejections.c.id).where(
            schema.rejections.c.source == rejection.source,
            schema.rejections.c.reason == rejection.reason)).first()
        if not exists:
            conn.execute(insert(schema.rejections), [row])

    def rows(self, query) -> list[dict]:
        with self.engine.connect() as conn:
            return _dicts(conn.execute(query))

    def scalar(self, query):
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def execute_sql(self, sql: str, **params) -> list[dict]:
        with self.engine.connect() as conn:
            return _dicts(conn.execute(text(sql), params))

    def iter_rows(self, query, batch: int = 1000) -> Iterator[dict]:
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(query)
            keys = list(result.keys())
            for chunk in result.partitions(batch):
                for r in chunk:
                    yield dict(zip(keys, r, strict=True))


@dataclass
class StoreRows:
    """A batch as table rows: what processes and Dask partitions hand to the writer."""

    documents: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    event_mentions: list[dict] = field(default_factory=list)


class _Indexed(NamedTuple):
    id: str
    title: str | None
    text: str


def _dicts(result) -> list[dict]:
    """Rows as dicts; zipping the keys once is several times faster than row._mapping."""
    keys = list(result.keys())
    return [dict(zip(keys, r, strict=True)) for r in result.all()]


def rows_of(docs: list[Document]) -> StoreRows:
    return StoreRows([document_row(d) for d in docs], _mention_rows(docs),
                     [event_mention_row(d.id, e) for d in docs for e in d.events])


def _existing_ids(conn, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        rows = conn.execute(select(schema.documents.c.id).where(
            schema.documents.c.id.in_(ids[i:i + 500])))
        found.update(r[0] for r in rows)
    return found


def _number_documents(conn, docs: list[dict]) -> dict[str, int]:
    """Give new documents the next integer keys, in order; returns id -> key.

    Numbered here rather than by the database so that child rows can carry the key in the
    same executemany. PostgreSQL takes a lock first: concurrent writers (several ingests on one
    server) wait instead of drawing the same numbers."""
    d = schema.documents
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE documents IN SHARE ROW EXCLUSIVE MODE")
    top = conn.execute(select(func.coalesce(func.max(d.c.pk), 0))).scalar()
    keys = {}
    for n, row in enumerate(docs, top + 1):
        row["pk"] = keys[row["id"]] = n
    return keys


def _insert_of(conn, table, rows: list[dict], doc_keys: dict[str, int]) -> None:
    """Rows of the given documents with their document's integer key, once per external key
    (a text seen twice in one batch yields the same rows twice)."""
    key_columns = [c.name for c in schema.public_key(table)]
    unique: dict[tuple, dict] = {}
    for r in rows:
        if r["doc_id"] in doc_keys:
            unique.setdefault(tuple(r[k] for k in key_columns), {**r, "doc_pk": doc_keys[r["doc_id"]]})
    if unique:
        _bulk_insert(conn, table, list(unique.values()))


_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _bulk_insert(conn, table, rows: list[dict]) -> None:
    """executemany on the driver: SQLAlchemy's per-row parameter handling cost the single
    writer more than SQLite itself. Rows of one batch share their keys."""
    mark = _MARKS.get(conn.dialect.paramstyle)
    if mark is None:
        conn.execute(insert(table), rows)
        return
    keys = list(rows[0])
    quote = conn.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) "
           f"VALUES ({', '.join([mark] * len(keys))})")
    conn.exec_driver_sql(sql, [tuple(r[k] for k in keys) for r in rows])


def _mention_rows(docs: list[Document]) -> list[dict]:
    rows, seen = [], set()
    for d in docs:
        for m in d.mentions:
            key = (d.id, m.start, m.end)
            if key in seen:
                continue
            seen.add(key)
            rows.append({"doc_id": d.id, "start": m.start, "end": m.end, "surface": m.surface,
                         "actor_id": m.actor_id, "name": m.name, "kind": m.kind,
                         "country": m.country, "role": m.role, "confidence": m.confidence})
    return rows
