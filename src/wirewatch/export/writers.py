"""Write the store out in the formats of INTERFACE.md, streaming where the format allows."""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import select

from wirewatch.analysis.queries import canonical_events, document_mentions, documents_gold_shape
from wirewatch.events.quad import QUAD_CLASS, QUADS
from wirewatch.store import schema

TABLES = {
    "documents": schema.documents,
    "mentions": schema.mentions,
    "event-mentions": schema.event_mentions,
    "events": schema.events,
    "stories": schema.stories,
}
FORMATS = ("jsonl", "mentions-jsonl", "events-jsonl", "csv", "parquet", "graphml", "geojson")


def _write_lines(records, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def export(store, fmt: str, out: Path, table: str = "events") -> int:
    if fmt == "jsonl":
        return _write_lines(documents_gold_shape(store), out)
    if fmt == "mentions-jsonl":
        return _write_lines(document_mentions(store), out)
    if fmt == "events-jsonl":
        return _write_lines(canonical_events(store), out)
    if fmt == "csv":
        return _csv(store, TABLES[table], out)
    if fmt == "parquet":
        return _parquet(store, TABLES[table], out)
    if fmt == "graphml":
        return _graphml(store, out)
    if fmt == "geojson":
        return _geojson(store, out)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


LOCATION_FIELDS = (("place", "string"), ("country", "string"), ("lat", "float"),
                   ("lon", "float"), ("geonames_id", "int"), ("confidence", "float"))


def _columns(table) -> list[tuple[str, str]]:
    """(name, kind) of the exported columns: the table's, and after a JSON `location` its
    fields as flat location_* columns, so spreadsheets and dataframes need no JSON parsing."""
    out = []
    for c in schema.public_columns(table):
        out.append((c.name, _kind(c)))
        if c.name == "location":
            out += [(f"location_{k}", kind) for k, kind in LOCATION_FIELDS]
    return out


def _kind(column) -> str:
    from sqlalchemy import Float, Integer

    if isinstance(column.type, Integer):
        return "int"
    return "float" if isinstance(column.type, Float) else "string"


def _flat(row: dict) -> dict:
    if "location" not in row:
        return row
    loc = json.loads(row["location"]) if row["location"] else {}
    return {**row, **{f"location_{k}": loc.get(k) for k, _ in LOCATION_FIELDS}}


def _csv(store, table, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[name for name, _ in _columns(table)])
        writer.writeheader()
        for row in store.iter_rows(select(*schema.public_columns(table)).order_by(*schema.public_key(table))):
            writer.writerow(_flat(row))
            n += 1
    return n


def _parquet(store, table, out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"int": pa.int64(), "float": pa.float64(), "string": pa.string()}
    columns = _columns(table)
    arrow_schema = pa.schema([pa.field(name, types[kind]) for name, kind in columns])
    rows = [_flat(r) for r in store.rows(select(*schema.public_columns(table)).order_by(*schema.public_key(table)))]
    data = {name: [r[name] for r in rows] for name, _ in columns}
    pq.write_table(pa.table(data, schema=arrow_schema), out)
    return len(rows)


def _graphml(store, out: Path) -> int:
    from xml.sax.saxutils import escape, quoteattr

    e = schema.events
    weights: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in store.iter_rows(select(e.c.source_country, e.c.source_id, e.c.target_country,
                                    e.c.target_id, e.c.type)):
        a = r["source_country"] or r["source_id"]
        b = r["target_country"] or r["target_id"]
        if a and b:
            weights[(a, b)][QUAD_CLASS[r["type"]]] += 1
    nodes = sorted({x for pair in weights for x in pair})
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
             '<key id="label" for="node" attr.name="label" attr.type="string"/>',
             '<key id="total" for="edge" attr.name="total" attr.type="int"/>']
    lines += [f'<key id="{q}" for="edge" attr.name="{q}" attr.type="int"/>' for q in QUADS]
    lines.append('<graph id="actors" edgedefault="directed">')
    lines += [f'<node id={quoteattr(n)}><data key="label">{escape(n)}</data></node>' for n in nodes]
    for i, ((a, b), counts) in enumerate(sorted(weights.items())):
        data = "".join(f'<data key="{q}">{counts[q]}</data>' for q in QUADS)
        lines.append(f'<edge id="e{i}" source={quoteattr(a)} target={quoteattr(b)}>'
                     f'<data key="total">{sum(counts.values())}</data>{data}</edge>')
    lines += ["</graph>", "</graphml>"]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(weights)


def _geojson(store, out: Path) -> int:
    features = []
    for ev in canonical_events(store):
        loc = ev["location"]
        if not loc or loc.get("lat") is None:
            continue
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
            "properties": {"id": ev["id"], "type": ev["type"], "date": ev["date"],
                           "source": ev["source"], "target": ev["target"],
                           "place": loc.get("place"), "country": loc.get("country")},
        })
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                              ensure_ascii=False), encoding="utf-8")
    return len(features)
