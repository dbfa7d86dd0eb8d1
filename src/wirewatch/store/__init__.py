"""The store: one SQLAlchemy Core schema for SQLite (default) and PostgreSQL."""

from wirewatch.store.db import Store

__all__ = ["Store"]
