"""A real wirewatch server for the tests: uvicorn on 127.0.0.1 and a free port, over a real
SQLite store filled by the real pipeline from the sample corpus. Built once per test run and
shared by tests/api and tests/browser."""

from __future__ import annotations

import atexit
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass
class LiveServer:
    url: str
    db: Path
    server: object
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path) -> LiveServer:
    import uvicorn

    from wirewatch.api.app import create_app

    port = free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True, name="wirewatch-test-server")
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    return LiveServer(f"http://127.0.0.1:{port}", db, server, thread)


@cache
def sample_server() -> LiveServer:
    """The server over the sample corpus, ingested by the real pipeline (once per run)."""
    from wirewatch.batch import ingest
    from wirewatch.sample import corpus_path
    from wirewatch.store import Store

    folder = Path(tempfile.mkdtemp(prefix="wirewatch-api-"))
    db = folder / "sample.db"
    store = Store(str(db))
    ingest([str(corpus_path())], store)
    store.close()
    live = start_server(db)
    atexit.register(shutil.rmtree, folder, True)
    atexit.register(live.stop)
    return live
