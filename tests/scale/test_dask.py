"""`ingest --dask`: the stages as Dask tasks, Parquet partitions, one loading step; the
store ends up as after a single-process run on the same inputs.

The cluster here runs its workers as threads of the test process, so they reuse the
knowledge base it has loaded; `ingest --dask` alone starts worker processes.
"""

from __future__ import annotations

import logging

import pytest
from store_snapshot import snapshot

from wirewatch.batch import ingest
from wirewatch.sample import corpus_path
from wirewatch.scale import dask_runner
from wirewatch.store import Store

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


def test_dask_run_equals_single_process_run(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_runner, "PARTITION_SIZE", 6)  # several partitions, one JSONL
    inputs = [str(corpus_path()), str(corpus_path() / "01_en_putin_erdogan_call.txt")]
    single = ingest(inputs, Store(str(tmp_path / "single.db")))
    parquet = tmp_path / "parts"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        on_dask = dask_runner.ingest_with_dask(inputs, Store(str(tmp_path / "d.db")),
                                               cluster.scheduler_address,
                                               parquet_dir=str(parquet))

    assert (on_dask.stored, on_dask.duplicates, on_dask.events) == \
        (single.stored, single.duplicates, single.events)
    assert sorted((r.source, r.reason) for r in on_dask.rejected) == \
        sorted((r.source, r.reason) for r in single.rejected)
    assert len(list(parquet.glob("part-*/event_mentions.parquet"))) >= 3
    mine, theirs = snapshot(tmp_path / "d.db"), snapshot(tmp_path / "single.db")
    for table in theirs:
        assert mine[table] == theirs[table], table


def test_dask_option_alone_means_a_local_cluster():
    from wirewatch.cli import _dask_default

    assert _dask_default(["ingest", "news/", "--dask"]) == ["ingest", "news/", "--dask=local"]
    assert _dask_default(["ingest", "--dask", "news/"]) == ["ingest", "--dask=local", "news/"]
    assert _dask_default(["ingest", "--dask", "tcp://10.0.0.1:8786", "news/"])[2] == \
        "tcp://10.0.0.1:8786"
