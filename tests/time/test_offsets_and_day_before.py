"""Offsets from a dated occasion ("a week after the vote on 12 May"), "the day before" as the
day before the one told last, and "the day before the vote" as no date of its own."""

from datetime import date

import pytest

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates

ANCHOR = PublishedDate(date(2026, 6, 20), date(2026, 6, 20), date(2026, 6, 20), "stated")


def _values(text, lang):
    return [e.value for e in find_dates(text, lang, ANCHOR)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Talks resumed a week after the vote on 12 May."),
    ("fr", "Les pourparlers ont repris une semaine après le scrutin du 12 mai."),
    ("es", "Las conversaciones se reanudaron una semana después de las elecciones del 12 de mayo."),
    ("de", "Die Gespräche begannen eine Woche nach der Wahl vom 12. Mai wieder."),
])
def test_offset_across_the_occasion_it_counts_from(lang, text):
    assert _values(text, lang) == ["2026-05-19"]


def test_offset_stops_at_a_comma():
    assert "2026-05-19" not in _values("Talks resumed a week after the vote, on 12 May.", "en")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The envoy landed on 12 May. He had seen the king the day before."),
    ("fr", "L'émissaire est arrivé le 12 mai. La veille, il avait vu le roi."),
    ("de", "Der Gesandte landete am 12. Mai. Am Vortag hatte er den König gesehen."),
    ("ro", "Emisarul a sosit pe 12 mai. Cu o zi înainte, îl văzuse pe rege."),
])
def test_day_before_counts_from_the_day_told_last(lang, text):
    assert _values(text, lang) == ["2026-05-12", "2026-05-11"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The envoy saw the king the day before the vote."),
    ("en", "The envoy saw the king the day before he left."),
    ("fr", "L'émissaire a vu le roi la veille du sommet."),
    ("de", "Der Gesandte traf den König am Vortag der Wahl."),
    ("es", "El enviado vio al rey la víspera de la cumbre."),
    ("it", "L'inviato ha visto il re il giorno prima del voto."),
])
def test_day_before_an_occasion_is_no_date_of_its_own(lang, text):
    assert _values(text, lang) == []
