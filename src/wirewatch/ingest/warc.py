"""WARC archives: every HTML response record becomes a document."""

from __future__ import annotations

import io
from collections.abc import Iterator

from wirewatch.ingest.decode import Rejected, decode_bytes
from wirewatch.ingest.html import parse_html
from wirewatch.models import RawDocument, Rejection


def read_warc(data: bytes, source: str) -> Iterator[RawDocument | Rejection]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for n, record in enumerate(ArchiveIterator(io.BytesIO(data))):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{n}"
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype and "text" not in ctype:
                continue
            try:
                text = decode_bytes(record.content_stream().read())
                yield parse_html(text, url, url)
            except Rejected as exc:
                yield Rejection(url, str(exc))
    except ArchiveLoadFailed as exc:
        yield Rejection(source, f"invalid WARC: {exc}")
