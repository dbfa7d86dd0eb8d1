"""A word that meets a person's name only through the key's folding of spellings, though the
name is written in the word's own script, is as weak as a stem (actors/person_guard.py
`_key_only`): it links no one who left office long ago, nor where it names a major place.
German "Personen" less its "-en" keys as "Persson" (doubled letters fold), Turkish "Hatta"
("even") as "Hata"; neither is written as the name."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2024, 5, 1)


def people(text: str, lang: str, day: date | None = DAY) -> list[str | None]:
    _, mentions, _ = code_text(text, lang, day)
    return [m.actor_id for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Diplomaten wurden gestern zu unerwünschten Personen erklärt."),
    ("de", "Die Polizei nahm am Montag drei Personen fest."),
    ("tr", "Yolcular dün Hatta Bakanlığı önünde toplandı."),
])
def test_common_word_keyed_like_a_long_gone_leaders_name_links_no_one(lang, text):
    assert people(text, lang) == []


@pytest.mark.parametrize("lang, text, actor", [
    ("de", "Gestern sagte Persson, die Regierung sei stabil.", "PER:goran-persson"),
    ("de", "Gestern wurde Perssons Rede oft zitiert.", "PER:goran-persson"),
    ("tr", "Dün Hata'nın eski danışmanı konuştu.", "PER:tsutomu-hata"),
    ("el", "Η δήλωση του Σαμαρά προκάλεσε αντιδράσεις.", "PER:antonis-samaras"),
])
def test_name_written_as_it_is_spelled_with_an_ending_still_links(lang, text, actor):
    assert actor in people(text, lang)
