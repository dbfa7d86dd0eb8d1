"""Frequently attacked cities in every pack language, and an attack on one hits its country."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.geo.gazetteer import load_gazetteer
from wirewatch.geo.recognize import find_places
from wirewatch.models import RawDocument
from wirewatch.pipeline import process

# Spellings the press of each pack language uses (written for this test).
CITIES = {
    "UKR": {
        "Kharkiv": {"en": "Kharkiv", "ru": "Харьков", "uk": "Харків", "el": "Χάρκοβο",
                    "de": "Charkiw", "es": "Járkov", "it": "Charkiv", "pl": "Charków",
                    "tr": "Harkov", "ar": "خاركيف", "fa": "خارکیف", "zh": "哈尔科夫",
                    "ro": "Harkov", "fr": "Kharkiv", "pt": "Kharkiv", "id": "Kharkiv"},
        "Odesa": {"en": "Odesa", "ru": "Одесса", "uk": "Одеса", "el": "Οδησσός", "de": "Odessa",
                  "ar": "أوديسا", "fa": "اودسا", "zh": "敖德萨", "pl": "Odessa", "tr": "Odessa"},
        "Dnipro": {"en": "Dnipro", "ru": "Днепр", "uk": "Дніпро", "fa": "دنیپرو",
                   "zh": "第聂伯罗", "pl": "Dniepr"},
        "Zaporizhzhia": {"en": "Zaporizhzhia", "ru": "Запорожье", "uk": "Запоріжжя",
                         "ar": "زابوريجيا", "fa": "زاپوریژیا", "zh": "扎波罗热",
                         "pl": "Zaporoże"},
        "Kherson": {"en": "Kherson", "ru": "Херсон", "el": "Χερσώνα", "pl": "Chersoń",
                    "zh": "赫尔松", "ar": "خيرسون"},
        "Lviv": {"en": "Lviv", "ru": "Львов", "uk": "Львів", "pl": "Lwów", "it": "Leopoli",
                 "zh": "利沃夫"},
        "Mykolaiv": {"en": "Mykolaiv", "ru": "Николаев", "uk": "Миколаїв", "el": "Μικολάιβ",
                     "ar": "ميكولايف", "fa": "میکولایف", "zh": "尼古拉耶夫"},
    },
    "PSE": {
        "Khan Yunis": {"en": "Khan Younis", "ar": "خان يونس", "el": "Χαν Γιούνις",
                       "zh": "汗尤尼斯", "ru": "Хан-Юнис", "tr": "Han Yunus"},
        "Rafah": {"en": "Rafah", "ar": "رفح", "tr": "Refah", "zh": "拉法", "ru": "Рафах"},
    },
}


def _cases():
    for country, cities in CITIES.items():
        for city, names in cities.items():
            for lang, name in names.items():
                yield pytest.param(lang, name, country, id=f"{city}-{lang}")


@pytest.mark.parametrize("lang,name,country", list(_cases()))
def test_the_gazetteer_knows_the_city(lang, name, country):
    gazetteer = load_gazetteer()
    found = find_places(f"X {name} X", lang)
    assert found and found[0].end - found[0].start == len(name), found
    assert country in {gazetteer.place(i).country for i in found[0].places}


@pytest.mark.parametrize("lang,name,country", [
    ("ru", "в Харькове", "UKR"), ("uk", "у Херсоні", "UKR"), ("pl", "w Chersoniu", "UKR"),
    ("el", "στην Οδησσό", "UKR"), ("tr", "Refah'ta", "PSE"), ("ru", "в Хан-Юнисе", "PSE"),
])
def test_inflected_forms(lang, name, country):
    gazetteer = load_gazetteer()
    found = find_places(f"X {name} X", lang)
    assert country in {gazetteer.place(i).country for p in found for i in p.places}


def _events(text: str, lang: str):
    doc = process(RawDocument("t", text, published=date(2024, 5, 2), lang=lang),
                  today=date(2024, 5, 2))
    return [(e.type, e.source.country, e.target.country if e.target else None,
             e.location.country if e.location else None) for e in doc.events]


@pytest.mark.parametrize("lang,text,source,target", [
    ("en", "Russia attacked Kharkiv on Monday.", "RUS", "UKR"),
    ("en", "Israel struck Rafah overnight.", "ISR", "PSE"),
    ("es", "Rusia atacó Járkov el lunes.", "RUS", "UKR"),
    ("tr", "Rusya dün Harkov'a saldırdı.", "RUS", "UKR"),
    ("ru", "Россия нанесла удар по Харькову.", "RUS", "UKR"),
])
def test_an_attack_on_a_city_hits_its_country(lang, text, source, target):
    assert ("ASSAULT", source, target, target) in _events(text, lang)


def test_a_place_in_the_attackers_own_country_is_no_target():
    assert _events("Russian troops attacked positions near Kursk.", "en") == \
        [("ASSAULT", "RUS", None, "RUS")]
    assert ("ASSAULT", "UKR", "RUS", "RUS") in _events("Ukrainian drones attacked Belgorod.", "en")
