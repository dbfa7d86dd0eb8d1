"""No preposition governs a nominative article: Greek "Στο μεταξύ ο Ζελένσκι" is "meanwhile
Zelensky", whose request is his."""

from datetime import date

import pytest

from wirewatch.events.text import code_text


def dyads(text: str) -> list[tuple]:
    _, _, events = code_text(text, "el", date(2025, 5, 21))
    return [(e.type, e.source.country, e.target and e.target.country) for e in events]


@pytest.mark.parametrize("text, expected", [
    ("Στο μεταξύ, ο Ζελένσκι ζήτησε από την Ευρωπαϊκή Ένωση νέες κυρώσεις κατά της Ρωσίας.",
     ("REQUEST", "UKR", "IGO:EU")),
    ("Στο μεταξύ ο Πούτιν συναντήθηκε με τον Ερντογάν.", ("CONSULT", "RUS", "TUR")),
])
def test_a_subject_after_meanwhile_is_the_subject(text, expected):
    assert expected in dyads(text)


def test_a_neuter_article_after_a_preposition_stays_governed():
    assert ("SANCTION", "USA", "IRN") in dyads("Οι ΗΠΑ επέβαλαν κυρώσεις για το Ιράν.")
