"""A store written by an older schema (1: text keys; 2: mentions unique on id; 3: no date
basis) opens upgraded; a newer one is refused."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    MetaData,
    Table,
    create_engine,
    insert,
    inspect,
    select,
)
from sqlalchemy.exc import IntegrityError

from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.store import Store, schema
from wirewatch.store.db import database_url, rows_of
from wirewatch.store.migrate import StoreVersionError
from wirewatch.stories.update import update_stories

TEXTS = [
    "Russia and Iran held talks on trade on Monday.",
    "Rusia dan Iran membahas perdagangan pada hari Senin.",
    "Turkey and Egypt signed an agreement on gas exports on Tuesday.",
]


def _v1_tables(meta: MetaData) -> list[Table]:
    """Version 1 of the three tables that gained integer keys: the same columns, keyed by
    the text ids, with the same index names as today's tables."""
    def columns(table, key=(), refs=False):
        out = []
        for c in schema.public_columns(table):
            fk = [ForeignKey("documents.id")] if refs and c.name == "doc_id" else []
            out.append(Column(c.name, c.type, *fk, primary_key=c.name in key,
                              nullable=c.nullable or c.name in key,
                              index=bool(c.index) or (refs and c.name == "doc_id" and
                                                      table is schema.event_mentions)))
        return out

    e = schema.event_mentions
    tables = [Table("documents", meta, *columns(schema.documents, ("id",))),
              Table("mentions", meta, *columns(schema.mentions, ("doc_id", "start", "end"), True)),
              Table("event_mentions", meta, *columns(e, ("id",), True))]
    Index("ix_event_mentions_dyad", tables[2].c.source_country, tables[2].c.target_country)
    return tables


def _v1_store(url: str, docs) -> None:
    engine = create_engine(database_url(url))
    meta = MetaData()
    documents, mentions, event_mentions = _v1_tables(meta)
    meta.create_all(engine)
    rows = rows_of(docs)
    with engine.begin() as conn:
        conn.execute(documents.insert(), rows.documents)
        conn.execute(mentions.insert(), rows.mentions)
        conn.execute(event_mentions.insert(), rows.event_mentions)
    engine.dispose()


def _event_mentions_as_of(meta: MetaData, version: int) -> Table:
    """event_mentions as version 2 or 3 wrote it: no date_basis; version 2 also unique on id,
    with an index of its own on doc_pk."""
    e = schema.event_mentions
    special = {"pk": Column("pk", e.c.pk.type, primary_key=True, autoincrement=True),
               "doc_pk": Column("doc_pk", e.c.doc_pk.type, ForeignKey("documents.pk"),
                                nullable=False, index=version == 2)}
    table = Table("event_mentions", meta, *[
        special[c.name] if c.name in special
        else Column(c.name, c.type, nullable=c.nullable, unique=version == 2 and c.name == "id")
        for c in e.columns if c.name != "date_basis"])
    for index in e.indexes:
        if version > 2 or not index.unique:
            Index(index.name, *[table.c[c.name] for c in index.columns], unique=index.unique)
    return table


def _old_store(url: str, docs, version: int) -> None:
    """A store as version 2 or 3 wrote it: today's tables but event_mentions, its version
    recorded."""
    engine = create_engine(database_url(url))
    meta = MetaData()
    for table in schema.metadata.sorted_tables:
        if table is not schema.event_mentions:
            table.to_metadata(meta)
    event_mentions = _event_mentions_as_of(meta, version)
    meta.create_all(engine)
    rows = rows_of(docs)
    pk = {r["id"]: n for n, r in enumerate(rows.documents, 1)}
    with engine.begin() as conn:
        conn.execute(insert(meta.tables["store_meta"]),
                     [{"key": "schema_version", "value": str(version)}])
        conn.execute(insert(meta.tables["documents"]), [{**r, "pk": pk[r["id"]]} for r in rows.documents])
        conn.execute(insert(meta.tables["mentions"]),
                     [{**r, "doc_pk": pk[r["doc_id"]]} for r in rows.mentions])
        conn.execute(insert(event_mentions), [
            {k: v for k, v in r.items() if k != "date_basis"} | {"doc_pk": pk[r["doc_id"]]}
            for r in rows.event_mentions])
    engine.dispose()


def _assert_current_mention_keys(store) -> None:
    """Unique on (doc_pk, id), nothing keyed by the mention id alone, and enforced."""
    with store.engine.connect() as conn:
        inspector = inspect(conn)
        unique = [u["column_names"] for u in inspector.get_unique_constraints("event_mentions")]
        indexes = {i["name"]: (i["column_names"], bool(i["unique"]))
                   for i in inspector.get_indexes("event_mentions")}
    assert ["id"] not in unique and (["id"], True) not in indexes.values()
    assert "ix_event_mentions_doc_pk" not in indexes
    assert indexes["ux_event_mentions_doc_pk_id"] == (["doc_pk", "id"], True)
    e = schema.event_mentions
    row = store.rows(select(e).limit(1))[0]
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(insert(e), [{**row, "pk": None}])


def docs(texts):
    return [process(RawDocument(f"m{i}", t, lang="id" if t.startswith("Rusia") else "en",
                                published=date(2024, 6, 10 + i))) for i, t in enumerate(texts)]


def test_a_version_1_store_is_upgraded_keeping_its_rows_and_ids(db_url):
    old, new = docs(TEXTS[:2]), docs(TEXTS[2:])
    _v1_store(db_url, old)
    store = Store(db_url)
    d, m, e = schema.documents, schema.mentions, schema.event_mentions
    # In order of storing; PostgreSQL keeps none, so by time of ingest (one batch: one
    # time), then id.
    order = [x.id for x in old] if store.is_sqlite else sorted(x.id for x in old)
    assert [r["id"] for r in store.rows(select(d.c.id).order_by(d.c.pk))] == order
    assert {r["id"] for r in store.rows(select(e.c.id))} == {ev.id for x in old for ev in x.events}
    assert len(store.rows(select(m))) == sum(len(x.mentions) for x in old)
    assert store.scalar(select(schema.store_meta.c.value)) == str(schema.SCHEMA_VERSION)
    _assert_current_mention_keys(store)
    assert store.write_batch(old + new, []) == len(new)
    update_stories(store)
    stories = {r["id"]: r["story_id"] for r in store.rows(select(d.c.id, d.c.story_id))}
    assert stories[old[1].id] == old[0].id  # the Indonesian report joins the English story
    store.close()
    again = Store(db_url)
    assert again.scalar(select(d.c.pk).where(d.c.id == new[0].id)) == 3
    again.close()


def test_a_version_2_store_is_upgraded_keeping_its_rows_and_keys(db_url):
    old, new = docs(TEXTS[:2]), docs(TEXTS[2:])
    _old_store(db_url, old, 2)
    before = _v2_rows(db_url)
    store = Store(db_url)
    e = schema.event_mentions
    assert store.scalar(select(schema.store_meta.c.value)) == str(schema.SCHEMA_VERSION)
    assert store.rows(select(e.c.pk, e.c.doc_pk, e.c.id, e.c.evidence).order_by(e.c.pk)) == before
    _assert_current_mention_keys(store)
    assert store.write_batch(old + new, []) == len(new)
    update_stories(store)
    # every mention, old and new, was moved into its canonical event by its integer key
    assert store.rows(select(e.c.id).where(e.c.event_id.is_(None))) == []
    assert {r["id"] for r in store.rows(select(e.c.id))} == \
        {ev.id for x in old + new for ev in x.events}
    store.close()
    again = Store(db_url)
    assert again.scalar(select(schema.store_meta.c.value)) == str(schema.SCHEMA_VERSION)
    again.close()


def test_a_version_3_store_gains_the_date_basis_keeping_its_rows(db_url):
    old, new = docs(TEXTS[:2]), docs(TEXTS[2:])
    _old_store(db_url, old, 3)
    before = _v2_rows(db_url)
    store = Store(db_url)
    e = schema.event_mentions
    assert store.scalar(select(schema.store_meta.c.value)) == str(schema.SCHEMA_VERSION)
    assert store.rows(select(e.c.pk, e.c.doc_pk, e.c.id, e.c.evidence).order_by(e.c.pk)) == before
    assert {r["date_basis"] for r in store.rows(select(e.c.date_basis))} == {None}
    assert store.write_batch(old + new, []) == len(new)
    update_stories(store)
    assert store.rows(select(e.c.id).where(e.c.event_id.is_(None))) == []
    assert {r["date_basis"] for r in store.rows(select(e.c.date_basis))} >= {"text"}
    store.close()


def _v2_rows(url: str) -> list[dict]:
    engine = create_engine(database_url(url))
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT pk, doc_pk, id, evidence FROM event_mentions ORDER BY pk").all()
    engine.dispose()
    assert rows
    return [dict(zip(("pk", "doc_pk", "id", "evidence"), r, strict=True)) for r in rows]


def test_a_store_of_a_newer_schema_is_refused_with_what_to_do(tmp_path):
    path = str(tmp_path / "s.db")
    store = Store(path)
    with store.engine.begin() as conn:
        conn.execute(schema.store_meta.update().values(value="99"))
    store.close()
    with pytest.raises(StoreVersionError, match="upgrade wirewatch"):
        Store(path)
