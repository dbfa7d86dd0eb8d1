"""A name inside a pro-/anti- compound ("pro-EU protesters") is no party of the event."""

from datetime import date

import pytest

from wirewatch.events.text import code_text

DAY = date(2025, 6, 2)


def _ids(text: str, lang: str) -> set[str]:
    _, mentions, _ = code_text(text, lang, DAY)
    return {m.actor_id for m in mentions} | {m.country for m in mentions}


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Anti-NATO protesters blocked the road to the base.", "IGO:NATO"),
    ("en", "Pro-EU demonstrators gathered outside parliament in Tbilisi.", "IGO:EU"),
    ("fr", "Des séparatistes pro-russes ont bombardé la ville.", "RUS"),
    ("pt", "Separatistas pró-Rússia bombardearam a cidade.", "RUS"),
    ("ro", "Separatiștii pro-ruși au bombardat orașul.", "RUS"),
    ("id", "Kelompok pro-Rusia menyerang kota itu.", "RUS"),
    ("de", "Die EU-freundliche Opposition rief zu Kundgebungen auf.", "IGO:EU"),
    ("tr", "AB yanlısı göstericiler meydanda toplandı.", "IGO:EU"),
    ("ar", "هاجمت الفصائل الموالية لإيران قاعدة عسكرية.", "IRN"),
    ("fa", "شبه‌نظامیان طرفدار ایران به یک پایگاه حمله کردند.", "IRN"),
    ("zh", "亲俄武装袭击了一座城市。", "RUS"),
])
def test_name_inside_compound_is_dropped(lang, text, absent):
    assert absent not in _ids(text, lang)


@pytest.mark.parametrize(("lang", "text", "present"), [
    ("en", "Protesters marched against NATO outside the base.", "IGO:NATO"),
    ("en", "The professor met Russian officials.", "RUS"),
    ("zh", "俄罗斯军队袭击了一座城市。", "RUS"),
])
def test_name_outside_compound_stays(lang, text, present):
    assert present in _ids(text, lang)
