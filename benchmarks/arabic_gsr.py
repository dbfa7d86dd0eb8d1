"""Arabic PROTEST and ASSAULT detection on the Arabic event gold standard records.

    .venv/bin/python benchmarks/arabic_gsr.py [--dir DIR] [--set protest|assault] [--misses N]
                                              [--any-status]

Reads `../shared/eval/arabic-gsr/` (measured, never copied into the project): per set, the
sentence file `<set>_gsr.csv` and the span file `<set>_spans.json`. Each sentence is coded
alone through `code_text(text, "ar", day)`, the path of `python -m wirewatch.lang.check`; the
day is the date of a Gigaword-style id (`AAW_ARB_20071026.0026-2`) when it has one.

Detection (the protocol the set's SOURCE.md suggests): a sentence labelled `yes` is positive,
`easy no` and `difficult no` are negative, `ambiguous` is left out. A sentence is "detected"
when wirewatch codes an event of the set's type whose status is `asserted` or `claimed` (a
reported act); a planned, negated or denied one is no event that happened, so it does not count
(`--any-status` counts every status). Precision, recall and F1 over sentences; beside them the
share of `difficult no` sentences (one annotator of several said yes) that we code anyway.

Actors (span file): each annotator gave the source and target a CAMEO code (`main`). The
gold code of a side is the value most annotators gave (ties to a country); it counts when it
maps to a country. Mapping: a three-letter code that is a country id in the knowledge base
(ISO 3166 alpha-3: USA, ISR, PSE, IRQ ...) is that country; `None`, `UNKNOWN`, IGO, NGO, INT,
IMG (militants without a country), KUR (Kurds, an ethnic group) and UIS (unidentified state)
map to none and are left out. A side agrees when an event of the set's type coded for the
sentence has that country on that side (`ActorRef.country`); the share is given over the
gold sides with a country, and over those of them where we coded an event of the type.

Prints a table; `--misses N` prints up to N missed and N spurious sentences per set (a
development aid: printed, never stored). Skips with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "arabic-gsr"
SETS = ("protest", "assault")
POSITIVE = "yes"
NEGATIVE = ("easy no", "difficult no")
REPORTED = frozenset({"asserted", "claimed"})
_ID_DAY = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")


@dataclass
class Coded:
    """One gold sentence with the events of the set's type wirewatch coded for it."""
    id: str
    text: str
    label: str
    events: list = field(default_factory=list)


def id_day(sentence_id: str) -> date | None:
    m = _ID_DAY.search(sentence_id)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def coded_events(text: str, event_type: str, day: date | None, kb, any_status: bool) -> list:
    from wirewatch.events.text import code_text

    _, _, events = code_text(text, "ar", day, kb)
    return [e for e in events if e.type == event_type and (any_status or e.status in REPORTED)]


def read_sentences(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f)]


def detection(rows: list[dict], event_type: str, kb, any_status: bool) -> list[Coded]:
    out = []
    for row in rows:
        if row["label"] not in (POSITIVE, *NEGATIVE):
            continue
        out.append(Coded(row["id"], row["text"], row["label"],
                         coded_events(row["text"], event_type, id_day(row["id"]), kb, any_status)))
    return out


def prf(coded: list[Coded]) -> dict:
    tp = sum(1 for c in coded if c.label == POSITIVE and c.events)
    fp = sum(1 for c in coded if c.label != POSITIVE and c.events)
    fn = sum(1 for c in coded if c.label == POSITIVE and not c.events)
    hard = [c for c in coded if c.label == "difficult no"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"pos": tp + fn, "neg": len(coded) - tp - fn, "tp": tp, "fp": fp, "p": p, "r": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "hard_fp": sum(1 for c in hard if c.events) / len(hard) if hard else 0.0}


def gold_country(roles: list, countries: set[str]) -> str | None:
    """The code most annotators gave a side, when it is a country (ties go to a country)."""
    votes = Counter()
    for role in roles:
        main = role.get("main") if isinstance(role, dict) else None
        main = (main or "None").strip("'\" ").upper()
        votes[main if main in countries else None] += 1
    if not votes:
        return None
    best = max(votes.values())
    winners = [k for k, v in votes.items() if v == best and k is not None]
    return winners[0] if winners else None


def actor_agreement(spans: list[dict], event_type: str, kb, countries: set[str],
                    any_status: bool) -> dict:
    out = {side: Counter() for side in ("source", "target")}
    for record in spans:
        events = coded_events(record["text"], event_type, id_day(record.get("source", "")), kb,
                              any_status)
        for side in ("source", "target"):
            gold = gold_country([s.get(f"{side}_role") for s in record["spans"]], countries)
            if gold is None:
                continue
            ours = {getattr(getattr(e, side), "country", None) for e in events if getattr(e, side)}
            out[side]["gold"] += 1
            out[side]["coded"] += bool(events)
            out[side]["agree"] += gold in ours
    return out


def _share(k: int, n: int) -> str:
    return f"{k / n:6.3f}" if n else "     -"


def show_misses(coded: list[Coded], n: int) -> None:
    missed = [c for c in coded if c.label == POSITIVE and not c.events][:n]
    spurious = [c for c in coded if c.label != POSITIVE and c.events][:n]
    for c in missed:
        print(f"  MISSED   {c.id}: {c.text}")
    for c in spurious:
        got = "; ".join(f"{e.source.country or e.source.id}->"
                        f"{(e.target.country or e.target.id) if e.target else '-'} {e.mode} {e.status} "
                        f"'{e.evidence[e.trigger_start - e.start:e.trigger_end - e.start]}'"
                        for e in c.events)
        print(f"  SPURIOUS {c.id} [{c.label}] {got}: {c.text}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT)
    ap.add_argument("--set", choices=SETS, action="append", help="one set only (default both)")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="print up to N missed and N spurious sentences per set")
    ap.add_argument("--any-status", action="store_true",
                    help="count planned, negated and denied events as detections too")
    args = ap.parse_args(argv)
    if not (args.dir / "protest_gsr.csv").is_file():
        print(f"skipped: {args.dir} not found (the Arabic gold set lives in ../shared)")
        return 0
    from wirewatch.actors.kb import load_kb

    kb = load_kb()
    countries = {a.id for a in kb.actors.values() if a.kind == "country"}
    results = {}
    for name in args.set or SETS:
        event_type = name.upper()
        coded = detection(read_sentences(args.dir / f"{name}_gsr.csv"), event_type, kb,
                          args.any_status)
        spans = json.loads((args.dir / f"{name}_spans.json").read_text(encoding="utf-8"))
        results[event_type] = (prf(coded), actor_agreement(spans, event_type, kb, countries,
                                                           args.any_status))
        if args.misses:
            print(f"-- {event_type} misses")
            show_misses(coded, args.misses)
    statuses = "any status" if args.any_status else "asserted or claimed"
    print(f"Arabic GSR sentence detection (yes vs easy/difficult no; ambiguous left out; "
          f"events {statuses})")
    print(f"{'type':<8}{'yes':>6}{'no':>6}{'TP':>6}{'FP':>6}{'P':>7}{'R':>7}{'F1':>7}"
          f"{'hardFP':>8}")
    for t, (d, _) in results.items():
        print(f"{t:<8}{d['pos']:>6}{d['neg']:>6}{d['tp']:>6}{d['fp']:>6}{d['p']:>7.3f}"
              f"{d['r']:>7.3f}{d['f1']:>7.3f}{d['hard_fp']:>8.3f}")
    print()
    print("actor country agreement on the span gold (gold sides whose code is a country)")
    print(f"{'type':<8}{'side':<8}{'gold':>6}{'coded':>7}{'agree':>7}{'/gold':>8}{'/coded':>8}")
    for t, (_, agreement) in results.items():
        for side, c in agreement.items():
            print(f"{t:<8}{side:<8}{c['gold']:>6}{c['coded']:>7}{c['agree']:>7}"
                  f"{_share(c['agree'], c['gold']):>8}{_share(c['agree'], c['coded']):>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
