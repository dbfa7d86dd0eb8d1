"""The one class that owns connections to the store and does every write."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event, insert, select, text
from sqlalchemy.engine import Engine

from wirewatch.models import Document, EventMention, Rejection
from wirewatch.store import schema


def database_url(db: str) -> str:
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _location_json(location) -> str | None:
    if location is None:
        return None
    return json.dumps({"place": location.place, "country": location.country, "lat": location.lat,
                       "lon": location.lon, "geonames_id": location.geonames_id},
                      ensure_ascii=False)


def event_mention_row(doc_id: str, e: EventMention) -> dict:
    return {
        "id": e.id, "doc_id": doc_id, "type": e.type, "mode": e.mode,
        "source_id": e.source.id, "source_country": e.source.country,
        "source_actor": e.source.actor,
        "target_id": e.target.id if e.target else None,
        "target_country": e.target.country if e.target else None,
        "target_actor": e.target.actor if e.target else None,
        "date": e.date, "date_precision": e.date_precision, "status": e.status,
        "evidence": e.evidence, "start": e.start, "end": e.end,
        "trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
        "confidence": e.confidence, "coder": e.coder, "location": _location_json(e.location),
        "event_id": None,
    }


def document_row(doc: Document) -> dict:
    pub = doc.published
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
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
        self.engine: Engine = create_engine(self.url, future=True)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        schema.metadata.create_all(self.engine)
        self._ensure_search_index()

    def _ensure_search_index(self) -> None:
        from wirewatch.store.search_index import ensure_search_index

        ensure_search_index(self)

    def close(self) -> None:
        self.engine.dispose()

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        with self.engine.connect() as conn:
            found: set[str] = set()
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                rows = conn.execute(select(schema.documents.c.id).where(
                    schema.documents.c.id.in_(chunk)))
                found.update(r[0] for r in rows)
            return found

    def write_batch(self, docs: list[Document], rejections: list[Rejection]) -> int:
        """Store documents (skipping ids already stored) and rejections in one transaction."""
        from wirewatch.store.search_index import index_documents

        with self.engine.begin() as conn:
            present = self.existing_ids(d.id for d in docs)
            fresh = []
            for doc in docs:
                if doc.id in present or doc.id in {d.id for d in fresh}:
                    continue
                fresh.append(doc)
            if fresh:
                conn.execute(insert(schema.documents), [document_row(d) for d in fresh])
                mention_rows = _mention_rows(fresh)
                if mention_rows:
                    conn.execute(insert(schema.mentions), mention_rows)
                event_rows = [event_mention_row(d.id, e) for d in fresh for e in d.events]
                if event_rows:
                    conn.execute(insert(schema.event_mentions), event_rows)
                index_documents(self, conn, fresh)
            for r in rejections:
                self._record_rejection(conn, r)
        return len(fresh)

    def _record_rejection(self, conn, rejection: Rejection) -> None:
        row = {"source": rejection.source, "reason": rejection.reason, "seen_at": _now()}
        exists = conn.execute(select(schema.rejections.c.id).where(
            schema.rejections.c.source == rejection.source,
            schema.rejections.c.reason == rejection.reason)).first()
        if not exists:
            conn.execute(insert(schema.rejections), [row])

    def rows(self, query) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def scalar(self, query):
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def execute_sql(self, sql: str, **params) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]

    def iter_rows(self, query, batch: int = 1000) -> Iterator[dict]:
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(query)
            for chunk in result.partitions(batch):
                for r in chunk:
                    yield dict(r._mapping)


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
