"""A report saying someone "took office last month" is written in the month after the
newest term start among the tenures of the people it names (publication_date)."""

from datetime import date

from wirewatch.time import publication_date

TODAY = date(2027, 12, 1)
# a premier in office since 14 March 2026, still in office
TENURES = [[(date(2026, 3, 14), None)]]


def _range(text, lang):
    pub = publication_date(text, lang, None, TENURES, TODAY)
    return pub.earliest, pub.latest


def test_english_took_office_last_month():
    text = "The premier, who took office last month, met the envoy on Tuesday."
    assert _range(text, "en") == (date(2026, 4, 1), date(2026, 4, 30))


def test_chinese_took_office_last_month_picks_the_year_of_a_yearless_day():
    text = "总理上月就任以来首次出访。4月9日，总理会见了特使。"
    earliest, latest = _range(text, "zh")
    assert (earliest.year, earliest.month) == (2026, 4) and latest.year == 2026


def test_without_the_phrase_the_range_stays_open():
    text = "The premier met the envoy on Tuesday."
    assert _range(text, "en") == (date(2026, 3, 14), TODAY)
