"""The dashboard: server-rendered pages over the same queries as the API."""

from __future__ import annotations

from importlib import resources

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from wirewatch.actors.lookup import find_actor
from wirewatch.analysis import pages
from wirewatch.analysis.dyad import dyad_timeline
from wirewatch.analysis.queries import evidence_of
from wirewatch.analysis.search import search_page
from wirewatch.api import actors as actor_info
from wirewatch.api import present
from wirewatch.api.params import (
    EVENT_TYPES,
    STATUSES,
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

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


def templates() -> Jinja2Templates:
    folder = str(resources.files("wirewatch.api") / "templates")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.globals.update(actor_name=actor_info.name_of, trigger_parts=present.trigger_parts,
                       doc_title=present.doc_title, quad_of=present.quad_of,
                       paragraphs=present.paragraphs)
    return Jinja2Templates(env=env)


def _render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context,
                                                        status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status=status, status_code=status, message=message)


def _store(request: Request):
    return request.app.state.store


@router.get("/", response_class=HTMLResponse)
def overview(request: Request):
    store = _store(request)
    counts = pages.overview_counts(store)
    return _render(request, "overview.html", counts=counts,
                   stories=pages.latest_stories(store, 8), dyads=pages.top_dyads(store, 10),
                   type_chart=present.type_bars(counts["types"]),
                   actors=[actor_info.summary(r["id"], r["n"])
                           for r in pages.active_actors(store, "country", 10)])


@router.get("/events", response_class=HTMLResponse)
def events(request: Request):
    params = request.query_params
    f = event_filter(params)
    limit = parse_limit(params.get("limit"), PAGE_SIZE)
    cursor = params.get("cursor")
    items, nxt = pages.event_page(_store(request), f, limit, decode_cursor(cursor, "events"))
    keep = {k: v for k, v in params.items() if v and k != "cursor"}
    return _render(request, "events.html", events=items, f=f, filters=keep,
                   next_cursor=encode_cursor("events", nxt) if nxt else None,
                   first_page=not cursor, types=EVENT_TYPES, statuses=STATUSES)


@router.get("/stories", response_class=HTMLResponse)
def story_list(request: Request):
    params = request.query_params
    limit = parse_limit(params.get("limit"), PAGE_SIZE)
    cursor = params.get("cursor")
    items, nxt = pages.story_page(_store(request), limit, decode_cursor(cursor, "stories"))
    return _render(request, "stories.html", stories=items, first_page=not cursor,
                   next_cursor=encode_cursor("stories", nxt) if nxt else None)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str):
    found = pages.story_detail(_store(request), story_id)
    if found is None:
        raise NotFound(f"no story {story_id!r}")
    return _render(request, "story.html", story=found)


@router.get("/actors", response_class=HTMLResponse)
def actor_list(request: Request):
    q = (request.query_params.get("q") or "").strip()
    if q:
        found = find_actor(q)
        if found:
            return RedirectResponse(request.url_for("actor", actor_id=found["id"]), 303)
    rows = pages.active_actors(_store(request), "actor", 100)
    return _render(request, "actors.html", q=q, not_found=bool(q),
                   actors=[actor_info.summary(r["id"], r["n"]) for r in rows])


@router.get("/actors/{actor_id}", response_class=HTMLResponse, name="actor")
def actor(request: Request, actor_id: str):
    record = actor_info.detail(_store(request), actor_id)
    if record is None:
        raise NotFound(f"no actor {actor_id!r}")
    return _render(request, "actor.html", actor=record)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(request: Request, a: str, b: str):
    store = _store(request)
    for actor_id in (a, b):
        parse_id(actor_id, "actor")
        if not actor_info.exists(store, actor_id):
            raise NotFound(f"no actor {actor_id!r}")
    by = parse_choice(request.query_params.get("by"), "by", ("month", "week")) or "month"
    directed = parse_bool(request.query_params.get("directed"), "directed")
    timeline = dyad_timeline(store, a, b, by=by, directed=directed)
    _add_triggers(store, timeline["periods"])
    return _render(request, "dyad.html", t=timeline,
                   chart=present.timeline_chart(timeline["periods"], by),
                   totals=_totals(timeline["periods"]))


def _add_triggers(store, periods: list[dict]) -> None:
    """Trigger offsets for the evidence of each period, so the page can highlight them."""
    ids = [ev["event_id"] for p in periods for ev in p["evidence"]]
    found = evidence_of(store, ids)
    for p in periods:
        for ev in p["evidence"]:
            match = next((m for m in found.get(ev["event_id"], [])
                          if m["doc_id"] == ev["doc_id"] and m["start"] == ev["start"]), None)
            ev["trigger_start"] = match["trigger_start"] if match else -1
            ev["trigger_end"] = match["trigger_end"] if match else -1


def _totals(periods: list[dict]) -> dict:
    out = {q: 0 for q in present.QUAD_LABEL}
    for p in periods:
        for quad, n in p["quad"].items():
            out[quad] += n
    return out


@router.get("/search", response_class=HTMLResponse)
def search(request: Request):
    params = request.query_params
    q = (params.get("q") or "").strip()
    f = event_filter(params)
    offset = decode_cursor(params.get("cursor"), "search") or 0
    if not isinstance(offset, int):
        raise BadParameter("cursor is not valid for this list")
    hits, nxt = search_page(_store(request), q, f, PAGE_SIZE, offset) if q else ([], None)
    return _render(request, "search.html", q=q, search_q=q, hits=hits, filters=dict(params),
                   next_cursor=encode_cursor("search", nxt) if nxt else None)
