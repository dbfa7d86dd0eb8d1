"""A real SQLite store filled by the real pipeline from the sample corpus, once per run."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def store(tmp_path_factory):
    from wirewatch.batch import ingest
    from wirewatch.sample import corpus_path
    from wirewatch.store import Store

    s = Store(str(tmp_path_factory.mktemp("analysis") / "sample.db"))
    ingest([str(corpus_path())], s)
    yield s
    s.close()
