"""Place cues of wave 3 on own sentences: a settlement named by its kind or by what it is
near, Turkish locative adjectives and district phrases, "the capital" as a place, attacks
abroad told from home and talks hosted in the dateline's city."""

from __future__ import annotations

import pytest

from wirewatch.geo.gazetteer import load_gazetteer
from wirewatch.geo.recognize import AT, find_places
from wirewatch.models import RawDocument
from wirewatch.pipeline import process


def _cue_of(text: str, lang: str, name: str) -> str | None:
    found = [p for p in find_places(text, lang) if text[p.start:p.end].startswith(name)]
    assert found, (name, text)
    return found[0].cue


APPOSITIONS = [
    ("en", "Drones set fire to a grain store in the port of Odesa overnight.", "Odesa"),
    ("en", "Rebels seized two army posts near Goma on Monday.", "Goma"),
    ("el", "Drones χτύπησαν αποθήκες στο λιμάνι της Οδησσού.", "Οδησσού"),
    ("ro", "Dronele au lovit infrastructura portuară din Izmail.", "Izmail"),
    ("ro", "Un depozit a ars lângă Odesa.", "Odesa"),
    ("es", "Los soldados entraron en la localidad de Jenin al amanecer.", "Jenin"),
    ("fr", "Des combats ont éclaté près de Goma.", "Goma"),
    ("fr", "Une frappe a touché le port d'Odessa.", "Odessa"),
    ("it", "Un drone ha colpito un'auto nei pressi di Aleppo.", "Aleppo"),
    ("pt", "Os rebeldes atacaram posições perto de Goma.", "Goma"),
    ("de", "Die Armee griff Stellungen nahe Aleppo an.", "Aleppo"),
    ("ru", "Пожар начался в порту Одессы после атаки.", "Одессы"),
    ("uk", "Пожежа спалахнула в порту Одеси після атаки.", "Одеси"),
    ("pl", "Drony spadły w pobliżu Charkowa.", "Charkowa"),
    ("id", "Pasukan itu menyerang pos militer dekat Aleppo.", "Aleppo"),
    ("ar", "قصفت الطائرات مدينة حلب صباح اليوم.", "حلب"),
    ("fa", "درگیری در حوالی شهر مشهد رخ داد.", "مشهد"),
    ("tr", "Polis, İstanbul'un Kadıköy semtinde toplanan öğrencilere müdahale etti.",
     "İstanbul"),
    ("tr", "Halep kırsalındaki mevziler vuruldu.", "Halep"),
    ("tr", "Gazze'deki ateşkes görüşmeleri sürüyor.", "Gazze"),
]


@pytest.mark.parametrize(("lang", "text", "name"), APPOSITIONS,
                         ids=[f"{c[0]}-{c[2]}" for c in APPOSITIONS])
def test_a_settlement_named_by_its_kind_or_neighbourhood_is_where_it_happens(lang, text, name):
    assert _cue_of(text, lang, name) == AT


def test_a_genitive_before_another_name_is_not_the_place():
    text = "İsrail'in Halep'in güneyindeki mevzilere saldırısı"
    assert _cue_of(text, "tr", "İsrail") is None
    assert _cue_of(text, "tr", "Halep") == AT


def test_a_month_with_a_case_ending_is_no_town():
    text = "Heyetler 12 Mayıs'ta yeniden görüşecek."
    assert not [p for p in find_places(text, "tr", None, load_gazetteer())
                if text[p.start:p.end].startswith("Mayıs")]


def _events(text: str, lang: str):
    return process(RawDocument("test", text, lang=lang)).events


def _place(event) -> tuple[str | None, str | None]:
    return (event.location.place, event.location.country) if event.location else (None, None)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia attacked the Ukrainian capital with drones on Sunday."),
    ("de", "Russland hat die ukrainische Hauptstadt mit Drohnen angegriffen."),
    ("ru", "Россия атаковала украинскую столицу дронами."),
])
def test_the_capital_of_a_named_country(lang, text):
    strikes = [e for e in _events(text, lang) if e.type == "ASSAULT"]
    assert strikes and _place(strikes[0]) == ("Kyiv", "UKR")


def test_the_capital_of_the_parties_country():
    events = _events("Tens of thousands of Serbian students rallied in the capital on Saturday.",
                     "en")
    assert [_place(e) for e in events if e.type == "PROTEST"] == [("Belgrade", "SRB")]


def test_the_capital_named_beside_the_word_lends_it_the_cue():
    events = _events("Serbian students rallied in the capital, Belgrade, on Saturday.", "en")
    assert [_place(e) for e in events if e.type == "PROTEST"] == [("Belgrade", "SRB")]


def test_talks_of_foreign_parties_are_held_in_the_dateline_city():
    text = ("GENEVA, May 4 (Reuters) - Iranian and American negotiators met on Sunday for a "
            "third round of talks on the nuclear programme.")
    talks = [e for e in _events(text, "en") if e.type == "CONSULT"]
    assert talks and _place(talks[0]) == ("Geneva", "CHE")


def test_an_attack_abroad_told_from_home_is_placed_in_the_struck_country():
    text = ("KHARKIV, May 4 (Reuters) - Ukrainian drones struck a Russian oil refinery "
            "overnight, the general staff said.")
    strikes = [e for e in _events(text, "en") if e.type == "ASSAULT"]
    assert strikes and _place(strikes[0]) == (None, "RUS")


def test_a_place_opening_the_sentence_sets_all_its_events():
    text = ("Hundreds of tractors blocked the ring road in Lyon on Tuesday. Farmers said they "
            "would stay for days. The government offered talks. In Toulouse, clashes broke out "
            "at noon and police later arrested four protesters near the prefecture.")
    arrests = [e for e in _events(text, "en") if e.type == "COERCE"]
    assert arrests and _place(arrests[0]) == ("Toulouse", "FRA")
