"""Web pages and feeds by URL: fetched politely and parsed like files."""

from __future__ import annotations

from collections.abc import Iterator

from wirewatch.ingest.decode import Rejected, decode_bytes
from wirewatch.ingest.fetch import Fetched, Politeness, fetch
from wirewatch.ingest.html import parse_html
from wirewatch.models import RawDocument, Rejection

FEED_TYPES = ("rss", "atom", "xml")


def read_url(url: str, politeness: Politeness | None = None) -> Iterator[RawDocument | Rejection]:
    import httpx

    with httpx.Client() as client:
        fetched = fetch(url, client, politeness or Politeness(delay_s=0))
    yield from read_fetched(fetched)


def read_fetched(fetched: Fetched) -> Iterator[RawDocument | Rejection]:
    """The documents of an answer: feed entries, a page's main text, or plain text."""
    url = fetched.url
    if fetched.error:
        yield Rejection(url, fetched.error)
        return
    if any(t in fetched.content_type for t in FEED_TYPES) or _looks_feed(fetched.content):
        from wirewatch.ingest.feeds import read_feed

        yield from read_feed(fetched.content, url)
        return
    try:
        text = decode_bytes(fetched.content)
        yield parse_html(text, url, url) if "html" in fetched.content_type \
            or "<html" in text[:1000].lower() else RawDocument(source=url, text=text, url=url)
    except Rejected as exc:
        yield Rejection(url, str(exc))
    except (RecursionError, ValueError, TypeError) as exc:
        yield Rejection(url, f"unparseable: {type(exc).__name__}")


def _looks_feed(content: bytes) -> bool:
    head = content[:500].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)
