"""Actors as the API and pages show them: knowledge-base record, names, relations."""

from __future__ import annotations

from sqlalchemy import or_, select

from wirewatch.actors.kb import load_kb
from wirewatch.actors.lookup import actor_json
from wirewatch.analysis import pages
from wirewatch.store import schema


def name_of(actor_id: str | None) -> str:
    if not actor_id:
        return ""
    actor = load_kb().get(actor_id)
    return actor.name if actor else actor_id


def summary(actor_id: str, n: int) -> dict:
    actor = load_kb().get(actor_id)
    return {"id": actor_id, "name": actor.name if actor else actor_id,
            "kind": actor.kind if actor else None, "n_events": n}


def exists(store, actor_id: str) -> bool:
    if load_kb().get(actor_id):
        return True
    e = schema.events
    return store.scalar(select(e.c.id).where(or_(
        e.c.source_id == actor_id, e.c.target_id == actor_id,
        e.c.source_country == actor_id, e.c.target_country == actor_id)).limit(1)) is not None


def detail(store, actor_id: str) -> dict | None:
    """KB record (or what the store knows), people with roles in it, counterparts by events."""
    kb = load_kb()
    actor = kb.get(actor_id)
    n_events = pages.actor_event_count(store, actor_id)
    if actor is None and not n_events:
        return None
    record = actor_json(actor) if actor else {
        "id": actor_id, "kind": None, "name": actor_id, "country": None, "names": [],
        "wikidata": None, "roles": []}
    record["in_knowledge_base"] = actor is not None
    record["n_events"] = n_events
    record["people"] = _people_of(actor_id) if actor and actor.kind != "person" else []
    record["relations"] = [{**r, "name": name_of(r["id"])}
                           for r in pages.actor_relations(store, actor_id)]
    return record


def _people_of(country: str) -> list[dict]:
    """People of the knowledge base who held a role in this country or organisation."""
    out = []
    for person in load_kb().actors.values():
        roles = [r for r in person.roles if r.country == country]
        if person.kind == "person" and roles:
            last = max(roles, key=lambda r: (r.start.isoformat() if r.start else ""))
            out.append({"id": person.id, "name": person.name, "role": last.role,
                        "start": last.start.isoformat() if last.start else None,
                        "end": last.end.isoformat() if last.end else None})
    return sorted(out, key=lambda p: (p["end"] is not None, -(int((p["start"] or "0")[:4]))))
