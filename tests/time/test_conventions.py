"""Numeric order, extents and guards that follow the TempEval-3 conventions (English, Spanish).

Sentences are written for these tests. Anchor: Saturday 2024-06-15.
"""

import pytest

from wirewatch.time import find_dates, resolve_event_date


def _got(sentence, lang, anchor):
    return [(x.text, x.value) for x in find_dates(sentence, lang, anchor)]


@pytest.mark.parametrize("sentence,expected", [
    ("The decree was signed on 7/8/2022.", ("7/8/2022", "2022-07-08")),        # month first
    ("The decree was signed on 25/8/2022.", ("25/8/2022", "2022-08-25")),      # impossible month: day first
    ("The talks ended on 12.11.2022 in Doha.", ("12.11.2022", "2022-11-12")),  # dotted: day first
])
def test_english_numeric_dates_are_month_first(sentence, expected, anchor):
    assert expected in _got(sentence, "en", anchor)


def test_other_packs_stay_day_first(anchor):
    assert ("el 7/8/2022", "2022-08-07") in _got("El decreto se firmó el 7/8/2022.", "es", anchor)
    assert ("7/8/2022", "2022-08-07") in _got("Le décret a été signé le 7/8/2022.", "fr", anchor)


@pytest.mark.parametrize("sentence,expected", [
    ("The deal was closed by June 10. Then the board met.", ("June 10", "2024-06-10")),
    ("Monday's vote was close.", ("Monday", "2024-06-10")),
    ("Output fell in 1957-58 and recovered.", ("58", "1958")),
    ("Output is the highest since '82.", ("'82", "1982")),
])
def test_english_extents(sentence, expected, anchor):
    assert expected in _got(sentence, "en", anchor)


@pytest.mark.parametrize("sentence", [
    "The index fell in the past nine days.",
    "Nobody knows the future of the club.",
    "The company released Photo '11 to its users.",
])
def test_english_non_dates(sentence, anchor):
    assert _got(sentence, "en", anchor) == []


@pytest.mark.parametrize("sentence,expected", [
    ("El juez dictó sentencia el pasado 24 de enero.", ("el pasado 24 de enero", "2024-01-24")),
    ("El acuerdo se firmará el próximo 24 de enero.", ("el próximo 24 de enero", "2025-01-24")),
    ("La final se juega el día 19 de mayo y la vuelta el día 26.", ("el día 26", "2024-05-26")),
    ("La prueba empezó el 25 de mayo y concluye el día 5.", ("el día 5", "2024-06-05")),
    ("Los precios subieron mucho a mediados de 2011.", ("mediados de 2011", "2011")),
    ("El precio es el más bajo desde el 2008.", ("el 2008", "2008")),
])
def test_spanish_extents_and_values(sentence, expected, anchor):
    assert expected in _got(sentence, "es", anchor)


def test_spanish_future_noun_is_not_a_date(anchor):
    assert _got("El futuro del entrenador se decide pronto.", "es", anchor) == [("pronto", "FUTURE_REF")]


@pytest.mark.parametrize("lang,sentence,verb,future,want", [
    ("en", "The leaders met on Saturday in Geneva.", "met", False, "2024-06-15"),
    ("en", "The leaders will meet on Saturday in Geneva.", "meet", True, "2024-06-15"),
    ("en", "The leaders will meet on Monday in Geneva.", "meet", True, "2024-06-17"),
    ("es", "Los líderes se reunieron el sábado en Ginebra.", "reunieron", False, "2024-06-15"),
    ("es", "Los líderes se reunirán el lunes en Ginebra.", "reunirán", True, "2024-06-17"),
])
def test_weekday_event_dates_in_a_saturday_paper(lang, sentence, verb, future, want, anchor):
    """"on Saturday" in a Saturday paper is that day; in the future tense a weekday is the first
    such day on or after the paper's day."""
    exprs = find_dates(sentence, lang, anchor)
    value, prec = resolve_event_date(exprs, 0, len(sentence), sentence.index(verb), anchor, future, False)
    assert (value, prec) == (want, "day")
