"""The dashboard in headless Chromium: every page renders its content from the real store,
article text is shown as text, and no request leaves the server (no CDN)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

XSS_TITLE = "<script>alert(1)</script> Summit ends"


def _open(page, path: str, shots, name: str):
    outside: list[str] = []
    page.route(re.compile(r"^(?!http://127\.0\.0\.1:).*"),
               lambda route: (outside.append(route.request.url), route.abort()))
    response = page.goto(path)
    assert response is not None and response.status == 200, path
    page.wait_for_load_state("load")
    page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
    assert outside == [], f"requests left the server: {outside}"
    assert page.js_errors == []
    return page


def _story_of(live, title: str) -> str:
    import httpx

    hits = httpx.get(f"{live.url}/api/stories", params={"limit": 1000}).json()["items"]
    return next(s["id"] for s in hits if s["label"] == title)


def test_overview(page, shots):
    _open(page, "/", shots, "overview")
    assert page.get_by_role("heading", name="Overview").is_visible()
    assert page.get_by_text("canonical events").is_visible()
    assert page.get_by_role("heading", name="Latest stories").is_visible()
    assert page.get_by_role("heading", name="Most active dyads").is_visible()
    assert page.locator("svg.chart rect.bar").count() > 3
    assert page.locator(".story-list li").count() >= 3


def test_events_table_highlights_triggers(page, shots):
    _open(page, "/events?limit=20", shots, "events")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 20
    marks = page.locator("blockquote.evidence mark.trigger")
    assert marks.count() >= 10
    assert marks.first.is_visible() and marks.first.inner_text().strip()
    page.get_by_role("link", name="Next page →").click()
    page.wait_for_load_state("load")
    assert "cursor=" in page.url and page.locator("table.events tbody tr").count() > 0


def test_events_filter_form(page, shots):
    _open(page, "/events", shots, "events-all")
    page.select_option("select[name=type]", "CONSULT")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_load_state("load")
    page.screenshot(path=str(shots / "events-consult.png"), full_page=True)
    badges = page.locator("table.events tbody td.c-type .badge").all_inner_texts()
    assert badges and set(badges) == {"CONSULT"}


def test_script_title_is_text(page, shots, live):
    story = _story_of(live, XSS_TITLE)
    _open(page, f"/stories/{story}", shots, "story-script-title")
    assert page.dialogs == []
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == XSS_TITLE and heading.is_visible()
    assert page.locator("article.doc h3", has_text=XSS_TITLE).is_visible()
    assert page.evaluate("document.querySelectorAll('main script').length") == 0
    _open(page, "/stories", shots, "stories")
    assert page.get_by_role("link", name=XSS_TITLE).first.is_visible()
    _open(page, "/search?q=summit", shots, "search-summit")
    assert page.get_by_role("link", name=XSS_TITLE).first.is_visible()
    assert page.dialogs == []


def test_story_side_by_side(page, shots, live):
    import httpx

    stories = httpx.get(f"{live.url}/api/stories", params={"limit": 1000}).json()["items"]
    multi = max(stories, key=lambda s: (len(s["languages"]), s["n_documents"]))
    assert len(multi["languages"]) >= 2
    _open(page, f"/stories/{multi['id']}", shots, "story-multilingual")
    docs = page.locator("article.doc")
    assert docs.count() == multi["n_documents"]
    boxes = [docs.nth(i).bounding_box() for i in range(min(docs.count(), 2))]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] < boxes[1]["x"]
    langs = {docs.nth(i).get_attribute("lang") for i in range(docs.count())}
    assert langs == set(multi["languages"])
    assert page.locator("table.events tbody tr").count() > 0


def test_actor_page(page, shots):
    _open(page, "/actors/PER:vladimir-putin", shots, "actor-putin")
    assert page.get_by_role("heading", name=re.compile("Vladimir Putin")).is_visible()
    assert page.get_by_role("cell", name="head of state").first.is_visible()
    assert page.get_by_text("Путин", exact=True).is_visible()
    _open(page, "/actors/RUS", shots, "actor-russia")
    assert page.get_by_role("heading", name="Relations").is_visible()
    assert page.locator("section.card table.compact tbody tr").count() > 1


def test_actor_lookup_redirects(page, shots):
    _open(page, "/actors", shots, "actors")
    page.fill("form.filters input[name=q]", "Erdoğan")
    page.get_by_role("button", name="Find").click()
    page.wait_for_load_state("load")
    assert "/actors/PER:recep-tayyip-erdogan" in page.url


def test_dyad_timeline(page, shots):
    _open(page, "/dyads/RUS/UKR", shots, "dyad-rus-ukr")
    svg = page.locator("svg.timeline")
    assert svg.is_visible()
    assert svg.locator("rect.bar").count() >= 2
    assert page.locator("section.period blockquote.evidence").count() >= 1
    _open(page, "/dyads/RUS/TUR?by=week", shots, "dyad-rus-tur-week")
    assert page.locator("section.period").count() >= 1


def test_not_found_page(page, shots):
    response = page.goto("/stories/does-not-exist")
    assert response.status == 404
    page.screenshot(path=str(shots / "not-found.png"))
    assert page.get_by_role("heading", name="Not found").is_visible()
