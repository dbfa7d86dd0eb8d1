"""`wirewatch dates FILE`: the date expressions of a file's extracted text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..models import PublishedDate, RawDocument
from .expressions import dates_report


def parse_anchor(anchor: str | None) -> PublishedDate | None:
    """`--anchor YYYY-MM-DD` as a stated publication date (ValueError when malformed)."""
    if anchor is None:
        return None
    try:
        d = date.fromisoformat(anchor.strip())
    except ValueError:
        raise ValueError(f"--anchor must be YYYY-MM-DD, got {anchor!r}") from None
    return PublishedDate(d, d, d, "stated")


def file_dates(path: Path | str, lang: str | None = None, anchor: str | None = None) -> list[dict]:
    """Rows {start, end, text, value, precision, relative} for the file's (first) document.

    Offsets are into the extracted, normalised text that the pipeline stores. Without
    `anchor` the publication date found or inferred by the pipeline is the anchor.
    """
    from wirewatch.ingest.files import read_path
    from wirewatch.pipeline import process

    given = parse_anchor(anchor)
    raw = None
    for item in read_path(Path(path)):
        if isinstance(item, RawDocument):
            raw = item
            break
        raise ValueError(f"{path}: {item.reason}")
    if raw is None:
        raise ValueError(f"{path}: no document")
    if lang:
        raw.lang = lang
    doc = process(raw)
    return dates_report(doc.text, doc.lang, given if given is not None else doc.published)
