"""Ingest: read sources into raw documents, or reject them with a reason. I/O lives here."""
