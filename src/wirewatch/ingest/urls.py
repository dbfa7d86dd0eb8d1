"""Web pages by URL: fetched politely, with a timeout, and parsed like HTML files."""

from __future__ import annotations

from collections.abc import Iterator

from wirewatch.ingest.decode import Rejected, decode_bytes
from wirewatch.ingest.html import parse_html
from wirewatch.models import RawDocument, Rejection

TIMEOUT_S = 20
USER_AGENT = "wirewatch/0.1 (+news event coder)"


def read_url(url: str) -> Iterator[RawDocument | Rejection]:
    import httpx

    try:
        response = httpx.get(url, timeout=TIMEOUT_S, follow_redirects=True,
                             headers={"User-Agent": USER_AGENT})
        response.raise_for_status()
    except httpx.HTTPError as exc:
        yield Rejection(url, f"fetch failed: {exc}")
        return
    ctype = response.headers.get("content-type", "")
    if any(t in ctype for t in ("rss", "atom", "xml")):
        from wirewatch.ingest.feeds import read_feed

        yield from read_feed(response.content, url)
        return
    try:
        text = decode_bytes(response.content)
        yield parse_html(text, url, url) if "html" in ctype or "<html" in text[:1000].lower() \
            else RawDocument(source=url, text=text, url=url)
    except Rejected as exc:
        yield Rejection(url, str(exc))
