"""A SQLite store or a real PostgreSQL one (the throwaway cluster of tests/scale/pg_server.py;
PostgreSQL tests skip with the reason when no server can be started)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

PG_SERVER = Path(__file__).resolve().parents[1] / "scale" / "pg_server.py"


def _pg_module():
    spec = importlib.util.spec_from_file_location("store_pg_server", PG_SERVER)
    module = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
    if spec.name not in sys.modules:
        sys.modules[spec.name] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def store_pg_server():
    if os.environ.get("WIREWATCH_TEST_POSTGRES"):
        yield os.environ["WIREWATCH_TEST_POSTGRES"]
        return
    pg = _pg_module()
    try:
        cluster = pg.start()
    except (pg.Unavailable, OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")
    yield cluster.url
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """Where a test's store lives: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "s.db")
    server = request.getfixturevalue("store_pg_server")
    name = "st_" + request.node.name.lower()[:40].replace("[", "_").replace("]", "").replace("-", "_")
    return _pg_module().fresh_database(server, name)
