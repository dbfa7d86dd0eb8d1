"""The dashboard pages over HTTP: they render, and article text is always escaped."""

from __future__ import annotations

import re

import pytest

XSS = "<script>alert(1)</script>"


@pytest.mark.parametrize("path", ["/", "/events", "/events?type=CONSULT&limit=5", "/stories",
                                  "/actors", "/actors/RUS", "/actors/PER:vladimir-putin",
                                  "/dyads/RUS/TUR", "/dyads/RUS/TUR?by=week&directed=true",
                                  "/search?q=summit", "/search"])
def test_pages_render(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "<script" not in r.text.lower()
    assert not re.search(r"""(src|href)=["']https?://(?!www\.wikidata\.org)""", r.text)


def test_script_title_is_escaped_everywhere(client):
    stories = client.get("/api/stories", params={"limit": 1000}).json()["items"]
    story = next(s for s in stories if s["label"] and XSS in s["label"])
    for path in (f"/stories/{story['id']}", "/stories", "/search?q=summit",
                 f"/events?story={story['id']}"):
        html = client.get(path).text
        assert XSS not in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path


def test_events_page_marks_triggers(client):
    html = client.get("/events", params={"limit": 30}).text
    marks = re.findall(r'<mark class="trigger">([^<]+)</mark>', html)
    assert len(marks) >= 10 and all(m.strip() for m in marks)


def test_dyad_page_draws_svg(client):
    html = client.get("/dyads/RUS/TUR").text
    assert "<svg" in html and html.count('class="bar ') >= 2
