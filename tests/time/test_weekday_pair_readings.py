"""English "Monday (1/12)": day first, the style of international news, unless only the
month-first reading falls on that weekday (tests/time/test_publication.py)."""

from datetime import date

from wirewatch.time import find_dates, publication_date

TODAY = date(2026, 11, 26)
TEXT = "Lavrov held talks with Wang Yi in Beijing on Monday (1/12), the ministries said."


def test_both_readings_on_the_weekday_take_the_day_first_one():
    pub = publication_date(TEXT, "en", None, [(date(2024, 7, 28), TODAY)], TODAY)
    assert pub.earliest == date(2025, 12, 1)
    assert [x.value for x in find_dates(TEXT, "en", pub)] == ["2025-12-01"]


def test_the_nearest_reading_to_a_stated_date_wins():
    stated = publication_date(TEXT, "en", date(2026, 1, 13), [], TODAY)
    assert [x.value for x in find_dates(TEXT, "en", stated)] == ["2026-01-12"]
