"""Stories and canonical events through the real pipeline and a real SQLite store."""

from datetime import date

import pytest
from sqlalchemy import select

from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.store import schema
from wirewatch.store.db import Store
from wirewatch.stories.update import update_stories

TEXTS = [
    ("2024-06-10", "Russia and Iran held talks on trade today."),
    ("2024-06-10", "Rusia dan Iran membahas perdagangan hari ini."),
    ("2024-06-11", "Russia and Iran held joint naval exercises today."),
    ("2024-06-11", "Η Ρωσία και το Ιράν είχαν χθες συνομιλίες για το εμπόριο."),
]
LANGS = {"Rusia": "id", "Η Ρωσ": "el"}


def docs(texts):
    return [process(RawDocument(f"t{i}", text, published=date.fromisoformat(day),
                                lang=LANGS.get(text[:5], "en")))
            for i, (day, text) in enumerate(texts)]


def ingest(store, texts):
    store.write_batch(docs(texts), [])
    update_stories(store)


def stories_of(store):
    d = schema.documents
    return {r["id"]: r["story_id"] for r in store.rows(select(d.c.id, d.c.story_id))}


def events_of(store):
    e = schema.events
    return sorted((r["id"], r["type"], r["date"], r["status"], r["n_mentions"],
                   r["linked_planned_id"]) for r in store.rows(select(e)))


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "t.db"))
    yield s
    s.close()


def test_reports_in_two_languages_join_and_the_drill_starts_its_own_story(store):
    ingest(store, TEXTS)
    by_text = dict(zip((t for _, t in TEXTS), (d.id for d in docs(TEXTS))))
    stories = stories_of(store)
    talks = {stories[by_text[t]] for _, t in TEXTS if "exercises" not in t}
    assert talks == {by_text[TEXTS[0][1]]} or talks == {by_text[TEXTS[1][1]]}
    assert stories[by_text[TEXTS[2][1]]] == by_text[TEXTS[2][1]]
    talks_event = [e for e in events_of(store) if e[1] == "CONSULT"]
    assert [(e[2], e[4]) for e in talks_event] == [("2024-06-10", 3)]


def test_ids_do_not_depend_on_batches_or_reruns(store, tmp_path):
    ingest(store, TEXTS[:2])
    ingest(store, TEXTS[2:])
    update_stories(store)
    other = Store(str(tmp_path / "other.db"))
    ingest(other, TEXTS)
    assert stories_of(store) == stories_of(other)
    assert events_of(store) == events_of(other)
    other.close()


def test_a_later_bridging_report_merges_stories_and_leaves_an_alias(store):
    ingest(store, [("2024-06-01", "Russia and Iran held talks on trade on 1 June 2024."),
                   ("2024-06-09", "Russia and Iran held talks on energy on 1 June 2024.")])
    first, second = sorted(set(stories_of(store).values()), key=lambda s: s)
    assert first != second
    ingest(store, [("2024-06-05", "Russia and Iran held talks on oil on 1 June 2024.")])
    kept = set(stories_of(store).values())
    assert len(kept) == 1
    aliases = store.rows(select(schema.story_aliases))
    assert [(a["alias"], a["story_id"]) for a in aliases] == [((kept ^ {first, second}).pop(),
                                                                kept.pop())]
    assert len(store.rows(select(schema.stories))) == 1


def test_a_plan_links_to_the_later_event_without_merging(store):
    ingest(store, [("2024-06-01", "Russia and Iran will hold talks on trade next week.")])
    ingest(store, [("2024-06-08", "Russia and Iran held talks on trade today.")])
    events = {e[3]: e for e in events_of(store)}
    assert set(events) == {"planned", "asserted"}
    assert events["asserted"][5] == events["planned"][0]
