"""Read-only queries for the HTTP API and dashboard: keyset pages, evidence with triggers,
overview counts, actor relations and ranked search pages.

Every list is ordered by its primary key so that a page can continue after the last id of
the page before (keyset pagination: no duplicates, no gaps, no cost that grows with depth).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import case, func, literal, or_, select, union_all

from wirewatch.analysis.queries import (
    EventFilter,
    apply_filter,
    event_json,
    evidence_of,
    mention_json,
    story_documents,
)
from wirewatch.events.quad import QUAD_CLASS
from wirewatch.store import schema


def _page(rows: list[dict], limit: int, key: str = "id") -> tuple[list[dict], str | int | None]:
    """Rows fetched with limit + 1: the page and the key to continue after, if any."""
    if len(rows) > limit:
        rows = rows[:limit]
        return rows, rows[-1][key]
    return rows, None


def event_page(store, f: EventFilter, limit: int, after: str | None = None
               ) -> tuple[list[dict], str | None]:
    e = schema.events
    query = apply_filter(select(e), e, f)
    if f.story:
        query = query.where(e.c.story_id.in_(_story_ids(store, f.story)))
    if after:
        query = query.where(e.c.id > after)
    rows, nxt = _page(store.rows(query.order_by(e.c.id).limit(limit + 1)), limit)
    evidence = evidence_of(store, [r["id"] for r in rows])
    return [event_json(r, evidence.get(r["id"], [])) for r in rows], nxt


def event_by_id(store, event_id: str) -> dict | None:
    e = schema.events
    rows = store.rows(select(e).where(e.c.id == event_id))
    if not rows:
        return None
    return event_json(rows[0], evidence_of(store, [event_id]).get(event_id, []))


def events_of_story(store, story_id: str, limit: int = 1000) -> list[dict]:
    e = schema.events
    rows = store.rows(select(e).where(e.c.story_id.in_(_story_ids(store, story_id)))
                      .order_by(e.c.date.desc().nulls_last(), e.c.id).limit(limit))
    evidence = evidence_of(store, [r["id"] for r in rows])
    return [event_json(r, evidence.get(r["id"], [])) for r in rows]


def mention_page(store, f: EventFilter, limit: int, after: int | None = None
                 ) -> tuple[list[dict], int | None]:
    """Mentions in order of storing, keyset-paged on their integer key (as datasette pages a
    rowid table): the store keeps no index on the mention id alone (store/schema.py), and a
    mention stored during a walk comes at its end."""
    m, d = schema.event_mentions, schema.documents
    query = apply_filter(select(m, d.c.source.label("doc_source"), d.c.lang, d.c.title), m, f)
    query = query.join(d, d.c.pk == m.c.doc_pk)
    if f.story:
        query = query.where(d.c.story_id.in_(_story_ids(store, f.story)))
    if f.lang:
        query = query.where(d.c.lang == f.lang)
    if after is not None:
        query = query.where(m.c.pk > after)
    rows, nxt = _page(store.rows(query.order_by(m.c.pk).limit(limit + 1)), limit, key="pk")
    return [_mention_out(r) for r in rows], nxt


def _mention_out(r: dict) -> dict:
    out = mention_json(r)
    out.update({"trigger_start": r["trigger_start"], "trigger_end": r["trigger_end"],
                "coder": r["coder"], "title": r["title"], "doc_source": r["doc_source"]})
    return out


def story_page(store, limit: int, after: str | None = None) -> tuple[list[dict], str | None]:
    s = schema.stories
    query = select(s)
    if after:
        query = query.where(s.c.id > after)
    rows, nxt = _page(store.rows(query.order_by(s.c.id).limit(limit + 1)), limit)
    return [_story_out(r) for r in rows], nxt


def latest_stories(store, limit: int = 8) -> list[dict]:
    s = schema.stories
    rows = store.rows(select(s).order_by(s.c.last_seen.desc().nulls_last(),
                                         s.c.n_documents.desc(), s.c.id).limit(limit))
    return [_story_out(r) for r in rows]


def _story_out(r: dict) -> dict:
    return {**r, "languages": [x for x in (r["languages"] or "").split(",") if x]}


def resolve_story(store, story_id: str) -> str | None:
    """The story id itself, or the story an old (merged) id now points to."""
    s, a = schema.stories, schema.story_aliases
    if store.scalar(select(s.c.id).where(s.c.id == story_id)):
        return story_id
    return store.scalar(select(a.c.story_id).where(a.c.alias == story_id))


def _story_ids(store, story_id: str) -> list[str]:
    resolved = resolve_story(store, story_id)
    return [story_id] if resolved in (None, story_id) else [story_id, resolved]


def story_detail(store, story_id: str) -> dict | None:
    resolved = resolve_story(store, story_id)
    if resolved is None:
        return None
    s = schema.stories
    story = _story_out(store.rows(select(s).where(s.c.id == resolved))[0])
    story["documents"] = story_documents(store, resolved)
    story["events"] = events_of_story(store, resolved)
    return story


def overview_counts(store) -> dict:
    t = schema
    counts = {name: store.scalar(select(func.count()).select_from(table)) for name, table in (
        ("documents", t.documents), ("events", t.events), ("mentions", t.event_mentions),
        ("stories", t.stories))}
    langs = store.rows(select(t.documents.c.lang, func.count().label("n"))
                       .group_by(t.documents.c.lang).order_by(func.count().desc()))
    types = store.rows(select(t.events.c.type, func.count().label("n"))
                       .group_by(t.events.c.type).order_by(func.count().desc()))
    return {**counts, "languages": langs, "types": types}


def top_dyads(store, limit: int = 10) -> list[dict]:
    """Most active unordered pairs of countries (or organisations) with their quad split."""
    e = schema.events
    first = e.c.source_country < e.c.target_country
    a = case((first, e.c.source_country), else_=e.c.target_country)
    b = case((first, e.c.target_country), else_=e.c.source_country)
    query = (select(a.label("a"), b.label("b"), e.c.type, func.count().label("n"))
             .where(e.c.source_country.is_not(None), e.c.target_country.is_not(None),
                    e.c.source_country != e.c.target_country)
             .group_by(a, b, e.c.type))
    pairs: dict[tuple[str, str], dict] = {}
    for r in store.rows(query):
        p = pairs.setdefault((r["a"], r["b"]), {"a": r["a"], "b": r["b"], "n": 0,
                                                "cooperation": 0, "conflict": 0})
        p["n"] += r["n"]
        p["cooperation" if _is_coop(r["type"]) else "conflict"] += r["n"]
    return sorted(pairs.values(), key=lambda p: (-p["n"], p["a"], p["b"]))[:limit]


def _is_coop(event_type: str) -> bool:
    return QUAD_CLASS.get(event_type, "conflict").endswith("cooperation")


def active_actors(store, kind: str = "country", limit: int = 100, offset: int = 0) -> list[dict]:
    """Actors by number of canonical events, as source or target; `kind` country or actor."""
    e = schema.events
    src, tgt = (e.c.source_country, e.c.target_country) if kind == "country" else (
        e.c.source_id, e.c.target_id)
    sides = union_all(select(src.label("actor"), e.c.id).where(src.is_not(None)),
                      select(tgt.label("actor"), e.c.id).where(tgt.is_not(None),
                                                               or_(src.is_(None), tgt != src)))
    u = sides.subquery()
    query = (select(u.c.actor.label("id"), func.count().label("n")).group_by(u.c.actor)
             .order_by(func.count().desc(), u.c.actor).limit(limit).offset(offset))
    return store.rows(query)


def actor_relations(store, actor_id: str, limit: int = 50) -> list[dict]:
    """Counterparts of an actor (by id or country) with counts of cooperation and conflict."""
    e = schema.events
    mine = or_(e.c.source_id == actor_id, e.c.source_country == actor_id)
    theirs = or_(e.c.target_id == actor_id, e.c.target_country == actor_id)
    as_source = select(e.c.target_country.label("other"), e.c.type, literal("out").label("dir")) \
        .where(mine, e.c.target_country.is_not(None))
    as_target = select(e.c.source_country.label("other"), e.c.type, literal("in").label("dir")) \
        .where(theirs, e.c.source_country.is_not(None))
    u = union_all(as_source, as_target).subquery()
    rows = store.rows(select(u.c.other, u.c.type, u.c.dir, func.count().label("n"))
                      .group_by(u.c.other, u.c.type, u.c.dir))
    out: dict[str, dict] = {}
    for r in rows:
        if r["other"] == actor_id:
            continue
        rel = out.setdefault(r["other"], {"id": r["other"], "n": 0, "cooperation": 0,
                                          "conflict": 0, "types": defaultdict(int)})
        rel["n"] += r["n"]
        rel["cooperation" if _is_coop(r["type"]) else "conflict"] += r["n"]
        rel["types"][r["type"]] += r["n"]
    ranked = sorted(out.values(), key=lambda x: (-x["n"], x["id"]))[:limit]
    return [{**x, "types": dict(sorted(x["types"].items()))} for x in ranked]


def actor_event_count(store, actor_id: str) -> int:
    e = schema.events
    return store.scalar(select(func.count()).select_from(e).where(or_(
        e.c.source_id == actor_id, e.c.target_id == actor_id,
        e.c.source_country == actor_id, e.c.target_country == actor_id)))
