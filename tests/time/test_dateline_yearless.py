"""A wire dateline with day and month but no year ("МОСКВА, 23 октября. /ТАСС/.") fixes the
publication day; its year comes from the text's evidence or, without any, from the last
twelve months before today. Relative dates of the story then resolve against that day."""

from datetime import date
from pathlib import Path

import pytest

import wirewatch.pipeline
from wirewatch.eval.run import evaluate
from wirewatch.time import find_dates, publication_date

TODAY = date(2026, 11, 26)
GOLD = Path(__file__).parent / "dateline"

LEADS = [
    ("ru", "МОСКВА, 23 октября. /ТАСС/. Глава МИД России провел переговоры с коллегой из Египта.",
     date(2026, 10, 23)),
    ("uk", "КИЇВ, 5 березня - Міністр закордонних справ України зустрівся з послом Польщі.",
     date(2026, 3, 5)),
    ("it", "ROMA, 21 OTT - (ANSA) - Il governo ha convocato l'ambasciatore russo.", date(2026, 10, 21)),
    ("fr", "PARIS, 23 oct (AFP) - La France a rappelé son ambassadeur au Mali.", date(2026, 10, 23)),
    ("fr", "LYON, 4 févr. (AFP) - Des milliers de manifestants ont défilé.", date(2026, 2, 4)),
    ("es", "MADRID, 4 Mar. (EUROPA PRESS) - El Gobierno ha convocado al embajador de Argelia.",
     date(2026, 3, 4)),
    ("es", "Bogotá, 9 nov (EFE).- El Gobierno suspendió el diálogo con la guerrilla.", date(2026, 11, 9)),
    ("pt", "Lisboa, 22 mai (Lusa) - O Governo português condenou o ataque.", date(2026, 5, 22)),
    ("tr", "Ankara, 18 Haziran (AA) - Dışişleri Bakanlığı İsrail'in saldırısını kınadı.", date(2026, 6, 18)),
    ("zh", "新华社北京11月14日电 外交部发言人宣布，中方对美国军工企业采取反制措施。", date(2026, 11, 14)),
    ("ar", "الرياض، 9 يونيو (واس) - أدانت وزارة الخارجية الهجوم على المدرسة.", date(2026, 6, 9)),
    ("ar", "بغداد، 3 تشرين الأول/أكتوبر (أ ف ب) - استدعت الحكومة السفير التركي.", date(2026, 10, 3)),
    ("fa", "تهران- ایرنا- ۲۳ مهر - سخنگوی وزارت امور خارجه ادعاها را رد کرد.", date(2026, 10, 15)),
    ("pl", "WARSZAWA, 3 lutego (PAP) - Polska wydaliła rosyjskiego dyplomatę.", date(2026, 2, 3)),
    ("en", "WASHINGTON, Oct 23 (Reuters) - The United States imposed new sanctions on Iran.",
     date(2026, 10, 23)),
    ("de", "Berlin, 8. April (dpa) - Die Bundesregierung hat den Botschafter einbestellt.", date(2026, 4, 8)),
    ("el", "Αθήνα, 14 Μαρτίου - Το υπουργείο Εξωτερικών κάλεσε τον πρέσβη.", date(2026, 3, 14)),
    ("ro", "București, 12 martie - Ministerul de Externe a convocat ambasadorul rus.", date(2026, 3, 12)),
]


@pytest.mark.parametrize(("lang", "text", "day"), LEADS, ids=[f"{x[0]}-{x[2]}" for x in LEADS])
def test_yearless_dateline_fixes_the_day(lang, text, day):
    pub = publication_date("Titel\n\n" + text, lang, None, [], TODAY)
    assert (pub.value, pub.earliest, pub.latest, pub.basis) == (day, day, day, "inferred")


@pytest.mark.parametrize(("lang", "text", "word", "value"), [
    ("ru", "МОСКВА, 23 октября. /ТАСС/. Лавров во вторник провел переговоры.", "вторник", "2026-10-20"),
    ("it", "ROMA, 21 OTT - (ANSA) - Il ministro ha ricevuto ieri l'omologo.", "ieri", "2026-10-20"),
    ("zh", "新华社北京11月14日电 外交部发言人13日宣布反制措施。", "13日", "2026-11-13"),
    ("fa", "تهران- ایرنا- ۲۳ مهر - سخنگوی وزارت خارجه روز سه‌شنبه گفت.", "سه‌شنبه", "2026-10-13"),
    ("es", "MADRID, 4 Mar. (EUROPA PRESS) - El Gobierno expulsó el domingo a dos diplomáticos.",
     "el domingo", "2026-03-01"),
])
def test_relative_dates_resolve_against_the_dateline_day(lang, text, word, value):
    pub = publication_date(text, lang, None, [], TODAY)
    got = {x.text: x.value for x in find_dates(text, lang, pub)}
    assert got[word] == value


def test_a_weekday_in_the_dateline_picks_its_year():
    text = "PARIS, mardi 21 octobre (AFP) - Le ministre a reçu son homologue."
    pub = publication_date(text, "fr", None, [], TODAY)  # 21 October 2026 is a Wednesday
    assert (pub.value, pub.earliest, pub.latest) == (date(2025, 10, 21),) * 3


def test_a_weekday_and_day_pair_in_the_lead_picks_the_year():
    text = "Jakarta, 14 Mei (ANTARA) - Ribuan warga berunjuk rasa pada Selasa (13/5) di depan kedutaan."
    pub = publication_date(text, "id", None, [], TODAY)  # 13 May 2026 is a Wednesday
    assert (pub.value, pub.earliest, pub.latest) == (date(2025, 5, 14),) * 3


def test_a_tenure_fixes_the_year():
    text = "КИЇВ, 5 березня - Міністр провів переговори."
    pub = publication_date(text, "uk", None, [(date(2024, 2, 1), date(2024, 12, 31))], TODAY)
    assert (pub.value, pub.earliest, pub.latest) == (date(2024, 3, 5),) * 3


def test_a_current_year_fixes_the_year():
    text = "WASHINGTON, Oct 23 (Reuters) - It was the first visit of 2025 by a Chinese minister."
    pub = publication_date(text, "en", None, [], TODAY)
    assert (pub.value, pub.earliest, pub.latest) == (date(2025, 10, 23),) * 3


def test_a_past_range_leaving_years_open_stays_a_range():
    text = "МОСКВА, 23 октября. /ТАСС/. Министр провел переговоры."
    pub = publication_date(text, "ru", None, [(date(2019, 1, 1), date(2023, 6, 30))], TODAY)
    assert (pub.value, pub.earliest, pub.latest) == (date(2022, 10, 23), date(2019, 10, 23),
                                                     date(2022, 10, 23))


def test_a_dateline_a_day_ahead_is_this_year():
    text = "TOKYO, Nov 27 (Reuters) - Japan protested to China."
    assert publication_date(text, "en", None, [], TODAY).value == date(2026, 11, 27)


def test_a_yearful_dateline_stays_stated():
    text = "Ankara, 18 Haziran 2025 (AA) - Dışişleri Bakanlığı saldırıyı kınadı."
    pub = publication_date(text, "tr", None, [], TODAY)
    assert (pub.value, pub.basis) == (date(2025, 6, 18), "stated")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le 23 octobre, le président a reçu son homologue algérien à l'Élysée."),
    ("ru", "Министры, 23 октября, провели переговоры в Москве."),
    ("ru", "Вторая сессия, 23 октября - 25 октября, пройдет в Женеве."),
    ("en", "The ministers said talks would resume on Oct 23 (Reuters reported) - without details."),
    ("id", "Jakarta (ANTARA) - Presiden menerima kunjungan Perdana Menteri Malaysia pada Selasa."),
    ("es", "Las conversaciones del 4 mar. continuaron en Ginebra."),
    ("it", "Il governo ha deciso. Le parti, 21 ottobre - il giorno del voto - hanno firmato."),
])
def test_a_day_month_that_is_no_dateline_is_not_the_publication_date(lang, text):
    # not a dateline: no single day; a yearless day opening the news may still give its week
    # (test_publication_evidence.py)
    pub = publication_date(text, lang, None, [], TODAY)
    assert pub.value is None or pub.earliest < pub.latest


def test_a_dateline_far_down_the_text_is_not_the_lead():
    text = "\n".join(["Die Regierung hat entschieden."] * 6 + ["Berlin, 8. April (dpa) - Weitere Meldung."])
    assert publication_date(text, "de", None, [], TODAY).value is None


def test_own_gold_articles_get_their_dates(monkeypatch):
    """Ten short wire articles in ten languages, gold written before they were run."""
    class Today(date):
        @classmethod
        def today(cls):
            return TODAY

    monkeypatch.setattr(wirewatch.pipeline, "date", Today)
    result = evaluate(GOLD / "gold.jsonl", GOLD)
    assert result["published_exact"]["accuracy"] == 1.0
    levels = {k: v["overall"]["f1"] for k, v in result["levels"].items()}
    assert levels["type+dyad+date"] == levels["type+dyad"] >= 0.75


@pytest.mark.parametrize("text, lang, expected", [
    (("МОСКВА, 16 октября. /ТАСС/. Министр иностранных дел России в четверг провел переговоры "
     "с коллегой из Турции."), "ru", date(2025, 10, 16)),
    ("PARIS, 14 oct (AFP) - La France a convoqué mardi l'ambassadeur d'Algérie.", "fr",
     date(2025, 10, 14)),
    ("WARSAW, Oct 15 (Reuters) - Poland on Wednesday expelled a Belarusian diplomat.", "en",
     date(2025, 10, 15)),
])
def test_the_leads_weekday_names_the_dateline_day(text, lang, expected):
    pub = publication_date(text, lang, None, [], date(2026, 11, 26))
    assert (pub.value, pub.earliest, pub.latest) == (expected, expected, expected)


def test_a_weekday_after_yesterday_is_no_dispatch_day():
    text = ("МОСКВА, 16 октября. /ТАСС/. Вчера министр иностранных дел России в четверг "
            "провел переговоры с коллегой из Турции.")
    assert publication_date(text, "ru", None, [], date(2026, 11, 26)).value == date(2026, 10, 16)


@pytest.mark.parametrize("text, lang, expected", [
    # an untensed day ("expires on") may be still to come: the lead's weekday outweighs it
    (("МОСКВА, 18 сентября. /ТАСС/. Министр в четверг провел переговоры с коллегой. Срок "
     "действия соглашения истекает 18 октября 2025 года."), "ru", date(2025, 9, 18)),
    (("PARIS, 18 sept (AFP) - Le ministre a reçu jeudi son homologue. L'accord expire le "
     "18 octobre 2025."), "fr", date(2025, 9, 18)),
])
def test_an_untensed_date_yields_to_the_leads_weekday(text, lang, expected):
    assert publication_date(text, lang, None, [], TODAY).value == expected


def test_a_past_date_still_bounds_the_dateline_year():
    text = ("МОСКВА, 18 сентября. /ТАСС/. Министр в четверг провел переговоры. Соглашение было "
            "подписано 18 октября 2025 года.")
    assert publication_date(text, "ru", None, [], TODAY).value == date(2026, 9, 18)
