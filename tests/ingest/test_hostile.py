"""The hostile corpus (benchmarks/hostile_corpus.py): every input is stored, found to be
a duplicate, or rejected with a reason; the counts reconcile exactly; nothing crashes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import func, select

from wirewatch.batch import ingest
from wirewatch.store import Store, schema

GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "hostile_corpus.py"


def load_generator():
    spec = importlib.util.spec_from_file_location("hostile_corpus", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_hostile_input_is_stored_or_rejected_with_a_reason(tmp_path):
    corpus = tmp_path / "hostile"
    n_inputs = load_generator().generate(corpus, huge_mb=21, bomb_mb=64)
    store = Store(str(tmp_path / "h.db"))
    report = ingest([str(corpus)], store)

    assert report.seen == n_inputs
    assert all(r.reason.strip() for r in report.rejected)
    stored = store.scalar(select(func.count()).select_from(schema.documents))
    rejected_rows = store.scalar(select(func.count()).select_from(schema.rejections))
    assert (stored, rejected_rows) == (report.stored, len(report.rejected))
    reasons = {Path(r.source).name: r.reason
               for r in report.rejected}
    assert reasons["huge.txt"].startswith("too large")
    assert reasons["empty.txt"] == reasons["whitespace.txt"] == "empty"
    assert reasons["feed.jsonl#L6"] == "invalid JSON line: nested too deeply"
    assert any(r.source == "http://bomb.example/" and r.reason.startswith("too large")
               for r in report.rejected)
    assert report.stored >= 3 and report.duplicates >= 3  # same text under other names


def test_hostile_corpus_twice_stores_nothing_new(tmp_path):
    corpus = tmp_path / "hostile"
    load_generator().generate(corpus, huge_mb=21, bomb_mb=1)
    store = Store(str(tmp_path / "h.db"))
    first = ingest([str(corpus)], store)
    again = ingest([str(corpus)], store)
    assert again.stored == 0 and again.duplicates == first.stored + first.duplicates
    assert store.scalar(select(func.count()).select_from(schema.rejections)) == \
        len(first.rejected)
