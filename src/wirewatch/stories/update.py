"""After each ingest: assign stories to new documents, rebuild canonical events."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import delete, insert, select, update

from wirewatch.store import schema
from wirewatch.stories.canonical import MentionRow, build_canonical, link_planned, summarise
from wirewatch.stories.cluster import DocFeatures, assign_stories


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def document_features(store) -> list[DocFeatures]:
    d, m, e = schema.documents, schema.mentions, schema.event_mentions
    features: dict[str, set[str]] = defaultdict(set)
    for row in store.iter_rows(select(m.c.doc_id, m.c.actor_id, m.c.kind)):
        if row["actor_id"]:
            prefix = "P" if row["kind"] == "person" else "A"
            features[row["doc_id"]].add(f"{prefix}:{row['actor_id']}")
    for row in store.iter_rows(select(e.c.doc_id, e.c.type, e.c.source_country,
                                      e.c.target_country, e.c.date)):
        pair = "-".join(sorted(x or "" for x in (row["source_country"], row["target_country"])))
        features[row["doc_id"]].add(f"E:{row['type']}:{pair}")
        if row["date"] and len(row["date"]) == 10:
            features[row["doc_id"]].add(f"D:{row['type']}:{pair}:{row['date']}")
    out = []
    for row in store.iter_rows(select(d.c.id, d.c.published, d.c.published_earliest,
                                      d.c.published_latest, d.c.story_id)):
        earliest = _day(row["published_earliest"] or row["published"])
        latest = _day(row["published_latest"] or row["published"])
        if row["published"] and (earliest is None or latest is None):
            earliest = latest = _day(row["published"])
        out.append(DocFeatures(row["id"], earliest, latest, frozenset(features[row["id"]]),
                               row["story_id"]))
    return out


def update_stories(store) -> None:
    docs = document_features(store)
    assignment = assign_stories(docs)
    before = {x.id: x.story_id for x in docs}
    changed = {doc_id: sid for doc_id, sid in assignment.items() if sid != before[doc_id]}
    d = schema.documents
    with store.engine.begin() as conn:
        for doc_id, story_id in changed.items():
            conn.execute(update(d).where(d.c.id == doc_id).values(story_id=story_id))
    _rewrite_stories(store)
    rebuild_canonical(store)


def _rewrite_stories(store) -> None:
    d = schema.documents
    members: dict[str, list[dict]] = defaultdict(list)
    for row in store.iter_rows(select(d.c.id, d.c.story_id, d.c.lang, d.c.title,
                                      d.c.published, d.c.published_earliest)):
        members[row["story_id"]].append(row)
    rows = []
    for story_id, docs in members.items():
        dates = sorted(x["published"] or x["published_earliest"] for x in docs
                       if x["published"] or x["published_earliest"])
        first = min(docs, key=lambda x: (x["published"] or "9999", x["id"]))
        rows.append({"id": story_id, "label": first["title"] or None,
                     "first_seen": dates[0] if dates else None,
                     "last_seen": dates[-1] if dates else None,
                     "languages": ",".join(sorted({x["lang"] for x in docs if x["lang"]})),
                     "n_documents": len(docs)})
    with store.engine.begin() as conn:
        conn.execute(delete(schema.stories))
        if rows:
            conn.execute(insert(schema.stories), rows)


def rebuild_canonical(store) -> None:
    d, e = schema.documents, schema.event_mentions
    query = select(e, d.c.story_id, d.c.lang, d.c.published).join(d, d.c.id == e.c.doc_id)
    rows = [MentionRow(**{k: r[k] for k in MentionRow.__dataclass_fields__})
            for r in store.iter_rows(query)]
    groups = build_canonical(rows)
    summaries = [summarise(g) for g in groups]
    link_planned(summaries)
    with store.engine.begin() as conn:
        conn.execute(delete(schema.events))
        if summaries:
            conn.execute(insert(schema.events), summaries)
        for g in groups:
            conn.execute(update(e).where(e.c.id.in_([m.id for m in g.mentions]))
                         .values(event_id=g.id))
