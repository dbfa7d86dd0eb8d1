"""A date cut by a sentence split at its own full stop ("am Montag (8. Juni)" split after
"8.") still dates the sentence holding the rest of it (resolve_event_date)."""

from datetime import date

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates, resolve_event_date

THU = PublishedDate(date(2026, 6, 11), date(2026, 6, 11), date(2026, 6, 11), "stated")


def _event_date(text, lang, sentence_from, trigger):
    exprs = find_dates(text, lang, THU)
    start = text.index(sentence_from)
    return resolve_event_date(exprs, start, len(text), text.index(trigger), THU,
                              future=False, lead=False)


def test_german_day_cut_after_its_number_dates_the_act():
    text = "Die Polizei hatte am Montag (8. Juni) drei Aktivisten in Hamburg festgenommen."
    assert _event_date(text, "de", "Juni)", "festgenommen") == ("2026-06-08", "day")


def test_date_wholly_in_an_earlier_sentence_does_not_count():
    text = "Am Montag (8. Juni) begann der Gipfel. Die Polizei nahm drei Aktivisten fest."
    assert _event_date(text, "de", "Die Polizei", "nahm") == ("2026-06-11", "day")
