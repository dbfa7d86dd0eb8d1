"""A country's name that stands as a surname, after a given name or a form of address, is a
person, not the country (actors/guards.py `surname_reading`)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 6, 1)


def _mentions(text: str, lang: str):
    return code_text(text, lang, DAY)[1]


def _countries(text: str, lang: str) -> set[str]:
    """Countries named as parties, or as whose a role or body is."""
    return {m.country for m in _mentions(text, lang) if m.kind != "person"}


def _people(text: str, lang: str) -> set[str]:
    return {m.actor_id for m in _mentions(text, lang) if m.kind == "person"}


@pytest.mark.parametrize("lang, text, wrong", [
    # another person of the country's name: a given name not the known bearer's
    ("en", "The lawyer Mario Montenegro said the ruling was unfair.", "MNE"),
    ("es", "El diputado Mario Montenegro criticó al ministro de Hacienda.", "MNE"),
    ("pt", "O advogado Ricardo Salvador contestou a decisão do tribunal.", "SLV"),
    ("de", "Der Anwalt Daniel Jordan widersprach dem Gericht.", "JOR"),
])
def test_given_name_and_country_surname(lang, text, wrong):
    assert wrong not in _countries(text, lang)
    assert "PER:luis-montenegro" not in _people(text, lang)


def test_given_name_and_country_surname_both_misread():
    """"Pavel" is a known person's surname and a given name: before a country's name that
    stands as a surname, neither the Czech president nor Jordan is meant."""
    text = "The lawyer Pavel Jordan filed a complaint against the ministry."
    assert "JOR" not in _countries(text, "en")
    assert "PER:petr-pavel" not in _people(text, "en")


@pytest.mark.parametrize("lang, text", [
    # a form of address: the person of that surname, the Portuguese prime minister
    ("en", "Mr Montenegro said he would not resign.", ),
    ("pt", "O senhor Montenegro disse que não se demite.", ),
    ("pl", "Pan Montenegro powiedział, że nie poda się do dymisji.", ),
    ("de", "Herrn Montenegro zufolge tritt er nicht zurück.", ),
])
def test_address_and_country_surname(lang, text):
    assert "MNE" not in _countries(text, lang)
    assert "PER:luis-montenegro" in _people(text, lang)


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Neighbouring Jordan closed its border.", "JOR"),
    ("en", "The president of Montenegro met the Serbian premier.", "MNE"),
    ("pt", "Portugal e Montenegro assinaram um acordo.", "MNE"),
    ("de", "Israel und Jordanien verhandeln über Wasser.", "ISR"),
])
def test_country_still_links(lang, text, country):
    assert country in _countries(text, lang)
