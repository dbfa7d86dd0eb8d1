"""The dyad timeline aggregated in SQL gives what counting every event in Python gives, and
the database answers it from indexes, not by scanning the events table."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from sqlalchemy import select

from wirewatch.analysis.dyad import EVIDENCE_PER_PERIOD, dyad_timeline, period_of
from wirewatch.analysis.queries import dyad_filter
from wirewatch.store import schema


def _is(row: dict, side: str, actor: str) -> bool:
    return actor in (row[f"{side}_id"], row[f"{side}_country"])


def _naive(store, a: str, b: str, by: str, directed: bool) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in store.rows(select(schema.events)):
        forward = _is(r, "source", a) and _is(r, "target", b)
        back = _is(r, "source", b) and _is(r, "target", a)
        if forward or (back and not directed):
            out[period_of(r["date"] or r["first_seen"], by) or "undated"].append(r)
    return out


@pytest.mark.parametrize("a,b,by,directed", [
    ("RUS", "UKR", "month", False), ("UKR", "RUS", "week", True),
    ("PER:vladimir-putin", "TUR", "month", False), ("RUS", "TUR", "week", False)])
def test_counts_and_evidence_match_a_count_of_every_event(store, a, b, by, directed):
    expected = _naive(store, a, b, by, directed)
    assert expected, f"the sample corpus should have {a}-{b} events"
    got = dyad_timeline(store, a, b, by=by, directed=directed)["periods"]
    assert [p["period"] for p in got] == sorted(expected)
    for p in got:
        rows = expected[p["period"]]
        assert p["counts"] == dict(Counter(r["type"] for r in rows))
        best = sorted(rows, key=lambda r: (-r["n_mentions"], -r["confidence"],
                                           r["date"] or "", r["id"]))
        assert [ev["event_id"] for ev in p["evidence"]] == [
            r["id"] for r in best[:EVIDENCE_PER_PERIOD]]


@pytest.mark.parametrize("directed", [False, True])
def test_dyad_query_seeks_indexes(store, directed):
    e = schema.events
    sql = select(e.c.type).where(dyad_filter(e, "PER:vladimir-putin", "UKR", directed))
    compiled = sql.compile(store.engine, compile_kwargs={"literal_binds": True})
    with store.engine.connect() as conn:
        plan = [r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
    assert any("MULTI-INDEX OR" in step for step in plan), plan
    assert not any(step.startswith("SCAN") for step in plan), plan


def test_a_store_made_before_an_index_existed_gets_it_on_open(tmp_path):
    import sqlite3

    from wirewatch.store.db import Store

    path = tmp_path / "old.db"
    Store(str(path))
    with sqlite3.connect(path) as con:
        con.execute("DROP INDEX ix_events_dyad_ids")
    Store(str(path))
    with sqlite3.connect(path) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_events_dyad_ids" in names
