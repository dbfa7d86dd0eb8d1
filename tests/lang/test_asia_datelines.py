"""Whole-article constructions met in Indonesian, Arabic, Persian and Chinese agency copy:
datelines, clitics on the opening verb, treaty titles, and dates told by a reporting verb."""

from datetime import date

from wirewatch.lang.check import code_example
from wirewatch.lang.loader import load_pack
from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.text.clean import dateline_spans
from wirewatch.time.publication import publication_date


def dyads(text, lang):
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in code_example(text, lang)}


def test_arabic_and_irna_datelines_state_the_publication_date():
    ar = "الدوحة، 3 مارس 2025 (قنا) - وقعت قطر وتركيا اتفاقية للتعاون في مجال الطاقة بالدوحة."
    fa = "تهران- ایرنا- ۱۵ آبان ۱۴۰۴ - وزیر امور خارجه با همتای ترکیه‌ای خود دیدار کرد."
    assert publication_date(ar, "ar", None, [], date(2026, 1, 1)).basis == "stated"
    assert publication_date(ar, "ar", None, [], date(2026, 1, 1)).value == date(2025, 3, 3)
    assert publication_date(fa, "fa", None, [], date(2026, 1, 1)).value == date(2025, 11, 6)


def test_a_dated_weekday_bounds_the_publication_to_the_week_after_it():
    text = ("بيروت - عقد وزير الخارجية اللبناني يوم الثلاثاء 4 مارس 2025 اجتماعا مع السفير "
            "الفرنسي في بيروت لبحث الأوضاع في الجنوب.")
    pub = publication_date(text, "ar", None, [], date(2026, 6, 1))
    assert (pub.earliest, pub.latest) == (date(2025, 3, 4), date(2025, 3, 11))


def test_the_dateline_place_and_agency_take_no_part_in_the_lead():
    text = ("Kuala Lumpur (ANTARA) - Pemerintah Indonesia mengirimkan bantuan kemanusiaan "
            "untuk korban banjir di Vietnam pada Senin, kata pejabat setempat.")
    assert dateline_spans(text) == [(0, len("Kuala Lumpur (ANTARA) - "))]
    assert dyads(text, "id") == {("AID", "IDN", "VNM")}
    lead = ("کابل - جمعیت هلال احمر ایران روز دوشنبه ۲۰ تن اقلام امدادی و دارو برای "
            "سیل‌زدگان ولایت بدخشان به افغانستان ارسال کرد.")
    assert dyads(lead, "fa") == {("AID", "IRN", "AFG")}


def test_a_short_headline_with_a_dash_is_no_dateline():
    assert dateline_spans("Rusia - Ukraina sepakat gencatan senjata\nTeks berita.") == []


def test_arabic_proclitics_are_glued_onto_every_verb_pattern():
    pack = load_pack("ar")
    assert pack.events.find(["وطالبت"]) and pack.events.find(["فرفضت"])
    assert dyads("وطالبت قطر إسرائيل بفتح المعابر أمام المساعدات.", "ar") == {
        ("REQUEST", "QAT", "ISR")}


def test_a_treaty_named_in_title_marks_is_no_agreement():
    text = "印度外交部拒绝了巴基斯坦关于恢复《印度河水条约》机制下数据共享的要求。"
    assert dyads(text, "zh") == {("REJECT", "IND", "PAK")}


def test_the_day_of_a_chinese_announcement_is_not_moved_by_the_future_it_announces():
    text = ("2025-06-12 来源：新华网\n新华社北京6月12日电 美国商务部10日宣布，"
            "将多家中国企业列入出口管制实体清单。")
    doc = process(RawDocument(text=text, source="t", lang="zh"), today=date(2026, 1, 1))
    assert [(e.type, e.date) for e in doc.events] == [("SANCTION", "2025-06-10")]


def test_persian_plan_cue_reaches_the_verb_that_closes_a_long_clause():
    text = ("قرار است وزیر امور خارجه ترکیه هفته آینده برای گفت‌وگو با مقامات ایرانی به "
            "تهران سفر کند.")
    assert [e.status for e in code_example(text, "fa")] == ["planned"]
