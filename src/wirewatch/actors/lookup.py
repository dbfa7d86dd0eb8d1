"""Look-ups over actors: one actor by name or id, unknown names, the most active actors."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from wirewatch.actors.kb import load_kb
from wirewatch.store import schema
from wirewatch.text.keys import translit_key


def actor_json(actor) -> dict:
    return {"id": actor.id, "kind": actor.kind, "name": actor.name, "country": actor.country,
            "names": actor.names + actor.acronyms, "wikidata": actor.wikidata,
            "roles": [{"role": r.role, "country": r.country,
                       "start": r.start.isoformat() if r.start else None,
                       "end": r.end.isoformat() if r.end else None} for r in actor.roles]}


def find_actor(name: str) -> dict | None:
    kb = load_kb()
    if name in kb.actors:
        return actor_json(kb.actors[name])
    key = translit_key(name.replace(" ", ""))
    for actor in kb.actors.values():
        if any(translit_key(n.replace(" ", "")) == key for n in [actor.name, *actor.names]):
            return actor_json(actor)
    return None


def unknown_names(store) -> list[dict]:
    m = schema.mentions
    rows = store.rows(select(m.c.surface, m.c.country, func.count().label("n"))
                      .where(m.c.kind == "unknown").group_by(m.c.surface, m.c.country)
                      .order_by(func.count().desc()))
    return rows


def top_actors(store, limit: int = 20) -> dict:
    e = schema.events
    actors: Counter = Counter()
    pairs: Counter = Counter()
    for r in store.iter_rows(select(e.c.source_country, e.c.target_country)):
        a, b = r["source_country"], r["target_country"]
        if a:
            actors[a] += 1
        if b:
            actors[b] += 1
        if a and b:
            pairs[" ↔ ".join(sorted((a, b)))] += 1
    return {"actors": [{"id": k, "n": n} for k, n in actors.most_common(limit)],
            "pairs": [{"id": k, "n": n} for k, n in pairs.most_common(limit)]}
