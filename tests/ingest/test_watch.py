"""`wirewatch watch FOLDER`: new and changed files are ingested, unchanged ones are not
even read again, and nothing is stored twice."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import func, select

from wirewatch.ingest.watch import parse_every, watch
from wirewatch.store import Store, schema

TEXTS = {
    "a.txt": "Moscow\n\nRussian President Vladimir Putin spoke by phone with Turkish President "
             "Recep Tayyip Erdogan on Saturday, the Kremlin said.",
    "b.txt": "Ankara\n\nTurkish Foreign Minister Hakan Fidan met his Greek counterpart in "
             "Ankara on Tuesday for talks on migration.",
}


def count(store) -> int:
    return store.scalar(select(func.count()).select_from(schema.documents))


def test_rounds_ingest_new_and_changed_files_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXTS["a.txt"])
    store = Store(str(tmp_path / "w.db"))
    [first] = watch([str(folder)], store, every_s=0, rounds=1)
    assert (first.changed, first.report.stored) == (1, 1)

    (folder / "b.txt").write_text(TEXTS["b.txt"])
    (folder / "a.txt").write_text(TEXTS["a.txt"] + " Both leaders discussed grain exports.")
    (folder / "copy.txt").write_text(TEXTS["b.txt"])
    second, third = watch([str(folder)], store, every_s=0, rounds=2)
    assert (second.changed, second.unchanged) == (3, 0)
    assert (second.report.stored, second.report.duplicates) == (2, 1)
    assert (third.changed, third.unchanged, third.report.seen) == (0, 3, 0)
    assert count(store) == 3  # the first version of a.txt stays: it was published


def test_intervals_parse():
    assert [parse_every(x) for x in ("90", "30s", "5m", "1h")] == [90, 30, 300, 3600]


def test_watch_command_runs_rounds_and_reports(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text)
    db = tmp_path / "cli.db"
    cmd = [sys.executable, "-m", "wirewatch.cli", "watch", str(folder), "--db", str(db),
           "--every", "0.1s", "--rounds", "2"]
    done = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    assert "round 1: 2 stored" in done.stderr and "round 2: 0 stored" in done.stderr
    assert "2 unchanged sources" in done.stderr
