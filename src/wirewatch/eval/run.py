"""`wirewatch eval`: ingest a gold set's files into a temporary store and score them."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from wirewatch.actors.kb import load_kb
from wirewatch.analysis.queries import documents_gold_shape
from wirewatch.batch import ingest
from wirewatch.eval.score import Report, score_document, summary
from wirewatch.store import Store


def load_gold(path: Path) -> list[dict]:
    """The gold documents, their organisations under the KB's ids (a gold set may write the
    Arab League "IGO:LAS" where wirewatch writes "IGO:AL")."""
    codes = load_kb().codes
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(_with_kb_codes(json.loads(line), codes))
    return out


def _with_kb_codes(doc: dict, codes: dict[str, str]) -> dict:
    for event in doc.get("events", []):
        for key in ("source", "target"):
            side = event.get(key)
            if side and side.get("country") in codes:
                event[key] = {**side, "country": codes[side["country"]]}
    return doc


def evaluate(gold_path: Path, root: Path | None = None) -> dict:
    gold = load_gold(gold_path)
    coded = coded_documents(gold, root or gold_path.resolve().parent.parent)
    report = Report()
    for g, doc in zip(gold, coded, strict=True):
        score_document(report, g, doc)
    result = summary(report)
    result["documents"] = len(gold)
    result["found_documents"] = sum(1 for doc in coded if doc is not None)
    return result


def coded_documents(gold: list[dict], root: Path) -> list[dict | None]:
    """What the pipeline stored for each gold document (None when it stored nothing), in
    the gold's order: its files are ingested into a temporary store."""
    files = [str((root / g["file"]).resolve()) for g in gold]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "eval.db"))
        ingest(list(dict.fromkeys(files)), store)
        by_source = {d["source"]: d for d in documents_gold_shape(store)}
        store.close()
    return [by_source.get(_stored_source(g, f)) for g, f in zip(gold, files, strict=True)]


def _stored_source(gold_doc: dict, path: str) -> str:
    """A file's document is stored under its path; a JSONL line's under its URL, or else
    under the path and line number (ingest/files.py)."""
    if gold_doc.get("url"):
        return gold_doc["url"]
    return f"{path}#L{gold_doc['line']}" if gold_doc.get("line") else path
