"""False links of short forms in capitals (guards.short_form_misread) and of one-word places
that open a longer name (places_as_parties._before_capital)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2026, 5, 20)


def _countries(text: str, lang: str) -> set[str | None]:
    return {m.country for m in code_text(text, lang, DAY)[1]}


@pytest.mark.parametrize("lang, text, wrong", [
    # a ministry's short form is no country whose name folds to it (Mön, the Isle of Man)
    ("pl", "Szef MON zapowiedział zakup nowych czołgów.", "IMN"),
    ("pl", "Rzecznik MON odmówił komentarza w sprawie przetargu.", "IMN"),
])
def test_short_form_in_capitals_is_no_country(lang, text, wrong):
    assert wrong not in _countries(text, lang)


@pytest.mark.parametrize("lang, text, country", [
    ("en", "The UK summoned the Iranian ambassador.", "GBR"),
    ("en", "The USA imposed new tariffs on steel.", "USA"),
    ("ru", "США ввели новые санкции.", "USA"),
])
def test_country_short_forms_stand(lang, text, country):
    assert country in _countries(text, lang)


@pytest.mark.parametrize("lang, text, wrong", [
    # "Cabo" alone is a town of Brazil; "Cabo Delgado" is a province of Mozambique
    ("pt", "O governo enviou ajuda para as famílias deslocadas de Cabo Delgado.", "BRA"),
    ("es", "El gobierno envió ayuda a las familias desplazadas de Cabo Delgado.", "BRA"),
])
def test_place_opening_a_longer_name_is_no_party(lang, text, wrong):
    assert wrong not in _countries(text, lang)


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Russian missiles struck Kharkiv Tuesday.", "UKR"),
    # German capitalises nouns: the word after the city is no part of its name
    ("de", "Russische Raketen trafen in Charkiw Wohnhäuser.", "UKR"),
])
def test_place_before_a_weekday_or_a_german_noun_stands(lang, text, country):
    assert country in _countries(text, lang)
