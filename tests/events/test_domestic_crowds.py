"""Domestic protest: a crowd named by its number is a party (CVL) of the country it gathers in,
a protest against a government's measure has that government as its target, and crowd-control
weapons used on people are ASSAULT crowd-control (PLOVER manual)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text


def dyads(text: str, lang: str) -> list[tuple]:
    _, _, events = code_text(text, lang, date(2025, 3, 24))
    return [(e.type, e.source.id, e.source.country, e.target and e.target.id,
             e.target and e.target.country) for e in events]


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Thousands of people protested in Athens on Sunday against the pension reform.", "GRC"),
    ("it", "Migliaia di persone hanno manifestato a Roma contro la manovra.", "ITA"),
    ("fr", "Des milliers de personnes ont manifesté à Paris contre la réforme des retraites.",
     "FRA"),
    ("el", "Χιλιάδες πολίτες διαδήλωσαν στην Αθήνα κατά του νομοσχεδίου.", "GRC"),
    ("pl", "Tysiące osób protestowało w Warszawie przeciwko reformie sądownictwa.", "POL"),
    ("es", "Miles de personas marcharon en Madrid contra el proyecto de ley.", "ESP"),
    ("de", "Tausende Menschen demonstrierten in Berlin gegen den Gesetzentwurf.", "DEU"),
    ("tr", "İstanbul'da binlerce kişi yasa tasarısını protesto etti.", "TUR"),
    ("pt", "Milhares de pessoas protestaram em Lisboa contra o projeto de lei.", "PRT"),
    ("ro", "Mii de oameni au protestat la București împotriva proiectului de lege.", "ROU"),
    ("uk", "Тисячі людей протестували у Києві проти законопроєкту.", "UKR"),
])
def test_a_crowd_protests_against_the_government_behind_a_measure(lang, text, country):
    assert ("PROTEST", "SEC:CROWD", country, "SEC:POLICY", country) in dyads(text, lang)


def test_students_protest_against_a_bill_named_by_its_abbreviation():
    assert ("PROTEST", "SEC:STUDENTS", "IDN", "SEC:POLICY", "IDN") in dyads(
        "Ribuan mahasiswa berunjuk rasa di Jakarta menolak RUU Polri.", "id")


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Police used tear gas against hundreds of people who gathered in Nairobi.",
     ("ASSAULT", "SEC:POLICE", "KEN", "SEC:CROWD", "KEN")),
    ("en", "Indian police baton-charged the crowd in Srinagar.",
     ("ASSAULT", "SEC:POLICE", "IND", "SEC:CROWD", "IND")),
    ("en", ("Serbian police fired tear gas and pepper spray at anti-government protesters in "
           "Belgrade."), ("ASSAULT", "SEC:POLICE", "SRB", "SEC:PROTESTERS", "SRB")),
    ("tr", "Ankara'da çevik kuvvet polisi üniversite öğrencilerine biber gazıyla müdahale etti.",
     ("ASSAULT", "SEC:POLICE", "TUR", "SEC:STUDENTS", "TUR")),
])
def test_crowd_control_weapons_used_on_people_are_an_assault(lang, text, expected):
    assert expected in dyads(text, lang)


def test_a_dispersal_stays_coercion():
    assert ("COERCE", "SEC:POLICE", "TUR", "SEC:PROTESTERS", "TUR") in dyads(
        "Police dispersed the protesters in Istanbul on Sunday.", "en")


@pytest.mark.parametrize("lang, text, expected", [
    ("pl", "Przed ambasadą Rosji w Warszawie protestowało kilkaset osób.",
     ("PROTEST", "SEC:CROWD", "POL", "RUS", "RUS")),
    ("pl", "Przed ambasadą Rosji w Warszawie protestowali demonstranci.",
     ("PROTEST", "SEC:PROTESTERS", "POL", "RUS", "RUS")),
])
def test_a_fronted_object_of_a_verb_first_clause_is_its_target(lang, text, expected):
    assert expected in dyads(text, lang)
