"""The SQLite settings that keep store writes from growing with the store (docs/stories.md)."""

from wirewatch.store.db import CACHE_KIB, CHECKPOINT_PAGES, Store


def test_every_connection_keeps_index_pages_and_checkpoints_rarely(tmp_path):
    store = Store(str(tmp_path / "t.db"))
    with store.engine.connect() as one, store.engine.connect() as two:
        for conn in (one, two):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -CACHE_KIB
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == CHECKPOINT_PAGES
    store.close()
    assert CACHE_KIB * 1024 > 2 * 1024 * 1024 and CHECKPOINT_PAGES > 1000
