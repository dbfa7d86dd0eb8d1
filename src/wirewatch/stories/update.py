"""After each ingest: place the new documents into stories, then update canonical events.

Incremental: only documents without a story are placed, against the stories active in the
window around their dates (read back from the store), and only the canonical events that the
new event mentions can join are regrouped. The cost of an ingest depends on its size and the
window, not on the size of the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import bindparam, delete, insert, select, update

from wirewatch.store import schema
from wirewatch.stories.cluster import WINDOW, DocFeatures, assign_stories
from wirewatch.stories.refresh import refresh_canonical

CHUNK = 500


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    values = sorted(set(values))
    for i in range(0, len(values), CHUNK):
        yield values[i:i + CHUNK]


def _features(store, doc_ids: list[str]) -> dict[str, set[str]]:
    m, e, d = schema.mentions, schema.event_mentions, schema.documents
    features: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(doc_ids):
        docs = d.c.id.in_(chunk)  # child rows are found through their document's integer key
        for row in store.rows(select(m.c.doc_id, m.c.actor_id, m.c.kind)
                              .join(d, d.c.pk == m.c.doc_pk)
                              .where(docs, m.c.actor_id.is_not(None))):
            prefix = "P" if row["kind"] == "person" else "A"
            features[row["doc_id"]].add(f"{prefix}:{row['actor_id']}")
        for row in store.rows(select(e.c.doc_id, e.c.type, e.c.source_country,
                                     e.c.target_country, e.c.date)
                              .join(d, d.c.pk == e.c.doc_pk).where(docs)):
            pair = "-".join(sorted(x or "" for x in (row["source_country"], row["target_country"])))
            features[row["doc_id"]].add(f"E:{row['type']}:{pair}")
            if row["date"] and len(row["date"]) == 10:
                features[row["doc_id"]].add(f"D:{row['type']}:{pair}:{row['date']}")
    return features


def _doc_features(store, condition) -> list[DocFeatures]:
    d = schema.documents
    rows = store.rows(select(d.c.id, d.c.published, d.c.published_earliest,
                             d.c.published_latest, d.c.story_id).where(condition))
    features = _features(store, [r["id"] for r in rows])
    out = []
    for row in rows:
        earliest = _day(row["published_earliest"] or row["published"])
        latest = _day(row["published_latest"] or row["published"])
        if row["published"] and (earliest is None or latest is None):
            earliest = latest = _day(row["published"])
        out.append(DocFeatures(row["id"], earliest, latest, frozenset(features[row["id"]]),
                               row["story_id"]))
    return out


def _window_documents(store, new: list[DocFeatures]) -> list[DocFeatures]:
    """Documents of the stories active in the window around the new documents."""
    dated = [x for x in new if x.earliest]
    if not dated:
        return []
    lo = min(x.earliest for x in dated) - WINDOW
    hi = max(x.latest or x.earliest for x in dated) + WINDOW
    s = schema.stories
    ids = [r["id"] for r in store.rows(select(s.c.id).where(
        s.c.last_seen >= lo.isoformat(), s.c.first_seen <= hi.isoformat()))]
    docs: list[DocFeatures] = []
    for chunk in _chunks(ids):
        docs += _doc_features(store, schema.documents.c.story_id.in_(chunk))
    return docs


def update_stories(store) -> None:
    """Place documents that have no story yet, then group mentions that have no event.

    Each step is one transaction and picks up whatever an interrupted run left undone.
    """
    new = _doc_features(store, schema.documents.c.story_id.is_(None))
    if new:
        _place(store, new)
    refresh_canonical(store)


def _place(store, new: list[DocFeatures]) -> None:
    result = assign_stories(_window_documents(store, new) + new)
    d, a = schema.documents, schema.story_aliases
    with store.engine.begin() as conn:
        conn.execute(update(d).where(d.c.id == bindparam("doc")).values(story_id=bindparam("story")),
                     [{"doc": x.id, "story": result.stories[x.id]} for x in new])
        for alias, story_id in result.aliases.items():
            conn.execute(update(d).where(d.c.story_id == alias).values(story_id=story_id))
            conn.execute(delete(a).where(a.c.alias == alias))
            conn.execute(update(a).where(a.c.story_id == alias).values(story_id=story_id))
            conn.execute(insert(a), [{"alias": alias, "story_id": story_id}])
            conn.execute(update(schema.events).where(schema.events.c.story_id == alias)
                         .values(story_id=story_id))
        touched = {result.stories[x.id] for x in new} | set(result.aliases)
        _rewrite_stories(conn, touched)


def _rewrite_stories(conn, story_ids: set[str]) -> None:
    """Rows of these stories from their documents; a merged-away story loses its row."""
    d = schema.documents
    members: dict[str, list[dict]] = defaultdict(list)
    for chunk in _chunks(story_ids):
        for row in conn.execute(select(d.c.id, d.c.story_id, d.c.lang, d.c.title, d.c.published,
                                       d.c.published_earliest).where(d.c.story_id.in_(chunk))):
            members[row.story_id].append(dict(row._mapping))
        conn.execute(delete(schema.stories).where(schema.stories.c.id.in_(chunk)))
    rows = [_story_row(story_id, docs) for story_id, docs in members.items()]
    if rows:
        conn.execute(insert(schema.stories), rows)


def _story_row(story_id: str, docs: list[dict]) -> dict:
    dates = sorted(x["published"] or x["published_earliest"] for x in docs
                   if x["published"] or x["published_earliest"])
    first = min(docs, key=lambda x: (x["published"] or "9999", x["id"]))
    return {"id": story_id, "label": first["title"] or None,
            "first_seen": dates[0] if dates else None,
            "last_seen": dates[-1] if dates else None,
            "languages": ",".join(sorted({x["lang"] for x in docs if x["lang"]})),
            "n_documents": len(docs)}
