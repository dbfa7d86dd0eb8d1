"""`wirewatch watch`: poll folders, feeds and URLs; ingest what is new or changed.

Each source's state (a file's size and mtime; a URL's ETag, Last-Modified and content hash;
its last error) lives in the store's `sources` table and is saved only after the round's
documents are written: a round cut short is simply redone, and document ids (text hashes)
keep that from storing anything twice.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from wirewatch.batch import IngestReport, ingest
from wirewatch.ingest.fetch import Politeness, Validators, fetch
from wirewatch.ingest.files import expand, read_path
from wirewatch.ingest.urls import read_fetched
from wirewatch.models import RawDocument, Rejection


@dataclass
class WatchRound:
    number: int
    changed: int = 0  # sources read this round
    unchanged: int = 0  # sources skipped: same file, or 304 / same content
    errors: dict[str, str] = field(default_factory=dict)
    report: IngestReport = field(default_factory=IngestReport)


def parse_every(text: str) -> float:
    """'90', '30s', '5m', '1h' -> seconds."""
    units = {"s": 1, "m": 60, "h": 3600}
    text = text.strip().lower()
    scale = units.get(text[-1:], None)
    number = float(text[:-1] if scale else text)
    if number <= 0:
        raise ValueError(f"interval must be positive: {text!r}")
    return number * (scale or 1)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


class _Round:
    """One pass over the sources: yields the items to ingest, collects the new states."""

    def __init__(self, store, client, politeness: Politeness, result: WatchRound):
        self.store, self.client, self.politeness, self.result = store, client, politeness, result
        self.states: list[dict] = []

    def items(self, sources: list[str]) -> Iterator[RawDocument | Rejection]:
        for source in sources:
            if _is_url(source):
                yield from self._url(source)
            else:
                for path in expand([source]):
                    yield from self._file(path)

    def _file(self, path: Path) -> Iterator[RawDocument | Rejection]:
        key = str(path.resolve())
        try:
            st = path.stat()
            fingerprint = f"{st.st_size}:{st.st_mtime_ns}"
        except OSError as exc:
            self._failed(key, f"unreadable: {exc.strerror or exc}")
            return
        old = self.store.source_state(key)
        if old and old["fingerprint"] == fingerprint:
            self.result.unchanged += 1
            return
        self.result.changed += 1
        self.states.append({"source": key, "fingerprint": fingerprint, "checked_at": _now(),
                            "failures": 0, "error": None})
        yield from read_path(path)

    def _url(self, url: str) -> Iterator[RawDocument | Rejection]:
        old = self.store.source_state(url) or {}
        sent = Validators(old.get("etag"), old.get("last_modified"))
        fetched = fetch(url, self.client, self.politeness, sent)
        if fetched.error:
            self._failed(url, fetched.error, old)
            return
        digest = hashlib.sha256(fetched.content).hexdigest()[:16] if not fetched.not_modified \
            else old.get("fingerprint")
        self.states.append({"source": url, "etag": fetched.validators.etag,
                            "last_modified": fetched.validators.last_modified,
                            "fingerprint": digest, "checked_at": _now(), "failures": 0,
                            "error": None})
        if fetched.not_modified or digest == old.get("fingerprint"):
            self.result.unchanged += 1
            return
        self.result.changed += 1
        yield from read_fetched(fetched)

    def _failed(self, source: str, error: str, old: dict | None = None) -> None:
        old = old if old is not None else (self.store.source_state(source) or {})
        self.result.errors[source] = error
        self.states.append({**old, "source": source, "checked_at": _now(), "error": error,
                            "failures": (old.get("failures") or 0) + 1})


def watch_round(sources: list[str], store, number: int = 1, workers: int = 1,
                politeness: Politeness | None = None, client=None) -> WatchRound:
    import httpx

    from wirewatch.stories.update import update_stories

    result = WatchRound(number)
    own_client = client is None
    client = client or httpx.Client()
    try:
        current = _Round(store, client, politeness or Politeness(), result)
        result.report = ingest([], store, workers=workers, items=current.items(sources),
                               stories=False)
    finally:
        if own_client:
            client.close()
    if result.report.stored:
        update_stories(store)
    for state in current.states:
        store.save_source_state(state)
    return result


def watch(sources: list[str], store, every_s: float, rounds: int | None = None,
          workers: int = 1, on_round: Callable[[WatchRound], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> list[WatchRound]:
    """Rounds every `every_s` seconds, forever unless `rounds` is given."""
    politeness = Politeness()
    done: list[WatchRound] = []
    number = 0
    while rounds is None or number < rounds:
        number += 1
        started = time.monotonic()
        result = watch_round(sources, store, number, workers, politeness)
        if on_round:
            on_round(result)
        if rounds is not None:
            done.append(result)
        if rounds is None or number < rounds:
            sleep(max(0.0, every_s - (time.monotonic() - started)))
    return done
