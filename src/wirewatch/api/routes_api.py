"""The JSON API under /api/: read-only, lists paged by opaque keyset cursors."""

from __future__ import annotations

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from wirewatch.actors.lookup import find_actor
from wirewatch.analysis import pages
from wirewatch.analysis.dyad import dyad_timeline
from wirewatch.analysis.search import search_page
from wirewatch.api import actors as actor_info
from wirewatch.api.params import (
    BadParameter,
    NotFound,
    decode_cursor,
    encode_cursor,
    event_filter,
    parse_bool,
    parse_choice,
    parse_id,
    parse_limit,
)

router = APIRouter(prefix="/api", tags=["api"])

# Declared for the OpenAPI document; values are read and checked by `params`, so that a bad
# value answers 400 with {"error": ...} whatever its kind.
Limit = Query(None, description="Page size, 1-1000 (default 100)")
Cursor = Query(None, description="Opaque: next_cursor of the previous page")
Type = Query(None, description="PLOVER event type, e.g. CONSULT")
Actor = Query(None, description="Actor id or country code, e.g. RUS or PER:vladimir-putin")
Since = Query(None, description="Earliest date, YYYY[-MM[-DD]]")
Until = Query(None, description="Latest date, YYYY[-MM[-DD]] (inclusive)")
Story = Query(None, description="Story id")
Status = Query(None, description="asserted | planned | claimed | denied | negated")
Lang = Query(None, description="Language code of the document, e.g. el")
Location = Query(None, description="Country (ISO alpha-3) of the event's location, e.g. PRK")


def _store(request: Request):
    return request.app.state.store


def _listing(items: list, nxt: str | None, kind: str, limit: int) -> dict:
    return {"items": items, "limit": limit,
            "next_cursor": encode_cursor(kind, nxt) if nxt is not None else None}


@router.get("/events", summary="Canonical events, filtered and paged")
def list_events(request: Request, type: str | None = Type, actor: str | None = Actor,
                since: str | None = Since, until: str | None = Until,
                story: str | None = Story, status: str | None = Status,
                location: str | None = Location,
                limit: str | None = Limit, cursor: str | None = Cursor) -> dict:
    f, n = event_filter(request.query_params), parse_limit(limit)
    items, nxt = pages.event_page(_store(request), f, n, decode_cursor(cursor, "events"))
    return _listing(items, nxt, "events", n)


@router.get("/events/{event_id}", summary="One canonical event with its mentions")
def get_event(request: Request, event_id: str = Path()) -> dict:
    event = pages.event_by_id(_store(request), event_id)
    if event is None:
        raise NotFound(f"no event {event_id!r}")
    return event


@router.get("/mentions", summary="Event mentions (one event as one document reports it)")
def list_mentions(request: Request, type: str | None = Type, actor: str | None = Actor,
                  since: str | None = Since, until: str | None = Until,
                  story: str | None = Story, status: str | None = Status,
                  lang: str | None = Lang, location: str | None = Location,
                  limit: str | None = Limit, cursor: str | None = Cursor) -> dict:
    f, n = event_filter(request.query_params), parse_limit(limit)
    after = decode_cursor(cursor, "mentions")
    if after is not None and not isinstance(after, int):  # a cursor of an id-paged release
        raise BadParameter("cursor is not valid for this list; use next_cursor as returned")
    items, nxt = pages.mention_page(_store(request), f, n, after)
    return _listing(items, nxt, "mentions", n)


@router.get("/stories", summary="Stories (clusters of documents across languages)")
def list_stories(request: Request, limit: str | None = Limit,
                 cursor: str | None = Cursor) -> dict:
    n = parse_limit(limit)
    items, nxt = pages.story_page(_store(request), n, decode_cursor(cursor, "stories"))
    return _listing(items, nxt, "stories", n)


@router.get("/stories/{story_id}", summary="One story: its documents and canonical events")
def get_story(request: Request, story_id: str = Path()) -> dict:
    story = pages.story_detail(_store(request), story_id)
    if story is None:
        raise NotFound(f"no story {story_id!r}")
    return story


@router.get("/actors", summary="Most active actors, or look one up by name with q")
def list_actors(request: Request, q: str | None = Query(None, description="Name or id"),
                kind: str | None = Query(None, description="country (default) or actor"),
                limit: str | None = Limit, cursor: str | None = Cursor) -> dict:
    n = parse_limit(limit)
    if q is not None:
        if not q.strip():
            raise BadParameter("q must not be empty")
        found = find_actor(q.strip())
        return {"items": [found] if found else [], "limit": n, "next_cursor": None}
    by = parse_choice(kind, "kind", ("country", "actor")) or "country"
    offset = decode_cursor(cursor, f"actors-{by}") or 0
    if not isinstance(offset, int):
        raise BadParameter("cursor is not valid for this list; use next_cursor as returned")
    rows = pages.active_actors(_store(request), by, n + 1, offset)
    items = [actor_info.summary(r["id"], r["n"]) for r in rows[:n]]
    return _listing(items, offset + n if len(rows) > n else None, f"actors-{by}", n)


@router.get("/actors/{actor_id}", summary="Knowledge-base record of an actor and its relations")
def get_actor(request: Request, actor_id: str = Path()) -> dict:
    record = actor_info.detail(_store(request), actor_id)
    if record is None:
        raise NotFound(f"no actor {actor_id!r}")
    return record


@router.get("/dyads/{a}/{b}", summary="Timeline of events between two actors")
def get_dyad(request: Request, a: str = Path(), b: str = Path(),
             by: str | None = Query(None, description="month (default) or week"),
             directed: str | None = Query(None, description="only events from a to b")) -> dict:
    store = _store(request)
    for actor in (a, b):
        parse_id(actor, "actor")
        if not actor_info.exists(store, actor):
            raise NotFound(f"no actor {actor!r}")
    period = parse_choice(by, "by", ("month", "week")) or "month"
    timeline = dyad_timeline(store, a, b, by=period, directed=parse_bool(directed, "directed"))
    # Plain JSON values already: skip FastAPI's encoder, which walks every evidence dict
    # (half the time of a busy weekly timeline).
    return JSONResponse(timeline)


@router.get("/search", summary="Full-text search over documents, with filters")
def search_documents(request: Request, q: str | None = Query(None, description="Words"),
                     type: str | None = Type, actor: str | None = Actor,
                     since: str | None = Since, until: str | None = Until,
                     story: str | None = Story, lang: str | None = Lang,
                     limit: str | None = Limit, cursor: str | None = Cursor) -> dict:
    if not q or not q.strip():
        raise BadParameter("q is required")
    f, n = event_filter(request.query_params), parse_limit(limit)
    offset = decode_cursor(cursor, "search") or 0
    if not isinstance(offset, int):
        raise BadParameter("cursor is not valid for this list; use next_cursor as returned")
    items, nxt = search_page(_store(request), q.strip(), f, n, offset)
    return {"query": q.strip(), **_listing(items, nxt, "search", n)}
