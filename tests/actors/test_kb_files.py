"""Checks of the knowledge-base data files (docs/knowledge-base.md): countries.json,
metonyms.toml, igos.toml, and the organisation ids the people files use."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "wirewatch" / "actors" / "data"
SCRIPT = ROOT / "scripts" / "build_countries.py"

ISO3_RE = re.compile(r"^[A-Z]{3}$")
ORG_RE = re.compile(r"^(?:IGO|NGO):[A-Z0-9]+(?:-[A-Z0-9]+)*$")
MIL_RE = re.compile(r"^MIL:[A-Z0-9]+(?:-[A-Z0-9]+)*$")
ORG_PREFIXES = ("IGO:", "NGO:", "MIL:")
KIND_PREFIX = {"igo": "IGO:", "ngo": "NGO:", "armed_group": "MIL:"}
COLLECTIVES = {"WEST"}


def _toml(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


COUNTRIES_DOC = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
COUNTRIES: dict[str, dict] = COUNTRIES_DOC["countries"]
METONYMS: list[dict] = _toml(DATA / "metonyms.toml").get("metonym", [])
IGOS: list[dict] = _toml(DATA / "igos.toml").get("igo", [])
IGO_IDS = {entry["id"] for entry in IGOS}
PEOPLE_FILES = sorted((DATA / "people").glob("*.toml"))


def _short_caps(name: str) -> bool:
    """A single all-caps word of 2-4 characters ("UN", "ООН", "G20"): belongs in `acronyms`."""
    return name.isalnum() and name.isupper() and 2 <= len(name) <= 4


# ------------------------------------------------------------------ countries.json


def test_country_ids_well_formed_and_unique():
    assert len(COUNTRIES) >= 193
    for code, entry in COUNTRIES.items():
        assert ISO3_RE.match(code), code
        assert entry["name"].strip(), code
    # JSON object keys are unique by construction; check against case-folding too.
    assert len({c.upper() for c in COUNTRIES}) == len(COUNTRIES)


def test_country_names_not_empty():
    for code, entry in COUNTRIES.items():
        assert entry["names"], code
        for name in entry["names"] + entry.get("acronyms", []):
            assert isinstance(name, str) and name.strip() == name and name, (code, name)


def test_country_english_name_among_names():
    for code, entry in COUNTRIES.items():
        assert entry["name"] in entry["names"], code


# ------------------------------------------------------------------ igos.toml


def test_igo_count():
    assert len(IGOS) >= 70


def test_igo_ids_well_formed_and_unique():
    counts = Counter(entry["id"] for entry in IGOS)
    assert not [i for i, n in counts.items() if n > 1]
    for entry in IGOS:
        kind = entry.get("kind", "igo")
        assert kind in KIND_PREFIX, entry["id"]
        assert entry["id"].startswith(KIND_PREFIX[kind]), entry["id"]
        assert (MIL_RE if kind == "armed_group" else ORG_RE).match(entry["id"]), entry["id"]


def test_igo_fields():
    allowed = {"id", "name", "full", "kind", "country", "parent", "names", "acronyms", "codes"}
    for entry in IGOS:
        assert set(entry) <= allowed, (entry["id"], set(entry) - allowed)
        assert entry["name"].strip(), entry["id"]
        assert entry.get("full", "x").strip(), entry["id"]
        assert entry.get("names") or entry.get("acronyms"), entry["id"]
        if "country" in entry:
            assert entry.get("kind") == "armed_group", entry["id"]
            assert entry["country"] in COUNTRIES, (entry["id"], entry["country"])


def test_igo_names_not_empty_nor_repeated():
    for entry in IGOS:
        names = entry.get("names", []) + entry.get("acronyms", [])
        for name in names:
            assert isinstance(name, str) and name and name.strip() == name, (entry["id"], name)
        repeated = [n for n, c in Counter(names).items() if c > 1]
        assert not repeated, (entry["id"], repeated)


def test_short_all_caps_forms_are_acronyms():
    """2-4 letter all-caps forms match case-sensitively only; they go in `acronyms`."""
    misplaced = [(e["id"], n) for e in IGOS for n in e.get("names", []) if _short_caps(n)]
    assert not misplaced


def test_no_name_shared_between_organisations():
    owner: dict[str, str] = {}
    clashes = []
    for entry in IGOS:
        for name in set(entry.get("names", []) + entry.get("acronyms", [])):
            key = name if _short_caps(name) or name in entry.get("acronyms", []) else name.casefold()
            if owner.setdefault(key, entry["id"]) != entry["id"]:
                clashes.append((name, owner[key], entry["id"]))
    assert not clashes


def test_organisation_names_do_not_name_a_country():
    country_forms = {n.casefold() for e in COUNTRIES.values() for n in e["names"]}
    country_acronyms = {a for e in COUNTRIES.values() for a in e.get("acronyms", [])}
    clashes = []
    for entry in IGOS:
        clashes += [(entry["id"], n) for n in entry.get("names", []) if n.casefold() in country_forms]
        clashes += [(entry["id"], a) for a in entry.get("acronyms", []) if a in country_acronyms]
    assert not clashes


# ------------------------------------------------------------------ links between files


def test_metonym_actors_exist():
    known = set(COUNTRIES) | IGO_IDS | COLLECTIVES
    missing = sorted({m["actor"] for m in METONYMS} - known)
    assert not missing
    for m in METONYMS:
        assert m["names"] and all(n.strip() for n in m["names"]), m["place"]


def test_people_organisation_ids_exist():
    missing = set()
    for path in PEOPLE_FILES:
        for person in _toml(path).get("person", []):
            for role in person.get("roles", []):
                if role["country"].startswith(ORG_PREFIXES) and role["country"] not in IGO_IDS:
                    missing.add((path.name, role["country"]))
    assert not missing, sorted(missing)


def test_people_country_ids_exist():
    missing = set()
    for path in PEOPLE_FILES:
        for person in _toml(path).get("person", []):
            codes = [person.get("country")] + [r["country"] for r in person.get("roles", [])]
            missing |= {(path.name, c) for c in codes
                        if c and not c.startswith(ORG_PREFIXES) and c not in COUNTRIES}
    assert not missing, sorted(missing)


def test_knowledge_base_loads():
    from wirewatch.actors.kb import load_kb

    kb = load_kb()
    for entry in IGOS:
        actor = kb.get(entry["id"])
        assert actor is not None and actor.kind == entry.get("kind", "igo"), entry["id"]
    assert kb.get("IGO:NATO").acronyms


# ------------------------------------------------------------------ countries.json is generated


def _load_build_script():
    spec = importlib.util.spec_from_file_location("build_countries", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_countries_json_regenerates_identically():
    pytest.importorskip("pycountry", reason="pycountry is not installed")
    babel = pytest.importorskip("babel", reason="babel is not installed")
    recorded = COUNTRIES_DOC.get("source", {})
    installed = {"babel": babel.__version__, "pycountry": importlib.metadata.version("pycountry")}
    for lib, version in installed.items():
        if recorded.get(lib) != version:
            pytest.skip(f"countries.json was built with {lib} {recorded.get(lib)}, installed {version}")
    module = _load_build_script()
    document = module.build()
    if document["source"] != recorded:
        pytest.skip(f"source versions differ: built {recorded}, installed {document['source']}")
    assert document == COUNTRIES_DOC
    assert module.render(document) == (DATA / "countries.json").read_text(encoding="utf-8")


def test_other_codes_are_well_formed_and_name_one_organisation():
    ids = {entry["id"] for entry in IGOS}
    seen = set()
    for entry in IGOS:
        for code in entry.get("codes", ()):
            assert ORG_RE.match(code), (entry["id"], code)
            assert code not in ids and code not in seen, code
            seen.add(code)
