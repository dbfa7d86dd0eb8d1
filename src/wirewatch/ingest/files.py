"""Files and folders (txt, html, jsonl, warc) and stdin, read into raw documents.

Every input yields documents or a rejection with its reason; nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from wirewatch.ingest.decode import MAX_BYTES, Rejected, decode_bytes, too_large
from wirewatch.ingest.html import parse_html
from wirewatch.models import RawDocument, Rejection

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
FEED_SUFFIXES = {".rss", ".atom"}

Item = RawDocument | Rejection


def expand(paths: list[str]) -> Iterator[Path | str]:
    """Files under the given paths (folders recursively, sorted); '-' stays for stdin."""
    for p in paths:
        if p == "-" or p.startswith(("http://", "https://")):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
        else:
            yield path


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def read_path(path: Path) -> Iterator[Item]:
    source = str(path.resolve())
    suffix = _suffix(path)
    try:
        size = path.stat().st_size
        if suffix in WARC_SUFFIXES:
            yield from _read_warc_file(path, source)
        elif suffix in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, source)
        elif size > MAX_BYTES:
            yield Rejection(source, too_large(size))
        elif suffix in FEED_SUFFIXES:
            from wirewatch.ingest.feeds import read_feed

            yield from read_feed(path.read_bytes(), source)
        else:
            yield from _read_document_file(path, source, suffix)
    except FileNotFoundError:
        yield Rejection(source, "no such file")
    except OSError as exc:
        yield Rejection(source, f"unreadable: {exc.strerror or exc}")


def _read_document_file(path: Path, source: str, suffix: str) -> Iterator[Item]:
    try:
        text = decode_bytes(path.read_bytes())
    except Rejected as exc:
        yield Rejection(source, str(exc))
        return
    yield from read_text(text, source, suffix)


def _read_warc_file(path: Path, source: str) -> Iterator[Item]:
    from wirewatch.ingest.warc import read_warc

    with path.open("rb") as stream:
        yield from read_warc(stream, source)


def _read_jsonl_file(path: Path, source: str) -> Iterator[Item]:
    """Line by line, so a large dump is never held whole; each line is an input."""
    with path.open("rb") as stream:
        for n, line in enumerate(stream, 1):
            if line.strip():
                yield _jsonl_line(line.removeprefix(codecs.BOM_UTF8) if n == 1 else line,
                                  f"{source}#L{n}")


def read_text(text: str, source: str, suffix: str) -> Iterator[Item]:
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, source)
        return
    try:
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_html(text)):
            yield parse_html(text, source)
        else:
            yield RawDocument(source=source, text=text, title=_headline(text))
    except Rejected as exc:
        yield Rejection(source, str(exc))
    except (RecursionError, MemoryError, ValueError, TypeError) as exc:
        yield Rejection(source, f"unparseable: {type(exc).__name__}")


def _headline(text: str) -> str | None:
    """A plain-text article's title: a short first line followed by a blank line."""
    lines = text.lstrip("\ufeff").strip().split("\n")
    if len(lines) > 2 and 0 < len(lines[0].strip()) <= 200 and not lines[1].strip():
        return lines[0].strip()
    return None


def _looks_html(text: str) -> bool:
    head = text[:1000].lower()
    return "<html" in head or "<!doctype html" in head


def read_jsonl(text: str, source: str) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield _jsonl_line(line, f"{source}#L{n}")


def _jsonl_line(line: str | bytes, where: str) -> Item:
    if len(line) > MAX_BYTES:
        return Rejection(where, too_large(len(line)))
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
        return Rejection(where, f"invalid JSON line: {reason}")
    except RecursionError:
        return Rejection(where, "invalid JSON line: nested too deeply")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
            or not record["text"].strip():
        return Rejection(where, "JSON line without a non-empty 'text' field")
    return RawDocument(
        source=_string(record.get("url")) or where, text=record["text"],
        title=_string(record.get("title")), url=_string(record.get("url")),
        published=_parse_date(record.get("published")), lang=_string(record.get("lang")),
        outlet=_string(record.get("outlet")),
    )


def _string(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _parse_date(value) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_sources(paths: list[str], stdin_text: str | None = None) -> Iterator[Item]:
    for item in expand(paths):
        if item == "-":
            yield from read_text(stdin_text or "", "<stdin>", ".txt") if (stdin_text or "").strip() \
                else iter([Rejection("<stdin>", "empty")])
        elif isinstance(item, str):
            from wirewatch.ingest.urls import read_url

            yield from read_url(item)
        else:
            yield from read_path(item)
