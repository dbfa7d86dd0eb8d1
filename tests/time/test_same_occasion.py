"""A sentence that goes on with the call or talks just told keeps that occasion's day, not
the latest day the report has told."""

from datetime import date

from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.time.occasion import continues_occasion

PUBLISHED = date(2025, 11, 13)  # a Thursday


def _dates(text: str, lang: str) -> dict[str, str]:
    """The date of the first event of each type."""
    doc = process(RawDocument(source="t", text=text, lang=lang, published=PUBLISHED),
                  today=date(2026, 11, 26))
    return {e.type: e.date for e in reversed(doc.events)}


def test_a_warning_in_that_call_keeps_the_call_day():
    text = ("The Spanish foreign minister on Wednesday rejected the French proposal. "
            "On Monday evening he held a phone call with his Moroccan counterpart. "
            "In that call, he warned Morocco against any new border closure.")
    assert _dates(text, "en")["THREATEN"] == "2025-11-10"


def test_without_the_cue_the_story_returns_to_its_latest_day():
    text = ("The Spanish foreign minister on Wednesday rejected the French proposal. "
            "On Monday evening he held a phone call with his Moroccan counterpart. "
            "He warned Morocco against any new border closure.")
    assert _dates(text, "en")["THREATEN"] == "2025-11-12"


def test_the_same_in_persian():
    text = ("سخنگوی وزارت امور خارجه روز چهارشنبه پیشنهاد فرانسه را رد کرد. "
            "وزیر امور خارجه دوشنبه شب با همتای ترکیه‌ای خود گفت‌وگوی تلفنی داشت. "
            "او در این گفت‌وگو هشدار داد که ایران پاسخ خواهد داد.")
    assert _dates(text, "fa")["THREATEN"] == "2025-11-10"


def test_cues_across_languages():
    cases = {
        "de": "Bei dem Treffen forderte sie mehr Hilfe.",
        "es": "Durante la reunión, ambos acordaron seguir negociando.",
        "ru": "В ходе переговоров стороны обсудили поставки зерна.",
        "tr": "Görüşmede bölgesel konular ele alındı.",
        "zh": "双方在会谈中就地区局势交换了意见。",
        "id": "Dalam pertemuan tersebut, kedua menteri membahas perdagangan.",
    }
    for lang, sentence in cases.items():
        assert continues_occasion(sentence, lang, 0, len(sentence)), lang
    assert not continues_occasion("The talks lasted four hours.", "en", 0, 28)
