"""The location filter of the JSON API (`location` = ISO alpha-3 country of the event's
place) over a real server and a store filled by the real pipeline."""

from __future__ import annotations

import sqlite3
from collections import Counter

from test_api_lists import _walk


def _located(items: list[dict]) -> Counter:
    return Counter(e["location"]["country"] for e in items
                   if e["location"] and e["location"]["country"])


def _busiest_country(client) -> str:
    countries = _located(_walk(client, "/api/events", limit=1000))
    assert countries, "the sample corpus should have located events"
    return countries.most_common(1)[0][0]


def test_events_filtered_by_location_country(client):
    everything = _walk(client, "/api/events", limit=1000)
    country = _busiest_country(client)
    expected = {e["id"] for e in everything
                if e["location"] and e["location"]["country"] == country}
    found = _walk(client, "/api/events", location=country.lower(), limit=1)
    assert {e["id"] for e in found} == expected
    assert len(found) == len(expected) < len(everything)
    assert all(e["location"]["country"] == country for e in found)


def test_location_combines_with_other_filters(client):
    country = _busiest_country(client)
    located = _walk(client, "/api/events", location=country)
    a_type = located[0]["type"]
    both = _walk(client, "/api/events", location=country, type=a_type)
    assert both and {e["id"] for e in both} == {e["id"] for e in located
                                                if e["type"] == a_type}


def test_mentions_filtered_by_location_country(client, live):
    country = _busiest_country(client)
    found = _walk(client, "/api/mentions", location=country, limit=3)
    with sqlite3.connect(live.db) as conn:
        n = conn.execute("SELECT count(*) FROM event_mentions WHERE "
                         "json_extract(location, '$.country') = ?", (country,)).fetchone()[0]
    assert found and len(found) == n
    assert all(m["location"]["country"] == country for m in found)


def test_location_with_no_events_is_an_empty_list(client):
    body = client.get("/api/events", params={"location": "ATA"}).json()
    assert body["items"] == [] and body["next_cursor"] is None


def test_malformed_location_answers_400(client):
    for bad in ("PR", "PRK1", "P:K"):
        r = client.get("/api/events", params={"location": bad})
        assert r.status_code == 400, bad
        assert "location" in r.json()["error"]


def test_location_is_documented_in_openapi(client):
    spec = client.get("/openapi.json").json()
    params = spec["paths"]["/api/events"]["get"]["parameters"]
    assert "location" in {p["name"] for p in params}
