"""A store's content as plain sorted rows, to compare two stores for equality."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wirewatch.store import schema


def _public(table) -> str:
    return ", ".join(f'"{c.name}"' for c in schema.public_columns(table))


QUERIES = {
    "documents": "SELECT id, source, lang, title, text, published, published_basis, story_id "
                 "FROM documents ORDER BY id",
    # Without the integer keys, which follow the order of storing, not the content.
    "mentions": f"SELECT {_public(schema.mentions)} FROM mentions ORDER BY doc_id, start, \"end\"",
    "event_mentions": f"SELECT {_public(schema.event_mentions)} FROM event_mentions ORDER BY id",
    "events": "SELECT * FROM events ORDER BY id",
    "stories": "SELECT * FROM stories ORDER BY id",
    "rejections": "SELECT source, reason FROM rejections ORDER BY source, reason",
    "search": "SELECT doc_id FROM documents_fts ORDER BY doc_id",
}


def snapshot(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {name: conn.execute(sql).fetchall() for name, sql in QUERIES.items()}


def count(db: Path, table: str = "documents") -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0
