"""`wirewatch eval`: ingest a gold set's files into a temporary store and score them."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from wirewatch.actors.kb import KnowledgeBase, load_kb
from wirewatch.analysis.queries import documents_gold_shape
from wirewatch.batch import ingest
from wirewatch.eval.match import name_key
from wirewatch.eval.score import Report, score_document, summary
from wirewatch.store import Store


def load_gold(path: Path) -> list[dict]:
    """The gold documents, their organisations under the KB's ids (a gold set may write the
    Arab League "IGO:LAS" where wirewatch writes "IGO:AL") and their actors under the KB's
    spelling of the same full name ("Volodymyr Zelenskyy" is "Volodymyr Zelensky")."""
    kb = load_kb()
    spellings = _full_name_spellings(kb)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(_in_kb_terms(json.loads(line), kb.codes, spellings))
    return out


def _full_name_spellings(kb: KnowledgeBase) -> dict[str, str]:
    """Each full name the KB knows for one actor, to the actor's canonical name: the names it
    lists of two words or more, and its first name before each spelling of its surname
    ("Volodymyr" + "Zelenskyy"). A name two actors share maps to neither: only a spelling
    of one person is the same person."""
    found: dict[str, set[str]] = {}
    for actor in kb.actors.values():
        given = actor.name.split()[0] if len(actor.name.split()) > 1 else None
        for name in {actor.name, *actor.names}:
            full = name if len(name.split()) > 1 else given and f"{given} {name}"
            if full:
                found.setdefault(name_key(full), set()).add(actor.name)
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def _in_kb_terms(doc: dict, codes: dict[str, str], spellings: dict[str, str]) -> dict:
    for event in doc.get("events", []):
        for key in ("source", "target"):
            side = event.get(key)
            if not side:
                continue
            country = codes.get(side.get("country"), side.get("country"))
            actor = side.get("actor")
            if actor:
                actor = spellings.get(name_key(actor), actor)
            event[key] = {**side, "country": country, "actor": actor}
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
