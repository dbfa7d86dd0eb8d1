"""The CLI as outside scripts call it: a subprocess on a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = {
    "en_call.txt": "Putin and Pezeshkian talk\n\n14 Nov 2024 09:10\n"
                   "Russian President Vladimir Putin spoke by phone with his Iranian counterpart "
                   "Masoud Pezeshkian on Wednesday, the Kremlin said.\n",
    "el_call.txt": "Πούτιν και Πεζεσκιάν\n\n14 Νοεμβρίου 2024\n"
                   "Ο Ρώσος πρόεδρος Βλαντίμιρ Πούτιν μίλησε την Τετάρτη τηλεφωνικά με τον Ιρανό "
                   "ομόλογό του Μασούντ Πεζεσκιάν, ανακοίνωσε το Κρεμλίνο.\n",
    "empty.txt": "",
    "bad.jsonl": '{"text": "Moscow and Beijing signed an agreement.", "lang": "en"}\nnot json\n',
}


def wirewatch(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wirewatch.cli", *args], check=False, cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in CORPUS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    result = wirewatch("ingest", str(corpus), "--db", str(root / "w.db"), "--quiet", cwd=root)
    assert result.returncode == 0, result.stderr
    return root, corpus, result


def test_ingest_reports_stored_and_rejected_inputs(store):
    _, _, result = store
    assert "stored" in result.stderr and "rejected" in result.stderr
    assert "empty" in result.stderr and "invalid JSON line" in result.stderr


def test_reingest_stores_nothing_new(store):
    root, corpus, _ = store
    again = wirewatch("ingest", str(corpus), "--db", str(root / "w.db"), "--quiet", cwd=root)
    assert again.returncode == 0
    assert "│ stored         │     0 │" in again.stderr
    events = json.loads(wirewatch("events", "--db", str(root / "w.db"), "--json", cwd=root).stdout)
    assert events and len({e["id"] for e in events}) == len(events)


def test_events_json_has_the_interface_shape(store):
    root, _, _ = store
    events = json.loads(wirewatch("events", "--db", str(root / "w.db"), "--json", cwd=root).stdout)
    call = next(e for e in events if e["type"] == "CONSULT")
    assert {"id", "type", "mode", "source", "target", "date", "date_precision", "status",
            "confidence", "location", "n_mentions", "n_documents", "languages", "mentions"} <= set(call)
    assert {call["source"]["country"], call["target"]["country"]} == {"RUS", "IRN"}
    assert call["n_documents"] == 2 and set(call["languages"]) == {"en", "el"}


def test_export_jsonl_is_gold_shaped(store):
    root, _, _ = store
    out = root / "out.jsonl"
    assert wirewatch("export", "--db", str(root / "w.db"), "--format", "jsonl", "-o", str(out),
                     cwd=root).returncode == 0
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert all({"id", "source", "lang", "published", "published_basis", "story", "events"} <= set(d)
               for d in docs)
    assert len({d["story"] for d in docs if d["source"].endswith("_call.txt")}) == 1


def test_dyad_json(store):
    root, _, _ = store
    data = json.loads(wirewatch("dyad", "RUS", "IRN", "--db", str(root / "w.db"), "--json",
                                cwd=root).stdout)
    assert data["a"] == "RUS" and data["periods"]
    period = data["periods"][0]
    assert -1 <= period["net_cooperation"] <= 1 and "verbal_cooperation" in period["quad"]


def test_missing_store_is_a_clear_error(tmp_path):
    result = wirewatch("events", "--db", str(tmp_path / "none.db"), cwd=tmp_path)
    assert result.returncode == 1 and "no store" in result.stderr and "Traceback" not in result.stderr


def test_wrong_usage_exits_2(tmp_path):
    assert wirewatch("export", "--format", "xml", cwd=tmp_path).returncode == 2
