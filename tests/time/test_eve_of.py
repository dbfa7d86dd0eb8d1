"""Ukrainian "напередодні" and Russian "накануне" mean "the day before" alone, but "on the eve
of" before a season or an occasion ("напередодні зими", "накануне саммита"): not yesterday."""

from datetime import date

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates

ANCHOR = PublishedDate(date(2026, 11, 20), date(2026, 11, 20), date(2026, 11, 20), "stated")


def _values(text, lang):
    return [e.value for e in find_dates(text, lang, ANCHOR)]


def test_ukrainian_eve_of_winter_is_not_yesterday():
    assert "2026-11-19" not in _values("Уряд напередодні зими виділив кошти на котельні.", "uk")


def test_russian_eve_of_summit_is_not_yesterday():
    assert _values("Накануне саммита министры провели консультации в Женеве.", "ru") == []


def test_ukrainian_bare_eve_is_still_yesterday():
    assert _values("Міністр напередодні провів переговори з колегою.", "uk") == ["2026-11-19"]


def test_russian_bare_eve_is_still_yesterday():
    assert _values("Накануне министр провел переговоры с коллегой.", "ru") == ["2026-11-19"]
