"""Score the English rule coder on the PLOVER gold standard records (CAMEO manual sentences).

    .venv/bin/python benchmarks/plover_gsr.py [--gold FILE] [--day 2000-01-01] [--misses TYPE|ALL]

Reads `../shared/eval/plover-gsr/PLOVER_GSR_CAMEO.txt` (a JSON array; it is measured, never
copied into the project) and codes each sentence alone the way `python -m wirewatch.lang.check`
codes an example (`code_text`, then the actors resolved on the publication date), with the
gold's own placeholder date 2000-01-01 as publication date (the sentences are 1980s-2000s news).
Prints nothing but figures; skips with a message when ../shared is absent.

Type mapping (PLOVER 0.5b1 -> current 16 types, as CAMEO2PLOVER-2021.txt maps their CAMEO
codes): DEMAND -> REQUEST (CAMEO 10), DISAPPROVE -> ACCUSE (11, mode disapprove),
INVESTIGATE -> ACCUSE (09, mode investigate), FIGHT -> ASSAULT (19, conventional force);
every other type keeps its name. wirewatch keeps a planned event's own type with status
`planned` and a negated one with status `negated` (gold/SCHEMA.md), where PLOVER 0.5b1 codes
the intention or the refusal itself: a planned cooperative event (AGREE, CONSULT, SUPPORT,
COOPERATE, AID, CONCEDE, RETREAT) also counts as AGREE, a planned conflictual one (SANCTION,
COERCE, ASSAULT, PROTEST, MOBILIZE) as THREATEN, a negated cooperative one as REJECT.

Actors: a gold actor is its `code`; the sector (GOV, MIL, REB, COP, CVL ...) is ignored, so
"Israeli police" and "Israel" are both ISR and a rebel group counts for the country the gold
gives it. IGO and NGO match a system actor that is an international organisation (an `IGO:` or
`NGO:` id, or an organisation without a country) of either kind: the gold itself codes
Amnesty International, the Red Cross and the Red Crescent as IGO in 5 records and "a human
rights group" as NGO (`--strict-igo` keeps the two kinds apart); IMG/ISM (militant groups with no country) match any non-state
system actor. Legacy codes JAP, ITL, VTN are read as JPN, ITA, VNM. A gold record may list
several sources or targets (compound actors): a system event's source must be one of them
and its target one of the targets. A missing gold target is a wildcard (as in gold/SCHEMA.md),
except for a symmetric type (CONSULT, AGREE, COOPERATE) whose two parties are both listed as
sources ("(SRC/TAR: ...)"): the system's target must then be another of them. Symmetric types
match in either order (src/wirewatch/eval/match.py). A domestic record (source and target
share a country code and differ only by sector: police and protesters, government and
rebels; 87 of the 322) is matched by an event whose source and target are of that country
(wirewatch codes sector actors, `SEC:POLICE` of KEN against `SEC:PROTESTERS` of KEN, as
two parties), or whose source is and whose target is absent (an unnamed other side).

Each sentence is scored as the document wirewatch would store: its mentions collapsed as the
pipeline collapses repeats (events/dedup.py), as gold/SCHEMA.md does before matching.

Measures:
- type accuracy: sentences whose gold type is among the types coded; beside it the mean
  number of extra events per sentence (events coded beyond the one standing for the gold).
- type+dyad: recall = gold records with at least one event of the gold type and dyad;
  precision = coded events that match the gold record of their sentence / all coded events
  (every coded event counts, the gold records one event per sentence, so this is strict).
- per type: support, type recall, type precision (coded events of the type that sit in a
  sentence of that gold type), type+dyad recall; then the confusions of the missed sentences.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from datetime import date
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
            "FIGHT": "ASSAULT"}
CODE_FIX = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NON_STATE = {"IMG": "NSA", "ISM": "NSA"}
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# The gold codes Amnesty International, the Red Cross and the Red Crescent as IGO and "a human
# rights group" as NGO: an international organisation of either kind matches either code.
INTERNATIONAL = frozenset({"IGO", "NGO"})
# wirewatch keeps a planned event's own type with status `planned` (gold/SCHEMA.md); PLOVER
# 0.5b1 / CAMEO 03 codes the same intention as AGREE ("will visit", "will release", "will aid").
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
                         "RETREAT"})
# ... and a stated intention to act against someone as THREATEN ("will boycott", "would tighten
# the blockade"), a refusal to cooperate as REJECT ("did not accept", "failed to agree").
CONFLICTUAL = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"})


def gold_key(actor: dict) -> str:
    code = (actor.get("code") or "").strip().upper()
    return NON_STATE.get(code, CODE_FIX.get(code, code))


def sides(record: dict, key: str) -> set[str]:
    value = record.get(key)
    if not isinstance(value, list):  # absent, or a string ("" / "diplomatic")
        return set()
    return {gold_key(a) for a in value if a.get("code")}


def load_gold(path: Path) -> list[dict]:
    records = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in records:
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        out.append({"id": r["id"], "text": r["text"], "orig": r["event"],
                    "type": TYPE_MAP.get(r["event"], r["event"]),
                    "sources": sides(r, "source"), "targets": sides(r, "target")})
    return out


def system_key(ref) -> str | None:
    if ref is None:
        return None
    key = ref.country or ref.id or ""
    if key.startswith("IGO:"):
        return "IGO"
    if key.startswith("NGO:"):
        return "NGO"
    return key if len(key) == 3 else ("NSA" if key else None)


def _in_side(key: str | None, wanted: set[str], strict_igo: bool = False) -> bool:
    if key is None:
        return False
    return key in wanted or (key in ("NGO", "NSA") and bool(wanted & {"NGO", "NSA"})) \
        or (not strict_igo and key in INTERNATIONAL and bool(wanted & INTERNATIONAL))


def dyad_ok(event, gold: dict, strict_igo: bool = False) -> bool:
    _in = partial(_in_side, strict_igo=strict_igo)
    src, tgt = system_key(event.source), system_key(event.target)
    gs, gt = gold["sources"], gold["targets"]
    symmetric = gold["type"] in SYMMETRIC
    if not gt and symmetric and len(gs) >= 2:
        return _in(src, gs) and _in(tgt, gs) and src != tgt
    if (not gs or _in(src, gs)) and (not gt or _in(tgt, gt)):
        return True
    if _in(src, gs) and _in(src, gt) and tgt in (None, src):
        return True  # domestic: same country on both sides, told apart only by sector
    return symmetric and bool(gt) and _in(src, gt) and (not gs or _in(tgt, gs))


def types_of(event) -> set[str]:
    """The gold types an event stands for: its own, and AGREE for a planned cooperative one."""
    if event.status == "planned" and event.type in COOPERATIVE:
        return {event.type, "AGREE"}
    if event.status == "planned" and event.type in CONFLICTUAL:
        return {event.type, "THREATEN"}
    if event.status == "negated" and event.type in COOPERATIVE:
        return {event.type, "REJECT"}
    return {event.type}


def code(sentence: str, day: date, kb) -> list:
    """The path of wirewatch.lang.check.code_example on the given publication day, then the
    pipeline's collapse of repeated mentions (pipeline.py; gold/SCHEMA.md collapses them too
    before matching): each sentence is scored as the document wirewatch would store."""
    from wirewatch.actors.resolve import resolve_event_actors
    from wirewatch.events.dedup import collapse_repeats
    from wirewatch.events.text import code_text
    from wirewatch.models import PublishedDate

    _, _, events = code_text(sentence, "en", day, kb)
    published = PublishedDate(day, day, day, "stated")
    for e in events:
        resolve_event_actors(e, kb, published)
    return collapse_repeats(events)


def score(gold: list[dict], day: date, strict_igo: bool = False) -> dict:
    from wirewatch.actors.kb import load_kb

    kb = load_kb()
    rows = []
    for g in gold:
        events = code(g["text"], day, kb)
        types = set().union(*(types_of(e) for e in events))
        rows.append({"gold": g, "events": events, "type_hit": g["type"] in types,
                     "dyad_ok": [g["type"] in types_of(e) and dyad_ok(e, g, strict_igo)
                                for e in events]})
    return summarise(rows)


def summarise(rows: list[dict]) -> dict:
    n = len(rows)
    n_events = sum(len(r["events"]) for r in rows)
    type_hits = sum(r["type_hit"] for r in rows)
    extra = sum(len(r["events"]) - r["type_hit"] for r in rows)
    recall = sum(any(r["dyad_ok"]) for r in rows) / n
    precision = sum(sum(r["dyad_ok"]) for r in rows) / n_events if n_events else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"rows": rows, "n": n, "events": n_events, "type_acc": type_hits / n,
            "extra": extra / n, "p": precision, "r": recall, "f1": f1}


def per_type(rows: list[dict]) -> list[tuple]:
    support, hit, dyad = Counter(), Counter(), Counter()
    coded, coded_right = Counter(), Counter()
    for r in rows:
        t = r["gold"]["type"]
        support[t] += 1
        hit[t] += r["type_hit"]
        dyad[t] += any(r["dyad_ok"])
        for e in r["events"]:
            coded[e.type] += 1
            coded_right[e.type] += t in types_of(e)
    out = []
    for t in sorted(set(support) | set(coded), key=lambda x: (-support[x], x)):
        rec = hit[t] / support[t] if support[t] else float("nan")
        prec = coded_right[t] / coded[t] if coded[t] else float("nan")
        drec = dyad[t] / support[t] if support[t] else float("nan")
        out.append((t, support[t], rec, prec, drec, coded[t]))
    return out


def confusions(rows: list[dict]) -> dict[str, Counter]:
    """For each gold type, what the missed sentences were coded as (NONE = no event)."""
    out: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if not r["type_hit"]:
            got = sorted({e.type + ("(planned)" if e.status == "planned" else "")
                          for e in r["events"]}) or ["NONE"]
            out[r["gold"]["type"]][",".join(got)] += 1
    return out


def _num(x: float) -> str:
    return "    -  " if math.isnan(x) else f"{x:7.3f}"


def report(res: dict, day: date) -> None:
    print(f"PLOVER gold standard records (English): {res['n']} sentences, publication date {day}, "
          f"{res['events']} events coded")
    print(f"type accuracy      {res['type_acc']:.3f}   extra events/sentence {res['extra']:.2f}")
    print(f"type+dyad          P {res['p']:.3f}  R {res['r']:.3f}  F1 {res['f1']:.3f}")
    print()
    print(f"{'type':<10} {'support':>7} {'recall':>7} {'prec':>7} {'dyadR':>7} {'coded':>6}")
    for t, sup, rec, prec, drec, coded in per_type(res["rows"]):
        print(f"{t:<10} {sup:>7} {_num(rec)} {_num(prec)} {_num(drec)} {coded:>6}")
    print()
    print("missed sentences: gold type -> coded types (count)")
    for t, counter in sorted(confusions(res["rows"]).items(), key=lambda kv: -sum(kv[1].values())):
        parts = ", ".join(f"{k} {v}" for k, v in counter.most_common(6))
        print(f"  {t:<10} {sum(counter.values()):>3}: {parts}")


def show_misses(res: dict, which: str) -> None:
    """Development aid: the sentences missed at type+dyad level (printed, never stored)."""
    for r in res["rows"]:
        g = r["gold"]
        if any(r["dyad_ok"]) or (which != "ALL" and g["type"] != which):
            continue
        got = "; ".join(f"{e.type} {system_key(e.source)}->{system_key(e.target)} {e.status}"
                        for e in r["events"]) or "NONE"
        print(f"{g['id']} [{g['type']} {sorted(g['sources'])}->{sorted(g['targets'])}] {g['text']}"
              f"\n    got {got}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--day", type=date.fromisoformat, default=date(2000, 1, 1))
    ap.add_argument("--misses", metavar="TYPE", help="print missed sentences of TYPE (or ALL)")
    ap.add_argument("--strict-igo", action="store_true",
                    help="an IGO gold actor matches only an IGO, an NGO only an NGO")
    args = ap.parse_args(argv)
    if not args.gold.is_file():
        print(f"skipped: {args.gold} not found (the PLOVER gold set lives in ../shared)")
        return 0
    res = score(load_gold(args.gold), args.day, args.strict_igo)
    if args.misses:
        show_misses(res, args.misses.upper())
    report(res, args.day)
    return 0


if __name__ == "__main__":
    sys.exit(main())
