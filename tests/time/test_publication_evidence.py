"""Evidence a reader uses to date an undated article: separate terms of office, wire
datelines in their house styles, "today" before the lead's weekday, a yearless day opening
the news, the n-th anniversary of a dated day (own sentences)."""

from datetime import date

import pytest

from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.time import publication_date
from wirewatch.time.expressions import detect

TODAY = date(2026, 11, 27)


def published(text, lang):
    return process(RawDocument(source="mem://evidence", text=text, lang=lang), today=TODAY).published


# --- tenures: one person's separate terms stay separate

def test_a_day_between_two_terms_is_not_chosen():
    terms = [(date(2017, 1, 20), date(2021, 1, 20)), (date(2025, 1, 20), None)]
    pub = publication_date("The president spoke to reporters.", "en", None, [terms], TODAY)
    assert pub.earliest == date(2017, 1, 20) and pub.latest == TODAY
    assert not date(2021, 1, 20) < pub.value < date(2025, 1, 20)


def test_terms_intersect_with_a_past_year():
    terms = [(date(2007, 11, 16), date(2014, 9, 22)), (date(2023, 12, 13), None)]
    text = "The premier recalled the agreement signed in 2019 with the neighbours."
    pub = publication_date(text, "en", None, [terms], TODAY)
    assert pub.earliest == date(2023, 12, 13)


def test_a_named_head_of_government_with_two_terms():
    pub = published("Premier Donald Tusk zapowiedział w 2022 roku nowe inwestycje na wschodzie.", "pl")
    assert pub.earliest == date(2023, 12, 13)


def test_an_interior_minister_bounds_the_range():
    pub = published("Kontrole na granicy zapowiedział minister Marcin Kierwiński.", "pl")
    assert pub.earliest == date(2023, 12, 13)
    assert not date(2024, 5, 13) < pub.value < date(2025, 7, 24)


# --- datelines in wire house styles

def test_a_capital_place_closed_by_a_full_stop():
    text = ("Лавров обсудил Сирию\n\nКАЗАНЬ, 14 мая. Министр в среду провел переговоры с коллегой.\n\n"
            "Стороны договорились встретиться в 2024 году.")
    pub = publication_date(text, "ru", None, [], TODAY)
    assert (pub.value, pub.earliest, pub.latest) == (date(2025, 5, 14),) * 3


def test_a_place_in_lower_case_and_a_full_stop_is_a_sentence():
    text = "Казань, 14 мая. Эта дата вошла в историю города.\n\nПраздник прошел в 2024 году."
    pub = publication_date(text, "ru", None, [], TODAY)
    assert pub.earliest != pub.latest


def test_a_numeric_dateline_between_dashes():
    text = "الكويت - 16 - 4 (كونا) -- استقبل وزير الخارجية اليوم الأربعاء سفير اليابان لدى البلاد."
    pub = publication_date(text, "ar", None, [], TODAY)
    assert (pub.value, pub.basis) == (date(2025, 4, 16), "inferred")


def test_a_score_is_not_a_dateline():
    text = "فاز الفريق - 3 - 1 (بعد التمديد) - في المباراة النهائية أمس."
    assert publication_date(text, "ar", None, [], TODAY).basis == "unknown"


def test_a_dateline_with_in_before_its_date():
    text = "عمان في 3 مارس /بترا/\nبحث وزير الخارجية، اليوم الثلاثاء، مع نظيره العماني التطورات في المنطقة."
    pub = publication_date(text, "ar", None, [], TODAY)
    assert (pub.value, pub.earliest, pub.latest) == (date(2026, 3, 3),) * 3


@pytest.mark.parametrize("text, lang, day", [
    ("MADRID, 16 Abr. (EUROPA PRESS) - El ministro recibió hoy miércoles a su homólogo.", "es",
     date(2025, 4, 16)),
    ("MADRID, 16 Abr. (EUROPA PRESS) - El ministro recibió hoy jueves a su homólogo.", "es",
     date(2026, 4, 16)),
])
def test_today_and_the_lead_weekday_set_the_dateline_year(text, lang, day):
    assert publication_date(text, lang, None, [], TODAY).value == day


# --- a yearless day opening the news

def test_a_yearless_day_opening_the_news_gives_its_week():
    text = "外交部发言人3月4日表示，中方坚决反对有关做法。\n外交部5日再次召见有关国家使节。"
    pub = publication_date(text, "zh", None, [], TODAY)
    assert (pub.earliest, pub.latest) == (date(2026, 3, 4), date(2026, 3, 11))
    assert pub.value == date(2026, 3, 5)


def test_the_current_year_picks_the_news_day_year():
    text = ("Стороны провели обмен пленными.\n\nОбмен состоялся 12 февраля в Белоруссии.\n\n"
            "Это второй обмен с начала 2026 года.")
    pub = publication_date(text, "ru", None, [], TODAY)
    assert (pub.value, pub.latest) == (date(2026, 2, 12), date(2026, 2, 19))


def test_a_coming_day_does_not_date_the_news():
    text = "Переговоры будут проведены 12 февраля в Минске.\n\nИх готовят с 2024 года."
    pub = publication_date(text, "ru", None, [], TODAY)
    assert pub.latest == TODAY


# --- anniversaries

@pytest.mark.parametrize("text, lang, day", [
    ("Veterans gathered in Warsaw on the 80th anniversary of the uprising that began on 1 August 1944.",
     "en", date(2024, 8, 1)),
    ("Il governo ha ricordato le vittime a tre anni dalla frana del 26 novembre 2022 a Ischia.",
     "it", date(2025, 11, 26)),
    ("Prezydent złożył wieniec w 45. rocznicę podpisania porozumień z 31 sierpnia 1980 roku.",
     "pl", date(2025, 8, 31)),
    ("Der Bundestag gedachte am 35. Jahrestag des Mauerfalls vom 9. November 1989 der Opfer.",
     "de", date(2024, 11, 9)),
])
def test_an_anniversary_of_a_dated_day(text, lang, day):
    pub = publication_date(text, lang, None, [], TODAY)
    assert pub.earliest <= day <= pub.latest and (pub.latest - pub.earliest).days <= 28
    assert pub.value == day


def test_years_in_prison_are_not_an_anniversary():
    text = "Il tribunale lo ha condannato a due anni di carcere per i fatti del 7 ottobre 2023."
    assert publication_date(text, "it", None, [], TODAY).latest == TODAY


# --- words that only look like seasons

@pytest.mark.parametrize("text, lang", [
    ("L'opposant avait été libéré en novembre.", "fr"),
    ("Saldırıda 12 kişi yaralandı, yaralı kişinin durumu ağır.", "tr"),
])
def test_not_a_season(text, lang):
    assert not [sp for _s, _e, sp in detect(text, lang) if sp.kind == "season"]


@pytest.mark.parametrize("text, lang", [
    ("Les négociations reprendront cet été à Genève.", "fr"),
    ("Le sommet s'est tenu pendant l'été 2023.", "fr"),
    ("Bu kış doğalgaz fiyatları yükseldi.", "tr"),
])
def test_still_a_season(text, lang):
    assert [sp for _s, _e, sp in detect(text, lang) if sp.kind == "season"]


def test_sudanese_is_not_the_iraqi_prime_minister():
    doc = process(RawDocument(source="mem://sdn", lang="ar",
                              text="استقبل الرئيس المصري رئيس الوزراء السوداني في القاهرة."), today=TODAY)
    assert not any(m.actor_id == "PER:mohammed-shia-al-sudani" for m in doc.mentions)
