"""A day told in the pluperfect is background: it does not become the day that the
sentences after it tell (narrative_day)."""

from datetime import date

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates, narrative_day

THU = PublishedDate(date(2024, 6, 13), date(2024, 6, 13), date(2024, 6, 13), "stated")


def _story_day(text, lang, before):
    return narrative_day(find_dates(text, lang, THU), text.index(before), THU)


def test_german_pluperfect_day_does_not_carry():
    text = ("Das Ministerium bestellte am Donnerstag den Botschafter ein. Die Polizei hatte am "
            "Dienstag zwei Männer festgenommen. Die Botschaft wies die Vorwürfe zurück.")
    assert _story_day(text, "de", "Die Botschaft") == "2024-06-13"


def test_french_pluperfect_day_does_not_carry():
    text = ("Le ministère a convoqué jeudi l'ambassadeur. La police avait arrêté mardi deux "
            "hommes. L'ambassade a rejeté les accusations.")
    assert _story_day(text, "fr", "L'ambassade") == "2024-06-13"


def test_simple_past_day_still_carries():
    text = ("Die Polizei nahm am Dienstag zwei Männer fest. Die Botschaft wies die Vorwürfe "
            "zurück.")
    assert _story_day(text, "de", "Die Botschaft") == "2024-06-11"
