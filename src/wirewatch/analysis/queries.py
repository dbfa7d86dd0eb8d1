"""Read the store into the shapes of INTERFACE.md (events --json, export jsonl)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import String, and_, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from wirewatch.store import schema


@dataclass(frozen=True)
class EventFilter:
    type: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    story: str | None = None
    status: str | None = None
    lang: str | None = None
    location: str | None = None


class location_country(FunctionElement):
    """The `country` of a location stored as JSON text, in each dialect's JSON syntax."""

    type = String()
    inherit_cache = True


@compiles(location_country)
def _location_country_sqlite(element, compiler, **kw):
    return f"json_extract({compiler.process(element.clauses, **kw)}, '$.country')"


@compiles(location_country, "postgresql")
def _location_country_postgresql(element, compiler, **kw):
    return f"(CAST({compiler.process(element.clauses, **kw)} AS json) ->> 'country')"


def side(row: dict, prefix: str) -> dict | None:
    if row.get(f"{prefix}_id") is None and row.get(f"{prefix}_country") is None:
        return None
    return {"id": row.get(f"{prefix}_id"), "country": row.get(f"{prefix}_country"),
            "actor": row.get(f"{prefix}_actor")}


def _location(value: str | None) -> dict | None:
    return json.loads(value) if value else None


def apply_filter(query, table, f: EventFilter):
    c = table.c
    if f.type:
        query = query.where(c.type == f.type.upper())
    if f.actor:
        query = query.where(or_(c.source_id == f.actor, c.target_id == f.actor,
                                c.source_country == f.actor, c.target_country == f.actor))
    if f.since:
        query = query.where(c.date >= f.since)
    if f.until:
        query = query.where(c.date <= f.until + "\uffff")
    if f.status:
        query = query.where(c.status == f.status)
    if f.location:
        query = query.where(location_country(c.location) == f.location)
    return query


def canonical_events(store, f: EventFilter = EventFilter(), limit: int | None = None,
                     after: str | None = None) -> list[dict]:
    e = schema.events
    query = apply_filter(select(e), e, f)
    if f.story:
        query = query.where(e.c.story_id == f.story)
    if after:
        query = query.where(e.c.id > after)
    query = query.order_by(e.c.date.desc().nulls_last(), e.c.id) if not after else query.order_by(e.c.id)
    if limit:
        query = query.limit(limit)
    rows = store.rows(query)
    mentions = evidence_of(store, [r["id"] for r in rows])
    return [event_json(r, mentions.get(r["id"], [])) for r in rows]


def _evidence_columns():
    m, d = schema.event_mentions, schema.documents
    return (m.c.event_id, m.c.id.label("mention_id"), m.c.doc_id, d.c.source, d.c.title,
            d.c.story_id, d.c.lang, d.c.published, m.c.evidence, m.c.start, m.c.end,
            m.c.trigger_start, m.c.trigger_end, m.c.status, m.c.confidence)


def evidence_of(store, event_ids: list[str]) -> dict[str, list[dict]]:
    """Event id -> its mentions: document, evidence sentence, offsets of the trigger."""
    m, d = schema.event_mentions, schema.documents
    out: dict[str, list[dict]] = defaultdict(list)
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        query = (select(*_evidence_columns()).join(d, d.c.id == m.c.doc_id)
                 .where(m.c.event_id.in_(chunk)).order_by(d.c.published, m.c.doc_id, m.c.start))
        for r in store.rows(query):
            out[r.pop("event_id")].append(r)
    return out


def event_json(r: dict, mentions: list[dict]) -> dict:
    return {
        "id": r["id"], "type": r["type"], "mode": r["mode"], "source": side(r, "source"),
        "target": side(r, "target"), "date": r["date"], "date_precision": r["date_precision"],
        "status": r["status"], "confidence": r["confidence"], "location": _location(r["location"]),
        "n_mentions": r["n_mentions"], "n_documents": r["n_documents"],
        "languages": [x for x in r["languages"].split(",") if x],
        "story": r["story_id"], "first_seen": r["first_seen"], "last_seen": r["last_seen"],
        "linked_planned_id": r["linked_planned_id"], "mentions": mentions,
    }


def event_mentions(store, f: EventFilter = EventFilter(), limit: int | None = None) -> list[dict]:
    e, d = schema.event_mentions, schema.documents
    query = apply_filter(select(e, d.c.source.label("doc_source"), d.c.lang), e, f)
    query = query.join(d, d.c.id == e.c.doc_id).order_by(e.c.date.desc().nulls_last(), e.c.id)
    if f.story:
        query = query.where(d.c.story_id == f.story)
    if limit:
        query = query.limit(limit)
    return [mention_json(r) for r in store.rows(query)]


def mention_json(r: dict) -> dict:
    return {
        "id": r["id"], "doc_id": r["doc_id"], "type": r["type"], "mode": r["mode"],
        "source": side(r, "source") or {"id": None, "country": None, "actor": None},
        "target": side(r, "target"), "date": r["date"], "date_precision": r["date_precision"],
        "status": r["status"], "evidence": r["evidence"], "start": r["start"], "end": r["end"],
        "confidence": r["confidence"], "location": _location(r["location"]),
        "event_id": r["event_id"], **({"lang": r["lang"]} if "lang" in r else {}),
    }


def documents_gold_shape(store) -> Iterator[dict]:
    """One document per line in the form of gold/SCHEMA.md, with its event mentions."""
    d, e = schema.documents, schema.event_mentions
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in store.iter_rows(select(e).order_by(e.c.doc_id, e.c.start, e.c.trigger_start)):
        by_doc[r["doc_id"]].append(r)
    for r in store.iter_rows(select(d).order_by(d.c.published, d.c.id)):
        yield {
            "id": r["id"], "source": r["source"], "lang": r["lang"], "title": r["title"],
            "published": r["published"], "published_basis": r["published_basis"],
            "published_range": [r["published_earliest"], r["published_latest"]]
            if r["published_earliest"] else None,
            "story": r["story_id"],
            "events": [_gold_event(m) for m in by_doc.get(r["id"], [])],
        }


GOLD_LOCATION_KEYS = ("place", "country", "lat", "lon", "geonames_id")


def _gold_event(m: dict) -> dict:
    j = mention_json(m)
    out = {k: j[k] for k in ("type", "mode", "source", "target", "date", "date_precision",
                             "status", "evidence", "start", "end", "confidence", "location",
                             "event_id")}
    out["location"] = _gold_location(out["location"])
    return out


def _gold_location(location: dict | None) -> dict | None:
    """The location keys of INTERFACE.md only: the store also keeps the geoparser's
    confidence, which the jsonl contract does not carry."""
    return {k: location.get(k) for k in GOLD_LOCATION_KEYS} if location else None


def document_mentions(store) -> Iterator[dict]:
    d, m = schema.documents, schema.mentions
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in store.iter_rows(select(m).order_by(m.c.doc_id, m.c.start)):
        by_doc[r["doc_id"]].append({k: r[k] for k in ("start", "end", "surface", "actor_id",
                                                      "name", "kind", "country", "confidence")})
    for r in store.iter_rows(select(d.c.id, d.c.source, d.c.lang).order_by(d.c.id)):
        yield {"id": r["id"], "source": r["source"], "lang": r["lang"],
               "mentions": by_doc.get(r["id"], [])}


def stories(store) -> list[dict]:
    s = schema.stories
    rows = store.rows(select(s).order_by(s.c.first_seen.desc().nulls_last(), s.c.id))
    for r in rows:
        r["languages"] = [x for x in r["languages"].split(",") if x]
    return rows


def story_documents(store, story_id: str) -> list[dict]:
    d = schema.documents
    return store.rows(select(d.c.id, d.c.title, d.c.lang, d.c.source, d.c.published, d.c.text)
                      .where(d.c.story_id == story_id).order_by(d.c.published, d.c.id))


def dyad_filter(table, a: str, b: str, directed: bool):
    """Events from `a` to `b` (and back unless directed), a side matching by id or country.

    Written as an OR of (source column = x AND target column = y) terms, each of which an
    index of store/schema.py answers, so that the database unions index seeks instead of
    scanning the table."""
    c = table.c
    pairs = [(a, b)] if directed or a == b else [(a, b), (b, a)]
    return or_(*(and_(src == x, tgt == y) for x, y in pairs
                 for src in (c.source_id, c.source_country)
                 for tgt in (c.target_id, c.target_country)))
