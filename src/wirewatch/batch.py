"""The ingest loop shared by the CLI, the API and the benchmarks.

Sources are read lazily, documents already stored are skipped before any work (their id is
the hash of their text), the rest run through the pipeline (in a process pool when asked)
and are written a batch per transaction; an interrupted run loses at most the batch in
flight, and running the same command again stores only what is missing.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from wirewatch.ingest.files import read_sources
from wirewatch.models import Document, RawDocument, Rejection
from wirewatch.pipeline import document_id, normalise_text, process

BATCH_SIZE = 100


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    events: int = 0
    seconds: float = 0.0
    languages: Counter = field(default_factory=Counter)

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + len(self.rejected)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _safe_process(raw: RawDocument) -> Document | Rejection:
    try:
        return process(raw)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return Rejection(raw.source, f"processing failed: {type(exc).__name__}: {exc}")


def ingest(paths: list[str], store, workers: int = 1, stdin_text: str | None = None,
           on_item: Callable[[int], None] | None = None, items=None) -> IngestReport:
    from wirewatch.stories.update import update_stories

    report = IngestReport()
    started = time.perf_counter()
    source_items = items if items is not None else read_sources(paths, stdin_text)
    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
    try:
        for chunk in _chunks(source_items, BATCH_SIZE):
            _ingest_chunk(chunk, store, pool, report)
            if on_item:
                on_item(len(chunk))
    finally:
        if pool:
            pool.shutdown()
    update_stories(store)
    report.seconds = time.perf_counter() - started
    return report


def _ingest_chunk(chunk: list, store, pool, report: IngestReport) -> None:
    rejections = [x for x in chunk if isinstance(x, Rejection)]
    raws = [x for x in chunk if isinstance(x, RawDocument)]
    ids = {id(r): document_id(r.text) for r in raws}
    present = store.existing_ids(set(ids.values()))
    todo, seen = [], set(present)
    for raw in raws:
        if not normalise_text(raw.text):
            rejections.append(Rejection(raw.source, "empty"))
        elif ids[id(raw)] in seen:
            report.duplicates += 1
        else:
            seen.add(ids[id(raw)])
            todo.append(raw)
    results = list(pool.map(_safe_process, todo, chunksize=8)) if pool else \
        [_safe_process(r) for r in todo]
    docs = [r for r in results if isinstance(r, Document)]
    rejections += [r for r in results if isinstance(r, Rejection)]
    report.stored += store.write_batch(docs, rejections)
    report.rejected += rejections
    report.events += sum(len(d.events) for d in docs)
    report.languages.update(d.lang or "?" for d in docs)
