"""Persian pack: names in Arabic script, keyboard variants, status cues, an own article."""

from datetime import date

import pytest

from wirewatch.lang.check import code_example, outline
from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.text.keys import translit_key
from wirewatch.text.language import detect_language


def coded(sentence):
    return outline(sentence, "fa", mode=True)


def test_person_names_and_roles_in_persian_script():
    events = code_example("ولادیمیر پوتین با مسعود پزشکیان تلفنی گفتگو کرد.", "fa")
    assert [(e.type, e.mode, e.source.id, e.target.id) for e in events] == [
        ("CONSULT", "phone", "PER:vladimir-putin", "PER:masoud-pezeshkian")]


def test_arabic_keyboard_letters_and_zwnj_code_alike():
    persian = coded("روسیه به اوکراین حمله کرد.")
    assert coded("روسيه به اوكراين حمله كرد.") == persian == {("ASSAULT", "RUS", "UKR", "asserted", None)}
    assert coded("روسیه حمله به اوکراین را تکذیب می‌کند.") == coded("روسیه حمله به اوکراین را تکذیب می کند.")


def test_arabic_script_keys_do_not_meet_latin_stems():
    # "ایران" read as "irn" met a stem of Irish "Éirinn"; "اخراج" (expulsion) met "Harare".
    assert translit_key("ایران") == translit_key("إيران") != translit_key("Éirinn")
    assert coded("آلمان دو دیپلمات روس را اخراج کرد.") == {("SANCTION", "DEU", "RUS", "asserted", "expel")}


@pytest.mark.parametrize(("sentence", "status"), [
    ("رئیس‌جمهور ایران هفته آینده به پکن سفر خواهد کرد.", "planned"),
    ("ترکیه اسرائیل را محکوم نکرد.", "negated"),
    ("ایران ظاهرا به روسیه موشک تحویل داده است.", "claimed"),
    ("روسیه حمله به غیرنظامیان اوکراینی را تکذیب کرد.", "denied"),
])
def test_status_cues(sentence, status):
    assert {s for _, _, _, s, _ in coded(sentence)} == {status}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("ایران از سوی فرانسه محکوم شد.", ("ACCUSE", "FRA", "IRN")),
    ("ایران توسط آمریکا تحریم شد.", ("SANCTION", "USA", "IRN")),
    ("اوکراین از سوی روسیه مورد حمله هوایی قرار گرفت.", ("ASSAULT", "RUS", "UKR")),
])
def test_passive_with_agent(sentence, expected):
    assert expected in {(t, s, g) for t, s, g, _, _ in coded(sentence)}


ARTICLE = (
    "به گزارش خبرگزاری‌ها، سید عباس عراقچی وزیر امور خارجه ایران روز چهارشنبه در مسکو با سرگئی لاوروف "
    "همتای روس خود دیدار و گفتگو کرد. "
    "دو طرف بر گسترش همکاری اقتصادی تأکید کردند. "
    "سخنگوی وزارت خارجه ایران همچنین اسرائیل را به شدت محکوم کرد. "
    "اسرائیل روز سه‌شنبه به جنوب لبنان حمله هوایی کرد."
)


def test_article_through_the_pipeline():
    doc = process(RawDocument("fa-article", ARTICLE, published=date(2024, 6, 14)))
    assert doc.lang == "fa"
    found = {(e.type, e.source.country, e.target.country if e.target else None) for e in doc.events}
    assert ("CONSULT", "IRN", "RUS") in found
    assert ("ACCUSE", "IRN", "ISR") in found
    assert ("ASSAULT", "ISR", "LBN") in found
    assert not any(e.source.country == e.target.country for e in doc.events if e.target)
    consult = next(e for e in doc.events if e.type == "CONSULT")
    assert consult.source.id == "PER:abbas-araghchi" and consult.target.country == "RUS"
    assert ARTICLE[consult.start:consult.end] == consult.evidence


@pytest.mark.parametrize("text", [
    "وزیر امور خارجه ایران با همتای روس خود در مسکو دیدار کرد و درباره مسائل منطقه گفتگو کردند.",
    "آمریکا تحریم‌های جدیدی علیه ایران اعمال کرد و تهران این اقدام را محکوم کرد.",
])
def test_language_id_is_fa(text):
    assert detect_language(text) == "fa"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("اسرائیل را ایران تهدید کرد.", ("THREATEN", "IRN", "ISR")),
    ("آمریکا را چین محکوم کرد.", ("ACCUSE", "CHN", "USA")),
    ("اسرائیل را آمریکا حمایت کرد.", ("SUPPORT", "USA", "ISR")),
    ("ایران اسرائیل را تهدید کرد.", ("THREATEN", "IRN", "ISR")),
])
def test_object_marker_ra_marks_the_target(sentence, expected):
    found = {(t, s, g) for t, s, g, _, _ in coded(sentence)}
    assert expected in found
    assert (expected[0], expected[2], expected[1]) not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("عراق از سوی ترکیه بمباران شد.", ("ASSAULT", "TUR", "IRQ")),
    ("ایران توسط آمریکا محکوم شد.", ("ACCUSE", "USA", "IRN")),
])
def test_passive_agent_markers(sentence, expected):
    assert expected in {(t, s, g) for t, s, g, _, _ in coded(sentence)}


def test_instrument_gives_the_mode():
    assert ("ASSAULT", "RUS", "UKR", "asserted", "missile") in coded(
        "روسیه با موشک به اوکراین حمله کرد.")


@pytest.mark.parametrize(("sentence", "expected"), [
    # the delivery named outranks "رد کرد", which here denies it
    ("چین ادعای ارسال پهپاد به روسیه را رد کرد.", ("AID", "CHN", "RUS", "denied", "military")),
    # signing a cooperation document is the signing
    ("ایران و ونزوئلا یک سند همکاری اقتصادی امضا کردند.", ("SUPPORT", "IRN", "VEN", "asserted", "treaty")),
    # "به اتهام" is the charge of the arrest
    ("پلیس ترکیه یک شهروند ایرانی را به اتهام قاچاق بازداشت کرد.", ("COERCE", "TUR", "IRN", "asserted", "arrest")),
    # missiles not delivered: aid, negated by the light verb after "تحویل"
    ("آلمان موشک‌های تاروس را به اوکراین تحویل نداد.", ("AID", "DEU", "UKR", "negated", None)),
    # "نیروهای خود" starts no trigger before its own subject
    ("آمریکا نیروهای خود را از عراق خارج کرد.", ("RETREAT", "USA", "IRQ", "asserted", "withdraw")),
])
def test_held_out_wording(sentence, expected):
    assert coded(sentence) == {expected}


def test_the_revolutionary_guards_are_iran():
    assert coded("سپاه پاسداران هشدار داد که به هرگونه حمله آمریکا پاسخ خواهد داد.") == {
        ("THREATEN", "IRN", "USA", "asserted", None)}


def test_forces_that_left_a_country_withdrew():
    assert coded("نیروهای ترکیه از شمال سوریه خارج شدند.") == {
        ("RETREAT", "TUR", "SYR", "asserted", "withdraw")}


def test_the_object_marked_by_ra_is_the_accused():
    # not the party inside the charge ("به حمایت از ارمنستان")
    assert coded("ترکیه روسیه را به حمایت نظامی از ارمنستان متهم کرد.") == {
        ("ACCUSE", "TUR", "RUS", "asserted", None)}


def test_qarar_ast_plans_the_verb_that_closes_the_clause():
    assert coded("وزیر امور خارجه ترکیه قرار است ماه بعد برای گفت‌وگو با مقامات مصر به قاهره "
                 "سفر کند.") == {("CONSULT", "TUR", "EGY", "planned", "visit")}


def test_a_national_team_match_is_no_meeting():
    assert coded("تیم ملی والیبال ایران در دیدار مقابل ژاپن پیروز شد.") == set()


def test_unnamed_foreign_ministry_is_irans_own_and_attacks_are_their_possessors():
    assert coded("سخنگوی وزارت خارجه حملات ترکیه به شمال عراق را محکوم کرد.") == {
        ("ACCUSE", "IRN", "TUR", "asserted", None), ("ASSAULT", "TUR", "IRQ", "asserted", None)}


def test_a_foreign_ministry_named_with_its_country_is_that_countrys():
    assert coded("وزارت خارجه روسیه آمریکا را محکوم کرد.") == {
        ("ACCUSE", "RUS", "USA", "asserted", None)}


def test_protesters_outside_an_embassy_protest_against_its_country():
    assert coded("صدها نفر مقابل سفارت فرانسه در تهران تجمع کردند.") == {
        ("PROTEST", "IRN", "FRA", "asserted", "demo")}
