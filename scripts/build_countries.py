"""Generate ``src/wirewatch/actors/data/countries.json`` from CLDR (babel) and ISO 3166 (pycountry).

Usage::

    python scripts/build_countries.py            # write the file
    python scripts/build_countries.py --check    # exit 1 if the file on disk differs

Every CLDR territory with an ISO 3166-1 alpha-3 code (plus Kosovo, ``XKX``) becomes one entry,
keyed by alpha-3, with the English CLDR name and the territory's name in every babel locale.
Babel does not ship CLDR's ``-alt-short`` / ``-alt-variant`` names, so the English short and
variant forms are added from the small curated table ``EXTRA_NAMES`` below, together with
pycountry's English names (those without an inverted comma form such as "Korea, Republic of").
A CLDR name "X (Y)" also yields "X", and "Y" where CLDR puts an alternative name of the country
in parentheses ("Myanmar (Burma)"); a derived part that names another country is dropped, and so
is any name shared by two countries ("Конго"), which says nothing on its own.
Pure upper-case short forms ("US", "UAE") go in ``acronyms``, matched case-sensitively.
The file is never edited by hand: change this script and rerun it.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
from pathlib import Path

import babel
import babel.core
import babel.localedata
import pycountry

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "wirewatch" / "actors" / "data" / "countries.json"

# CLDR territory codes that are not ISO 3166-1 countries but have a customary code.
USER_ASSIGNED = {"XK": "XKX"}

# Forms the press uses that babel lacks: CLDR's English "-alt-short"/"-alt-variant" names, which
# babel does not ship, and common short or long forms in the pack languages (el en ro id ru uk fr
# de es it pt tr ar fa zh pl) where CLDR has another form ("Южная Корея" beside "Республика Корея").
EXTRA_NAMES: dict[str, list[str]] = {
    "ARE": ["الإمارات", "امارات"],
    "BIH": ["Bosnia", "Bosnia and Herzegovina"],
    "CHN": ["People's Republic of China"],
    "CIV": [
        "Ivory Coast", "Côte d'Ivoire", "Coasta de Fildeș", "Pantai Gading",
        "Берег Слоновой Кости", "Берег Слонової Кістки", "Elfenbeinküste", "Costa de Marfil",
        "Costa d'Avorio", "Fildişi Sahili", "Wybrzeże Kości Słoniowej",
    ],
    "COD": [
        "Democratic Republic of the Congo", "DR Congo", "Congo-Kinshasa",
        "Λαϊκή Δημοκρατία του Κονγκό", "Republica Democrată Congo", "Republik Demokratik Kongo",
        "Демократическая Республика Конго", "Демократична Республіка Конго",
        "République démocratique du Congo", "Demokratische Republik Kongo",
        "Repubblica Democratica del Congo", "República Democrática do Congo",
        "Kongo Demokratik Cumhuriyeti", "جمهورية الكونغو الديمقراطية", "جمهوری دموکراتیک کنگو",
        "刚果民主共和国",
    ],
    "COG": [
        "Republic of the Congo", "Congo-Brazzaville", "Δημοκρατία του Κονγκό", "Republica Congo",
        "Republik Kongo", "Республика Конго", "Республіка Конго", "République du Congo",
        "República del Congo", "Repubblica del Congo", "Kongo Cumhuriyeti", "جمهورية الكونغو",
        "جمهوری کنگو", "刚果共和国", "Republika Konga",
    ],
    "CPV": ["Cabo Verde"],
    "CZE": [
        "Czech Republic", "Česká republika", "Τσεχική Δημοκρατία", "Republica Cehă", "Чешская Республика",
        "Чеська Республіка", "République tchèque", "Tschechische Republik", "República Checa",
        "Repubblica Ceca", "Çek Cumhuriyeti", "جمهورية التشيك", "جمهوری چک", "捷克共和国",
    ],
    "FSM": ["Federated States of Micronesia"],
    "GBR": [
        "Britain", "Great Britain", "Βρετανία", "Μεγάλη Βρετανία", "Marea Britanie",
        "Britania Raya", "Inggris", "Британия", "Британія", "Grande-Bretagne", "Großbritannien",
        "Gran Bretaña", "Gran Bretagna", "Grã-Bretanha", "İngiltere", "بريطانيا",
        "بريطانيا العظمى",
    ],
    "HKG": ["Hong Kong", "Χονγκ Κονγκ", "Hongkong", "Гонконг", "هونغ كونغ", "هنگ‌کنگ", "香港"],
    "MAC": ["Macao", "Macau", "Μακάο", "Макао", "Makau", "Makao", "ماكاو", "ماکائو", "澳门"],
    "MKD": ["Macedonia"],
    "MMR": ["Burma", "Myanmar"],
    "NLD": ["Holland", "Ολλανδία", "Olanda", "Голландия", "Голландія", "Hollande", "Holanda"],
    "PRK": ["Democratic People's Republic of Korea", "Северная Корея", "Північна Корея"],
    "KOR": ["Republic of Korea", "Южная Корея"],
    "PSE": [
        "Palestine", "State of Palestine", "Παλαιστίνη", "Palestina", "Палестина",
        "Palästina", "Filistin", "فلسطين", "دولة فلسطين", "فلسطین", "巴勒斯坦", "Palestyna",
    ],
    "RUS": [
        "Russian Federation", "Ρωσική Ομοσπονδία", "Federația Rusă", "Federasi Rusia",
        "Российская Федерация", "Російська Федерація", "Fédération de Russie",
        "Russische Föderation", "Federación Rusa", "Federazione Russa", "Federação Russa",
        "Rusya Federasyonu", "روسيا الاتحادية", "فدراسیون روسیه", "俄罗斯联邦", "Federacja Rosyjska",
    ],
    "SWZ": ["Swaziland"],
    "TLS": ["East Timor"],
    "TUR": ["Turkey"],
    "USA": [
        "United States of America", "America", "Αμερική", "Ηνωμένες Πολιτείες Αμερικής",
        "Statele Unite", "Amerika", "Соединённые Штаты", "Соединенные Штаты Америки", "Америка",
        "Сполучені Штати Америки", "Amérique", "Estados Unidos de América",
        "Stati Uniti d'America", "أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "آمریکا",
        "ایالات متحده آمریکا", "Ameryka", "Stany Zjednoczone Ameryki", "Штаты", "Штати",
        "Spojené státy americké", "Združene države",
    ],
    "VAT": ["Holy See", "Vatican"],
}

# Upper-case short forms, to be matched case-sensitively by the recogniser.
ACRONYMS: dict[str, list[str]] = {
    "ARE": ["UAE", "EAU", "BAE", "ΗΑΕ", "ZEA", "UEA"],
    "CAF": ["CAR"],
    "CHN": ["PRC", "КНР"],
    "CZE": ["ČR"],
    "COD": ["DRC", "RDC", "ДРК"],
    "DEU": ["ФРГ"],
    "GBR": ["UK"],
    "PRK": ["DPRK"],
    "RUS": ["РФ"],
    "USA": ["US", "USA", "США", "ΗΠΑ", "SUA", "AS", "EUA", "EE.UU.", "EE. UU.", "ABD", "САЩ", "ZDA"],
}

# "Myanmar (Burma)" -> "Myanmar", "Burma".
# Elsewhere the parenthesised part qualifies ("SAR", "Dutch part", "Kinshasa") and is not a name.
PAREN_ALTERNATIVES = {"CCK", "FLK", "MMR", "VAT"}
_PAREN = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")


def _alpha3_by_alpha2() -> dict[str, str]:
    """Map ISO alpha-2 to alpha-3 for every ISO country plus the user-assigned codes."""
    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table.update(USER_ASSIGNED)
    return table


def _clean(name: str) -> str:
    """Normalise whitespace in a name."""
    return " ".join(name.split())


def _locale_names(alpha3: dict[str, str]) -> dict[str, set[str]]:
    """Collect every territory name from every babel locale, by alpha-3."""
    names: dict[str, set[str]] = {code: set() for code in alpha3.values()}
    for locale_id in sorted(babel.localedata.locale_identifiers()):
        territories = babel.localedata.load(locale_id).get("territories", {})
        for alpha2, name in territories.items():
            if alpha2 in alpha3 and name and name.strip():
                names[alpha3[alpha2]].add(_clean(name))
    return names


def _pycountry_names(alpha3_code: str) -> set[str]:
    """English names pycountry knows, skipping inverted forms ("Korea, Republic of")."""
    country = pycountry.countries.get(alpha_3=alpha3_code)
    if country is None:
        return set()
    found = set()
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if value and "," not in value:
            found.add(_clean(re.sub(r"^the ", "", value)))
    return found


def _split_parentheses(names: dict[str, set[str]]) -> dict[str, set[str]]:
    """Derive "X" and "Y" from "X (Y)", dropping parts that name another country."""
    owners: dict[str, set[str]] = {}
    for code, forms in names.items():
        for form in forms:
            owners.setdefault(form, set()).add(code)
    derived: dict[str, set[str]] = {code: set() for code in names}
    candidates: dict[str, set[str]] = {}
    for code, forms in names.items():
        for form in forms:
            match = _PAREN.match(form)
            if match:
                parts = [match["outer"]]
                if code in PAREN_ALTERNATIVES:
                    parts.append(match["inner"])
                for part in parts:
                    candidates.setdefault(_clean(part), set()).add(code)
    for part, codes in candidates.items():
        if len(codes) == 1 and owners.get(part, codes) == codes:
            derived[next(iter(codes))].add(part)
    return derived


def _drop_shared(names: dict[str, set[str]]) -> dict[str, set[str]]:
    """Remove names that belong to more than one country."""
    seen: dict[str, int] = {}
    for forms in names.values():
        for form in forms:
            seen[form] = seen.get(form, 0) + 1
    return {code: {f for f in forms if seen[f] == 1} for code, forms in names.items()}


def build() -> dict:
    """Return the countries document (pure function of the installed babel and pycountry)."""
    alpha3 = _alpha3_by_alpha2()
    english = babel.localedata.load("en")["territories"]
    names = _locale_names(alpha3)
    for code in names:
        names[code] |= _pycountry_names(code) | set(EXTRA_NAMES.get(code, []))
    for code, extra in _split_parentheses(names).items():
        names[code] |= extra
    names = _drop_shared(names)
    countries = {}
    for alpha2, code in sorted(alpha3.items(), key=lambda item: item[1]):
        if alpha2 not in english:
            continue
        entry = {"name": english[alpha2], "alpha2": alpha2, "names": sorted(names[code])}
        if code in ACRONYMS:
            entry["acronyms"] = sorted(ACRONYMS[code])
        countries[code] = entry
    return {"source": source_versions(), "countries": countries}


def source_versions() -> dict[str, str]:
    """Versions of the libraries the data comes from."""
    return {
        "babel": babel.__version__,
        "cldr": str(babel.core.get_cldr_version()),
        "pycountry": importlib.metadata.version("pycountry"),
    }


def render(document: dict) -> str:
    """Serialise deterministically: one country per line, sorted keys, UTF-8 text."""
    dump = lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True)
    rows = [f"{dump(code)}: {dump(entry)}" for code, entry in sorted(document["countries"].items())]
    body = ",\n".join(rows)
    return f'{{"source": {dump(document["source"])},\n"countries": {{\n{body}\n}}}}\n'


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the countries file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; rerun scripts/build_countries.py", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
