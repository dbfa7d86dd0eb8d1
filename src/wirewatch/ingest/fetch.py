"""Polite HTTP: conditional GET (ETag / Last-Modified), timeouts, retries with backoff and
a delay between requests to the same host. Failures come back as values, never raised."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

USER_AGENT = "wirewatch/0.1 (+news event coder)"
RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Validators:
    """What the server said identifies the version we have."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int  # 200-299, 304 not modified, or 0 when no answer came
    content: bytes = b""
    content_type: str = ""
    validators: Validators = Validators()
    error: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class Politeness:
    delay_s: float = 1.0  # between two requests to one host
    timeout_s: float = 20.0
    retries: int = 2
    backoff_s: float = 1.0  # doubled after each failed attempt
    sleep: Callable[[float], None] = time.sleep
    _last_request: dict[str, float] = field(default_factory=dict)

    def wait_for(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            pause = self.delay_s - (time.monotonic() - last)
            if pause > 0:
                self.sleep(pause)
        self._last_request[host] = time.monotonic()


def fetch(url: str, client, politeness: Politeness,
          validators: Validators = Validators()) -> Fetched:
    """GET url with the validators we hold; 304 means our copy is current."""
    import httpx

    error = "no attempt"
    for attempt in range(politeness.retries + 1):
        if attempt:
            politeness.sleep(politeness.backoff_s * 2 ** (attempt - 1))
        politeness.wait_for(url)
        try:
            response = client.get(url, timeout=politeness.timeout_s, follow_redirects=True,
                                  headers={"User-Agent": USER_AGENT, **validators.headers()})
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"
            continue
        if response.status_code in RETRY_STATUSES:
            error = f"HTTP {response.status_code}"
            continue
        return _answer(url, response, validators)
    return Fetched(url, 0, error=f"fetch failed after {politeness.retries + 1} attempts: {error}")


def _answer(url: str, response, sent: Validators) -> Fetched:
    if response.status_code == 304:
        return Fetched(url, 304, validators=sent)
    if response.status_code >= 400:
        return Fetched(url, response.status_code, error=f"HTTP {response.status_code}")
    got = Validators(response.headers.get("etag"), _http_date(response.headers.get("last-modified")))
    return Fetched(url, response.status_code, response.content,
                   response.headers.get("content-type", ""), got)


def _http_date(value: str | None) -> str | None:
    """Keep a Last-Modified only when it parses, so we never send back garbage."""
    if not value:
        return None
    try:
        parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return value
