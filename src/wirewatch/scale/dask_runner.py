"""`wirewatch ingest --dask [ADDRESS]`: the pipeline as Dask tasks, then one loading step.

Each task reads and processes one partition of inputs and writes Parquet partitions
(documents, mentions, event mentions, rejections). The driver then loads the partitions
in input order through the store's single writer (which skips ids already stored, so the
first copy of a text wins, as in a single-process run) and runs story clustering once.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wirewatch.batch import IngestReport
from wirewatch.ingest.files import expand, read_text
from wirewatch.models import RawDocument, Rejection
from wirewatch.scale.partitions import process_partition, read_partition

PARTITION_SIZE = 200  # documents (or files) per task


@contextmanager
def dask_client(address: str | None, workers: int) -> Iterator:
    """A client on a fresh local cluster ('local' or None) or on a running scheduler."""
    from distributed import Client, LocalCluster

    if address and address != "local":
        with Client(address) as client:
            yield client
        return
    with LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        yield client


def _inputs(paths: list[str], stdin_text: str | None) -> list:
    """Files and URLs as strings (each task reads its own); stdin is read here."""
    out: list = []
    for item in expand(paths):
        if item == "-":
            out.extend(read_text(stdin_text, "<stdin>", ".txt") if (stdin_text or "").strip()
                       else [Rejection("<stdin>", "empty")])
        else:
            out.append(str(item))
    return out


def ingest_with_dask(paths: list[str], store, address: str | None = "local", workers: int = 2,
                     items: list[RawDocument] | None = None, stdin_text: str | None = None,
                     parquet_dir: str | None = None) -> IngestReport:
    """Same outcome as batch.ingest on the same inputs; Parquet kept in parquet_dir if given."""
    from wirewatch.stories.update import update_stories

    started = time.perf_counter()
    inputs = list(items) if items is not None else _inputs(paths, stdin_text)
    parts = [inputs[i:i + PARTITION_SIZE] for i in range(0, len(inputs), PARTITION_SIZE)]
    with tempfile.TemporaryDirectory(prefix="wirewatch-dask-") as tmp:
        out_dir = parquet_dir or tmp
        with dask_client(address, workers) as client:
            shipped = client.scatter(parts)  # data to the workers once, not inside the graph
            futures = client.map(process_partition, range(len(parts)), shipped,
                                 [out_dir] * len(parts), pure=False)
            results = client.gather(futures)
        report = load_partitions([Path(r.folder) for r in sorted(results, key=lambda r: r.index)],
                                 store)
    update_stories(store)
    report.seconds = time.perf_counter() - started
    return report


def load_partitions(folders: list[Path], store) -> IngestReport:
    """The single writing step: partitions in order, one transaction each."""
    report = IngestReport()
    for folder in folders:
        rows, rejections = read_partition(folder)
        fresh = store.write_rows(rows, rejections)
        report.stored += len(fresh)
        report.duplicates += len(rows.documents) - len(fresh)
        report.rejected += rejections
        report.events += len({e["id"] for e in rows.event_mentions if e["doc_id"] in fresh})
        report.languages.update(d["lang"] or "?" for d in rows.documents if d["id"] in fresh)
    return report
