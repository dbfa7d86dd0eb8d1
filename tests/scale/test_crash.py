"""kill -9 in the middle of an ingest, then the same command: the store ends up exactly as
after one clean run: nothing lost, nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import time

from conftest import N_DOCS, ingest_command
from store_snapshot import count, snapshot


def test_sigkill_mid_ingest_then_rerun_equals_a_clean_run(corpus_dir, clean_run, tmp_path):
    db = tmp_path / "killed.db"
    victim = subprocess.Popen(ingest_command(corpus_dir, db), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while count(db) == 0 and time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.05)
    assert victim.poll() is None, "ingest finished before it could be killed"
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    partial = count(db)
    assert 0 < partial < N_DOCS

    rerun = subprocess.run(ingest_command(corpus_dir, db), capture_output=True, text=True, check=False,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    killed, clean = snapshot(db), snapshot(clean_run.db)
    assert len(clean["documents"]) == N_DOCS and clean["event_mentions"]
    for table in clean:
        assert killed[table] == clean[table], table
