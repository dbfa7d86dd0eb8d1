"""A day number after this/last/next month in the CJK order ("本月5日") is a day of that month;
a date after an `until` word ("until April", "bis Ende März", "până în septembrie") ends a
state or sets a deadline and dates no act."""

from datetime import date

import pytest

from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.time import find_dates

CJK_DAYS = [
    ("国防部本月3日发表声明。", "2024-06-03"),
    ("两国外长上月27日举行会谈。", "2024-05-27"),
    ("双方将于下月2日签署协议。", "2024-07-02"),
]


@pytest.mark.parametrize("text,value", CJK_DAYS)
def test_cjk_day_after_a_relative_month_is_a_day_of_it(text, value, anchor):
    assert [x.value for x in find_dates(text, "zh", anchor)] == [value]


def test_cjk_relative_month_alone_stays_a_month(anchor):
    assert [x.value for x in find_dates("本月以来两国多次会谈。", "zh", anchor)] == ["2024-06"]


UNTIL = [
    ("en", "The curfew was extended until 20 July."),
    ("de", "Die Sperre gilt bis Ende August."),
    ("fr", "Le couvre-feu est prolongé jusqu'au 20 juillet."),
    ("es", "La medida seguirá vigente hasta el 20 de julio."),
    ("it", "Il governo consegnerà i mezzi entro la fine di luglio."),
    ("pt", "O acordo vigora até ao final de julho."),
    ("ro", "Măsura rămâne în vigoare până la 20 iulie."),
    ("pl", "Zakaz obowiązuje do 20 lipca."),
    ("ru", "Запрет продлен до 20 июля."),
    ("uk", "Заборону продовжено до 20 липня."),
    ("el", "Η απαγόρευση ισχύει έως τις 20 Ιουλίου."),
    ("id", "Larangan itu berlaku hingga 20 Juli."),
]


@pytest.mark.parametrize("lang,text", UNTIL)
def test_a_date_after_until_closes_a_span(lang, text, anchor):
    assert [x._until for x in find_dates(text, lang, anchor)] == [True]


def test_a_date_without_until_opens_nothing(anchor):
    assert [x._until for x in find_dates("The talks open on 20 July.", "en", anchor)] == [False]


def _dates(text: str, lang: str) -> dict[str, str]:
    doc = process(RawDocument(source="t", text=text, lang=lang, published=date(2025, 3, 6)),
                  today=date(2026, 11, 26))
    return {e.type: e.date for e in reversed(doc.events)}


def test_a_suspension_until_a_later_month_does_not_date_the_agreement():
    text = ("Ministrul a anunțat joi că reforma va fi amânată până în octombrie, iar guvernul și "
            "sindicatele au convenit să reia negocierile săptămâna viitoare.")
    assert _dates(text, "ro").get("AGREE", "").startswith("2025-03")
