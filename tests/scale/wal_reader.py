"""A reader process for the WAL test: queries the store while an ingest writes to it.

Each observation reads several tables in one connection; it must see one consistent state:
every document with its search rows, no mention without its document, whole batches only.
Writes one JSON object to stdout when DB.stop appears.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from sqlalchemy import text

from wirewatch.store import Store

CHECKS = {
    "documents": "SELECT count(*) FROM documents",
    "search": "SELECT count(*) FROM documents_fts",
    "orphan_events": "SELECT count(*) FROM event_mentions e "
                     "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.doc_id)",
    "orphan_mentions": "SELECT count(*) FROM mentions m "
                       "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.doc_id)",
}


def observe(store: Store) -> dict:
    with store.engine.connect() as conn:
        out = {}
        for name, sql in CHECKS.items():
            out[name] = conn.execute(text(sql)).scalar()
            time.sleep(0.01)  # widen the window in which a commit could slip between reads
        return out


def main(db: str) -> None:
    stop = Path(db + ".stop")
    while not Path(db).exists():
        time.sleep(0.02)
    store = Store(db)
    seen, errors = [], []
    while not stop.exists():
        try:
            seen.append(observe(store))
        except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
            errors.append(f"{type(exc).__name__}: {exc}")
    print(json.dumps({"observations": seen, "errors": errors}))


if __name__ == "__main__":
    main(sys.argv[1])
