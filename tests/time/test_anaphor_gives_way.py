"""An anaphoric day ("the day before") borrows its date from the text before it; a date of
the sentence's own clause outranks it (resolve_event_date)."""

from datetime import date

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates, resolve_event_date

SAT = PublishedDate(date(2026, 5, 9), date(2026, 5, 9), date(2026, 5, 9), "stated")


def _event_date(text, lang, sentence_from, trigger):
    exprs = find_dates(text, lang, SAT)
    return resolve_event_date(exprs, text.index(sentence_from), len(text), text.index(trigger),
                              SAT, future=False, lead=False)


def test_indonesian_own_weekday_pair_outranks_the_day_before():
    text = ("Banjir melanda Jakarta pada Senin (4/5). Sehari sebelumnya, kedua menteri "
            "menandatangani perjanjian kerja sama di Bandung, Kamis (7/5).")
    assert _event_date(text, "id", "Sehari", "menandatangani") == ("2026-05-07", "day")


def test_the_day_before_alone_still_counts_back():
    text = ("Floods hit the capital on Monday. The previous day, the two ministers signed a "
            "cooperation pact in the port city.")
    assert _event_date(text, "en", "The previous day", "signed") == ("2026-05-03", "day")


def test_arabic_the_day_before_counts_back_from_the_day_told():
    text = "اندلعت اشتباكات يوم الاثنين. وفي اليوم السابق، وقع الوزيران اتفاقية تعاون."
    assert _event_date(text, "ar", "وفي اليوم السابق", "وقع") == ("2026-05-03", "day")


def test_italian_the_day_before_counts_back_from_the_day_told():
    text = "Lunedì il ministro è arrivato a Roma. Il giorno prima aveva firmato un accordo."
    assert _event_date(text, "it", "Il giorno prima", "firmato") == ("2026-05-03", "day")
