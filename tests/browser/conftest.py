"""Fixtures of the browser tests: headless Debian Chromium through Playwright, pointed at the
real server over the sample corpus. Tests skip with the reason when Chromium cannot start."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))

from live_server import LiveServer, sample_server

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def live() -> LiveServer:
    return sample_server()


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        pytest.skip(f"playwright is not installed: {exc}")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)")
    manager = sync_playwright().start()
    try:
        b = manager.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    except Exception as exc:  # noqa: BLE001 - any launch failure means: skip with the reason
        manager.stop()
        pytest.skip(f"chromium could not start: {str(exc).splitlines()[0]}")
    yield b
    b.close()
    manager.stop()


@pytest.fixture
def page(browser, live):
    context = browser.new_context(viewport={"width": 1366, "height": 900},
                                  base_url=live.url, locale="en-GB")
    p = context.new_page()
    dialogs: list[str] = []
    p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.dialogs, p.js_errors = dialogs, errors
    yield p
    context.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
