"""`wirewatch eval`: ingest a gold set's files into a temporary store and score them."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from wirewatch.analysis.queries import documents_gold_shape
from wirewatch.batch import ingest
from wirewatch.eval.score import Report, score_document, summary
from wirewatch.store import Store


def load_gold(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line))
    return out


def evaluate(gold_path: Path, root: Path | None = None) -> dict:
    gold = load_gold(gold_path)
    root = root or gold_path.resolve().parent.parent
    files = [str((root / g["file"]).resolve()) for g in gold]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "eval.db"))
        ingest(files, store)
        by_source = {d["source"]: d for d in documents_gold_shape(store)}
        store.close()
    report = Report()
    for g, f in zip(gold, files, strict=True):
        score_document(report, g, by_source.get(f))
    result = summary(report)
    result["documents"] = len(gold)
    result["found_documents"] = sum(1 for f in files if f in by_source)
    return result
