"""National bodies named by their own name or acronym (actors/data/bodies.toml): a state's
security service, armed forces or political party is that sector of its country, so that it
can be a party to an event. Short forms that are words or other bodies elsewhere count only in
the languages the data file names. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from wirewatch.events.text import code_text


def bodies(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    _, mentions, _ = code_text(text, lang, None)
    return [(m.surface, m.country, m.role) for m in mentions if m.kind == "sector"
            and m.role in ("MILITARY", "POLICE", "SECURITY", "PARTY")]


def dyads(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    _, _, events = code_text(text, lang, None)
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("lang, text, surface, country, sector", [
    ("uk", "Вранці СБУ повідомила про нову операцію.", "СБУ", "UKR", "SECURITY"),
    ("ru", "В четверг ФСБ отчиталась о задержаниях.", "ФСБ", "RUS", "SECURITY"),
    ("en", "Officials said MI5 had opened an inquiry.", "MI5", "GBR", "SECURITY"),
    ("fr", "Selon Tsahal, l'opération a duré deux jours.", "Tsahal", "ISR", "MILITARY"),
    ("pl", "Posłowie PiS opuścili salę obrad.", "PiS", "POL", "PARTY"),
    ("de", "Die AfD stellte am Montag ihr Programm vor.", "AfD", "DEU", "PARTY"),
    ("tr", "CHP yeni bir kurultay tarihi açıkladı.", "CHP", "TUR", "PARTY"),
    ("es", "El PP presentó su candidato en Sevilla.", "PP", "ESP", "PARTY"),
    ("id", "KPK memeriksa tiga saksi pada hari Senin.", "KPK", "IDN", "POLICE"),
])
def test_a_national_body_is_its_country_s_sector(lang, text, surface, country, sector):
    assert (surface, country, sector) in bodies(text, lang)


@pytest.mark.parametrize("lang, text, etype, source, target", [
    ("uk", "СБУ затримала агента Росії в Житомирі.", "COERCE", "UKR", "RUS"),
    ("ru", "ФСБ задержала гражданина Эстонии в Пскове.", "COERCE", "RUS", "EST"),
    ("en", "PiS demanded an apology from Germany.", "REQUEST", "POL", "DEU"),
    ("en", "The IDF struck targets in Syria overnight.", "ASSAULT", "ISR", "SYR"),
])
def test_a_national_body_is_a_party_to_events(lang, text, etype, source, target):
    assert (etype, source, target) in dyads(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("pt", "O PP anunciou o seu candidato em Brasília."),  # Partido Progressista
    ("en", "Floods in KPK cut roads on Sunday."),  # Khyber Pakhtunkhwa
    ("de", "Der NABU warnte vor dem Bau der Straße."),  # a German conservation society
    ("it", "Il PSD ha votato contro la legge."),  # Romanian only
])
def test_a_short_form_counts_only_in_its_languages(lang, text):
    assert bodies(text, lang) == []


def test_a_body_named_with_another_country_is_its_namesake():
    assert bodies("The Sweden Democrats chose a new leader.", "en") \
        == [("Sweden Democrats", "SWE", "PARTY")]
