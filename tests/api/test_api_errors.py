"""Bad parameters answer 4xx with {"error": ...}; unknown ids 404; the API is read-only."""

from __future__ import annotations

import pytest

from wirewatch.api.params import encode_cursor

BAD = [
    ("/api/events", {"limit": "0"}),
    ("/api/events", {"limit": "1001"}),
    ("/api/events", {"limit": "ten"}),
    ("/api/events", {"cursor": "not-a-cursor"}),
    ("/api/events", {"type": "PARTY"}),
    ("/api/events", {"status": "rumoured"}),
    ("/api/events", {"since": "yesterday"}),
    ("/api/events", {"until": "2025-13-45x"}),
    ("/api/events", {"since": "2025-12", "until": "2025-01"}),
    ("/api/events", {"actor": "RUS; DROP TABLE events"}),
    ("/api/mentions", {"limit": "-5"}),
    ("/api/stories", {"limit": "2000"}),
    ("/api/actors", {"q": "  "}),
    ("/api/actors", {"kind": "planet"}),
    ("/api/dyads/RUS/TUR", {"by": "decade"}),
    ("/api/dyads/RUS/TUR", {"directed": "perhaps"}),
    ("/api/search", {}),
    ("/api/search", {"q": "Putin", "since": "soon"}),
]


@pytest.mark.parametrize("path,params", BAD)
def test_bad_parameters_answer_400_json(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 400, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and body["error"]


def test_mention_cursor_holding_an_id_is_refused(client):
    """Mentions page on their integer key; a cursor holding a mention id (as an id-paged
    release issued) is refused, not compared with integers."""
    cursor = encode_cursor("mentions", "0a1b2c3d4e5f6a7b")
    r = client.get("/api/mentions", params={"cursor": cursor})
    assert r.status_code == 400 and "cursor" in r.json()["error"]


def test_cursor_of_another_list_is_refused(client):
    cursor = client.get("/api/stories", params={"limit": 1}).json()["next_cursor"]
    r = client.get("/api/events", params={"cursor": cursor})
    assert r.status_code == 400 and "cursor" in r.json()["error"]


@pytest.mark.parametrize("path", [
    "/api/events/0000000000000000", "/api/stories/nope", "/api/actors/PER:nobody-at-all",
    "/api/dyads/RUS/XXX", "/api/no-such-endpoint",
])
def test_unknown_ids_answer_404_json(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_read_only(client, method):
    r = client.request(method, "/api/events")
    assert r.status_code == 405 and "error" in r.json()


def test_pages_answer_html_errors(client):
    r = client.get("/stories/nope")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    r = client.get("/events", params={"type": "PARTY"})
    assert r.status_code == 400 and "type must be one of" in r.text
