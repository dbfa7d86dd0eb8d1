"""Readers while ingesting (WAL): a separate process querying the store during a real
ingest never blocks, never errs, and only ever sees whole committed batches."""

from __future__ import annotations

from conftest import N_DOCS

from wirewatch.batch import BATCH_SIZE


def test_reader_process_sees_consistent_states_while_ingest_writes(clean_run):
    seen, errors = clean_run.reader["observations"], clean_run.reader["errors"]
    assert errors == []
    assert len(seen) > 10
    counts = [s["documents"] for s in seen]
    assert counts == sorted(counts), "a reader went back in time"
    assert len(set(counts)) >= 2, "the reader never saw the store change"
    for s in seen:
        assert s["search"] == s["documents"]
        assert s["orphan_events"] == s["orphan_mentions"] == 0
        assert s["documents"] % BATCH_SIZE == 0 or s["documents"] == N_DOCS
