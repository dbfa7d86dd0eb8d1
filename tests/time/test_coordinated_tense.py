"""A tense cue after a coordinating conjunction tells a second verb, not the date before it
("were flown out on Thursday and will reinforce the posts"), unless the conjunction joins a
second date ("on Thursday and Friday will"); a past reporting verb right after a date tenses
it before a future cue of the reported words ("pada Kamis mengatakan pasukan akan ...")."""

from datetime import date

import pytest

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates

TUESDAY = PublishedDate(date(2027, 7, 6), date(2027, 7, 6), date(2027, 7, 6), "stated")
LAST_THURSDAY, NEXT_THURSDAY = "2027-07-01", "2027-07-08"


def _values(text, lang):
    return [e.value for e in find_dates(text, lang, TUESDAY)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The battalion was flown out on Thursday and will reinforce the border posts."),
    ("id", "Batalion itu diterbangkan pada Kamis menggunakan pesawat angkut dan akan memperkuat pos perbatasan."),
    ("fr", "Le bataillon a été déployé jeudi dans la région et renforcera les postes frontaliers."),
    ("de", "Das Bataillon wurde am Donnerstag verlegt und wird die Grenzposten verstärken."),
    ("ru", "Батальон перебросили в четверг в приграничный район и будет усилен контроль на границе."),
    ("pl", "Batalion przerzucono w czwartek na granicę i będzie wzmacniał posterunki."),
])
def test_future_cue_after_and_leaves_the_day_in_the_past(lang, text):
    assert _values(text, lang) == [LAST_THURSDAY]


def test_two_days_joined_by_and_keep_the_future_cue():
    assert _values("The talks on Thursday and Friday will focus on trade.", "en") \
        == [NEXT_THURSDAY, "2027-07-09"]


def test_past_reporting_verb_after_the_day_comes_before_reported_future():
    assert _values("Panglima pada Kamis mengatakan pasukan tambahan akan dikirim ke perbatasan.", "id") \
        == [LAST_THURSDAY]
