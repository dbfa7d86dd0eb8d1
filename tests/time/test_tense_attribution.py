"""A reporting verb after a comma ("..., his office said") does not tense a date whose own
clause has a tense cue before it: "will visit Tokyo in March, his office said" is next March."""

from datetime import date

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates

JULY = PublishedDate(date(2027, 7, 6), date(2027, 7, 6), date(2027, 7, 6), "stated")


def _values(text, lang):
    return [e.value for e in find_dates(text, lang, JULY)]


def test_english_planned_month_before_attribution_is_ahead():
    assert _values("The premier will travel to Canberra in March, her spokesman said.", "en") \
        == ["2028-03"]


def test_spanish_planned_month_before_attribution_is_ahead():
    assert _values("La ministra viajará a Lima en marzo, informó su portavoz.", "es") == ["2028-03"]


def test_past_cue_before_the_date_still_rules():
    assert _values("The premier travelled to Canberra in March, her spokesman said.", "en") \
        == ["2027-03"]
