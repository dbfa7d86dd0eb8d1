"""Fixes found on the Slavic and German held-out articles (tests/eval/heldout/slavic.jsonl).

Sentences are written for these tests: a decree imposing sanctions is no treaty, Polish
closures and visits in the future tense, and "the same day" phrases that take the date of
the report before them.
"""

from datetime import date

import pytest

from wirewatch.lang.check import outline
from wirewatch.models import PublishedDate
from wirewatch.time import find_dates

ANCHOR = PublishedDate(date(2025, 3, 15), date(2025, 3, 15), date(2025, 3, 15), "stated")


@pytest.mark.parametrize("lang,sentence,dyad", [
    ("ru", "Путин подписал указ о санкциях против Японии.", ("RUS", "JPN")),
    ("uk", "Зеленський підписав указ про застосування санкцій проти Ірану.", ("UKR", "IRN")),
])
def test_decree_on_sanctions_is_a_sanction_not_a_treaty(lang, sentence, dyad):
    found = outline(sentence, lang)
    assert ("SANCTION", *dyad, "asserted") in found
    assert not any(event[0] == "SUPPORT" for event in found)


@pytest.mark.parametrize("sentence,want", [
    ("Łotwa zamknie przejście graniczne z Rosją.", ("SANCTION", "LVA", "RUS", "planned")),
    ("Estonia zamyka konsulat Rosji w Narwie.", ("SANCTION", "EST", "RUS", "asserted")),
    ("Premier Litwy złoży wizytę w Kijowie.", ("CONSULT", "LTU", "UKR", "planned")),
    ("Węgry zaprzeczyły zarzutom Polski.", ("REJECT", "HUN", "POL", "asserted")),
    ("Moskwa odpowie symetrycznie na decyzję Estonii.", ("THREATEN", "RUS", "EST", "asserted")),
])
def test_polish_closures_visits_denials_and_replies(sentence, want):
    assert want in outline(sentence, "pl")


@pytest.mark.parametrize("lang,text,phrase", [
    ("ru", "Москва в пятницу выслала двух дипломатов. В тот же день Евросоюз осудил высылку.",
     "В тот же день"),
    ("uk", "Київ у четвер запровадив санкції. Того ж дня Будапешт висловив протест.", "Того ж дня"),
    ("pl", "Warszawa w czwartek zamknęła konsulat. Tego samego dnia Mińsk zapowiedział odwet.",
     "Tego samego dnia"),
    ("de", "Berlin wies am Mittwoch zwei Diplomaten aus. Am selben Tag drohte Moskau mit Vergeltung.",
     "Am selben Tag"),
])
def test_same_day_takes_the_date_before_it(lang, text, phrase):
    dated = {d.text: d.value for d in find_dates(text, lang, ANCHOR)}
    weekday = next(v for t, v in dated.items() if t != phrase)
    assert dated[phrase] == weekday != "2025-03-15"
