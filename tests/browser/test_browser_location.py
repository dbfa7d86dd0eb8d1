"""Event locations in the dashboard, in headless Chromium: the Location filter of the events
page and the place shown for each event (name, country, coordinates, confidence)."""

from __future__ import annotations

import re

import httpx
import pytest
from test_browser_pages import _open

pytestmark = pytest.mark.browser


def _located(live, country: str) -> list[dict]:
    return httpx.get(f"{live.url}/api/events",
                     params={"location": country, "limit": 1000}).json()["items"]


def test_location_filter_form(page, shots, live):
    expected = _located(live, "UKR")
    assert expected, "the sample corpus should have events located in Ukraine"
    _open(page, "/events", shots, "events-before-location")
    all_rows = page.locator("table.events tbody tr").count()
    page.fill("form.filters input[name=location]", "ukr")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_load_state("load")
    page.screenshot(path=str(shots / "events-location-ukr.png"), full_page=True)
    assert "location=ukr" in page.url
    rows = page.locator("table.events tbody tr")
    assert rows.count() == len(expected) < all_rows
    ids = {rows.nth(i).get_attribute("id") for i in range(rows.count())}
    assert ids == {f"ev-{e['id']}" for e in expected}
    places = page.locator("table.events tbody td.c-place").all_inner_texts()
    assert all("Ukraine" in p for p in places)
    assert page.locator("form.filters input[name=location]").input_value() == "UKR"


def test_event_shows_its_place(page, shots, live):
    event = next(e for e in _located(live, "BEL") if e["location"]["place"] == "Brussels")
    loc = event["location"]
    _open(page, "/events?location=BEL", shots, "events-location-bel")
    cell = page.locator(f"#ev-{event['id']} td.c-place")
    assert cell.is_visible()
    text = cell.inner_text()
    assert "Brussels" in text and "Belgium" in text
    assert f"{loc['lat']:.3f}, {loc['lon']:.3f}" in text
    assert re.search(rf"confidence {loc['confidence']:.2f}", text)
    cell.get_by_role("link", name="Belgium").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/events?location=BEL")


def test_bad_location_is_explained(page, shots):
    response = page.goto("/events?location=Brussels")
    assert response.status == 400
    page.screenshot(path=str(shots / "events-location-bad.png"))
    assert page.get_by_text(re.compile("alpha-3")).is_visible()
