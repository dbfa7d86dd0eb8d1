"""One partition of inputs -> Parquet files of documents, mentions, event mentions and
rejections. Runs inside a Dask worker: reads its own inputs, never opens the store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from wirewatch.models import Document, RawDocument, Rejection
from wirewatch.store.db import StoreRows, rows_of

TABLES = ("documents", "mentions", "event_mentions", "rejections")


@dataclass(frozen=True)
class PartitionResult:
    index: int
    folder: str
    inputs: int


def _items(inputs: Iterable[RawDocument | str]) -> Iterator[RawDocument | Rejection]:
    from wirewatch.ingest.files import read_sources

    for item in inputs:
        if isinstance(item, RawDocument | Rejection):
            yield item
        else:
            yield from read_sources([item])


def process_partition(index: int, inputs: list, out_dir: str) -> PartitionResult:
    """The pipeline over one partition; the documents go out as Parquet row groups."""
    from wirewatch.batch import safe_process
    from wirewatch.pipeline import normalise_text

    docs: list[Document] = []
    rejections: list[Rejection] = []
    n = 0
    for item in _items(inputs):
        n += 1
        if isinstance(item, Rejection):
            rejections.append(item)
        elif not normalise_text(item.text):
            rejections.append(Rejection(item.source, "empty"))
        else:
            result = safe_process(item)
            (docs if isinstance(result, Document) else rejections).append(result)
    folder = Path(out_dir) / f"part-{index:06d}"
    write_partition(folder, rows_of(docs), rejections)
    return PartitionResult(index, str(folder), n)


def write_partition(folder: Path, rows: StoreRows, rejections: list[Rejection]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    tables = {"documents": rows.documents, "mentions": rows.mentions,
              "event_mentions": rows.event_mentions,
              "rejections": [{"source": r.source, "reason": r.reason} for r in rejections]}
    for name, records in tables.items():
        if records:
            pq.write_table(pa.Table.from_pylist(records), folder / f"{name}.parquet")


def read_partition(folder: Path) -> tuple[StoreRows, list[Rejection]]:
    import pyarrow.parquet as pq

    def records(name: str) -> list[dict]:
        path = folder / f"{name}.parquet"
        return pq.read_table(path).to_pylist() if path.exists() else []

    rows = StoreRows(records("documents"), records("mentions"), records("event_mentions"))
    return rows, [Rejection(r["source"], r["reason"]) for r in records("rejections")]
