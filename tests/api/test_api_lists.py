"""The JSON API over a real server and a store filled by the real pipeline."""

from __future__ import annotations

import sqlite3

import pytest


def _walk(client, path: str, **params) -> list[dict]:
    items, cursor, pages = [], None, 0
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        r = client.get(path, params=query)
        assert r.status_code == 200, r.text
        body = r.json()
        assert len(body["items"]) <= body["limit"]
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return items
        assert pages < 10_000


def _count(live, table: str, where: str = "1=1") -> int:
    with sqlite3.connect(live.db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]


def test_store_is_filled(live):
    assert _count(live, "events") > 20
    assert _count(live, "documents") >= 15


@pytest.mark.parametrize("limit", [1, 7, 1000])
def test_events_pagination_walks_everything_once(client, live, limit):
    items = _walk(client, "/api/events", limit=limit)
    ids = [e["id"] for e in items]
    assert len(ids) == len(set(ids)) == _count(live, "events")
    assert ids == sorted(ids)


def test_default_limit_is_100(client):
    body = client.get("/api/events").json()
    assert body["limit"] == 100


def _stored_order(live, table: str) -> list[str]:
    with sqlite3.connect(live.db) as conn:
        return [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY pk")]


@pytest.mark.parametrize("limit", [1, 9, 1000])
def test_mentions_paginate_in_order_of_storing(client, live, limit):
    """Keyset pages on the integer key: every mention once, as the store holds them."""
    mentions = _walk(client, "/api/mentions", limit=limit)
    assert [m["id"] for m in mentions] == _stored_order(live, "event_mentions")
    assert "pk" not in mentions[0] and "doc_pk" not in mentions[0]


def test_mentions_and_stories_paginate(client, live):
    mentions = _walk(client, "/api/mentions", limit=9)
    assert len({m["id"] for m in mentions}) == len(mentions) == _count(live, "event_mentions")
    m = mentions[0]
    assert m["trigger_start"] <= m["trigger_end"] and m["evidence"]
    stories = _walk(client, "/api/stories", limit=4)
    assert len({s["id"] for s in stories}) == len(stories) == _count(live, "stories")


def test_event_filters(client, live):
    consult = _walk(client, "/api/events", type="consult", limit=5)
    assert consult and {e["type"] for e in consult} == {"CONSULT"}
    assert len(consult) == _count(live, "events", "type = 'CONSULT'")
    rus = _walk(client, "/api/events", actor="RUS")
    assert rus and all("RUS" in (e["source"]["country"], (e["target"] or {}).get("country"),
                                 e["source"]["id"], (e["target"] or {}).get("id")) for e in rus)
    dated = _walk(client, "/api/events", since="2025-11", until="2025-11-30")
    assert dated and all("2025-11" <= e["date"] <= "2025-11-30\uffff" for e in dated)
    planned = _walk(client, "/api/events", status="planned")
    assert all(e["status"] == "planned" for e in planned)


def test_event_detail_and_story_filter(client):
    first = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    detail = client.get(f"/api/events/{first['id']}").json()
    assert detail["id"] == first["id"] and detail["mentions"]
    mention = detail["mentions"][0]
    assert {"evidence", "trigger_start", "trigger_end", "doc_id", "lang"} <= set(mention)
    story = client.get("/api/events", params={"story": first["story"], "limit": 1000}).json()
    assert first["id"] in {e["id"] for e in story["items"]}
    assert all(e["story"] == first["story"] for e in story["items"])


def test_story_detail(client):
    stories = client.get("/api/stories", params={"limit": 1000}).json()["items"]
    multi = max(stories, key=lambda s: len(s["languages"]))
    body = client.get(f"/api/stories/{multi['id']}").json()
    assert len(body["documents"]) == multi["n_documents"]
    assert {d["lang"] for d in body["documents"]} == set(multi["languages"])
    assert body["events"] and all(e["story"] == multi["id"] for e in body["events"])


def test_script_title_comes_back_verbatim(client):
    stories = client.get("/api/stories", params={"limit": 1000}).json()["items"]
    assert "<script>alert(1)</script> Summit ends" in {s["label"] for s in stories}


def test_actors(client):
    top = client.get("/api/actors", params={"limit": 3}).json()
    assert len(top["items"]) == 3 and top["items"][0]["n_events"] >= top["items"][1]["n_events"]
    rest = _walk(client, "/api/actors", limit=3)
    assert len({a["id"] for a in rest}) == len(rest) >= 3
    people = client.get("/api/actors", params={"kind": "actor"}).json()["items"]
    assert any(a["id"].startswith("PER:") for a in people)
    found = client.get("/api/actors", params={"q": "Putin"}).json()["items"]
    assert found[0]["id"] == "PER:vladimir-putin"
    assert client.get("/api/actors", params={"q": "Nobody Atall"}).json()["items"] == []


def test_actor_detail(client):
    putin = client.get("/api/actors/PER:vladimir-putin").json()
    assert putin["kind"] == "person" and any(r["role"] == "head_of_state" for r in putin["roles"])
    assert "Путин" in putin["names"] and putin["relations"]
    russia = client.get("/api/actors/RUS").json()
    assert russia["n_events"] > 0 and russia["relations"][0]["n"] >= russia["relations"][-1]["n"]
    assert any(p["id"] == "PER:vladimir-putin" for p in russia["people"])


def test_dyad(client):
    body = client.get("/api/dyads/RUS/TUR").json()
    assert body["by"] == "month" and body["periods"]
    total = sum(sum(p["counts"].values()) for p in body["periods"])
    directed = client.get("/api/dyads/RUS/TUR", params={"directed": "true"}).json()
    assert sum(sum(p["counts"].values()) for p in directed["periods"]) <= total
    weekly = client.get("/api/dyads/RUS/TUR", params={"by": "week"}).json()
    assert weekly["by"] == "week"


def test_search(client):
    body = client.get("/api/search", params={"q": "Erdogan"}).json()
    assert body["items"] and body["next_cursor"] is None
    langs = {h["lang"] for h in body["items"]}
    assert len(langs) >= 2
    greek = client.get("/api/search", params={"q": "Erdogan", "lang": "tr"}).json()["items"]
    assert greek and {h["lang"] for h in greek} == {"tr"}
    paged = _walk(client, "/api/search", q="Erdogan", limit=1)
    assert [h["doc_id"] for h in paged] == [h["doc_id"] for h in body["items"]]
    assert client.get("/api/search", params={"q": "zzzqqqxx"}).json()["items"] == []


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/dyads/{a}/{b}",
            "/api/search"} <= set(spec["paths"])
    assert not any(p.startswith("/stories") for p in spec["paths"])
    assert client.get("/docs").status_code == 200
