"""Integer keys inside the store, external ids outside (store/schema.py)."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date

from sqlalchemy import select

from wirewatch.export.writers import export
from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.store import Store, schema

TEXTS = [
    "Russia and Iran held talks on trade on Monday.",
    "Turkey and Egypt signed an agreement on gas exports on Tuesday.",
    "France and Germany held joint naval exercises on Wednesday.",
]
# Index columns that hold content hashes: every index led by one is written at random
# places. Only the lookup of documents by external id may have one; event mentions are
# unique within their document, an index led by its integer key.
HASH_COLUMNS = {("documents", "id"), ("mentions", "doc_id"), ("event_mentions", "id"),
                ("event_mentions", "doc_id"), ("events", "id")}
ALLOWED = {("documents", "id")}


def docs(texts):
    return [process(RawDocument(f"k{i}", t, lang="en", published=date(2024, 6, 10)))
            for i, t in enumerate(texts)]


def test_rows_keep_their_ids_and_point_to_their_document_by_its_integer_key(db_url):
    store = Store(db_url)
    first, second = docs(TEXTS[:2]), docs(TEXTS[2:])
    store.write_batch(first, [])
    store.write_batch(second + first, [])
    d, m, e = schema.documents, schema.mentions, schema.event_mentions
    pk = {r["id"]: r["pk"] for r in store.rows(select(d.c.id, d.c.pk))}
    assert [pk[x.id] for x in first + second] == [1, 2, 3]
    assert {r["id"]: r["doc_id"] for r in store.rows(select(e.c.id, e.c.doc_id))} == \
        {ev.id: x.id for x in first + second for ev in x.events}
    for table in (m, e):
        rows = store.rows(select(table.c.doc_id, table.c.doc_pk))
        assert rows and all(pk[r["doc_id"]] == r["doc_pk"] for r in rows)
    store.close()


def test_only_the_lookups_by_external_id_index_a_hash(tmp_path):
    Store(str(tmp_path / "s.db")).close()
    conn = sqlite3.connect(tmp_path / "s.db")
    hashed = set()
    for table, _ in HASH_COLUMNS:
        for _, name, *_ in conn.execute(f"PRAGMA index_list({table})"):
            lead = conn.execute(f"PRAGMA index_info({name})").fetchone()[2]
            hashed |= {(table, lead)} & HASH_COLUMNS
    without_rowid = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'mentions'").fetchone()
    conn.close()
    assert hashed - {("events", "id")} == ALLOWED
    assert "WITHOUT ROWID" in without_rowid[0]


def test_exports_show_external_ids_only_in_their_order(tmp_path):
    store = Store(str(tmp_path / "s.db"))
    written = docs(TEXTS)
    store.write_batch(written, [])
    out = tmp_path / "documents.csv"
    export(store, "csv", out, "documents")
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == sorted(x.id for x in written)
    assert "pk" not in rows[0]
    export(store, "csv", out, "mentions")
    with out.open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert "doc_id" in header and "doc_pk" not in header
    store.close()
