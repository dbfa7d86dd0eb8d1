"""Whole-article event dates from pack words: "the eve" before a named day, "the past day"
for yesterday, "by the end of the year" leaves a planned act on its announcement."""

from datetime import date

from wirewatch.models import RawDocument
from wirewatch.pipeline import process

PUBLISHED = date(2025, 11, 12)  # a Wednesday


def _dates(text: str, lang: str) -> dict[str, str]:
    doc = process(RawDocument(source="t", text=text, lang=lang, published=PUBLISHED),
                  today=date(2026, 11, 26))
    return {e.type: e.date for e in reversed(doc.events)}


def test_portuguese_eve_is_the_day_before_the_day_named_last():
    text = ("O Presidente Zelensky chegou na quinta-feira a Lisboa. O primeiro-ministro elogiou a "
            "coragem ucraniana. Na véspera, a Rússia lançou um ataque com drones contra a Ucrânia.")
    assert _dates(text, "pt")["ASSAULT"] == "2025-11-05"


def test_indonesian_a_day_before_is_the_day_before_the_day_named_last():
    text = ("Ribuan warga berunjuk rasa di Jakarta pada Selasa menentang Israel. Sehari sebelumnya, "
            "pesawat tempur Israel membombardir kamp pengungsi di Rafah.")
    assert _dates(text, "id")["ASSAULT"] == "2025-11-10"


def test_persian_the_past_day_is_yesterday():
    text = ("وزارت اطلاعات ایران روز دوشنبه از دستگیری ۱۲ نفر خبر داد. "
            "سازمان ملل روز گذشته در بیانیه‌ای خواستار توقف اعدام‌ها در ایران شد.")
    assert _dates(text, "fa")["REQUEST"] == "2025-11-11"


def test_portuguese_deadline_leaves_a_planned_act_on_its_announcement():
    """"até ao final do ano" is a deadline: the act is dated by its announcement, a day inside
    that year (event dates match by prefix)."""
    text = ("Montenegro recebeu Zelensky em Lisboa. Os dois discutiram a guerra. O primeiro-ministro "
            "anunciou que Portugal vai enviar equipamento militar para a Ucrânia até ao final do ano.")
    assert _dates(text, "pt")["AID"] == "2025-11-12"
