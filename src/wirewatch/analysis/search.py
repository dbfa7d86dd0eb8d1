"""Full-text search over documents (FTS5 on SQLite, tsvector on PostgreSQL) with filters."""

from __future__ import annotations

import re

from sqlalchemy import select

from wirewatch.analysis.queries import EventFilter
from wirewatch.store import schema

_HAS_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _fts_query(query: str) -> str:
    words = re.findall(r"[^\W_]+", query)
    return " ".join(f'"{w}"' for w in words)


def search(store, query: str, f: EventFilter = EventFilter(), limit: int = 50) -> list[dict]:
    ids = _matching_ids(store, query, limit * 5)
    if not ids:
        return []
    d, e = schema.documents, schema.event_mentions
    q = select(d.c.id, d.c.title, d.c.lang, d.c.published, d.c.source, d.c.story_id, d.c.text) \
        .where(d.c.id.in_(list(ids)))
    if f.lang:
        q = q.where(d.c.lang == f.lang)
    if f.since:
        q = q.where(d.c.published >= f.since)
    if f.until:
        q = q.where(d.c.published <= f.until)
    if f.story:
        q = q.where(d.c.story_id == f.story)
    if f.type or f.actor:
        sub = select(e.c.doc_id)
        if f.type:
            sub = sub.where(e.c.type == f.type.upper())
        if f.actor:
            sub = sub.where((e.c.source_id == f.actor) | (e.c.target_id == f.actor)
                            | (e.c.source_country == f.actor) | (e.c.target_country == f.actor))
        q = q.where(d.c.id.in_(sub))
    rows = store.rows(q)
    order = {doc_id: i for i, doc_id in enumerate(ids)}
    rows.sort(key=lambda r: order[r["id"]])
    return [_hit(r, query) for r in rows[:limit]]


def _matching_ids(store, query: str, limit: int) -> list[str]:
    if not store.is_sqlite:
        sql = ("SELECT id AS doc_id FROM documents WHERE to_tsvector('simple', coalesce(title,'') "
               "|| ' ' || text) @@ plainto_tsquery('simple', :q) LIMIT :n")
        return [r["doc_id"] for r in store.execute_sql(sql, q=query, n=limit)]
    if _HAS_CJK.search(query) or len(query.strip()) < 3:
        table, match = "documents_trigram", query.replace('"', "")
        match = f'"{match}"'
    else:
        table, match = "documents_fts", _fts_query(query)
    if not match.strip('"'):
        return []
    sql = f"SELECT doc_id FROM {table} WHERE {table} MATCH :q ORDER BY rank LIMIT :n"
    try:
        return [r["doc_id"] for r in store.execute_sql(sql, q=match, n=limit)]
    except Exception:  # noqa: BLE001 - a query FTS cannot parse finds nothing
        return []


def _hit(row: dict, query: str) -> dict:
    text = row.pop("text")
    words = [w for w in re.findall(r"[^\W_]+", query.casefold())]
    pos = next((text.casefold().find(w) for w in words if text.casefold().find(w) >= 0), 0)
    start = max(0, pos - 80)
    return {"doc_id": row["id"], "title": row["title"], "lang": row["lang"],
            "published": row["published"], "source": row["source"], "story": row["story_id"],
            "snippet": text[start:start + 200].replace("\n", " ")}
