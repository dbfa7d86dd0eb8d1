"""Canonical events and their mentions through the CLI on the demo store (in process, on a
real SQLite file): listing, filters, dyads, top actors and exports with stable ids."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from wirewatch.cli import app


def wirewatch(*args: str):
    return CliRunner().invoke(app, list(args))


def as_json(*args: str):
    result = wirewatch(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    result = wirewatch("demo", "--db", str(root / "demo.db"))
    assert result.exit_code == 0, result.output
    return root, str(root / "demo.db")


def test_events_are_canonical_by_default_and_mentions_point_to_them(demo):
    _, db = demo
    events = as_json("events", "--db", db)
    mentions = as_json("events", "--db", db, "--mentions")
    ids = {e["id"] for e in events}
    assert len(ids) == len(events) and sum(e["n_mentions"] for e in events) == len(mentions)
    assert {m["event_id"] for m in mentions} == ids
    assert all(len(e["mentions"]) == e["n_mentions"] for e in events)


def test_location_filters_canonical_events_and_mentions(demo):
    _, db = demo
    events = as_json("events", "--db", db)
    placed = [e["location"]["country"] for e in events if e["location"] and e["location"]["country"]]
    country = max(set(placed), key=placed.count)
    for flag in ((), ("--mentions",)):
        found = as_json("events", "--db", db, "--location", country.lower(), *flag)
        assert found and all(e["location"]["country"] == country for e in found)
    assert len(as_json("events", "--db", db, "--location", country)) == placed.count(country)
    bad = wirewatch("events", "--db", db, "--location", "Ukraine")
    assert bad.exit_code == 2 and "alpha-3" in bad.stderr


def total(dyad: dict) -> int:
    return sum(sum(p["counts"].values()) for p in dyad["periods"])


def test_dyad_by_week_directed_counts_one_direction(demo):
    _, db = demo
    top = as_json("actors", "top", "--db", db)
    assert top["actors"] and top["actors"][0]["n"] >= top["actors"][-1]["n"]
    a, b = top["pairs"][0]["id"].split(" ↔ ")
    both = as_json("dyad", a, b, "--db", db, "--by", "week")
    there = as_json("dyad", a, b, "--db", db, "--by", "week", "--directed")
    back = as_json("dyad", b, a, "--db", db, "--by", "week", "--directed")
    assert there["directed"] and all("-W" in p["period"] or p["period"] == "undated"
                                     for p in there["periods"])
    assert total(there) + total(back) >= total(both) == top["pairs"][0]["n"]
    assert as_json("dyad", a, b, "--db", db, "--by", "month")["by"] == "month"


def export(root: Path, db: str, fmt: str, table: str) -> Path:
    out = root / f"{table}.{fmt}"
    result = wirewatch("export", "--db", db, "--format", fmt, "--table", table, "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_exports_of_events_and_mentions_share_ids(demo):
    root, db = demo
    ids = {e["id"] for e in as_json("events", "--db", db)}
    lines = export(root, db, "events-jsonl", "events").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["id"] for line in lines} == ids
    documents = export(root, db, "jsonl", "events").read_text(encoding="utf-8").splitlines()
    assert {e["event_id"] for line in documents for e in json.loads(line)["events"]} == ids
    with export(root, db, "csv", "events").open(encoding="utf-8") as fh:
        assert {r["id"] for r in csv.DictReader(fh)} == ids
    with export(root, db, "csv", "event-mentions").open(encoding="utf-8") as fh:
        mention_ids = {r["id"]: r["event_id"] for r in csv.DictReader(fh)}
    assert set(mention_ids.values()) == ids
    assert set(pq.read_table(export(root, db, "parquet", "events")).column("id").to_pylist()) == ids
    table = pq.read_table(export(root, db, "parquet", "event-mentions"))
    assert dict(zip(table.column("id").to_pylist(), table.column("event_id").to_pylist(),
                    strict=True)) == mention_ids


def test_ids_are_stable_when_the_store_is_built_again(demo, tmp_path):
    _, db = demo
    again = tmp_path / "again.db"
    assert wirewatch("demo", "--db", str(again)).exit_code == 0
    first = {e["id"] for e in as_json("events", "--db", db)}
    assert {e["id"] for e in as_json("events", "--db", str(again))} == first
