"""Fixtures of the API tests: the real server over the sample corpus, and an HTTP client."""

from __future__ import annotations

import httpx
import pytest
from live_server import LiveServer, sample_server


@pytest.fixture(scope="session")
def live() -> LiveServer:
    return sample_server()


@pytest.fixture(scope="session")
def client(live: LiveServer):
    with httpx.Client(base_url=live.url, timeout=30) as c:
        yield c
