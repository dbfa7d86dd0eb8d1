"""Quarters, seasons, decades, reference words, years joined to months, clause-bound tense."""

from datetime import date

import pytest

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates, resolve_event_date


def _found(text, lang, day=date(2024, 6, 15)):
    anchor = PublishedDate(day, day, day, "stated")
    return [(x.text, x.value) for x in find_dates(text, lang, anchor)]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Profits rose in the third quarter of 2023.", ("the third quarter of 2023", "2023-Q3")),
    ("en", "Sales fell in the first quarter of last year.", ("the first quarter of last year", "2023-Q1")),
    ("en", "Output grew in the fourth quarter.", ("the fourth quarter", "2023-Q4")),
    ("en", "Output will grow in the fourth quarter.", ("the fourth quarter", "2024-Q4")),
    ("en", "Output grew in the last quarter.", ("the last quarter", "2024-Q1")),
    ("en", "Exports rose in Q1 of this year.", ("Q1 of this year", "2024-Q1")),
    ("es", "Las ventas cayeron en el segundo trimestre del 2022.", ("el segundo trimestre del 2022", "2022-Q2")),
    ("es", "El beneficio subió en el último trimestre del 2021.", ("el último trimestre del 2021", "2021-Q4")),
])
def test_quarters(lang, text, expected):
    assert expected in _found(text, lang)


@pytest.mark.parametrize("lang,text,day,expected", [
    ("en", "The talks collapsed last summer.", date(2024, 3, 1), ("last summer", "2023-SU")),
    ("en", "The offensive is expected next spring.", date(2024, 6, 15), ("next spring", "2025-SP")),
    ("en", "The treaty was signed in the summer of 2019.", date(2024, 6, 15), ("summer of 2019", "2019-SU")),
    ("es", "Las conversaciones fracasaron el pasado invierno.", date(2024, 6, 15), ("el pasado invierno", "2023-WI")),
    ("es", "El acuerdo se firmó en otoño.", date(2024, 10, 20), ("otoño", "2024-FA")),
])
def test_seasons(lang, text, day, expected):
    assert expected in _found(text, lang, day)


def test_ambiguous_season_needs_a_cue():
    assert _found("Prices fall when supply rises.", "en") == []
    assert _found("Water from a spring was tested.", "en") == []


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Trade boomed in the 1990s.", ("the 1990s", "199")),
    ("en", "Cars of the '70s were larger.", ("the '70s", "197")),
    ("es", "Los coches de los años 80 eran más grandes.", ("los años 80", "198")),
    ("es", "La crisis de la década de 1930 fue larga.", ("la década de 1930", "193")),
])
def test_decades(lang, text, expected):
    assert expected in _found(text, lang)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The ministry is now reviewing the deal.", ("now", "PRESENT_REF")),
    ("en", "The two sides have recently met in Doha.", ("recently", "PAST_REF")),
    ("en", "Relations may improve in the near future.", ("the near future", "FUTURE_REF")),
    ("es", "El ministerio revisa actualmente el acuerdo.", ("actualmente", "PRESENT_REF")),
    ("es", "Las relaciones podrían mejorar a largo plazo.", ("largo plazo", "FUTURE_REF")),
])
def test_reference_words(lang, text, expected):
    assert expected in _found(text, lang)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The plant will close after October of next year.", ("October of next year", "2025-10")),
    ("es", "Las ventas no se veían desde septiembre del año pasado.", ("septiembre del año pasado", "2023-09")),
    ("en", "The wars of 1956, 1967 and 1973 reshaped the region.", ("1973", "1973")),
    ("en", "He cited a 2009 analysis by the budget office.", ("2009", "2009")),
    ("es", "Los aviones empezarán a volar en el 2027.", ("el 2027", "2027")),
    ("es", "La prueba concluye el día 20.", ("el día 20", "2024-06-20")),
])
def test_years_joined_and_listed(lang, text, expected):
    assert expected in _found(text, lang)


def test_tense_stays_in_the_expressions_clause():
    # "announced on Friday that it will ...": Friday is past; "will" belongs to the that-clause
    assert ("Friday", "2024-06-14") in _found("The company announced on Friday that it will cut jobs.", "en")
    assert ("Friday", "2024-06-21") in _found("The company will cut jobs on Friday.", "en")


def test_event_dates_skip_reference_words_and_give_quarters_their_year():
    day = date(2024, 6, 15)
    anchor = PublishedDate(day, day, day, "stated")
    text = "Iran now says Russia delivered the drones in the first quarter of 2023."
    exprs = find_dates(text, "en", anchor)
    assert resolve_event_date(exprs, 0, len(text), text.index("delivered"), anchor, False, False) == ("2023", "year")
    text = "Iran now says Russia delivered the drones."
    exprs = find_dates(text, "en", anchor)
    assert resolve_event_date(exprs, 0, len(text), text.index("delivered"), anchor, False, False) == ("2024-06-15", "day")
