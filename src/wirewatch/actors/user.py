"""The user's own additions to the knowledge base (`wirewatch actors import`).

Kept in one JSON file in the user's data folder (WIREWATCH_HOME, default ~/.wirewatch) and
merged over the shipped files on load, so leaders can be updated without code changes.
Columns of a CSV: id, name, country, names ("|"-separated), role, role_country, start, end.
"""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

ID = re.compile(r"^PER:[a-z0-9-]+$")


def user_file() -> Path:
    return Path(os.environ.get("WIREWATCH_HOME", Path.home() / ".wirewatch")) / "people.json"


def _from_csv(path: Path) -> list[dict]:
    people: dict[str, dict] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            pid = row.get("id", "").strip()
            person = people.setdefault(pid, {"id": pid, "name": row.get("name", "").strip(),
                                             "country": row.get("country") or None,
                                             "names": [], "roles": []})
            person["names"] += [n.strip() for n in (row.get("names") or "").split("|") if n.strip()]
            if row.get("role"):
                person["roles"].append({"role": row["role"], "country": row.get("role_country") or row.get("country"),
                                        "start": row.get("start") or None, "end": row.get("end") or None})
    return list(people.values())


def import_people(path: Path) -> int:
    if not path.is_file():
        raise ValueError(f"no file at {path}")
    if path.suffix.lower() == ".csv":
        people = _from_csv(path)
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        people = data.get("person", data) if isinstance(data, dict) else data
    for p in people:
        if not ID.match(p.get("id", "")) or not p.get("name"):
            raise ValueError(f"bad person record {p!r}: needs id PER:slug and name")
    target = user_file()
    existing = json.loads(target.read_text(encoding="utf-8"))["person"] if target.is_file() else []
    merged = {p["id"]: p for p in existing}
    merged.update({p["id"]: p for p in people})
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"person": list(merged.values())}, ensure_ascii=False, indent=1),
                      encoding="utf-8")
    return len(people)
