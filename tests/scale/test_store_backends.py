"""The store on SQLite and on a real PostgreSQL server: same schema, same results.

PostgreSQL tests skip, with the reason, only when no server can be started
(see pg_server.py; `make test` installs PostgreSQL when run as root).
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from wirewatch.analysis.queries import EventFilter, canonical_events
from wirewatch.analysis.search import search
from wirewatch.batch import ingest
from wirewatch.models import Rejection
from wirewatch.sample import corpus_path
from wirewatch.store import Store, schema
from wirewatch.store.db import StoreRows


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    url = str(tmp_path / "s.db") if request.param == "sqlite" else \
        request.getfixturevalue("pg_url")
    s = Store(url)
    yield s
    s.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    s = Store(str(tmp_path_factory.mktemp("ref") / "ref.db"))
    ingest([str(corpus_path())], s)
    return canonical_events(s, EventFilter(), None)


def n(store, table) -> int:
    return store.scalar(select(func.count()).select_from(table))


def test_sample_corpus_gives_the_same_events_and_a_rerun_adds_nothing(store, reference):
    first = ingest([str(corpus_path())], store)
    again = ingest([str(corpus_path())], store)
    assert first.stored > 15 and again.stored == 0
    assert again.duplicates == first.stored + first.duplicates
    assert canonical_events(store, EventFilter(), None) == reference
    assert n(store, schema.event_mentions) == first.events


def test_full_text_search(store):
    ingest([str(corpus_path())], store)
    hits = search(store, "Erdoğan", EventFilter(), 10)
    assert hits and all(h["doc_id"] for h in hits)


def test_one_batch_with_a_text_twice_stores_it_once(store):
    doc = {"id": "d1", "source": "a", "url": None, "outlet": None, "title": "t", "lang": "en",
           "text": "x", "published": None, "published_basis": "unknown",
           "published_earliest": None, "published_latest": None, "ingested_at": "now",
           "story_id": None}
    mention = {"doc_id": "d1", "start": 0, "end": 1, "surface": "x", "actor_id": None,
               "name": None, "kind": "unknown", "country": None, "role": None,
               "confidence": 0.5}
    rows = StoreRows([doc, {**doc, "source": "b"}], [mention, mention], [])
    assert store.write_rows(rows, [Rejection("r", "empty"), Rejection("r", "empty")]) == {"d1"}
    assert store.write_rows(rows, [Rejection("r", "empty")]) == set()
    assert (n(store, schema.documents), n(store, schema.mentions),
            n(store, schema.rejections)) == (1, 1, 1)


def test_source_state_is_inserted_then_updated(store):
    store.save_source_state({"source": "http://x/feed", "etag": '"1"', "failures": 0})
    store.save_source_state({"source": "http://x/feed", "etag": '"2"', "failures": 0})
    state = store.source_state("http://x/feed")
    assert (state["etag"], n(store, schema.sources)) == ('"2"', 1)
    assert store.source_state("http://y/") is None
