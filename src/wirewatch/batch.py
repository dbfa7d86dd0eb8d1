"""The ingest loop shared by the CLI, the watcher, the API and the benchmarks.

Sources are read lazily, documents already stored are skipped before any work (their id is
the hash of their text), the rest run through the pipeline (in a process pool when asked)
and are written a batch per transaction. With a pool, the next batches are processed while
the previous one is written, so the cores never wait for the store. An interrupted run
loses at most the batches in flight, and running the same command again stores only what
is missing.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice

from wirewatch.ingest.files import read_sources
from wirewatch.models import Document, RawDocument, Rejection
from wirewatch.pipeline import document_id, normalise_text, process
from wirewatch.store.db import StoreRows, rows_of

BATCH_SIZE = 100
IN_FLIGHT = 2  # batches handed to the pool ahead of the one being written


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


@dataclass
class _Plan:
    """One batch after the duplicate check: what to process, what is already rejected."""

    size: int
    todo: list[RawDocument]
    todo_ids: list[str]
    rejections: list[Rejection]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


@dataclass
class Processed:
    """A document as the rows the store writes: what a worker hands back to the writer,
    smaller to pickle than the Document and with the row building done off the writer."""

    rows: StoreRows
    lang: str | None
    events: int


def safe_process(raw: RawDocument) -> Document | Rejection:
    try:
        return process(raw)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return Rejection(raw.source, f"processing failed: {type(exc).__name__}: {exc}")


def process_to_rows(raw: RawDocument) -> Processed | Rejection:
    result = safe_process(raw)
    if isinstance(result, Rejection):
        return result
    return Processed(rows_of([result]), result.lang, len(result.events))


@contextmanager
def _runner(workers: int) -> Iterator[Callable[[list[RawDocument]], Iterable]]:
    """A function that starts processing a batch and returns its results to iterate."""
    if workers <= 1:
        yield lambda todo: map(process_to_rows, todo)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        warmed = False

        def run(todo: list[RawDocument]) -> Iterable:
            nonlocal warmed
            if not warmed and todo:
                # Workers fork at the first submit: one document processed here first loads
                # the knowledge base and models once, shared by the workers, not once each.
                safe_process(todo[0])
                warmed = True
            return pool.map(process_to_rows, todo,
                            chunksize=max(1, len(todo) // (4 * workers)))

        yield run


def ingest(paths: list[str], store, workers: int = 1, stdin_text: str | None = None,
           on_item: Callable[[int], None] | None = None, items=None,
           stories: bool = True) -> IngestReport:
    from wirewatch.stories.update import update_stories

    report = IngestReport()
    started = time.perf_counter()
    source_items = items if items is not None else read_sources(paths, stdin_text)
    in_flight: set[str] = set()
    pending: deque = deque()
    with _runner(workers) as run:
        for chunk in _chunks(source_items, BATCH_SIZE):
            plan = _plan(chunk, store, in_flight, report)
            pending.append((plan, run(plan.todo)))
            if len(pending) > (IN_FLIGHT if workers > 1 else 0):
                _write(*pending.popleft(), store, in_flight, report, on_item)
        while pending:
            _write(*pending.popleft(), store, in_flight, report, on_item)
    if stories:
        update_stories(store)
    report.seconds = time.perf_counter() - started
    return report


def _plan(chunk: list, store, in_flight: set[str], report: IngestReport) -> _Plan:
    rejections = [x for x in chunk if isinstance(x, Rejection)]
    raws = [x for x in chunk if isinstance(x, RawDocument)]
    ids = [document_id(r.text) for r in raws]
    seen = store.existing_ids(set(ids)) | in_flight
    todo, todo_ids = [], []
    for raw, doc_id in zip(raws, ids, strict=True):
        if not normalise_text(raw.text):
            rejections.append(Rejection(raw.source, "empty"))
        elif doc_id in seen:
            report.duplicates += 1
        else:
            seen.add(doc_id)
            in_flight.add(doc_id)
            todo.append(raw)
            todo_ids.append(doc_id)
    return _Plan(len(chunk), todo, todo_ids, rejections)


def _write(plan: _Plan, results: Iterable, store, in_flight: set[str], report: IngestReport,
           on_item: Callable[[int], None] | None) -> None:
    results = list(results)
    done = [r for r in results if isinstance(r, Processed)]
    rejections = plan.rejections + [r for r in results if isinstance(r, Rejection)]
    rows = StoreRows([d for p in done for d in p.rows.documents],
                     [m for p in done for m in p.rows.mentions],
                     [e for p in done for e in p.rows.event_mentions])
    fresh = store.write_rows(rows, rejections)
    in_flight.difference_update(plan.todo_ids)
    stored = [p for p in done if p.rows.documents[0]["id"] in fresh]
    report.stored += len(fresh)
    report.rejected += rejections
    report.events += sum(p.events for p in stored)
    report.languages.update(p.lang or "?" for p in stored)
    if on_item:
        on_item(plan.size)
