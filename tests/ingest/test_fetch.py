"""Conditional GET against a real HTTP server on 127.0.0.1: validators stored per source,
304 answers skip all work, errors are recorded and retried, never fatal."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from wirewatch.ingest.fetch import Politeness, Validators, fetch
from wirewatch.ingest.watch import watch_round
from wirewatch.store import Store

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title>
{items}
</channel></rss>"""
ITEM = """<item><title>{title}</title><link>http://example.org/{n}</link>
<pubDate>Sat, 12 Nov 2022 10:00:00 GMT</pubDate>
<description>{title}. Russian President Vladimir Putin spoke by phone with Turkish President
Recep Tayyip Erdogan on Saturday about grain exports, the Kremlin said.</description></item>"""


class Site:
    """A feed whose version changes on demand, and a page that always fails."""

    def __init__(self):
        self.version = 1
        self.log: list[tuple[str, str, int]] = []  # path, If-None-Match, status

    def feed(self) -> bytes:
        items = "\n".join(ITEM.format(title=f"Story {n}", n=n) for n in range(1, self.version + 1))
        return FEED.format(items=items).encode()


@pytest.fixture
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            etag = f'"v{state.version}"'
            sent = self.headers.get("If-None-Match")
            if self.path == "/broken":
                status, body, headers = 503, b"down", {}
            elif sent == etag:
                status, body, headers = 304, b"", {"ETag": etag}
            else:
                status, body = 200, state.feed()
                headers = {"ETag": etag, "Content-Type": "application/rss+xml",
                           "Last-Modified": "Sat, 12 Nov 2022 10:00:00 GMT"}
            state.log.append((self.path, sent, status))
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


def quick() -> Politeness:
    return Politeness(delay_s=0, backoff_s=0.01, retries=2, timeout_s=5)


def test_fetch_sends_validators_and_reads_304(site):
    with httpx.Client() as client:
        first = fetch(site.base + "/feed", client, quick())
        again = fetch(site.base + "/feed", client, quick(), first.validators)
    assert first.status == 200 and first.validators == Validators(
        '"v1"', "Sat, 12 Nov 2022 10:00:00 GMT")
    assert again.not_modified and again.content == b""
    assert site.log[-1] == ("/feed", '"v1"', 304)


def test_failures_are_retried_with_backoff_then_reported(site):
    pauses = []
    polite = Politeness(delay_s=0, backoff_s=0.5, retries=2, sleep=pauses.append)
    with httpx.Client() as client:
        got = fetch(site.base + "/broken", client, polite)
    assert got.status == 0 and "HTTP 503" in got.error
    assert [p for p in pauses if p >= 0.5] == [0.5, 1.0]
    assert [s for p, _, s in site.log if p == "/broken"] == [503, 503, 503]


def test_watch_rounds_store_validators_per_source_and_skip_unchanged_feeds(site, tmp_path):
    store = Store(str(tmp_path / "w.db"))
    feed, broken = site.base + "/feed", site.base + "/broken"
    first = watch_round([feed, broken], store, politeness=quick())
    assert first.report.stored == 1 and first.errors.keys() == {broken}
    assert store.source_state(feed)["etag"] == '"v1"'
    assert store.source_state(broken)["failures"] == 1

    second = watch_round([feed, broken], store, politeness=quick())
    assert (second.unchanged, second.report.seen) == (1, 0)
    assert site.log[-4][1:] == ('"v1"', 304)  # feed asked conditionally, then 3 tries
    assert store.source_state(broken)["failures"] == 2

    site.version = 2
    third = watch_round([feed], store, politeness=quick())
    assert (third.changed, third.report.stored, third.report.duplicates) == (1, 1, 1)
    assert store.source_state(feed)["etag"] == '"v2"'
