"""Event locations in the exports, over a real SQLite store filled by the real pipeline from
the sample corpus: flat location_* columns in CSV and Parquet, the jsonl contract unchanged."""

from __future__ import annotations

import csv
import json

import pytest

from wirewatch.export.writers import export

FLAT = ["location_place", "location_country", "location_lat", "location_lon",
        "location_geonames_id", "location_confidence"]


def _expected(location: str | None) -> list:
    loc = json.loads(location) if location else {}
    return [loc.get(k.removeprefix("location_")) for k in FLAT]


@pytest.mark.parametrize("table", ["events", "event-mentions"])
def test_csv_has_flat_location_columns(store, tmp_path, table):
    out = tmp_path / f"{table}.csv"
    n = export(store, "csv", out, table)
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n > 0
    header = list(rows[0])
    at = header.index("location")
    assert header[at + 1:at + 1 + len(FLAT)] == FLAT
    located = [r for r in rows if r["location"]]
    assert located and len(located) < len(rows)
    for r in rows:
        as_text = ["" if v is None else str(v) for v in _expected(r["location"])]
        assert [r[k] for k in FLAT] == as_text


@pytest.mark.parametrize("table", ["events", "event-mentions"])
def test_parquet_has_typed_flat_location_columns(store, tmp_path, table):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / f"{table}.parquet"
    n = export(store, "parquet", out, table)
    t = pq.read_table(out)
    assert t.num_rows == n > 0
    types = {name: t.schema.field(name).type for name in FLAT}
    assert types == {"location_place": pa.string(), "location_country": pa.string(),
                     "location_lat": pa.float64(), "location_lon": pa.float64(),
                     "location_geonames_id": pa.int64(), "location_confidence": pa.float64()}
    rows = t.to_pylist()
    assert any(r["location_lat"] is not None for r in rows)
    for r in rows:
        assert [r[k] for k in FLAT] == _expected(r["location"])


def test_tables_without_location_keep_their_columns(store, tmp_path):
    out = tmp_path / "stories.csv"
    export(store, "csv", out, "stories")
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert not [h for h in header if h.startswith("location")]


def test_jsonl_location_keeps_the_interface_keys(store, tmp_path):
    out = tmp_path / "gold.jsonl"
    export(store, "jsonl", out)
    events = [e for line in out.read_text(encoding="utf-8").splitlines()
              for e in json.loads(line)["events"]]
    located = [e["location"] for e in events if e["location"]]
    assert located
    assert all(list(loc) == ["place", "country", "lat", "lon", "geonames_id"]
               for loc in located)
