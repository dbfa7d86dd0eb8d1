"""A treaty signing and later reports that refer back to it without a date, through the
real pipeline and store: one canonical event whatever the order of ingest."""

from datetime import date

import pytest
from sqlalchemy import select

from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.store import schema
from wirewatch.store.db import Store
from wirewatch.stories.update import update_stories

SIGNING = ("2024-06-20", "en",
           "Russia and North Korea signed a mutual defence treaty in Pyongyang on Wednesday.")
# Later visits; the signing is recalled in a late sentence with no date of its own.
GREEK = ("2024-09-13", "el",
         ("Ο επικεφαλής ασφαλείας της Ρωσίας είχε σήμερα συνομιλίες στην Πιονγκγιάνγκ με τον "
         "ηγέτη της Βόρειας Κορέας. Οι συναντήσεις έγιναν σε φιλικό κλίμα, ανέφερε το γραφείο "
         "του. Οι αναλυτές αναμένουν περισσότερες επαφές τους επόμενους μήνες. Η Μόσχα είχε "
         "υπογράψει αμυντική συνθήκη με τη Βόρεια Κορέα κατά την προηγούμενη επίσκεψη."))
FRENCH = ("2024-10-02", "fr",
          ("Le chef de la sécurité russe a eu aujourd'hui des entretiens à Pyongyang avec le "
          "dirigeant nord-coréen. Les réunions se sont déroulées dans une atmosphère amicale, a "
          "indiqué son bureau. Les analystes attendent d'autres contacts dans les prochains "
          "mois. Moscou avait signé un traité de défense avec la Corée du Nord lors d'une "
          "visite précédente."))


def ingest(store, texts):
    store.write_batch([process(RawDocument(f"{lang}-{day}", text, lang=lang,
                                           published=date.fromisoformat(day)))
                       for day, lang, text in texts], [])
    update_stories(store)


def treaty_events(store):
    e = schema.events
    return [(r["id"], r["date"], r["n_documents"], r["languages"])
            for r in store.rows(select(e).where(e.c.mode == "treaty"))]


@pytest.mark.parametrize("batches", [
    [[SIGNING, GREEK, FRENCH]],
    [[SIGNING], [GREEK], [FRENCH]],
    [[FRENCH], [GREEK], [SIGNING]],
])
def test_later_undated_references_join_the_signing_in_any_ingest_order(tmp_path, batches):
    store = Store(str(tmp_path / "t.db"))
    for batch in batches:
        ingest(store, batch)
    stories = {r["story_id"] for r in store.rows(select(schema.documents.c.story_id))}
    (event,) = treaty_events(store)
    store.close()
    assert len(stories) == 3
    assert event[1:] == ("2024-06-19", 3, "el,en,fr")


def test_ids_are_the_same_in_any_ingest_order(tmp_path):
    ids = []
    for n, batches in enumerate(([[SIGNING, GREEK, FRENCH]], [[FRENCH], [SIGNING], [GREEK]])):
        store = Store(str(tmp_path / f"t{n}.db"))
        for batch in batches:
            ingest(store, batch)
        ids.append(sorted(r["id"] for r in store.rows(select(schema.events.c.id))))
        store.close()
    assert ids[0] == ids[1]
