"""Full-text search over documents (FTS5 on SQLite, tsvector on PostgreSQL) with filters.

One implementation for the CLI, the API and the dashboard: ranked hits, structured
filters applied in SQL, pages by offset.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from wirewatch.analysis.queries import EventFilter, apply_filter
from wirewatch.store import schema
from wirewatch.store.search_index import HAS_CJK


def fts_query(query: str) -> str:
    words = re.findall(r"[^\W_]+", query)
    return " ".join(f'"{w}"' for w in words)


def search_page(store, query: str, f: EventFilter, limit: int, offset: int = 0
                ) -> tuple[list[dict], int | None]:
    """Ranked full-text hits with filters applied in SQL; returns the next offset, if any."""
    if not store.is_sqlite:
        hits = _postgres_hits(store, query, f, offset + limit + 1)[offset:]
        return hits[:limit], (offset + limit if len(hits) > limit else None)
    table, match = _fts_table(query)
    if not match.strip('"'):
        return [], None
    sql, params = _search_sql(table, f)
    try:
        rows = store.execute_sql(sql, q=match, n=limit + 1, o=offset, **params)
    except Exception:  # noqa: BLE001 - a query FTS cannot parse finds nothing
        return [], None
    hits = [hit(r, query) for r in rows]
    return hits[:limit], (offset + limit if len(hits) > limit else None)


def _fts_table(query: str) -> tuple[str, str]:
    if HAS_CJK.search(query) or len(query.strip()) < 3:
        return "documents_trigram", '"' + query.replace('"', "") + '"'
    return "documents_fts", fts_query(query)


def _search_sql(table: str, f: EventFilter) -> tuple[str, dict]:
    where, params = [f"{table} MATCH :q"], {}
    for column, op, value in (("d.lang", "=", f.lang), ("d.published", ">=", f.since),
                              ("d.published", "<=", f.until), ("d.story_id", "=", f.story)):
        if value:
            name = f"p{len(params)}"
            where.append(f"{column} {op} :{name}")
            params[name] = value
    if f.type or f.actor:
        sub = ["1=1"]
        if f.type:
            sub.append("m.type = :etype")
            params["etype"] = f.type.upper()
        if f.actor:
            sub.append("(m.source_id = :actor OR m.target_id = :actor OR "
                       "m.source_country = :actor OR m.target_country = :actor)")
            params["actor"] = f.actor
        where.append(f"d.id IN (SELECT m.doc_id FROM event_mentions m WHERE {' AND '.join(sub)})")
    sql = (f"SELECT d.id, d.title, d.lang, d.published, d.source, d.story_id, d.text "
           f"FROM {table} JOIN documents d ON d.id = {table}.doc_id "
           f"WHERE {' AND '.join(where)} ORDER BY {table}.rank, d.id LIMIT :n OFFSET :o")
    return sql, params


def search(store, query: str, f: EventFilter | None = None, limit: int = 50) -> list[dict]:
    """The first `limit` ranked hits."""
    return search_page(store, query, f or EventFilter(), limit)[0]


def _postgres_hits(store, query: str, f: EventFilter, limit: int) -> list[dict]:
    """PostgreSQL: tsvector match, then the structured filters of EventFilter."""
    sql = ("SELECT id AS doc_id FROM documents WHERE to_tsvector('simple', coalesce(title,'') "
           "|| ' ' || text) @@ plainto_tsquery('simple', :q) LIMIT :n")
    ids = [r["doc_id"] for r in store.execute_sql(sql, q=query, n=limit * 5)]
    if not ids:
        return []
    d, e = schema.documents, schema.event_mentions
    q = select(d.c.id, d.c.title, d.c.lang, d.c.published, d.c.source, d.c.story_id, d.c.text) \
        .where(d.c.id.in_(ids))
    for column, value in ((d.c.lang, f.lang), (d.c.story_id, f.story)):
        if value:
            q = q.where(column == value)
    if f.since:
        q = q.where(d.c.published >= f.since)
    if f.until:
        q = q.where(d.c.published <= f.until)
    if f.type or f.actor:
        sub = apply_filter(select(e.c.doc_id), e, EventFilter(type=f.type, actor=f.actor))
        q = q.where(d.c.id.in_(sub))
    order = {doc_id: n for n, doc_id in enumerate(ids)}
    rows = sorted(store.rows(q), key=lambda r: order[r["id"]])
    return [hit(r, query) for r in rows[:limit]]


def hit(row: dict, query: str) -> dict:
    text = row.pop("text")
    words = [w for w in re.findall(r"[^\W_]+", query.casefold())]
    pos = next((text.casefold().find(w) for w in words if text.casefold().find(w) >= 0), 0)
    start = max(0, pos - 80)
    return {"doc_id": row["id"], "title": row["title"], "lang": row["lang"],
            "published": row["published"], "source": row["source"], "story": row["story_id"],
            "snippet": text[start:start + 200].replace("\n", " ")}
