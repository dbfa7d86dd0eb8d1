"""Bare surnames of office holders (actors/surnames.py): "Sánchez" alone is Pedro Sánchez
while he governs and no other bearer of the name holds as high an office that day."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.actors.kb import KnowledgeBase, add_person
from wirewatch.actors.surnames import holder_of_surname, surname_index, surname_of
from wirewatch.events.text import code_text

DAY = date(2023, 5, 10)


def linked(text: str, lang: str, day: date | None = DAY) -> list[str | None]:
    _, mentions, _ = code_text(text, lang, day)
    return [m.actor_id for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("lang, text", [
    ("es", "Sánchez defendió ayer en el Congreso su plan de vivienda."),
    ("pt", "O governo de Lisboa recebeu Sánchez para uma cimeira ibérica."),
    ("it", "Il vertice si è chiuso con una dichiarazione di Sánchez sui migranti."),
    ("fr", "Le chef du gouvernement espagnol, Sánchez, a annoncé des élections."),
    ("en", "Sánchez told reporters in Brussels that the deal was close."),
])
def test_bare_surname_of_a_head_of_government_links(lang, text):
    assert "PER:pedro-sanchez" in linked(text, lang)


def test_no_date_no_bare_surname():
    assert "PER:pedro-sanchez" not in linked("Sánchez defendió su plan.", "es", None)


def test_out_of_office_no_bare_surname():
    assert "PER:pedro-sanchez" not in linked("Sánchez defendió su plan.", "es", date(2010, 3, 1))


@pytest.mark.parametrize("text", [
    "El delantero Carlos Sánchez marcó dos goles.",  # an unknown capitalised word beside it
    "Carlos Sánchez marcó dos goles en la final.",  # a known given name, at a sentence start
])
def test_someone_elses_full_name_does_not_link(text):
    assert "PER:pedro-sanchez" not in linked(text, "es")


@pytest.mark.parametrize("lang, text", [
    ("ru", "Министр рассказал о письме Кима и о реакции Сеула."),
    ("ro", "Vizita lui Kim la Moscova a durat o săptămână."),
    ("el", "Ο Πούτιν συναντήθηκε με τον Κιμ στο Βλαδιβοστόκ."),
])
def test_family_name_first_surname_links(lang, text):
    assert "PER:kim-jong-un" in linked(text, lang)


def test_two_letter_surname_of_a_leader():
    assert "PER:xi-jinping" in linked("Переговоры Си и Лулы прошли в Пекине.", "ru")


def test_surname_words():
    assert surname_of("Pedro Sánchez", False) == "Sánchez"
    assert surname_of("Kim Jong Un", True) == "Kim"
    assert surname_of("Mohammed bin Salman", False) is None
    assert surname_of("Albert II", False) is None
    assert surname_of("Ursula von der Leyen", False) is None
    assert surname_of("محمد سلمان", False) is None  # no capitals: no telling a name from a word
    assert surname_of("Macron", False) is None


def _kb(*people: tuple[str, str, str]) -> KnowledgeBase:
    kb = KnowledgeBase()
    for name, country, role in people:
        add_person(kb, {"id": "PER:" + name.lower().replace(" ", "-"), "name": name,
                        "country": country, "names": [name],
                        "roles": [{"role": role, "country": country, "start": "2020-01-01"}]})
    return kb


def test_the_higher_office_wins_a_shared_surname():
    kb = _kb(("Anna Vester", "NOR", "head_of_government"), ("Per Vester", "DNK", "spokesperson"))
    assert holder_of_surname(kb, ["PER:anna-vester", "PER:per-vester"], DAY) == "PER:anna-vester"


def test_equal_offices_leave_a_shared_surname_unlinked():
    kb = _kb(("Anna Vester", "NOR", "foreign_minister"), ("Per Vester", "DNK", "defence_minister"))
    assert holder_of_surname(kb, ["PER:anna-vester", "PER:per-vester"], DAY) is None
    assert holder_of_surname(kb, ["PER:anna-vester"], date(2019, 1, 1)) is None


def test_a_surname_that_is_a_given_name_is_not_indexed():
    kb = _kb(("Ola Thomas", "NOR", "foreign_minister"), ("Thomas Berg", "SWE", "head_of_state"))
    index = surname_index(kb)
    assert "PER:ola-thomas" not in {e.actor_id for es in index.by_form.values() for e in es}
    assert "PER:thomas-berg" in {e.actor_id for es in index.by_form.values() for e in es}


@pytest.mark.parametrize("lang, text, person", [
    ("es", "El tren llegó a Zamora por la tarde.", "PER:espot-zamora"),  # a city
    ("en", "The portrait of Mao hung in the hall.", "PER:mao-ning"),  # a spokeswoman
])
def test_places_and_minor_offices_keep_their_surnames(lang, text, person):
    assert person not in linked(text, lang)
