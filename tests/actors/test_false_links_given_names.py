"""A given name that sounds like a known person's surname, followed by another surname, is
that other person (actors/person_guard.py `_given_name_of_other`)."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 6, 1)


def _people(text: str, lang: str) -> set[str]:
    return {m.actor_id for m in code_text(text, lang, DAY)[1] if m.kind == "person"}


@pytest.mark.parametrize("lang, text, wrong", [
    # "Paweł" keys as "Pavel", "Παύλος" shares its stem: neither is the Czech president
    ("pl", "Rzecznik MSZ Paweł Wroński skrytykował decyzję Moskwy.", "PER:petr-pavel"),
    ("pl", "Wiceminister Paweł Kowalczyk odwiedził Kijów we wtorek.", "PER:petr-pavel"),
    ("el", "Ο κυβερνητικός εκπρόσωπος Παύλος Μαρινάκης επέκρινε την Τουρκία.", "PER:petr-pavel"),
    ("el", "Ο βουλευτής Παύλος Γερουλάνος μίλησε στη Βουλή.", "PER:petr-pavel"),
    # "Pavel" written as the surname, but a known given name before another surname
    ("en", "Opposition senator Pavel Novotny criticised the government.", "PER:petr-pavel"),
    ("de", "Der Abgeordnete Pavel Svoboda kritisierte die Regierung in Prag.", "PER:petr-pavel"),
])
def test_given_name_before_other_surname(lang, text, wrong):
    assert wrong not in _people(text, lang)


@pytest.mark.parametrize("lang, text, person", [
    ("pl", "Prezydent Czech Petr Pavel spotkał się z premierem.", "PER:petr-pavel"),
    ("pl", "Prezydent Pavel odwiedził Warszawę.", "PER:petr-pavel"),
    ("el", "Ο πρόεδρος Πάβελ επισκέφθηκε την Αθήνα.", "PER:petr-pavel"),
    ("en", "Czech President Pavel met the German chancellor on Monday.", "PER:petr-pavel"),
    # a capitalised noun after a surname written as listed is no surname (German nouns)
    ("de", "Er sagte, dass Putin Truppen an die Grenze schicke.", "PER:vladimir-putin"),
])
def test_surname_still_links(lang, text, person):
    assert person in _people(text, lang)
