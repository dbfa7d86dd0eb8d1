"""Full-text search index: SQLite FTS5 (diacritics folded) or PostgreSQL's own.

The trigram table serves scripts written without spaces (Chinese, Japanese), where the
word tokenizer sees a whole clause as one token.
"""

from __future__ import annotations

from sqlalchemy import text


def ensure_search_index(store) -> None:
    if not store.is_sqlite:
        with store.engine.begin() as conn:
            conn.execute(text(
                "CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents "
                "USING GIN (to_tsvector('simple', coalesce(title,'') || ' ' || text))"))
        return
    with store.engine.begin() as conn:
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
    conn.execute(text("INSERT INTO documents_trigram (doc_id, text) VALUES (:id, :text)"),
                 [{"id": d.id, "text": d.text} for d in docs])
