"""A corpus of hostile inputs: every one must be stored or rejected with a reason.

    python benchmarks/hostile_corpus.py OUT_DIR [--huge-mb 50] [--bomb-mb 1024]
    wirewatch ingest OUT_DIR --db hostile.db

`generate` returns the number of inputs (files, plus one per JSONL line) so that
stored + already stored + rejected can be reconciled exactly.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import zlib
from pathlib import Path

ARTICLE = ("Moscow\n\nRussian President Vladimir Putin spoke by phone with Turkish President "
           "Recep Tayyip Erdogan on Saturday about grain exports, the Kremlin said.\n")
GREEK = "Ο Έλληνας υπουργός Εξωτερικών συναντήθηκε με τον Τούρκο ομόλογό του στην Άγκυρα.\n"


def _html(body: str, title: str = "News") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def _nested_html(depth: int) -> str:
    return _html("<div>" * depth + "<p>" + ARTICLE * 3 + "</p>" + "</div>" * depth)


def _warc_record(uri: str, payload: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + payload
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\n"
            "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def _gzip_bomb_warc(mb: int) -> bytes:
    """One WARC response record whose page is `mb` MB of spaces, a few hundred kB gzipped."""
    size = mb * 1024 * 1024
    http_head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://bomb.example/\r\n"
            "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http_head) + size}\r\n\r\n").encode()
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    out = io.BytesIO()
    out.write(packer.compress(head + http_head))
    block = b" " * (1024 * 1024)
    for _ in range(mb):
        out.write(packer.compress(block))
    out.write(packer.compress(b"\r\n\r\n"))
    out.write(packer.flush())
    return out.getvalue()


def _files(huge_mb: int, bomb_mb: int) -> dict[str, bytes]:
    utf8 = ARTICLE.encode()
    jsonl_lines = [
        json.dumps({"text": ARTICLE, "url": "http://example.org/ok"}),
        "{broken json",
        json.dumps([1, 2, 3]),
        json.dumps({"text": 42}),
        json.dumps({"title": "no text"}),
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"text": "   "}),
        json.dumps({"text": GREEK, "lang": ["el"], "published": 20240101}),
    ]
    return {
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\n ",
        "binary.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
        "nul.txt": b"Putin\x00Erdogan\x00" * 100,
        "controls.txt": bytes(range(1, 9)) * 500,
        "latin1.txt": "Le président français a reçu à l'Élysée son homologue.\n".encode("latin-1"),
        "truncated_utf8.txt": GREEK.encode()[:-1] + "α".encode()[:1],
        "mixed_encodings.txt": GREEK.encode() + "Président élu\n".encode("cp1252"),
        "utf8_bom.txt": b"\xef\xbb\xbf" + utf8,
        "utf16_bom.txt": ("\ufeff" + GREEK * 2).encode("utf-16-le"),
        "utf16_no_bom.txt": (GREEK * 2).encode("utf-16-le"),
        "huge.txt": b"Putin and Erdogan spoke. " * (huge_mb * 1024 * 1024 // 25 + 1),
        "deep.html": _nested_html(20_000).encode(),
        "no_text.html": _html("<nav><a href='/'>Home</a></nav><script>var x=1;</script>").encode(),
        "script_title.html": _html("<article><h1>Talks</h1><p>" + ARTICLE * 2 + "</p></article>",
                                   title="<script>alert('x')</script>Talks</title>"
                                         "<script>alert(1)</script>").encode(),
        "only_script.html": b"<html><script>" + b"document.write('x');" * 500 + b"</script></html>",
        "feed.jsonl": "\n".join(jsonl_lines).encode() + b"\n\xff\xfe broken bytes\n",
        "good.txt": utf8,
        "copy_of_good.md": utf8,
        "renamed_good.html.txt": utf8,
        "broken.warc": b"WARC/1.0\r\nnot really a warc\r\n",
        "truncated.warc.gz": gzip.compress(_warc_record("http://t.example/", utf8))[:60],
        "bomb.warc.gz": _gzip_bomb_warc(bomb_mb),
        "not_a_feed.rss": b"<rss><channel><item><title>",
    }


def generate(out: Path, huge_mb: int = 50, bomb_mb: int = 1024) -> int:
    """Write the corpus into `out`; returns the number of inputs it holds."""
    out.mkdir(parents=True, exist_ok=True)
    files = _files(huge_mb, bomb_mb)
    for name, data in files.items():
        (out / name).write_bytes(data)
    jsonl_lines = sum(1 for line in files["feed.jsonl"].split(b"\n") if line.strip())
    return len(files) - 1 + jsonl_lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--huge-mb", type=int, default=50)
    parser.add_argument("--bomb-mb", type=int, default=1024)
    args = parser.parse_args()
    n = generate(args.out, args.huge_mb, args.bomb_mb)
    print(f"{n} inputs in {args.out}")


if __name__ == "__main__":
    main()
