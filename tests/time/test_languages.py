"""Detection and resolution per pack language (sentences in time_lang_cases.py)."""

from datetime import date

import pytest
from time_lang_cases import CASES, PUB_PAIRS

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates, publication_date

LANGS = ["el", "en", "ro", "id", "ru", "uk", "fr", "de", "es", "it", "pt", "tr", "ar", "fa", "zh", "pl"]
KINDS = ["weekday", "future", "relative", "absolute", "month", "year"]


def test_all_languages_covered():
    assert sorted(CASES) == sorted(LANGS)
    assert sorted(PUB_PAIRS) == sorted(LANGS)
    for lang in LANGS:
        for kind in KINDS + ["guards"]:
            assert CASES[lang].get(kind), (lang, kind)


def _params():
    for lang in LANGS:
        for kind in KINDS:
            for i, (sentence, expected) in enumerate(CASES[lang][kind]):
                yield pytest.param(lang, sentence, expected, id=f"{lang}-{kind}-{i}")


@pytest.mark.parametrize("lang,sentence,expected", list(_params()))
def test_expression(lang, sentence, expected, anchor):
    got = [(x.text, x.value) for x in find_dates(sentence, lang, anchor)]
    for item in expected:
        assert item in got, (sentence, got)


def _guards():
    for lang in LANGS:
        for i, sentence in enumerate(CASES[lang]["guards"]):
            yield pytest.param(lang, sentence, id=f"{lang}-guard-{i}")


@pytest.mark.parametrize("lang,sentence", list(_guards()))
def test_false_dates(lang, sentence, anchor):
    got = find_dates(sentence, lang, anchor)
    # relative week words may stand in a guard sentence ("Minggu lalu" = last week);
    # no day-precision weekday, time or number may be read as a date
    bad = [(x.text, x.value) for x in got if x.precision != "week"]
    assert bad == [], sentence


@pytest.mark.parametrize("lang", LANGS)
def test_offsets_are_text_offsets(lang, anchor):
    for kind in KINDS:
        for sentence, _ in CASES[lang][kind]:
            for x in find_dates(sentence, lang, anchor):
                assert sentence[x.start:x.end] == x.text


@pytest.mark.parametrize("lang", LANGS)
def test_publication_inferred_from_weekday_pair(lang):
    today = date(2026, 11, 26)
    pub = publication_date(PUB_PAIRS[lang], lang, None, [(date(2024, 7, 28), today)], today)
    assert pub.basis == "inferred"
    assert pub.value in (date(2024, 12, 2), date(2024, 12, 3))
    assert pub.earliest == date(2024, 12, 2)
    assert pub.latest <= date(2024, 12, 9)
    # the event on that Monday is then fixed to the day
    exprs = find_dates(PUB_PAIRS[lang], lang, pub)
    assert any(x.value == "2024-12-02" for x in exprs), [(x.text, x.value) for x in exprs]


@pytest.mark.parametrize("lang", LANGS)
def test_relative_without_anchor_is_none(lang):
    for sentence, _ in CASES[lang]["relative"]:
        for x in find_dates(sentence, lang, None):
            assert x.relative and x.value is None


@pytest.mark.parametrize("lang", LANGS)
def test_publication_inferred_without_any_date(lang):
    """A dateless text (a guard sentence) is dated only by the tenures of the people it names."""
    today = date(2026, 11, 26)
    text = CASES[lang]["guards"][0]
    assert publication_date(text, lang, None, [], today).basis == "unknown"
    pub = publication_date(text, lang, None, [(date(2024, 7, 28), None), (date(2023, 1, 1), date(2025, 5, 1))], today)
    assert pub.basis == "inferred"
    assert (pub.earliest, pub.latest) == (date(2024, 7, 28), date(2025, 5, 1))
    assert pub.earliest <= pub.value <= pub.latest


@pytest.mark.parametrize("lang", LANGS)
def test_weekday_direction_follows_tense(lang):
    """The same weekday name goes back in past-tense cases and forward in future-tense cases."""
    for sentence, expected in CASES[lang]["weekday"] + CASES[lang]["future"]:
        got = {x.text: x.value for x in find_dates(sentence, lang, PublishedDate(*[date(2024, 6, 15)] * 3, "stated"))}
        for text, value in expected:
            if len(value) == 10:
                moved = date.fromisoformat(value) - date(2024, 6, 15)
                assert (moved.days > 0) == ((sentence, expected) in CASES[lang]["future"]), (sentence, got)
