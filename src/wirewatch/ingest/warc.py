"""WARC archives: every HTML response record becomes a document.

Read as a stream and at most MAX_BYTES per record, so a huge archive or a compression bomb
costs time, never memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from wirewatch.ingest.decode import MAX_BYTES, Rejected, decode_bytes
from wirewatch.ingest.html import parse_html
from wirewatch.models import RawDocument, Rejection


def read_warc(stream: BinaryIO, source: str) -> Iterator[RawDocument | Rejection]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n, found = -1, 0
    try:
        for n, record in enumerate(ArchiveIterator(stream)):
            if record.rec_type == "response":
                for item in _response(record, f"{source}#{n}"):
                    found += 1
                    yield item
        if not found:
            yield Rejection(source, "no HTML or text responses in WARC")
    except ArchiveLoadFailed as exc:
        yield Rejection(source if n < 0 else f"{source}#{n + 1}", f"invalid WARC: {exc}")
    except (OSError, EOFError, ValueError) as exc:  # truncated or corrupt compression
        yield Rejection(f"{source}#{n + 1}", f"invalid WARC: {type(exc).__name__}: {exc}")


def _response(record, fallback: str) -> Iterator[RawDocument | Rejection]:
    url = record.rec_headers.get_header("WARC-Target-URI") or fallback
    ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    if "html" not in ctype and "text" not in ctype:
        return
    data = record.content_stream().read(MAX_BYTES + 1)
    try:
        if len(data) > MAX_BYTES:
            raise Rejected(f"too large (over {MAX_BYTES // (1024 * 1024)} MB)")
        yield parse_html(decode_bytes(data), url, url)
    except Rejected as exc:
        yield Rejection(url, str(exc))
    except (RecursionError, ValueError, TypeError) as exc:
        yield Rejection(url, f"unparseable: {type(exc).__name__}")
