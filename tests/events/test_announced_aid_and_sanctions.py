"""Announcing or pledging an act (events/announcement.py, status.toml [announced]): announced
aid is still to be delivered, so planned; an announced sanction is imposed by the
announcement, so asserted. Sentences written for these tests."""

import pytest

from wirewatch.lang.check import code_example


def _statuses(sentence: str, lang: str, etype: str) -> set[str]:
    return {e.status for e in code_example(sentence, lang) if e.type == etype}


@pytest.mark.parametrize("sentence, lang", [
    ("The Canadian government announced a new package of humanitarian aid for Sudan.", "en"),
    ("El Gobierno italiano anunció el envío de ayuda humanitaria a Sudán.", "es"),
    ("Il governo spagnolo ha annunciato nuovi aiuti umanitari per il Sudan.", "it"),
    ("Le Canada a annoncé une aide humanitaire supplémentaire pour le Soudan.", "fr"),
    ("O Governo português anunciou o envio de ajuda humanitária a Moçambique.", "pt"),
    ("Guvernul român a anunțat un nou pachet de asistență militară pentru Ucraina.", "ro"),
    ("Уряд Канади оголосив про новий пакет військової допомоги Україні.", "uk"),
])
def test_announced_aid_is_planned(sentence, lang):
    assert _statuses(sentence, lang, "AID") == {"planned"}


@pytest.mark.parametrize("sentence, lang", [
    ("The European Union announced sanctions on three Iranian generals.", "en"),
    ("La Unión Europea anunció que impondrá sanciones a tres generales iraníes.", "es"),
])
def test_announced_sanctions_are_asserted(sentence, lang):
    assert _statuses(sentence, lang, "SANCTION") == {"asserted"}


def test_aid_without_announcement_stays_asserted():
    sentence = "The Canadian government sent humanitarian aid to Sudan."
    assert _statuses(sentence, "en", "AID") == {"asserted"}


def test_a_sanction_planned_without_announcement_stays_planned():
    sentence = "The European Union will impose sanctions on three Iranian generals."
    assert _statuses(sentence, "en", "SANCTION") == {"planned"}
