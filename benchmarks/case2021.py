"""Score English event typing on the CASE 2021 Task 2 snippets (ACLED-style fine-grained types).

    .venv/bin/python benchmarks/case2021.py [--data FILE] [--day 2020-01-01] [--misses LABEL|ALL]

Reads `../shared/eval/case2021-task2/test_set_final_release_with_labels.tsv` (1,019 English
news snippets, one label each; measured, never copied into the project), codes each snippet
alone with `wirewatch.events.text.code_text` (lang "en", actors resolved on `--day`) and asks
whether the PLOVER type(s) its label stands for are among the types coded. Prints nothing but
figures; skips with a message when ../shared is absent.

Label mapping (ACLED sub-event -> PLOVER types that code it, following the PLOVER manual and
CAMEO2PLOVER-2021; a snippet is found when any of its types is coded):
- PEACE_PROTEST, PROTEST_WITH_INTER, VIOL_DEMONSTR -> PROTEST (demo; riot for a violent one:
  the intervention of PROTEST_WITH_INTER is a COERCE of its own, counted as an other type).
- MOB_VIOL -> PROTEST or ASSAULT: ACLED files mob violence under riots (PROTEST riot), PLOVER
  codes a mob's attack on people as ASSAULT.
- FORCE_AGAINST_PROTEST -> COERCE or ASSAULT: dispersal, tear gas and arrests are COERCE,
  beating or shooting demonstrators ASSAULT.
- ARMED_CLASH, AIR_STRIKE, ART_MISS_ATTACK, ATTACK, CHEM_WEAP, GRENADE, REM_EXPLOS, SUIC_BOMB,
  SEX_VIOL -> ASSAULT (PLOVER modes aerial, heavy-weapons, explosives, suicide-attack, sexual).
- ABDUCT_DISSAP -> ASSAULT or COERCE: abduction is ASSAULT abduct; a disappearance after
  detention by security forces reads as an arrest (COERCE arrest).
- ARREST -> COERCE (arrest).
- DISR_WEAP -> COERCE or ASSAULT: seizing weapons or a raid on a cache is COERCE seize; an
  intercepted missile or drone was still launched, an ASSAULT (PLOVER: "deliberate actions
  which can potentially result in substantial physical harm").
- GOV_REGAINS_TERIT, NON_STATE_ACTOR_OVERTAKES_TER -> COERCE or ASSAULT: occupying territory is
  COERCE seize (CAMEO 192), the fighting that takes it ASSAULT.
- NON_VIOL_TERRIT_TRANSFER -> RETREAT or COERCE: one side withdraws (RETREAT withdraw), the
  other takes the ground without a fight (COERCE seize).
- PROPERTY_DISTRUCT -> ASSAULT or COERCE: destroying property is ASSAULT (CAMEO 1712),
  looting and confiscating COERCE seize (CAMEO 1711).
- CHANGE_TO_GROUP_ACT -> MOBILIZE or RETREAT: ACLED files troop deployments, reinforcements,
  mobilisation and pull-backs here; PLOVER codes the first three as MOBILIZE, a pull-back as
  RETREAT. Defections and renamings have no PLOVER type and count as misses.
- HQ_ESTABLISHED -> MOBILIZE: setting up a base or post is a show of military presence.
- AGREEMENT -> AGREE, SUPPORT or RETREAT: agreeing to a ceasefire or deal is AGREE, signing it
  SUPPORT (treaty), an exchange of prisoners or a surrender carried out RETREAT.
- DIPLO (diplomatic measures, threats, calls, praise and condemnation) -> SANCTION, ACCUSE,
  THREATEN, REQUEST, SUPPORT, REJECT, CONSULT or AGREE.
- ATTRIB (claims, accusations and denials of responsibility) -> ACCUSE, REJECT or ASSAULT: a
  claim of responsibility is the attack itself with the claimant as source.
- ORG_CRIME -> COERCE or ASSAULT: PLOVER has no crime type (manual, "A note on CRIME"); crime
  is coded as the arrest or seizure (COERCE) or the violence (ASSAULT) with a crime context.
- NATURAL_DISASTER, MAN_MADE_DISASTER -> no event: not political acts; scored as the share of
  snippets where wirewatch codes nothing.
- OTHER (ACLED's residual class: mass graves, refugees fleeing, ...) -> not scored; shown.

Actors: many snippets name no state ("police", "protesters", "gunmen"). wirewatch codes a
sector word as a party once it has a country (`SEC:POLICE` of the place the sentence is set
in, actors/sectors.py); any typed event counts, whoever its parties are, and the `sector`
column gives the share of found snippets whose matching event has a sector party.

Measures per label: found = share of snippets whose mapped type is coded; other = mean number
of coded events of other types (for an unscored label: of all its events); none = share with
no event at all. "seen" = subtask 1's 25 ACLED labels but OTHER, "all" = every scored label
(the unseen DIPLO, ATTRIB, ORG_CRIME too), "no event" = the two disaster labels.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "case2021-task2" / "test_set_final_release_with_labels.tsv"

VIOLENCE = frozenset({"ASSAULT"})
LABEL_TYPES: dict[str, frozenset[str]] = {
    "PEACE_PROTEST": frozenset({"PROTEST"}),
    "PROTEST_WITH_INTER": frozenset({"PROTEST"}),
    "VIOL_DEMONSTR": frozenset({"PROTEST"}),
    "MOB_VIOL": frozenset({"PROTEST", "ASSAULT"}),
    "FORCE_AGAINST_PROTEST": frozenset({"COERCE", "ASSAULT"}),
    "ARMED_CLASH": VIOLENCE, "AIR_STRIKE": VIOLENCE, "ART_MISS_ATTACK": VIOLENCE,
    "ATTACK": VIOLENCE, "CHEM_WEAP": VIOLENCE, "GRENADE": VIOLENCE, "REM_EXPLOS": VIOLENCE,
    "SUIC_BOMB": VIOLENCE, "SEX_VIOL": VIOLENCE,
    "ABDUCT_DISSAP": frozenset({"ASSAULT", "COERCE"}),
    "ARREST": frozenset({"COERCE"}),
    "DISR_WEAP": frozenset({"COERCE", "ASSAULT"}),
    "GOV_REGAINS_TERIT": frozenset({"COERCE", "ASSAULT"}),
    "NON_STATE_ACTOR_OVERTAKES_TER": frozenset({"COERCE", "ASSAULT"}),
    "NON_VIOL_TERRIT_TRANSFER": frozenset({"RETREAT", "COERCE"}),
    "PROPERTY_DISTRUCT": frozenset({"ASSAULT", "COERCE"}),
    "CHANGE_TO_GROUP_ACT": frozenset({"MOBILIZE", "RETREAT"}),
    "HQ_ESTABLISHED": frozenset({"MOBILIZE"}),
    "AGREEMENT": frozenset({"AGREE", "SUPPORT", "RETREAT"}),
    "DIPLO": frozenset({"SANCTION", "ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "REJECT",
                        "CONSULT", "AGREE"}),
    "ATTRIB": frozenset({"ACCUSE", "REJECT", "ASSAULT"}),
    "ORG_CRIME": frozenset({"COERCE", "ASSAULT"}),
}
NO_EVENT = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER"})
UNSCORED = frozenset({"OTHER"})
UNSEEN = frozenset({"ORG_CRIME", "DIPLO", "ATTRIB"}) | NO_EVENT


@dataclass
class Row:
    id: str
    text: str
    label: str
    events: list = field(default_factory=list)

    @property
    def wanted(self) -> frozenset[str]:
        return LABEL_TYPES.get(self.label, frozenset())

    @property
    def found(self) -> bool:
        return any(e.type in self.wanted for e in self.events)

    @property
    def others(self) -> int:
        return sum(e.type not in self.wanted for e in self.events)

    @property
    def by_sector(self) -> bool:
        return any(e.type in self.wanted and is_sector(e) for e in self.events)


def is_sector(event) -> bool:
    return any(ref is not None and (ref.id or "").startswith("SEC:")
               for ref in (event.source, event.target))


def load(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return [Row(r[0], r[1], r[2].strip()) for r in reader if len(r) == 3]


def code(rows: list[Row], day: date) -> None:
    """Each snippet as its own document, the path of plover_gsr.code (resolved actors, repeats
    collapsed as the pipeline stores them)."""
    from wirewatch.actors.kb import load_kb
    from wirewatch.actors.resolve import resolve_event_actors
    from wirewatch.events.dedup import collapse_repeats
    from wirewatch.events.text import code_text
    from wirewatch.models import PublishedDate

    kb = load_kb()
    published = PublishedDate(day, day, day, "stated")
    for row in rows:
        _, _, events = code_text(row.text, "en", day, kb)
        for e in events:
            resolve_event_actors(e, kb, published)
        row.events = collapse_repeats(events)


def _share(rows: list[Row], test) -> float:
    return sum(map(test, rows)) / len(rows) if rows else float("nan")


def line(name: str, rows: list[Row], wanted: str, scored: bool = True) -> str:
    found = _share(rows, lambda r: r.found) if scored else float("nan")
    hits = [r for r in rows if r.found]
    sector = _share(hits, lambda r: r.by_sector) if hits else float("nan")
    others = sum(r.others for r in rows) / len(rows)
    none = _share(rows, lambda r: not r.events)
    return (f"{name:<30} {len(rows):>5} {_fmt(found)} {_fmt(sector)} {others:6.2f} "
            f"{_fmt(none)}  {wanted}")


def _fmt(x: float) -> str:
    return "     -" if math.isnan(x) else f"{x:6.3f}"


def coded_types(rows: list[Row]) -> str:
    counts = Counter(e.type for r in rows for e in r.events)
    return ", ".join(f"{t} {n}" for t, n in counts.most_common(5)) or "-"


def report(rows: list[Row], day: date) -> None:
    by_label: dict[str, list[Row]] = {}
    for r in rows:
        by_label.setdefault(r.label, []).append(r)
    scored = [r for r in rows if r.label in LABEL_TYPES]
    seen = [r for r in scored if r.label not in UNSEEN]
    print(f"CASE 2021 task 2 (English): {len(rows)} snippets, publication date {day}, "
          f"{sum(len(r.events) for r in rows)} events coded")
    print(f"{'label':<30} {'n':>5} {' found':>6} {'sector':>6} {' other':>6} {'  none':>6}  "
          "mapped to")
    for label in sorted(by_label, key=lambda k: (k in NO_EVENT or k in UNSCORED, -len(by_label[k]))):
        group = by_label[label]
        if label in LABEL_TYPES:
            print(line(label, group, "/".join(sorted(LABEL_TYPES[label]))))
        else:
            print(line(label, group, ("no event" if label in NO_EVENT else "not scored")
                       + ": " + coded_types(group), scored=False))
    print()
    print(line("seen (24 ACLED labels)", seen, ""))
    print(line("all scored labels", scored, ""))
    disasters = [r for r in rows if r.label in NO_EVENT]
    if disasters:
        print(f"no event (disasters)           {len(disasters):>5}  coded nothing "
              f"{_share(disasters, lambda r: not r.events):.3f}   "
              f"other/snippet {sum(len(r.events) for r in disasters) / len(disasters):.2f}")


def show_misses(rows: list[Row], which: str) -> None:
    """Development aid: the snippets of a label that were missed (printed, never stored); for a
    no-event label, the snippets where something was coded."""
    for r in rows:
        if which not in ("ALL", r.label):
            continue
        if r.label in NO_EVENT:
            if not r.events:
                continue
        elif r.label not in LABEL_TYPES or r.found:
            continue
        got = "; ".join(f"{e.type}/{e.mode} {e.source.id}->{e.target.id if e.target else None}"
                        f" {e.status}" for e in r.events) or "NONE"
        print(f"{r.id} [{r.label}] {r.text}\n    got {got}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--day", type=date.fromisoformat, default=date(2020, 1, 1),
                    help="publication date the actors are resolved on (the snippets are 2010s)")
    ap.add_argument("--misses", metavar="LABEL", help="print missed snippets of LABEL (or ALL)")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: {args.data} not found (the CASE 2021 snippets live in ../shared)")
        return 0
    rows = load(args.data)
    code(rows, args.day)
    if args.misses:
        show_misses(rows, args.misses.upper())
    report(rows, args.day)
    return 0


if __name__ == "__main__":
    sys.exit(main())
