"""RSS/Atom feeds: each entry becomes a document (its page when linked and fetchable)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from wirewatch.models import RawDocument, Rejection


def read_feed(data: bytes, source: str) -> Iterator[RawDocument | Rejection]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield Rejection(source, f"invalid feed: {feed.bozo_exception}")
        return
    if not feed.entries:
        yield Rejection(source, "feed without entries")
        return
    for n, entry in enumerate(feed.entries):
        text = _entry_text(entry)
        where = entry.get("link") or f"{source}#{n}"
        if not text:
            yield Rejection(where, "feed entry without text")
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        yield RawDocument(
            source=where, text=text, title=entry.get("title"), url=entry.get("link"),
            published=date(*published[:3]) if published else None,
            outlet=feed.feed.get("title"),
        )


def _entry_text(entry) -> str:
    import re
    from html import unescape

    parts = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
    body = unescape(re.sub(r"<[^>]+>", " ", " ".join(parts)))
    body = re.sub(r"[ \t]+", " ", body).strip()
    title = (entry.get("title") or "").strip()
    return f"{title}\n\n{body}" if title and body else body
