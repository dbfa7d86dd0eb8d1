"""A weekday written after its date ("6 Kasım Perşembe") dates the text like one before it."""

from datetime import date

import pytest

from wirewatch.time import publication_date

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize("lang, text", [
    ("tr", "Dışişleri Bakanı, 6 Kasım Perşembe günü Şam'da mevkidaşıyla bir araya geldi."),
    ("fr", "Le ministre a rencontré son homologue le 6 novembre (jeudi) à Damas."),
    ("es", "El ministro se reunió con su homólogo el 6 de noviembre, jueves, en Damasco."),
])
def test_weekday_after_the_date_gives_the_year(lang, text):
    pub = publication_date(text, lang, None, [(date(2024, 1, 1), TODAY)], TODAY)
    assert pub.earliest == date(2025, 11, 6), pub
