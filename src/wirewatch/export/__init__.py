"""Exports: jsonl in the gold shape, csv, parquet, graphml, geojson."""
