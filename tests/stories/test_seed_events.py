"""Canonical events across the seed documents (skipped when ../shared is absent).

The seeds go in with their publication dates as a feed would give them, so that the test
measures grouping, not date inference.
"""

import json
from datetime import date

import pytest
from sqlalchemy import select

from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.store import schema
from wirewatch.store.db import Store
from wirewatch.stories.update import update_stories


@pytest.fixture(scope="module")
def seeded(shared, tmp_path_factory):
    gold = [json.loads(line) for line in (shared / "gold" / "seeds.jsonl").read_text().splitlines()
            if line.strip()]
    store = Store(str(tmp_path_factory.mktemp("seeds") / "seeds.db"))
    docs = {g["id"]: process(RawDocument(g["id"], (shared / g["file"]).read_text(encoding="utf-8"),
                                         lang=g["lang"],
                                         published=date.fromisoformat(g["published"])))
            for g in gold}
    store.write_batch(list(docs.values()), [])
    update_stories(store)
    yield store, {doc.id: seed for seed, doc in docs.items()}
    store.close()


def canonical(store, seed_of, kind, pair):
    """Canonical events of a type family and unordered pair, with the seeds of their mentions."""
    e, ev = schema.event_mentions, schema.events
    seeds: dict[str, set[str]] = {}
    for r in store.rows(select(e.c.event_id, e.c.doc_id).join(ev, ev.c.id == e.c.event_id)
                        .where(kind(ev), ev.c.source_country.in_(pair),
                               ev.c.target_country.in_(pair))):
        seeds.setdefault(r["event_id"], set()).add(seed_of[r["doc_id"]])
    return seeds


def test_the_russia_north_korea_treaty_is_one_event_from_both_greek_reports(seeded):
    store, seed_of = seeded
    treaties = canonical(store, seed_of, lambda ev: ev.c.mode == "treaty", ("RUS", "PRK"))
    assert {"seed-000", "seed-002"} in treaties.values()


def test_the_2022_putin_raisi_call_stays_one_event_in_english_and_indonesian(seeded):
    store, seed_of = seeded
    calls = canonical(store, seed_of, lambda ev: (ev.c.mode == "phone") & (ev.c.date == "2022-11-12"),
                      ("RUS", "IRN"))
    assert list(calls.values()) == [{"seed-001", "seed-004"}]
    (row,) = store.rows(select(schema.events).where(schema.events.c.id.in_(list(calls))))
    assert row["languages"] == "en,id"
