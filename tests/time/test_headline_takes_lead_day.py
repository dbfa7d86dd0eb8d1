"""An undated event of a headline takes the day its lead names, not the publication day;
a headline ending in a full stop is an ordinary sentence."""

from datetime import date

from wirewatch.models import RawDocument
from wirewatch.pipeline import process

PUBLISHED = date(2025, 11, 12)  # a Wednesday


def _headline_dates(text: str, lang: str) -> set[str]:
    doc = process(RawDocument(source="t", text=text, lang=lang, published=PUBLISHED),
                  today=date(2026, 11, 26))
    head_end = text.index("\n")
    return {e.date for e in doc.events if e.start < head_end}


def test_headline_event_is_dated_by_the_lead_day():
    text = ("Ukraine condemns Russia over attack on power plants\n\n"
            "Russian drones attacked power plants in central Ukraine on Monday night, "
            "the Ukrainian energy ministry said.")
    assert _headline_dates(text, "en") == {"2025-11-10"}


def test_headline_without_a_dated_lead_keeps_the_publication_day():
    text = ("Ukraine condemns Russia over attack on power plants\n\n"
            "Russian drones attacked power plants in central Ukraine, "
            "the Ukrainian energy ministry said.")
    assert _headline_dates(text, "en") == {"2025-11-12"}
