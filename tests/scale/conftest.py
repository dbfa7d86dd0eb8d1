"""A synthetic corpus on disk and one clean ingest of it (run as a real subprocess while a
reader process queries the same store), shared by the crash and WAL tests."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from wirewatch.bench import synthetic_corpus

N_DOCS = 160
READER = Path(__file__).with_name("wal_reader.py")


def ingest_command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "wirewatch.cli", "ingest", str(corpus), "--db", str(db), "-q"]


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for n, raw in enumerate(synthetic_corpus(N_DOCS)):
        (folder / f"{n:04d}.txt").write_text(raw.text, encoding="utf-8")
    return folder


@dataclass
class CleanRun:
    db: Path
    reader: dict


@pytest.fixture(scope="session")
def clean_run(corpus_dir, tmp_path_factory) -> CleanRun:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    reader = subprocess.Popen([sys.executable, str(READER), str(db)], stdout=subprocess.PIPE,
                              text=True)
    try:
        done = subprocess.run(ingest_command(corpus_dir, db), capture_output=True, text=True, check=False,
                              timeout=300)
        assert done.returncode == 0, done.stderr
    finally:
        Path(str(db) + ".stop").touch()
        out, _ = reader.communicate(timeout=60)
    return CleanRun(db, json.loads(out))


@pytest.fixture(scope="session")
def pg_server() -> str:
    """URL of a PostgreSQL server: WIREWATCH_TEST_POSTGRES, or a throwaway cluster."""
    import os

    from pg_server import Unavailable, start

    if os.environ.get("WIREWATCH_TEST_POSTGRES"):
        yield os.environ["WIREWATCH_TEST_POSTGRES"]
        return
    try:
        cluster = start()
    except (Unavailable, OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")
    yield cluster.url
    cluster.stop()


@pytest.fixture
def pg_url(pg_server, request) -> str:
    from pg_server import fresh_database

    return fresh_database(pg_server, "t_" + request.node.name.lower()[:40].replace("[", "_")
                          .replace("]", "").replace("-", "_"))
