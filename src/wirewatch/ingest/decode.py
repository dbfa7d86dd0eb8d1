"""Bytes to text, or a reason why not: binary, empty, too large, undecodable."""

from __future__ import annotations

import codecs

MAX_BYTES = 20 * 1024 * 1024


class Rejected(ValueError):
    """An input that cannot be stored; the message is the reason shown to the user."""


def too_large(size: int) -> str:
    return f"too large ({size // (1024 * 1024)} MB > {MAX_BYTES // (1024 * 1024)} MB)"


def decode_bytes(data: bytes) -> str:
    if not data.strip():
        raise Rejected("empty")
    if len(data) > MAX_BYTES:
        raise Rejected(too_large(len(data)))
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _decode(data, encoding)
    if b"\x00" in data[:8192]:
        raise Rejected("binary (NUL bytes)")
    return _decode(data, "utf-8")


def _decode(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise Rejected(f"undecodable as {encoding} at byte {exc.start}") from exc
    if not text.strip():
        raise Rejected("empty")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 4096):
        raise Rejected("binary (control characters)")
    return text
