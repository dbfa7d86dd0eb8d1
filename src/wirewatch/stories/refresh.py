"""Regroup only the canonical events that new event mentions can join, and relink plans.

Candidates are the canonical events dated compatibly with a new mention (found through the
date index), those of the stories the new documents joined, and, for a new treaty mention,
the treaty events of its dyad within twice the back-reference window (an undated reference
and the signings it may refer to, and the other references to those); each is read back
whole, so regrouping the union gives what a full rebuild would give for those events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import and_, bindparam, delete, insert, or_, select, update

from wirewatch.store import schema
from wirewatch.stories.canonical import (
    BACK_REFERENCE,
    LINK_HORIZON,
    MentionRow,
    build_canonical,
    dyad_key,
    link_key,
    link_planned,
    period,
    summarise,
)
from wirewatch.stories.signing import TREATY_TYPES

CHUNK = 500


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    values = sorted({v for v in values if v is not None})
    for i in range(0, len(values), CHUNK):
        yield values[i:i + CHUNK]


def _mention_rows(store, condition) -> dict[int, MentionRow]:
    """Mentions by their integer key, the one a moved mention is updated by: the store keeps
    no index on the external mention id alone (store/schema.py)."""
    d, e = schema.documents, schema.event_mentions
    query = select(e, d.c.story_id, d.c.lang, d.c.published).join(d, d.c.pk == e.c.doc_pk)
    return {r["pk"]: MentionRow(**{k: r[k] for k in MentionRow.__dataclass_fields__})
            for r in store.rows(query.where(condition))}


def _in_chunks(store, column, values) -> dict[int, MentionRow]:
    rows: dict[int, MentionRow] = {}
    for chunk in _chunks(values):
        rows.update(_mention_rows(store, column.in_(chunk)))
    return rows


def _dated_candidates(store, new: list[MentionRow]) -> set[str]:
    """Canonical events whose date is compatible with a new mention's date."""
    ev = schema.events
    exact: set[str] = set()
    prefixes: set[str] = set()
    for m in new:
        when = m.joining_date
        if not when or "-W" in when:
            continue
        exact.update({when, when[:7], when[:4]})
        if len(when) < 10:
            prefixes.add(when)
    ids: set[str] = set()
    for chunk in _chunks(exact):
        ids |= {r["id"] for r in store.rows(select(ev.c.id).where(ev.c.date.in_(chunk)))}
    for p in prefixes:
        ids |= {r["id"] for r in store.rows(select(ev.c.id).where(
            ev.c.date > p, ev.c.date < p + "\uffff"))}
    return ids


def _treaty_candidates(store, new: list[MentionRow]) -> set[str]:
    """Treaty events of a new treaty mention's dyad, dated or first reported near it."""
    days: dict[tuple, list[date]] = defaultdict(list)
    for m in new:
        kind, pair, planned = dyad_key(m)
        if kind == "TREATY" and not planned:
            days[pair] += [*(period(m.date) or ())]
            days[pair] += [date.fromisoformat(m.published)] if m.published else []
    ev = schema.events
    ids: set[str] = set()
    for (a, b), near in days.items():
        if not near:
            continue
        lo = (min(near) - 2 * BACK_REFERENCE).isoformat()
        hi = (max(near) + 2 * BACK_REFERENCE).isoformat()
        dyad = or_(and_(_side(ev.c.source_country, ev.c.source_id, a),
                        _side(ev.c.target_country, ev.c.target_id, b)),
                   and_(_side(ev.c.source_country, ev.c.source_id, b),
                        _side(ev.c.target_country, ev.c.target_id, a)))
        when = or_(ev.c.date.between(lo, hi), ev.c.first_seen.between(lo, hi))
        ids |= {r["id"] for r in store.rows(select(ev.c.id).where(
            ev.c.type.in_(sorted(TREATY_TYPES)), dyad, when))}
    return ids


def _side(country, actor, value):
    """An event side given as a country or, without one, an actor id (as in `dyad_key`)."""
    return or_(country == value, actor == value)


def _story_candidates(store, story_ids: set[str]) -> set[str]:
    d, e = schema.documents, schema.event_mentions
    ids: set[str] = set()
    for chunk in _chunks(story_ids):
        query = select(e.c.event_id).join(d, d.c.pk == e.c.doc_pk).where(d.c.story_id.in_(chunk))
        ids |= {r["event_id"] for r in store.rows(query)}
    return ids


def refresh_canonical(store) -> None:
    """Group mentions not yet in a canonical event with the canonical events they may join."""
    new = _mention_rows(store, schema.event_mentions.c.event_id.is_(None))
    if not new:
        return
    keys = {dyad_key(m) for m in new.values()}
    stories = {m.story_id for m in new.values() if m.story_id}
    fresh = list(new.values())
    candidates = _dated_candidates(store, fresh) | _story_candidates(store, stories) \
        | _treaty_candidates(store, fresh)
    loaded = _in_chunks(store, schema.event_mentions.c.event_id, candidates)
    old_ids = {m.event_id for m in loaded.values() if dyad_key(m) in keys}
    rows = {pk: m for pk, m in loaded.items() if m.event_id in old_ids} | new
    groups = build_canonical(list(rows.values()))
    summaries = [summarise(g) for g in groups]
    _write(store, old_ids, summaries, groups, rows)
    _relink(store, summaries)


def _write(store, old_ids: set[str], summaries: list[dict], groups,
           rows: dict[int, MentionRow]) -> None:
    ev, e = schema.events, schema.event_mentions
    pk_of = {(m.doc_id, m.id): pk for pk, m in rows.items()}  # unique, as in the store
    moves = [{"mention": pk_of[m.doc_id, m.id], "event": g.id} for g in groups
             for m in g.mentions if m.event_id != g.id]
    with store.engine.begin() as conn:
        for chunk in _chunks(old_ids | {s["id"] for s in summaries}):
            conn.execute(delete(ev).where(ev.c.id.in_(chunk)))
        conn.execute(insert(ev), summaries)
        if moves:
            conn.execute(update(e).where(e.c.pk == bindparam("mention"))
                         .values(event_id=bindparam("event")), moves)


def _relink(store, changed: list[dict]) -> None:
    """Recompute plan links among the events of the changed events' families and dyads."""
    ev = schema.events
    planned = store.rows(select(ev).where(ev.c.status == "planned"))
    keys = {link_key(s) for s in changed} & {link_key(p) for p in planned}
    if not keys:
        return
    days = [s["date"] or s["first_seen"] for s in changed if s["date"] or s["first_seen"]]
    lo = (date.fromisoformat(min(days)[:4] + "-01-01") - LINK_HORIZON).isoformat() if days else ""
    pairs = {p for _, pair in keys for p in (pair, pair[::-1])}
    scope = [r for r in store.rows(select(ev).where(or_(*[
        (ev.c.source_country == a) & (ev.c.target_country == b) for a, b in pairs])))
        if link_key(r) in keys and (r["first_seen"] or "") >= lo]
    links = link_planned(scope)
    if not links:
        return
    with store.engine.begin() as conn:
        conn.execute(update(ev).where(ev.c.id == bindparam("event"))
                     .values(linked_planned_id=bindparam("planned")),
                     [{"event": k, "planned": v} for k, v in links.items()])
