"""Full-text search index: SQLite FTS5 (diacritics folded) or PostgreSQL's own.

The trigram table serves scripts written without spaces (Chinese, Japanese), where the
word tokenizer sees a whole clause as one token. Search sends a query there only when it
has such characters (a shorter query matches nothing in a trigram index), and such a query
can only match a text that has them too, so only those texts are indexed there: for other
texts the trigram index cost the writer more than everything else (docs/stories.md).
"""

from __future__ import annotations

import re

from sqlalchemy import inspect, text

HAS_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def ensure_search_index(store) -> None:
    if not store.is_sqlite:
        with store.engine.begin() as conn:
            conn.execute(text(
                "CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents "
                "USING GIN (to_tsvector('simple', coalesce(title,'') || ' ' || text))"))
        return
    with store.engine.connect() as conn:
        if {"documents_fts", "documents_trigram"} <= set(inspect(conn).get_table_names()):
            return
    # Under the write lock from the start: a reader opening a new store beside the ingest
    # that creates it would otherwise fail on a stale view of the schema.
    with store.engine.connect() as conn, \
            conn.execution_options(write_lock=True).begin():
        conn.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
            "doc_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"))
        conn.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_trigram USING fts5("
            "doc_id UNINDEXED, text, tokenize='trigram')"))


def index_documents(store, conn, docs) -> None:
    if not store.is_sqlite or not docs:
        return
    conn.execute(text("INSERT INTO documents_fts (doc_id, title, text) VALUES (:id, :title, :text)"),
                 [{"id": d.id, "title": d.title or "", "text": d.text} for d in docs])
    spaceless = [{"id": d.id, "text": d.text} for d in docs if HAS_CJK.search(d.text)]
    if spaceless:
        conn.execute(text("INSERT INTO documents_trigram (doc_id, text) VALUES (:id, :text)"),
                     spaceless)
