"""Print each gold document's events beside what wirewatch coded for it (a reading aid)."""

from __future__ import annotations

import sys
from pathlib import Path

from wirewatch.eval.match import collapse, match_one_to_one
from wirewatch.eval.run import coded_documents, load_gold


def side(s):
    return f"{(s or {}).get('country')}/{(s or {}).get('actor')}" if s else "-"


def main(gold_path: str, root: str | None = None) -> None:
    gold_file = Path(gold_path)
    gold = load_gold(gold_file)
    coded = coded_documents(gold, Path(root) if root else gold_file.resolve().parent.parent)
    for g, doc in zip(gold, coded, strict=True):
        if doc is None:
            print(f"### {g['id']} {g['lang']}: not stored")
            continue
        system = collapse(doc["events"])
        pairs = match_one_to_one(system, g["events"], "type+dyad")
        print(f"### {g['id']} {g['lang']} published {doc['published']} ({doc['published_basis']}, "
              f"{'..'.join(doc['published_range'] or [])}) gold {g.get('published')}")
        for gi, ge in enumerate(g["events"]):
            mark = "OK " if gi in pairs else "-- "
            got = system[pairs[gi]] if gi in pairs else None
            print(f"  {mark}{'core' if ge.get('core', True) else 'xtra'} {ge['type']} "
                  f"{side(ge['source'])} -> {side(ge.get('target'))} {ge.get('date')} {ge['status']}"
                  + (f"  || got {got['date']} {got['status']} {side(got['source'])}->{side(got['target'])}" if got else ""))
        matched = set(pairs.values())
        for si, se in enumerate(system):
            if si not in matched:
                print(f"  ++ {se['type']} {se['mode']} {side(se['source'])} -> {side(se['target'])} "
                      f"{se['date']} {se['status']} | {se['evidence'][:100]}")


if __name__ == "__main__":
    main(*sys.argv[1:])
